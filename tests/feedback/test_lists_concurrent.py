"""Issue 16 defect 9: concurrent list updates for one party leave it on exactly one list, with one entry."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from sqlalchemy import create_engine, text

from tests.conftest import add_user, msg


def test_concurrent_list_updates_for_one_party_leave_one_entry(app_factory, database_url: str) -> None:  # noqa: ANN001
    api = add_user(app_factory(database_url), "jordan")
    api.ingest(msg("m1", "Hi Jordan, good to meet you at the meetup yesterday.", sender="li:dee", name="Dee"))
    kinds = ["allow", "block", "allow", "block", "allow", "allow"]

    def post(kind: str) -> int:
        return api.post("/v1/lists", json={"party_id": "li:dee", "kind": kind}).status_code

    engine = create_engine(database_url)
    try:
        for _ in range(8):  # the race showed about 1 run in 4: several rounds
            with ThreadPoolExecutor(max_workers=len(kinds)) as pool:
                assert list(pool.map(post, kinds)) == [201] * len(kinds)
            with engine.connect() as conn:
                entries = conn.execute(text("select kind from list_entries")).scalars().all()
            assert len(entries) == 1, entries
            learned = api.get("/v1/learned").json()
            assert len(learned["allow"]) + len(learned["block"]) == 1
    finally:
        engine.dispose()

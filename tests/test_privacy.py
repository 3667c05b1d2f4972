"""DELETE /v1/me/data, text retention, store_text=false."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from sqlalchemy import func, select

from server.models import Base
from server.privacy import purge_expired_text
from tests.conftest import ApiClient, add_user, at, msg


def rows_per_table(api: ApiClient, user_id: int) -> dict[str, int]:
    counts = {}
    with api.client.app.state.session_factory() as session:
        for table in Base.metadata.sorted_tables:
            column = table.c.get("user_id") if "user_id" in table.c else (table.c.id if table.name == "users" else None)
            counts[table.name] = session.scalar(select(func.count()).select_from(table).where(column == user_id))
    return counts


def fill(api: ApiClient) -> None:
    api.ingest(msg("p1", "We help founders 3x their pipeline, open to a quick call?", sent_at=at(2)),
               msg("p2", "thanks, not now", direction="outgoing", sent_at=at(3)))
    api.post("/v1/feedback", json={"message_id": "p1", "label": "genuine", "scope": "sender"})
    api.post("/v1/actions", json={"kind": "mute", "message_id": "p1"})
    api.post("/v1/lists", json={"party_id": "li:marcus-o", "kind": "block"})
    # an X archive's account id, then the same person's handle on their conversation's page: an alias
    api.ingest(msg("x1", "hello there", sender="x:2000000002", name="Gus", thread="x-1000000001-2000000002", platform="x",
                   sent_at=at(2)))
    api.ingest(msg("x2", "hello again", sender="x:gus", name="Gus", thread="1000000001-2000000002", platform="x",
                   sent_at=at(3)))
    # an inbox-list preview, then its conversation's message: the preview's id names the message
    api.ingest(msg("row-1", "Are we still on for Friday", sender="li-name:dana", name="Dana", thread="li-dana",
                   sent_at=at(4), history="partial") | {"preview": True})
    api.ingest(msg("m-1", "Are we still on for Friday at the studio?", sender="li:dana", name="Dana", thread="li-dana",
                   sent_at=at(4)))


def _user_id(api: ApiClient) -> int:
    from server.auth.models import User

    with api.client.app.state.session_factory() as session:
        return session.scalar(select(User.id).where(User.name == api.name))


def test_delete_my_data_removes_every_row_of_that_user_only(api_any_db: ApiClient) -> None:
    other = add_user(api_any_db.client, "sam")
    fill(api_any_db)
    fill(other)
    me, them = _user_id(api_any_db), _user_id(other)
    assert all(n > 0 for n in rows_per_table(api_any_db, me).values())
    r = api_any_db.delete("/v1/me/data")
    assert r.status_code == 200 and r.json()["deleted"]["messages"] == 5
    left = rows_per_table(api_any_db, me)
    assert {k: v for k, v in left.items() if k not in ("users", "api_tokens")} == {k: 0 for k in left if k not in ("users", "api_tokens")}
    assert all(n > 0 for n in rows_per_table(other, them).values())
    # The account still works and starts empty; templates from deleted messages are forgotten.
    assert api_any_db.get("/v1/messages").json()["messages"] == []
    r = api_any_db.delete("/v1/me/data", params={"include_account": "true"})
    assert r.status_code == 200
    assert all(n == 0 for n in rows_per_table(api_any_db, me).values())
    assert api_any_db.get("/v1/messages").status_code == 401


def test_retention_forgets_old_text_but_keeps_verdicts(api: ApiClient) -> None:
    now = datetime.now(timezone.utc)
    old, new = (now - timedelta(days=40)).strftime("%Y-%m-%dT%H:%M:%SZ"), (now - timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
    api.ingest(msg("old", "Issue #1 is out! Subscribe here", sent_at=old), msg("new", "Issue #2 is out! Subscribe here", sent_at=new))
    with api.client.app.state.session_factory() as session:
        assert purge_expired_text(session, 30) == 1
        session.commit()
    page = {m["message_id"]: m for m in api.get("/v1/messages").json()["messages"]}
    assert page["old"]["text"] is None and page["old"]["verdict"]["label"] == "newsletter"
    assert page["new"]["text"].startswith("Issue #2")

"""Reliability, short versions of bench/load.py and bench/faults.py (the full runs print figures; see bench/README.md).

- load: `inchdeep serve --workers 2` on a fresh PostgreSQL database, concurrent clients of the same users posting
  overlapping batches (re-posts of ids possibly still in flight): no 5xx, every message stored exactly once;
- SIGKILL of the whole service mid-ingest, restart on the same port and database, clients retry: exactly once;
- PostgreSQL unreachable: requests needing the database answer 503 with the JSON error shape, /healthz stays 200;
- a commit that fails after the endpoint ran answers 503 (the response is sent only after the commit);
- every 5xx says `Connection: close` (the server drops the connection after a 500; a keep-alive client must know);
- concurrent posts of the same batch by one user: all 200, stored once (both databases).

The shared PostgreSQL is never restarted here (other tests use it); that scenario lives in bench/faults.py.
Services run with the signal-only triage (INCHDEEP_USE_MODEL=false) to keep start-up short; bench/ runs the model.
"""

from __future__ import annotations

import asyncio
import os
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError, OperationalError

from bench import faults, load
from server.config import Settings
from server.main import create_app
from server.triage.engine import TriageEngine
from tests.conftest import add_user, at, msg

UNREACHABLE_PG = "postgresql+psycopg://postgres@127.0.0.1:1/x"


@pytest.fixture(scope="module")
def pg_service():  # noqa: ANN201
    """A fresh PostgreSQL database and `inchdeep serve --workers 2` on it, shared by the two process-level tests."""
    reason = load.postgres_reachable()
    if reason:
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL at {load.ADMIN_URL} is unreachable in CI: {reason}")
        pytest.skip(f"PostgreSQL unreachable: {reason}")
    with load.fresh_postgres_database(prefix="inchdeep_reltest") as url, \
            load.Service(url, workers=2, use_model=False) as service:
        service.start(timeout=90)
        yield url, service


def test_concurrent_clients_two_workers_postgres_store_each_message_once(pg_service) -> None:  # noqa: ANN001
    url, service = pg_service
    users = load.create_users(url, 3, prefix="short-load")
    workload = load.Workload(users, batch=20, repost=0.25, senders_per_user=40)
    result = asyncio.run(load.run_clients(service.base_url, workload, clients=9, seconds=6, timeout=30))
    check = load.check_rows(url, workload.unique, [u for u, _ in users])
    assert result.statuses() and set(result.statuses()) == {"200"}, result.statuses()
    assert result.bad_bodies == 0 and result.batches_done >= 9
    assert check.ok, check.line()
    assert check.rows > 0 and len(result.attempts) * workload.batch > check.rows, "no re-posts were exercised"


def test_sigkill_mid_ingest_restart_and_retry_store_each_message_once(pg_service) -> None:  # noqa: ANN001
    url, service = pg_service
    result, figures, ok = faults.kill_scenario(url, service, clients=8, before=3.0, after=3.0, max_seconds=90)
    phases = result.by_phase()
    assert figures["rows_at_kill"] > 0, "the kill came before anything was stored"
    assert sum(v for k, v in phases.get("down", {}).items() if k != "200") > 0 or any(
        not k.isdigit() for k in result.statuses()), f"the kill interrupted nothing: {phases}"
    assert phases.get("after", {}).get("200", 0) > 0, phases
    assert ok, f"{result.statuses()} given up {result.batches_given_up} (see the printed check above)"


def test_unreachable_postgres_answers_503_and_healthz_stays_up(tmp_path) -> None:  # noqa: ANN001
    settings = Settings(database_url=UNREACHABLE_PG, data_dir=tmp_path, use_model=False, rate_limit_per_minute=0)
    with TestClient(create_app(settings, triage=TriageEngine())) as client:
        h = {"Authorization": "Bearer idp_" + "x" * 43}
        started = time.monotonic()
        answers = [
            client.post("/v1/messages", json={"messages": [msg("m1", "hello there")]}, headers=h),
            client.get("/v1/messages", headers=h),
            client.post("/v1/feedback", json={"message_id": "m1", "label": "pitch"}, headers=h),
            client.get("/v1/suggestions", headers=h),
            client.get("/v1/reports/weekly", headers=h),
            client.delete("/v1/me/data", headers=h),
        ]
        for r in answers:
            assert r.status_code == 503, (r.request.url, r.status_code, r.text)
            assert r.json()["error"]["code"] == "unavailable" and r.json()["error"]["message"]
            assert r.headers["content-type"].startswith("application/json") and int(r.headers["Retry-After"]) > 0
            assert r.headers["connection"] == "close"
        assert time.monotonic() - started < 30
        health = client.get("/healthz")
        assert health.status_code == 200 and health.json()["status"] == "ok"
        # Requests that need no database keep their own answers.
        assert client.get("/v1/messages").status_code == 401
        assert client.post("/v1/messages", content=b"{bad", headers=h).status_code == 422


def test_a_500_closes_the_connection_and_says_so(tmp_path, sqlite_url: str) -> None:  # noqa: ANN001
    """Routes made to fail in a test app: an unexpected error and a database error both answer a JSON 500 with
    `Connection: close`; the next request is answered normally."""
    app = create_app(Settings(database_url=sqlite_url, data_dir=tmp_path, use_model=False), triage=TriageEngine())

    @app.get("/v1/fails")
    def fails() -> None:
        raise RuntimeError("a bug")

    @app.get("/v1/fails-in-the-database")
    def fails_in_the_database() -> None:
        raise DBAPIError("select 1", {}, Exception("syntax error"))

    with TestClient(app, raise_server_exceptions=False) as client:
        for path in ("/v1/fails", "/v1/fails-in-the-database"):
            r = client.get(path)
            assert r.status_code == 500 and r.json()["error"]["code"] == "internal", r.text
            assert r.headers["connection"] == "close"
        ok = client.get("/healthz")
        assert ok.status_code == 200 and "connection" not in ok.headers


def test_failed_commit_answers_503_not_a_200_that_was_never_stored(app_factory, sqlite_url: str,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    """The session commits before the response is sent: a 200 always means stored."""
    from sqlalchemy.orm import Session

    api = add_user(app_factory(sqlite_url), "jordan")
    original = Session.commit
    armed = threading.Event()

    def failing_commit(self):  # noqa: ANN001, ANN202
        if armed.is_set():
            raise OperationalError("COMMIT", {}, Exception("server closed the connection unexpectedly"))
        return original(self)

    monkeypatch.setattr(Session, "commit", failing_commit)
    armed.set()
    r = api.post("/v1/messages", json={"messages": [msg("m1", "Worth a quick call? https://calendly.com/x")]})
    armed.clear()
    assert r.status_code == 503 and r.json()["error"]["code"] == "unavailable", r.text
    assert r.headers["connection"] == "close"
    assert api.get("/v1/messages").json()["messages"] == []
    assert api.post("/v1/messages", json={"messages": [msg("m1", "Worth a quick call? https://calendly.com/x")]}).status_code == 200


def test_same_user_posting_the_same_batch_concurrently_stores_it_once(app_factory, database_url: str) -> None:  # noqa: ANN001
    """Several tabs (or workers) posting overlapping batches for one user at once: no unique-key race → 500."""
    client = app_factory(database_url)
    api = add_user(client, "jordan")
    batch = [msg(f"m{i}", f"Hi there, quick question number {i} about your product?", sender=f"li:s{i % 5}",
                 thread=f"t{i % 5}", sent_at=at(5, 8 + i % 10, i)) for i in range(30)]

    def post(offset: int) -> int:
        return api.post("/v1/messages", json={"messages": batch[offset:] + batch[:offset]}).status_code

    with ThreadPoolExecutor(max_workers=6) as pool:
        statuses = list(pool.map(post, [0, 5, 10, 15, 20, 25]))
    assert statuses == [200] * 6
    engine = create_engine(database_url)
    with engine.connect() as conn:
        assert conn.execute(text("select count(*) from messages")).scalar_one() == 30
        assert conn.execute(text("select count(*) from parties")).scalar_one() == 5
        assert conn.execute(text("select count(*) from verdicts")).scalar_one() == 30
    engine.dispose()

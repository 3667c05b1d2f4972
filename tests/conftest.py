"""Shared fixtures: databases built by the real migrations (SQLite and PostgreSQL), the app, users, clients."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from server.auth.service import create_user
from server.config import Settings
from server.db import session_scope
from server.inbox.schemas import IngestResponse
from server.main import create_app
from server.migrate import upgrade
from server.triage.engine import TriageEngine

os.environ.setdefault("HF_HUB_OFFLINE", "1")
POSTGRES_URL = os.environ.get("INCHDEEP_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


@pytest.fixture(scope="session")
def migrated_sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Migrate once; each test gets a copy of the migrated file (same path production takes, fast)."""
    path = tmp_path_factory.mktemp("db") / "template.sqlite3"
    upgrade(f"sqlite:///{path}")
    return path


@pytest.fixture(scope="session")
def postgres_server_url() -> str:
    """A fresh PostgreSQL database for this test session; in CI an unreachable server fails the run."""
    admin_url = make_url(POSTGRES_URL)
    try:
        admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text("select 1"))
    except Exception as exc:  # noqa: BLE001
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL at {admin_url.render_as_string(hide_password=True)} is unreachable in CI: {exc}")
        pytest.skip(f"PostgreSQL unreachable: {exc}")
    name = f"inchdeep_test_{uuid.uuid4().hex[:8]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = admin_url.set(database=name).render_as_string(hide_password=False)
    upgrade(url)
    yield url
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def _truncate_postgres(url: str) -> None:
    engine = create_engine(url)
    with engine.begin() as conn:
        tables = [r[0] for r in conn.execute(text("select tablename from pg_tables where schemaname='public' and tablename <> 'alembic_version'"))]
        conn.execute(text("TRUNCATE " + ", ".join(f'"{t}"' for t in tables) + " RESTART IDENTITY CASCADE"))
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path, migrated_sqlite_template: Path) -> Iterator[str]:
    """Runs the test on both backends."""
    if request.param == "sqlite":
        path = tmp_path / "test.sqlite3"
        shutil.copy(migrated_sqlite_template, path)
        yield f"sqlite:///{path}"
    else:
        url = request.getfixturevalue("postgres_server_url")
        _truncate_postgres(url)
        yield url


@pytest.fixture
def sqlite_url(tmp_path: Path, migrated_sqlite_template: Path) -> str:
    path = tmp_path / "test.sqlite3"
    shutil.copy(migrated_sqlite_template, path)
    return f"sqlite:///{path}"


def make_settings(database_url: str, tmp_path: Path, **overrides) -> Settings:  # noqa: ANN003
    return Settings(database_url=database_url, data_dir=tmp_path / "data", use_model=False, **overrides)


class ApiClient:
    """A TestClient bound to one user's token."""

    def __init__(self, client: TestClient, token: str, name: str) -> None:
        self.client, self.token, self.name = client, token, name

    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    def get(self, url: str, **kw):  # noqa: ANN003, ANN201
        return self.client.get(url, headers=self.headers(), **kw)

    def post(self, url: str, **kw):  # noqa: ANN003, ANN201
        return self.client.post(url, headers=self.headers(), **kw)

    def delete(self, url: str, **kw):  # noqa: ANN003, ANN201
        return self.client.delete(url, headers=self.headers(), **kw)

    def ingest(self, *messages: dict) -> list[dict]:
        response = self.post("/v1/messages", json={"messages": list(messages)})
        assert response.status_code == 200, response.text
        IngestResponse.model_validate_json(response.content)  # the contract's shape, exactly
        return response.json()["verdicts"]


@pytest.fixture
def app_factory(tmp_path: Path):  # noqa: ANN201
    """Builds a running app (lifespan entered) on a database URL; yields a function making per-user clients."""
    opened: list[TestClient] = []

    def build(database_url: str, engine: TriageEngine | None = None, **overrides) -> TestClient:  # noqa: ANN003
        settings = make_settings(database_url, tmp_path, **overrides)
        client = TestClient(create_app(settings, triage=engine or TriageEngine(pitch_window_days=settings.pitch_window_days)))
        client.__enter__()
        opened.append(client)
        return client

    yield build
    for client in opened:
        client.__exit__(None, None, None)


def add_user(client: TestClient, name: str) -> ApiClient:
    with session_scope(client.app.state.session_factory) as session:
        _, token = create_user(session, name)
    return ApiClient(client, token, name)


@pytest.fixture
def api(app_factory, sqlite_url: str) -> ApiClient:  # noqa: ANN001
    return add_user(app_factory(sqlite_url), "jordan")


@pytest.fixture
def api_any_db(app_factory, database_url: str) -> ApiClient:  # noqa: ANN001
    return add_user(app_factory(database_url), "jordan")


def msg(message_id: str, text: str, *, sender: str = "li:marcus-o", name: str = "Marcus O.", thread: str = "li-1",
        direction: str = "incoming", sent_at: str = "2026-11-05T16:24:00Z", connected_at: str | None = None,
        platform: str = "linkedin", participant: tuple[str, str] | None = None, history: str | None = "complete",
        channel: str | None = None) -> dict:
    """A contract Message; outgoing messages come from the owner to `participant` (default: the sender).

    `history` defaults to "complete" (the thread as an import sends it); pass "partial" for what a page shows, or None
    to leave the field out (the API then assumes partial)."""
    m = {"platform": platform, "thread_id": thread, "message_id": message_id, "direction": direction, "text": text,
         "sent_at": sent_at, "connected_at": connected_at}
    if history is not None:
        m["history"] = history
    if channel is not None:
        m["channel"] = channel
    if direction == "incoming":
        m["sender"] = {"id": sender, "name": name}
        m["participant"] = {"id": sender, "name": name}
    else:
        m["sender"] = {"id": "li:me", "name": "Jordan Reyes"}
        pid, pname = participant or (sender, name)
        m["participant"] = {"id": pid, "name": pname}
    return m


def at(day: int, hour: int = 12, minute: int = 0) -> str:
    return datetime(2026, 11, day, hour, minute, tzinfo=timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")

"""Issue 16 defect 14: import errors name only the uploaded file, a killed import's staging is removed at start-up,
and /readyz answers 503 while the database is unreachable or has no schema."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import tempfile
import time
import uuid
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from server.importers.generate import write_linkedin_export
from server.migrate import upgrade
from tests.conftest import ApiClient

FIXTURES = Path(__file__).parent / "importers" / "fixtures"


def zipped(files: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return buffer.getvalue()


BAD_UPLOADS = {
    "truncated": zipped({p.name: p.read_text() for p in (FIXTURES / "linkedin_newer").iterdir()})[:200],
    "no files": zipped({}),
    "no messages.csv": zipped({"Connections.csv": "First Name,Last Name,URL,Connected On\n"}),
}


@pytest.mark.parametrize("content", BAD_UPLOADS.values(), ids=BAD_UPLOADS.keys())
def test_import_errors_name_the_upload_once_and_no_server_path(api: ApiClient, content: bytes) -> None:
    response = api.post("/v1/imports", data={"platform": "linkedin"},
                        files={"file": ("linkedin-2026.zip", content, "application/zip")})
    assert response.status_code == 422, response.text
    message = response.json()["error"]["message"]
    assert message.startswith("linkedin-2026.zip: ") and message.count(".zip") == 1, message
    assert tempfile.gettempdir() not in message and "inchdeep-" not in message, message


def test_the_staging_of_a_killed_import_is_removed_when_the_service_starts(app_factory, sqlite_url: str, tmp_path: Path) -> None:
    export = write_linkedin_export(tmp_path / "big.zip", messages=20_000)
    env = os.environ | {"INCHDEEP_DATA_DIR": str(tmp_path / "data"), "INCHDEEP_USE_MODEL": "false",
                        "INCHDEEP_DATABASE_URL": sqlite_url}
    subprocess.run([sys.executable, "-m", "server.cli", "user", "create", "local"], env=env, check=True, capture_output=True, timeout=120)
    importer = subprocess.Popen([sys.executable, "-m", "server.cli", "import", "linkedin", str(export)], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    staging: list[Path] = []
    deadline = time.monotonic() + 120
    while not staging and importer.poll() is None and time.monotonic() < deadline:
        staging = list(Path(tempfile.gettempdir()).glob(f"inchdeep-staging-{importer.pid}-*"))
        time.sleep(0.01)
    importer.send_signal(signal.SIGKILL)
    importer.wait(timeout=30)
    assert staging and all(p.exists() for p in staging), "no staging folder seen, or the kill removed it"
    live = Path(tempfile.gettempdir()) / f"inchdeep-staging-{os.getpid()}-still-importing"
    live.mkdir()
    try:
        app_factory(sqlite_url)  # start-up
        assert not any(p.exists() for p in staging)
        assert live.exists(), "the folder of a running process was removed"
    finally:
        live.rmdir()


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_database_url(request: pytest.FixtureRequest, tmp_path: Path):  # noqa: ANN201
    """A database with no schema at all, on both backends."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'empty.sqlite3'}"
        return
    admin_url = make_url(request.getfixturevalue("postgres_server_url"))
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    name = f"inchdeep_empty_{uuid.uuid4().hex[:8]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield admin_url.set(database=name).render_as_string(hide_password=False)
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def assert_unavailable(response) -> None:  # noqa: ANN001
    assert response.status_code == 503, response.text
    assert response.json()["error"]["code"] == "unavailable" and response.json()["error"]["message"]


def test_readyz_is_503_without_a_schema_and_200_once_migrated(app_factory, empty_database_url: str) -> None:
    client = app_factory(empty_database_url)
    assert client.get("/healthz").status_code == 200  # alive, but not ready
    assert_unavailable(client.get("/readyz"))
    upgrade(empty_database_url)
    ready = client.get("/readyz")
    assert ready.status_code == 200 and ready.json() == {"status": "ready"}


def test_readyz_is_200_on_a_migrated_database(app_factory, database_url: str) -> None:
    assert app_factory(database_url).get("/readyz").json() == {"status": "ready"}


@pytest.mark.parametrize("url", ["postgresql+psycopg://nobody@127.0.0.1:1/none", "sqlite:///{tmp}"], ids=["postgresql", "sqlite"])
def test_readyz_is_503_when_the_database_is_unreachable(app_factory, tmp_path: Path, url: str) -> None:
    client = app_factory(url.format(tmp=tmp_path))  # SQLite: the path is a folder, so it cannot be opened
    assert client.get("/healthz").status_code == 200
    assert_unavailable(client.get("/readyz"))

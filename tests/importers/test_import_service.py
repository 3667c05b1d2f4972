"""Importing exports into the database: same verdicts as live ingest, idempotent, all or nothing, over HTTP too."""

from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select

from server.importers import read_export
from server.importers.records import ExportFormatError, ImportedMessage
from server.importers.service import import_export
from server.inbox.models import Message, Party
from tests.conftest import ApiClient, add_user

FIXTURES = Path(__file__).parent / "fixtures"


def _import(api: ApiClient, platform: str, path: Path):  # noqa: ANN202
    state = api.client.app.state
    with state.session_factory() as session:
        user_id = _user_id(session, api.name)
        summary = import_export(session, user_id, platform, path, state.triage, state.templates)
        session.commit()
    return summary


def _user_id(session, name: str) -> int:  # noqa: ANN001
    from server.auth.models import User

    return session.scalar(select(User.id).where(User.name == name))


def _count(api: ApiClient, model) -> int:  # noqa: ANN001
    with api.client.app.state.session_factory() as session:
        return session.scalar(select(func.count()).select_from(model))


def _labels(api: ApiClient) -> dict[str, str | None]:
    page = api.get("/v1/messages", params={"limit": 500}).json()["messages"]
    return {m["message_id"]: m["verdict"]["label"] for m in page}


@pytest.mark.parametrize(("platform", "folder"), [("linkedin", "linkedin_newer"), ("x", "x_archive")])
def test_import_matches_live_ingest_and_is_idempotent(app_factory, sqlite_url: str, tmp_path: Path, platform: str, folder: str) -> None:  # noqa: ANN001
    client = app_factory(sqlite_url)
    importer, live = add_user(client, "importer"), add_user(client, "live")
    summary = _import(importer, platform, FIXTURES / folder)
    assert summary.messages_added > 0 and summary.messages_added == summary.messages_read
    messages = sorted((r for r in read_export(platform, FIXTURES / folder) if isinstance(r, ImportedMessage)), key=lambda r: r.sent_at)
    live.ingest(*[m.to_message_dict() for m in messages])
    assert _labels(importer) == _labels(live)

    again = _import(importer, platform, FIXTURES / folder)
    assert again.messages_added == 0 and again.already_present == summary.messages_read
    assert again.threads == 0 and again.parties == 0


def test_linkedin_summary_counts_skips_and_connections(api: ApiClient) -> None:
    summary = _import(api, "linkedin", FIXTURES / "linkedin_newer").as_dict()
    assert summary["skipped"] == sum(summary["skipped_by_reason"].values()) > 0
    assert any("draft" in reason for reason in summary["skipped_by_reason"])
    with api.client.app.state.session_factory() as session:
        marcus = session.scalar(select(Party).where(Party.external_id.like("li:marcus%")))
        assert marcus.connected_at is not None


def test_failed_import_leaves_the_database_as_it_was(api: ApiClient, monkeypatch: pytest.MonkeyPatch) -> None:
    _import(api, "x", FIXTURES / "x_archive")
    before = (_count(api, Message), _count(api, Party))
    good = [r for r in read_export("linkedin", FIXTURES / "linkedin_newer") if isinstance(r, ImportedMessage)]

    def broken_reader(platform, path, max_member_bytes):  # noqa: ANN001, ANN202
        yield from good
        raise ExportFormatError("messages.csv", 9, "row cut off")

    monkeypatch.setattr("server.importers.service.read_export", broken_reader)
    with pytest.raises(ExportFormatError, match="messages.csv line 9"):
        with api.client.app.state.session_factory() as session:
            try:
                import_export(session, _user_id(session, api.name), "linkedin", Path("whatever"), api.client.app.state.triage,
                              api.client.app.state.templates)
                session.commit()
            except Exception:
                session.rollback()
                raise
    assert (_count(api, Message), _count(api, Party)) == before


def _zip_folder(folder: Path) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for path in folder.rglob("*"):
            if path.is_file():
                archive.write(path, path.relative_to(folder))
    return buffer.getvalue()


def test_upload_endpoint_imports_and_reports(api: ApiClient) -> None:
    upload = _zip_folder(FIXTURES / "linkedin_newer")
    r = api.post("/v1/imports", data={"platform": "linkedin"}, files={"file": ("export.zip", upload, "application/zip")})
    assert r.status_code == 201, r.text
    assert r.json()["import"]["messages_added"] == _count(api, Message) > 0
    again = api.post("/v1/imports", data={"platform": "linkedin"}, files={"file": ("export.zip", upload, "application/zip")})
    assert again.json()["import"]["messages_added"] == 0


def test_upload_errors_are_clear_and_change_nothing(api: ApiClient, tmp_path: Path) -> None:
    truncated = _zip_folder(FIXTURES / "linkedin_newer")[:200]
    r = api.post("/v1/imports", data={"platform": "linkedin"}, files={"file": ("export.zip", truncated, "application/zip")})
    assert r.status_code == 422 and "zip" in r.json()["error"]["message"]
    r = api.post("/v1/imports", data={"platform": "myspace"}, files={"file": ("export.zip", b"x", "application/zip")})
    assert r.status_code == 422 and "platform" in r.json()["error"]["message"]
    r = api.post("/v1/imports", data={"platform": "x"})
    assert r.status_code == 422 and "file" in r.json()["error"]["message"]
    assert _count(api, Message) == 0


def test_cli_import_requires_an_existing_user(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    folder = tmp_path / "export"
    shutil.copytree(FIXTURES / "x_archive", folder)
    env = os.environ | {"INCHDEEP_DATA_DIR": str(tmp_path), "INCHDEEP_USE_MODEL": "false"}
    url = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    result = subprocess.run([sys.executable, "-m", "server.cli", "import", "x", str(folder), "--user", "nobody", "--database-url", url],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 2 and "no user named 'nobody'" in result.stderr

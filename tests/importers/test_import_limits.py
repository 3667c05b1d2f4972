"""Issue 16 defect 1: an export cannot exhaust memory. A file that unpacks to more than the cap is a 413 found while
it is decompressed; a text longer than the API's 20,000 characters is a skipped row, read without holding it whole."""

from __future__ import annotations

import io
import json
import tracemalloc
import zipfile
from pathlib import Path

from server.importers import ExportTooLarge, ImportedMessage, Skipped, read_export
from server.importers.records import TEXT_TOO_LONG
from tests.conftest import ApiClient, add_user

FIXTURES = Path(__file__).parent / "fixtures"
X_DATA = FIXTURES / "x_archive" / "data"
LINKEDIN = FIXTURES / "linkedin_newer"


def x_files(extra_dm_items: list[str]) -> dict[str, str]:
    """The fixture X archive's files, with raw JSON items appended to direct-messages.js."""
    files = {f"data/{p.name}": p.read_text() for p in X_DATA.iterdir()}
    dms = files["data/direct-messages.js"].rstrip().removesuffix("]")
    files["data/direct-messages.js"] = dms + "," + ",".join(extra_dm_items) + "]"
    return files


def conversation(*events: dict | str) -> str:
    body = ",".join(e if isinstance(e, str) else json.dumps(e) for e in events)
    return '{"dmConversation": {"conversationId": "1000000001-7000000007", "messages": [' + body + "]}}"


def event(message_id: str, text: str = "Good to meet you at the meetup") -> dict:
    return {"messageCreate": {"recipientId": "1000000001", "senderId": "7000000007", "id": message_id, "text": text,
                              "createdAt": "2026-11-08T10:00:00.000Z", "urls": []}}


def zipped(files: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def upload(api: ApiClient, platform: str, content: bytes):  # noqa: ANN201
    return api.post("/v1/imports", data={"platform": platform}, files={"file": ("my-archive.zip", content, "application/zip")})


def stored_ids(api: ApiClient) -> set[str]:
    return {m["message_id"] for m in api.get("/v1/messages", params={"limit": 500}).json()["messages"]}


def test_a_member_unpacking_past_the_cap_is_a_413_and_imports_nothing(app_factory, database_url: str) -> None:
    api = add_user(app_factory(database_url, max_import_member_bytes=1_000_000), "jordan")
    # 8 MB of blanks inside the JSON array: a zip of a few kB.
    bomb = zipped(x_files([" " * 8_000_000 + conversation(event("1"))]))
    assert len(bomb) < 50_000
    response = upload(api, "x", bomb)
    assert response.status_code == 413, response.text
    error = response.json()["error"]
    assert error["code"] == "payload_too_large"
    assert error["message"].startswith("my-archive.zip: direct-messages.js: unpacks to more than 1,000,000 bytes")
    assert stored_ids(api) == set()


def test_under_the_cap_the_same_archive_imports(app_factory, sqlite_url: str) -> None:
    api = add_user(app_factory(sqlite_url, max_import_member_bytes=10_000_000), "jordan")
    response = upload(api, "x", zipped(x_files([" " * 8_000_000 + conversation(event("1"))])))
    assert response.status_code == 201, response.text
    assert "x-1" in stored_ids(api)


def test_x_texts_longer_than_the_api_accepts_are_skipped_rows(api_any_db: ApiClient) -> None:
    """Neither cut (a text nobody sent) nor held whole: one just past the limit, one far past it (several reads)."""
    archive = x_files([conversation(event("1", "a" * 20_001), event("2", "b" * 3_000_000), event("3"))])
    response = upload(api_any_db, "x", zipped(archive))
    assert response.status_code == 201, response.text
    summary = response.json()["import"]
    assert summary["skipped_by_reason"] == {TEXT_TOO_LONG: 2}, summary
    stored = stored_ids(api_any_db)
    assert "x-3" in stored and not stored & {"x-1", "x-2"}


def test_a_huge_x_text_is_skipped_with_flat_memory(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    (archive / "data").mkdir(parents=True)
    for name, content in x_files([conversation(event("1", "PLACEHOLDER"), event("2"))]).items():
        (archive / name).write_text(content)
    dms = archive / "data" / "direct-messages.js"
    before, after = dms.read_text().split("PLACEHOLDER")
    with dms.open("w") as out:  # a 100 Mi-character text, written without holding it
        out.write(before)
        for _ in range(100):
            out.write("c" * (1 << 20))
        out.write(after)
    tracemalloc.start()
    try:
        records = [r for r in read_export("x", archive) if isinstance(r, (ImportedMessage, Skipped))]
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert [r.message_id for r in records if isinstance(r, ImportedMessage) and r.message_id in ("x-1", "x-2")] == ["x-2"]
    assert any(isinstance(r, Skipped) and TEXT_TOO_LONG in r.reason and "message 1" in r.reason for r in records)
    assert peak < 32 * 1024 * 1024, f"peak {peak / 2**20:.0f} MiB"


def test_an_x_number_of_thousands_of_digits_is_invalid(api: ApiClient) -> None:
    response = upload(api, "x", zipped(x_files(["1" * 5_000])))
    assert response.status_code == 422, response.text
    assert response.json()["error"]["message"].startswith("my-archive.zip: direct-messages.js line")


def linkedin_files(**replace: str) -> dict[str, str]:
    files = {p.name: p.read_text() for p in LINKEDIN.iterdir() if p.is_file()}
    return files | replace


def test_a_linkedin_text_longer_than_the_api_accepts_is_a_skipped_row(api: ApiClient) -> None:
    messages = (LINKEDIN / "messages.csv").read_text(encoding="utf-8-sig").rstrip("\n").split("\n")
    header = messages[0].split(",")
    row = dict.fromkeys(header, "")
    row |= {"CONVERSATION ID": "conv-long", "FROM": "Long Writer", "SENDER PROFILE URL": "https://www.linkedin.com/in/long-writer",
            "TO": "Jordan Reyes", "DATE": "2026-11-05 16:24:00 UTC", "CONTENT": "word " * 5_000, "FOLDER": "INBOX"}
    long_row = ",".join(f'"{row[c]}"' for c in header)
    response = upload(api, "linkedin", zipped(linkedin_files(**{"messages.csv": "\n".join([*messages, long_row]) + "\n"})))
    assert response.status_code == 201, response.text
    summary = response.json()["import"]
    assert summary["skipped_by_reason"].get(TEXT_TOO_LONG) == 1, summary
    texts = [m["text"] for m in api.get("/v1/messages", params={"limit": 500}).json()["messages"]]
    assert texts and not any(t.startswith("word word") for t in texts)


def test_a_linkedin_line_without_breaks_is_refused_with_flat_memory(tmp_path: Path) -> None:
    export = tmp_path / "export"
    export.mkdir()
    for name, content in linkedin_files().items():
        (export / name).write_text(content)
    with (export / "messages.csv").open("a") as out:  # 64 Mi characters and no line break
        for _ in range(64):
            out.write("x" * (1 << 20))
    tracemalloc.start()
    try:
        try:
            list(read_export("linkedin", export))
            raise AssertionError("the export was accepted")
        except Exception as exc:  # noqa: BLE001
            error = exc
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert "messages.csv line" in str(error) and "longer than" in str(error), error
    assert peak < 32 * 1024 * 1024, f"peak {peak / 2**20:.0f} MiB"


def test_a_folder_export_file_past_the_cap_is_too_large(tmp_path: Path) -> None:
    export = tmp_path / "export"
    export.mkdir()
    for name, content in linkedin_files().items():
        (export / name).write_text(content)
    try:
        list(read_export("linkedin", export, max_member_bytes=100))
        raise AssertionError("the export was accepted")
    except ExportTooLarge as exc:
        assert "unpacks to more than 100 bytes" in str(exc)

"""X archive parser: fixtures under fixtures/x_archive hold invented accounts only."""

from __future__ import annotations

import io
import json
import shutil
import zipfile
from datetime import datetime, timezone
from pathlib import Path

import pytest

from server.importers import ExportFormatError, ImportedMessage, ImportedParty, Skipped, read_export, read_x_export
from server.importers import x as x_module
from server.importers.x import iter_js_array

ARCHIVE = Path(__file__).parent / "fixtures" / "x_archive"
OWNER = "x:1000000001"


def split(records):
    records = list(records)
    messages = [r for r in records if isinstance(r, ImportedMessage)]
    parties = [r for r in records if isinstance(r, ImportedParty)]
    skipped = [r for r in records if isinstance(r, Skipped)]
    return messages, parties, skipped


def zip_folder(folder: Path, dest: Path, prefix: str = "") -> Path:
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                archive.write(path, prefix + path.relative_to(folder).as_posix())
    return dest


def test_one_to_one_messages_direction_and_participant():
    messages, _, skipped = split(read_x_export(ARCHIVE))
    assert skipped == []
    one_to_one = {m.message_id: m for m in messages if m.thread_id == "x-1000000001-2000000002"}
    outgoing = one_to_one["x-1720000000000000002"]
    incoming = one_to_one["x-1720000000000000001"]
    assert (outgoing.direction, outgoing.sender_id, outgoing.participant_id) == ("outgoing", OWNER, "x:2000000002")
    assert (outgoing.sender_name, outgoing.sender_profile_url) == ("Jordan Avery", "https://x.com/jordanavery")
    assert (incoming.direction, incoming.sender_id, incoming.participant_id) == (
        "incoming",
        "x:2000000002",
        "x:2000000002",
    )
    assert incoming.sent_at == datetime(2026, 11, 5, 16, 24, tzinfo=timezone.utc)
    assert incoming.connected_at is None


def test_tco_links_are_expanded_and_entities_unescaped():
    messages, _, _ = split(read_x_export(ARCHIVE))
    text = next(m.text for m in messages if m.message_id == "x-1720000000000000001")
    assert text == "Hey Jordan! Our growth deck & pricing: https://example.com/growth-deck"


def test_group_messages_without_recipient_and_other_events_ignored():
    messages, _, skipped = split(read_x_export(ARCHIVE))
    group = [m for m in messages if m.thread_id == "x-1590000000000000000"]
    # joinConversation / participantsJoin are not messages and are not reported either.
    assert len(group) == 2 and skipped == []
    by_id = {m.message_id: m for m in group}
    assert by_id["x-1720000000000000021"].direction == "incoming"
    assert by_id["x-1720000000000000021"].participant_id == "x:4000000004"
    # Outgoing group message: the participant is the other member who wrote in the thread.
    assert by_id["x-1720000000000000022"].direction == "outgoing"
    assert by_id["x-1720000000000000022"].participant_id == "x:4000000004"


def test_following_and_followers_become_parties_without_connected_at():
    _, parties, _ = split(read_x_export(ARCHIVE))
    assert [(p.party_id, p.name, p.relation, p.connected_at) for p in parties] == [
        ("x:2000000002", "2000000002", "following", None),
        ("x:5000000005", "nadia_builds", "following", None),  # the handle, when userLink gives one
        ("x:3000000003", "3000000003", "follower", None),
    ]


def test_every_message_dict_is_contract_shaped():
    messages, _, _ = split(read_x_export(ARCHIVE))
    assert len(messages) == 5
    for m in messages:
        d = m.to_message_dict()
        assert d["platform"] == "x"
        assert d["sent_at"].endswith("Z") and d["connected_at"] is None
        assert d["sender"]["id"].startswith("x:") and d["participant"]["id"].startswith("x:")
        assert (d["direction"] == "outgoing") == (d["sender"]["id"] == OWNER)
        assert d["message_id"].startswith("x-") and d["thread_id"].startswith("x-")


def test_zip_with_a_top_folder_gives_the_same_stable_records(tmp_path):
    archive = zip_folder(ARCHIVE, tmp_path / "twitter-2026-11-20.zip", prefix="twitter-2026-11-20-abc/")
    assert list(read_x_export(archive)) == list(read_x_export(ARCHIVE))
    assert list(read_export("x", archive)) == list(read_export("x", archive))


def test_tiny_read_chunks_give_the_same_records(monkeypatch):
    expected = list(read_x_export(ARCHIVE))
    monkeypatch.setattr(x_module, "_CHUNK_CHARS", 7)  # forces items to straddle chunk boundaries
    assert list(read_x_export(ARCHIVE)) == expected


def test_js_array_reader_handles_plain_json_empty_arrays_and_reports_lines():
    assert list(iter_js_array(io.StringIO('[{"a": 1},\n {"b": 2}]'), "f.js")) == [(1, {"a": 1}), (2, {"b": 2})]
    assert list(iter_js_array(io.StringIO("window.YTD.follower.part0 = [ ]"), "f.js")) == []
    assert list(iter_js_array(io.StringIO(""), "f.js")) == []


def test_truncated_js_file_raises_an_error_naming_file_and_line(tmp_path):
    archive = tmp_path / "archive"
    shutil.copytree(ARCHIVE, archive)
    dm = archive / "data" / "direct-messages.js"
    text = dm.read_text(encoding="utf-8")
    dm.write_text(text[: text.index("Congrats")], encoding="utf-8")
    with pytest.raises(ExportFormatError) as caught:
        list(read_x_export(archive))
    assert caught.value.file == "direct-messages.js"
    assert caught.value.line == 37  # where the damaged conversation starts


def test_archive_without_account_js_is_rejected(tmp_path):
    archive = tmp_path / "archive"
    shutil.copytree(ARCHIVE, archive)
    (archive / "data" / "account.js").unlink()
    with pytest.raises(ExportFormatError, match="no data/account.js found"):
        list(read_x_export(archive))


def test_archive_without_direct_messages_is_rejected(tmp_path):
    archive = tmp_path / "archive"
    (archive / "data").mkdir(parents=True)
    shutil.copy(ARCHIVE / "data" / "account.js", archive / "data" / "account.js")
    with pytest.raises(ExportFormatError, match="no data/direct-messages.js found"):
        list(read_x_export(archive))


def test_empty_and_truncated_x_archives(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(ExportFormatError, match="export is empty"):
        list(read_x_export(empty))
    archive = zip_folder(ARCHIVE, tmp_path / "archive.zip")
    archive.write_bytes(archive.read_bytes()[:-40])
    with pytest.raises(ExportFormatError) as caught:
        list(read_x_export(archive))
    assert caught.value.file is None and str(tmp_path) not in str(caught.value)  # the caller names the export


def test_message_without_text_or_date_is_skipped(tmp_path):
    archive = tmp_path / "archive"
    (archive / "data").mkdir(parents=True)
    shutil.copy(ARCHIVE / "data" / "account.js", archive / "data" / "account.js")
    (archive / "data" / "direct-messages.js").write_text(
        'window.YTD.direct_messages.part0 = [{"dmConversation": {"conversationId": "1000000001-7", "messages": ['
        '{"messageCreate": {"id": "1", "senderId": "7", "recipientId": "1000000001", "text": "", "createdAt": "2026-01-01T00:00:00.000Z"}},'
        '{"messageCreate": {"id": "2", "senderId": "7", "recipientId": "1000000001", "text": "hi", "createdAt": "soon"}},'
        '{"messageCreate": {"id": "3", "senderId": "7", "recipientId": "1000000001", "text": "hello", "createdAt": "2026-01-01T00:00:05.250Z"}}'
        "]}}]",
        encoding="utf-8",
    )
    messages, _, skipped = split(read_x_export(archive))
    assert [m.message_id for m in messages] == ["x-3"]
    assert messages[0].to_message_dict()["sent_at"] == "2026-01-01T00:00:05.250Z"
    assert [s.file for s in skipped] == ["direct-messages.js", "direct-messages.js"]


def _archive_with(tmp_path, conversation: str, following: str = "[]") -> Path:
    """The fixture's account.js with one hand-written DM conversation (JSON text) and following.js."""
    archive = tmp_path / "archive"
    (archive / "data").mkdir(parents=True)
    shutil.copy(ARCHIVE / "data" / "account.js", archive / "data" / "account.js")
    (archive / "data" / "direct-messages.js").write_text(f"window.YTD.direct_messages.part0 = [{conversation}]", encoding="utf-8")
    (archive / "data" / "following.js").write_text(f"window.YTD.following.part0 = {following}", encoding="utf-8")
    return archive


def _create(message_id: str, **fields) -> str:
    body = {"id": message_id, "senderId": "7", "recipientId": "1000000001", "text": "hello",
            "createdAt": "2026-01-01T00:00:00.000Z"} | fields
    return json.dumps({"messageCreate": body})


@pytest.mark.parametrize(("fields", "reason"), [
    ({"text": 5}, "text is not a string"),
    ({"text": {"a": 1}}, "text is not a string"),
    ({"createdAt": "0001-01-01T00:00:00+01:00"}, "valid createdAt"),
    ({"createdAt": "9999-12-31T23:59:59-01:00"}, "valid createdAt"),
    ({"createdAt": 1735689600}, "valid createdAt"),
])
def test_a_message_with_a_malformed_field_is_skipped_and_the_rest_read(tmp_path, fields, reason):
    conversation = json.dumps({"dmConversation": {"conversationId": "1000000001-7", "messages": [
        json.loads(_create("1", **fields)), json.loads(_create("2"))]}})
    messages, _, skipped = split(read_x_export(_archive_with(tmp_path, conversation)))
    assert [m.message_id for m in messages] == ["x-2"]
    assert len(skipped) == 1 and reason in skipped[0].reason


@pytest.mark.parametrize("urls", [[{"url": 5, "expanded": 6}], [{"url": "https://t.co/a", "expanded": None}],
                                  [{"url": ["https://t.co/a"], "expanded": "https://example.com"}], ["https://t.co/a"], 7])
def test_malformed_urls_leave_the_short_link_as_written(tmp_path, urls):
    conversation = json.dumps({"dmConversation": {"conversationId": "1000000001-7", "messages": [
        json.loads(_create("1", text="see https://t.co/a", urls=urls))]}})
    messages, _, skipped = split(read_x_export(_archive_with(tmp_path, conversation)))
    assert [m.text for m in messages] == ["see https://t.co/a"] and skipped == []


def test_non_list_events_and_members_and_a_non_string_user_link_are_ignored(tmp_path):
    conversation = ('{"dmConversation": {"conversationId": "1000000001-7", "messages": 5}},'
                    '{"dmConversation": {"conversationId": "1000000001-8", "messages": ['
                    '{"participantsJoin": {"initiatingUserId": "8", "userIds": 9, "participantsSnapshot": "10"}},'
                    + _create("3", senderId="1000000001", recipientId=None) + "]}}")
    following = '[{"following": {"accountId": "8", "userLink": 42}}]'
    messages, parties, skipped = split(read_x_export(_archive_with(tmp_path, conversation, following)))
    assert [(m.message_id, m.participant_id) for m in messages] == [("x-3", "x:8")]
    assert [(p.party_id, p.name, p.profile_url) for p in parties] == [("x:8", "8", None)]
    assert skipped == []


def test_deep_nesting_is_an_export_error_naming_the_file(tmp_path):
    archive = _archive_with(tmp_path, "[" * 100_000 + "]" * 100_000)
    with pytest.raises(ExportFormatError, match="direct-messages.js line 1: item nested too deeply"):
        list(read_x_export(archive))

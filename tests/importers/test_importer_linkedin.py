"""LinkedIn export parser: fixtures under fixtures/ hold invented people only."""

from __future__ import annotations

import shutil
import zipfile
from datetime import datetime, timezone
from pathlib import Path

import pytest

from server.importers import (
    ExportFormatError,
    ImportedMessage,
    ImportedParty,
    Skipped,
    read_export,
    read_linkedin_export,
)

FIXTURES = Path(__file__).parent / "fixtures"
NEWER = FIXTURES / "linkedin_newer"
LEGACY = FIXTURES / "linkedin_legacy"
OWNER = "li:jordan-avery-0a1b"
BASE_HEADER = (
    "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER"
)
RILEY = "https://www.linkedin.com/in/riley-chen"
ANA = "https://www.linkedin.com/in/ana-costa-9"


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=timezone.utc)


def zip_folder(folder: Path, dest: Path, prefix: str = "") -> Path:
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                archive.write(path, prefix + path.relative_to(folder).as_posix())
    return dest


def split(records):
    records = list(records)
    messages = [r for r in records if isinstance(r, ImportedMessage)]
    parties = [r for r in records if isinstance(r, ImportedParty)]
    skipped = [r for r in records if isinstance(r, Skipped)]
    assert len(messages) + len(parties) + len(skipped) == len(records)
    return messages, parties, skipped


def write_export(folder: Path, messages_csv: str | bytes, **other_files: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    data = messages_csv.encode("utf-8") if isinstance(messages_csv, str) else messages_csv
    (folder / "messages.csv").write_bytes(data)
    for name, text in other_files.items():
        (folder / name.replace("_", ".")).write_text(text, encoding="utf-8")
    return folder


# --------------------------------------------------------------------------- newer variant fixture


def test_newer_variant_with_bom_reads_every_sent_message():
    messages, parties, skipped = split(read_linkedin_export(NEWER))
    conversation_messages = [m for m in messages if not m.thread_id.startswith("li-inv-")]
    assert len(conversation_messages) == 7
    # The BOM did not leak into the first column name, so conversation ids are intact.
    assert conversation_messages[0].thread_id == "li-2-QUFBQm1hcmN1cw=="
    assert all(m.platform == "linkedin" for m in messages)
    assert all(m.sent_at.tzinfo is not None and m.sent_at.utcoffset().total_seconds() == 0 for m in messages)


def test_owner_is_detected_and_sets_direction():
    messages, _, _ = split(read_linkedin_export(NEWER))
    for m in messages:
        assert (m.sender_id == OWNER) == (m.direction == "outgoing"), m
    outgoing = [m for m in messages if m.direction == "outgoing"]
    assert {m.participant_id for m in outgoing} == {"li:marcus-okafor-77", "li:priya-raman", "li:tomas-ibarra"}
    assert all(m.participant_id == m.sender_id for m in messages if m.direction == "incoming")


def test_quoted_newline_and_html_content_become_plain_text():
    messages, _, _ = split(read_linkedin_export(NEWER))
    by_sender_date = {(m.sender_id, m.sent_at): m.text for m in messages}
    assert by_sender_date[("li:marcus-okafor-77", utc(2026, 8, 1, 2))] == (
        "Hi Jordan, thanks for connecting!\nDo you have 15 minutes for a quick call?"
    )
    assert by_sender_date[("li:lena-hoffmann-3c", utc(2026, 11, 5, 16, 24))] == (
        "Hi Jordan,\n\nWe help teams cut cloud spend by 40%…\n\nWorth a chat? Book a demo (https://example.com/demo)"
    )
    assert by_sender_date[("li:priya-raman", utc(2026, 11, 10, 18, 12))] == "Yes! See you there & thanks."


def test_drafts_empty_content_and_bad_dates_are_skipped_with_line_numbers():
    _, _, skipped = split(read_linkedin_export(NEWER))
    reasons = {(s.file, s.line): s.reason for s in skipped}
    assert "draft" in reasons[("messages.csv", 5)]  # line 2-3 is one quoted two-line record
    assert "empty CONTENT" in reasons[("messages.csv", 7)]
    assert "unparseable DATE" in reasons[("messages.csv", 10)]
    assert len(skipped) == 3


def test_group_thread_participant_is_sender_for_incoming_and_first_recipient_for_outgoing():
    messages, _, _ = split(read_linkedin_export(NEWER))
    group = [m for m in messages if m.thread_id == "li-2-R1JPVVA="]
    assert [(m.direction, m.participant_id, m.participant_name) for m in group] == [
        ("incoming", "li:tomas-ibarra", "Tomás Ibarra"),
        ("outgoing", "li:tomas-ibarra", "Tomás Ibarra"),
    ]


def test_connections_preamble_is_skipped_and_connected_at_is_attached():
    messages, parties, _ = split(read_linkedin_export(NEWER))
    assert [(p.party_id, p.name, p.connected_at, p.relation) for p in parties] == [
        ("li:marcus-okafor-77", "Marcus Okafor", utc(2019, 3, 12), "connection"),
        ("li:priya-raman", "Priya Raman", utc(2026, 11, 1), "connection"),
        ("li:tomas-ibarra", "Tomás Ibarra", utc(2024, 1, 15), "connection"),
    ]
    marcus = [m for m in messages if m.participant_id == "li:marcus-okafor-77"]
    # Both directions carry the relationship start; the Connections.csv date wins
    # over Marcus's older invitation.
    assert {m.direction for m in marcus} == {"incoming", "outgoing"}
    assert {m.connected_at for m in marcus} == {utc(2019, 3, 12)}


def test_incoming_invitation_note_becomes_a_message_and_dates_the_relationship():
    messages, _, _ = split(read_linkedin_export(NEWER))
    invitation = [m for m in messages if m.thread_id.startswith("li-inv-")]
    assert len(invitation) == 1  # the notes-less invitations yield no message
    note = invitation[0]
    assert note.thread_id == "li-inv-lena-hoffmann-3c"
    assert note.message_id.startswith("li-inv-")
    assert note.direction == "incoming"
    assert note.sender_id == note.participant_id == "li:lena-hoffmann-3c"
    assert note.sent_at == utc(2026, 11, 5, 16, 20)  # "11/5/26, 4:20 PM" with a narrow no-break space
    lena = [m for m in messages if m.participant_id == "li:lena-hoffmann-3c"]
    assert {m.connected_at for m in lena} == {utc(2026, 11, 5, 16, 20)}


def test_message_ids_are_stable_and_unique():
    first = [m.message_id for m in split(read_linkedin_export(NEWER))[0]]
    second = [m.message_id for m in split(read_linkedin_export(NEWER))[0]]
    assert first == second
    assert len(set(first)) == len(first)
    assert all(i.startswith(("li-imp-", "li-inv-")) and len(i) <= 200 for i in first)


def test_to_message_dict_has_the_contract_shape():
    messages, _, _ = split(read_linkedin_export(NEWER))
    incoming = next(m for m in messages if m.sender_id == "li:marcus-okafor-77")
    assert incoming.to_message_dict() == {
        "platform": "linkedin",
        "thread_id": "li-2-QUFBQm1hcmN1cw==",
        "message_id": incoming.message_id,
        "sender": {
            "id": "li:marcus-okafor-77",
            "name": "Marcus Okafor",
            "profile_url": "https://www.linkedin.com/in/marcus-okafor-77",
        },
        "participant": {"id": "li:marcus-okafor-77", "name": "Marcus Okafor"},
        "direction": "incoming",
        "text": "Hi Jordan, thanks for connecting!\nDo you have 15 minutes for a quick call?",
        "sent_at": "2026-08-01T02:00:00Z",
        "connected_at": "2019-03-12T00:00:00Z",
        "history": "complete",
    }


def test_zip_with_files_in_a_subfolder_gives_the_same_records_as_the_folder(tmp_path):
    archive = zip_folder(NEWER, tmp_path / "Basic_LinkedInDataExport.zip", prefix="Basic_LinkedInDataExport/")
    assert list(read_linkedin_export(archive)) == list(read_linkedin_export(NEWER))
    assert list(read_export("linkedin", archive)) == list(read_linkedin_export(NEWER))


# --------------------------------------------------------------------------- base variant fixture


def test_base_header_variant_in_nested_folder_with_mixed_case_name():
    messages, parties, skipped = split(read_linkedin_export(LEGACY))
    assert parties == [] and skipped == []
    assert [(m.sender_id, m.direction, m.participant_id) for m in messages] == [
        ("li:ana-costa-9", "incoming", "li:ana-costa-9"),
        ("li:riley-chen", "outgoing", "li:ana-costa-9"),
        ("li:ben-adler", "incoming", "li:ben-adler"),
    ]
    assert all(m.connected_at is None for m in messages)


def test_profile_csv_breaks_the_owner_tie_in_a_single_conversation(tmp_path):
    rows = [
        f"2-eA==,,Riley Chen,{RILEY},Ana Costa,{ANA},2025-02-03 10:00:00 UTC,,Hello Ana,INBOX",
        f"2-eA==,,Ana Costa,{ANA},Riley Chen,{RILEY},2025-02-03 10:05:00 UTC,,Hi Riley,INBOX",
    ]
    profile = "First Name,Last Name,Headline\nAna,Costa,Founder\n"
    export = write_export(tmp_path / "export", "\n".join([BASE_HEADER, *rows]) + "\n", Profile_csv=profile)
    messages, _, _ = split(read_linkedin_export(export))
    assert [(m.sender_id, m.direction) for m in messages] == [
        ("li:riley-chen", "incoming"),
        ("li:ana-costa-9", "outgoing"),
    ]


# --------------------------------------------------------------------------- damaged and unusual exports


def test_missing_required_column_names_file_and_line(tmp_path):
    header = BASE_HEADER.replace(",DATE", "")
    export = write_export(tmp_path / "export", header + f"\n2-eA==,,Ana Costa,{ANA},Riley Chen,{RILEY},,hi,INBOX\n")
    with pytest.raises(ExportFormatError) as caught:
        list(read_linkedin_export(export))
    assert caught.value.file == "messages.csv"
    assert caught.value.line == 1
    assert str(caught.value) == "messages.csv line 1: missing column DATE"


def test_missing_column_in_connections_names_the_header_line_after_the_preamble(tmp_path):
    connections = "Notes:\n\"Some notes\"\n\nFirst Name,Last Name,Company,Connected On\nAna,Costa,Acme,12 Mar 2019\n"
    export = write_export(tmp_path / "export", BASE_HEADER + "\n", Connections_csv=connections)
    with pytest.raises(ExportFormatError, match=r"^Connections.csv line 4: missing column URL$"):
        list(read_linkedin_export(export))


def test_extra_and_reordered_columns_are_ignored(tmp_path):
    header = "FOLDER,NEW THING,CONTENT,DATE,CONVERSATION ID,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,LATER"
    rows = [
        f"INBOX,?,Hello Riley,2025-02-03 10:00:00 UTC,2-eA==,Ana Costa,{ANA},Riley Chen,{RILEY},1",
        f"INBOX,?,Hi Ana,2025-02-03 10:05:00 UTC,2-eA==,Riley Chen,{RILEY},Ana Costa,{ANA},2",
        f"INBOX,?,Welcome,2025-02-04 09:00:00 UTC,2-eQ==,Ben Adler,https://www.linkedin.com/in/ben-adler,Riley Chen,{RILEY},3",
    ]
    export = write_export(tmp_path / "export", "\n".join([header, *rows]) + "\n")
    messages, _, skipped = split(read_linkedin_export(export))
    assert skipped == []
    assert [(m.text, m.direction) for m in messages] == [
        ("Hello Riley", "incoming"),
        ("Hi Ana", "outgoing"),
        ("Welcome", "incoming"),
    ]


def test_non_utf8_bytes_are_replaced_and_the_import_goes_on(tmp_path):
    data = (
        BASE_HEADER.encode()
        + b"\n"
        + f"2-eA==,,Ana Costa,{ANA},Riley Chen,{RILEY},2025-02-03 10:00:00 UTC,,".encode()
        + b"Caf\xe9 on Friday? \xff\xfe,INBOX\n"
        + f"2-eA==,,Riley Chen,{RILEY},Ana Costa,{ANA},2025-02-03 10:05:00 UTC,,Sure!,INBOX\n".encode()
    )
    export = write_export(tmp_path / "export", data)
    messages, _, skipped = split(read_linkedin_export(export))
    assert len(messages) == 2
    assert messages[0].text.startswith("Caf\ufffd on Friday?")
    assert messages[1].text == "Sure!"


def test_short_row_is_skipped_not_fatal(tmp_path):
    rows = [
        f"2-eA==,,Ana Costa,{ANA},Riley Chen,{RILEY},2025-02-03 10:00:00 UTC,,Hello,INBOX",
        f"2-eA==,,Riley Chen,{RILEY},Ana Costa,{ANA},2025-02-03 10:05:00 UTC,,Hi,INBOX",
        "2-eA==,,Ana Costa",
    ]
    export = write_export(tmp_path / "export", "\n".join([BASE_HEADER, *rows]) + "\n")
    messages, _, skipped = split(read_linkedin_export(export))
    assert len(messages) == 2
    assert [(s.line, "truncated" in s.reason) for s in skipped] == [(4, True)]


def test_truncated_zip_raises_an_error_about_the_whole_export(tmp_path):
    """The caller names the export (the upload's own name, the CLI's path): the error itself names no path."""
    archive = zip_folder(NEWER, tmp_path / "export.zip")
    data = archive.read_bytes()
    archive.write_bytes(data[: len(data) // 2])
    with pytest.raises(ExportFormatError) as caught:
        list(read_linkedin_export(archive))
    assert caught.value.file is None
    assert "zip" in str(caught.value) and str(tmp_path) not in str(caught.value)


def test_corrupt_zip_member_raises_an_error_naming_the_member(tmp_path):
    archive = tmp_path / "export.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_STORED) as out:
        out.writestr("messages.csv", (NEWER / "messages.csv").read_bytes())
    data = bytearray(archive.read_bytes())
    offset = data.index(b"Marcus Okafor")
    data[offset : offset + 6] = b"XXXXXX"  # stored bytes change, CRC no longer matches
    archive.write_bytes(bytes(data))
    with pytest.raises(ExportFormatError) as caught:
        list(read_linkedin_export(archive))
    assert caught.value.file == "messages.csv"


def test_empty_export_folder_and_zip_raise_a_clear_error(tmp_path):
    empty_folder = tmp_path / "empty"
    empty_folder.mkdir()
    with pytest.raises(ExportFormatError, match="export is empty"):
        list(read_linkedin_export(empty_folder))
    empty_zip = tmp_path / "empty.zip"
    zipfile.ZipFile(empty_zip, "w").close()
    with pytest.raises(ExportFormatError, match="export is empty"):
        list(read_linkedin_export(empty_zip))


def test_export_without_messages_csv_raises_before_yielding_anything(tmp_path):
    folder = tmp_path / "connections-only"
    folder.mkdir()
    shutil.copy(NEWER / "Connections.csv", folder / "Connections.csv")
    records = read_linkedin_export(folder)
    with pytest.raises(ExportFormatError, match="no messages.csv found in the export"):
        next(records)


def test_header_only_messages_csv_is_an_empty_inbox_not_an_error(tmp_path):
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "messages.csv").write_text(BASE_HEADER + "\n", encoding="utf-8")
    shutil.copy(NEWER / "Connections.csv", folder / "Connections.csv")
    messages, parties, skipped = split(read_linkedin_export(folder))
    assert messages == [] and skipped == []
    assert len(parties) == 3


def test_zero_byte_messages_csv_is_an_error(tmp_path):
    export = write_export(tmp_path / "export", b"")
    with pytest.raises(ExportFormatError, match="messages.csv: no header row"):
        list(read_linkedin_export(export))


def test_missing_path_is_an_export_error(tmp_path):
    with pytest.raises(ExportFormatError, match="no such file or folder"):
        list(read_linkedin_export(tmp_path / "nope.zip"))


def test_read_export_rejects_unknown_platforms():
    with pytest.raises(ValueError, match="unknown platform"):
        read_export("myspace", NEWER)


def test_row_missing_only_optional_trailing_columns_is_kept(tmp_path):
    rows = [
        f"2-eA==,,Ana Costa,{ANA},Riley Chen,{RILEY},2025-02-03 10:00:00 UTC,,Hello",  # no FOLDER cell
        f"2-eA==,,Riley Chen,{RILEY},Ana Costa,{ANA},2025-02-03 10:05:00 UTC,,Hi,INBOX",
    ]
    export = write_export(tmp_path / "export", "\n".join([BASE_HEADER, *rows]) + "\n")
    messages, _, skipped = split(read_linkedin_export(export))
    assert [m.text for m in messages] == ["Hello", "Hi"] and skipped == []


def test_connection_date_is_matched_by_name_when_message_urls_are_member_urns(tmp_path):
    urn = "https://www.linkedin.com/in/ACoAAB1234xyz"
    rows = [
        f"2-eA==,,Ana Costa,{urn},Riley Chen,{RILEY},2025-02-03 10:00:00 UTC,,Hello,INBOX",
        f"2-eA==,,Riley Chen,{RILEY},Ana Costa,{urn},2025-02-03 10:05:00 UTC,,Hi,INBOX",
        f"2-eQ==,,Ben Adler,https://www.linkedin.com/in/ben-adler,Riley Chen,{RILEY},2025-02-04 10:00:00 UTC,,Yo,INBOX",
    ]
    connections = f"First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAna,Costa,{ANA},,,,03 Feb 2025\n"
    export = write_export(tmp_path / "export", "\n".join([BASE_HEADER, *rows]) + "\n", Connections_csv=connections)
    messages, parties, _ = split(read_linkedin_export(export))
    assert [p.party_id for p in parties] == ["li:ana-costa-9"]
    ana = [m for m in messages if m.participant_name == "Ana Costa"]
    assert len(ana) == 2 and {m.connected_at for m in ana} == {utc(2025, 2, 3)}

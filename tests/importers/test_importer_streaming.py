"""Large exports are streamed: memory stays flat whatever the number of rows."""

from __future__ import annotations

import tracemalloc
import zipfile

from server.importers import ImportedMessage, ImportedParty, Skipped, read_linkedin_export
from server.importers.generate import main as generate_main
from server.importers.generate import write_linkedin_export


def test_twenty_thousand_row_export_is_streamed_with_a_small_peak(tmp_path):
    archive = write_linkedin_export(tmp_path / "big.zip", messages=20_000)
    tracemalloc.start()
    try:
        counts = {"messages": 0, "invitations": 0, "parties": 0, "skipped": 0}
        for record in read_linkedin_export(archive):
            if isinstance(record, ImportedMessage):
                counts["invitations" if record.thread_id.startswith("li-inv-") else "messages"] += 1
            elif isinstance(record, ImportedParty):
                counts["parties"] += 1
            elif isinstance(record, Skipped):
                counts["skipped"] += 1
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert counts["messages"] == 20_000
    assert counts["skipped"] == 0
    assert counts["parties"] == 1_000
    assert peak < 30 * 1024 * 1024, f"peak {peak / 1e6:.1f} MB"


def test_generated_export_has_an_owner_on_one_side_of_every_message(tmp_path):
    archive = write_linkedin_export(tmp_path / "small.zip", messages=300)
    messages = [r for r in read_linkedin_export(archive) if isinstance(r, ImportedMessage)]
    conversation = [m for m in messages if not m.thread_id.startswith("li-inv-")]
    assert len(conversation) == 300
    owner = "li:jordan-avery-synth"
    assert all((m.sender_id == owner) == (m.direction == "outgoing") for m in conversation)
    assert all(m.participant_id != owner for m in conversation)
    assert all(m.connected_at is not None for m in conversation)  # every party is a connection


def test_generator_cli_writes_a_folder_or_zip_deterministically(tmp_path, capsys):
    generate_main(["--messages", "50", "--out", str(tmp_path / "a.zip")])
    generate_main(["--messages", "50", "--out", str(tmp_path / "b.zip")])
    generate_main(["--messages", "50", "--out", str(tmp_path / "folder")])
    assert "wrote 50 messages" in capsys.readouterr().out
    with zipfile.ZipFile(tmp_path / "a.zip") as a, zipfile.ZipFile(tmp_path / "b.zip") as b:
        assert sorted(a.namelist()) == ["Connections.csv", "Invitations.csv", "Profile.csv", "messages.csv"]
        assert a.read("messages.csv") == b.read("messages.csv")
        assert (tmp_path / "folder" / "messages.csv").read_bytes() == a.read("messages.csv")
    assert list(read_linkedin_export(tmp_path / "a.zip")) == list(read_linkedin_export(tmp_path / "folder"))

"""The `inchdeep` command line, run as a real subprocess like a user would."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

CORPUS_SMALL = Path(__file__).resolve().parent.parent / "data" / "corpus" / "small.jsonl"


def run(*args: str, env: dict | None = None, tmp: Path) -> subprocess.CompletedProcess:  # noqa: ANN001
    full_env = os.environ | {"INCHDEEP_DATA_DIR": str(tmp / "data"), "INCHDEEP_USE_MODEL": "false"} | (env or {})
    return subprocess.run([sys.executable, "-m", "server.cli", *args], capture_output=True, text=True, env=full_env, timeout=300)


def test_user_create_prints_token_alone_on_last_line(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    result = run("user", "create", "jordan", "--database-url", url, tmp=tmp_path)
    assert result.returncode == 0, result.stderr
    token = result.stdout.strip().splitlines()[-1]
    assert token.startswith("idp_") and " " not in token
    dup = run("user", "create", "jordan", "--database-url", url, tmp=tmp_path)
    assert dup.returncode != 0 and "already exists" in dup.stderr


def _write_inbox(path: Path) -> None:
    lines = [
        {"platform": "linkedin", "thread_id": "t1", "message_id": "m1", "sender": {"id": "li:a", "name": "Ann"}, "direction": "incoming",
         "text": "We help founders 3x their pipeline. Worth a quick call? calendly.com/ann/15", "sent_at": "2026-11-02T10:05:00Z",
         "connected_at": "2026-11-02T10:00:00Z", "label": "pitch"},
        {"platform": "linkedin", "thread_id": "t2", "message_id": "m2", "sender": {"id": "li:b", "name": "Bo"}, "direction": "incoming",
         "text": "Thanks for connecting, great to be connected!", "sent_at": "2026-11-02T11:00:00Z", "label": "auto_dm"},
        {"platform": "x", "thread_id": "t3", "message_id": "m3", "sender": {"id": "x:c", "name": "Cy"}, "direction": "incoming",
         "text": "Issue #9 is out! Subscribe here to get it weekly.", "sent_at": "2026-11-03T11:00:00Z", "label": "newsletter"},
        {"platform": "x", "thread_id": "t4", "message_id": "m4", "sender": {"id": "x:d", "name": "Di"}, "direction": "incoming",
         "text": "hey, how did your talk in Lisbon go? I heard the room was packed", "sent_at": "2026-11-03T12:00:00Z", "label": "genuine"},
        {"platform": "x", "thread_id": "t4", "message_id": "m5", "sender": {"id": "x:me", "name": "Jordan"}, "participant": {"id": "x:d", "name": "Di"},
         "direction": "outgoing", "text": "it went great, thanks!", "sent_at": "2026-11-03T12:10:00Z"},
    ]
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n")


def test_eval_json_and_predictions(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox.jsonl"
    _write_inbox(inbox)
    out = tmp_path / "pred.jsonl"
    result = run("eval", str(inbox), "--json", "--predictions", str(out), tmp=tmp_path)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert set(report) >= {"macro_f1", "per_label", "genuine_recall", "pitch_after_connect", "messages_per_second"}
    assert set(report["per_label"]["pitch"]) == {"precision", "recall", "f1", "support"}
    assert report["macro_f1"] == 1.0 and report["pitch_after_connect"]["f1"] == 1.0
    predictions = [json.loads(line) for line in out.read_text().splitlines()]
    assert [p["message_id"] for p in predictions] == ["m1", "m2", "m3", "m4"]
    assert set(predictions[0]) == {"message_id", "label", "patterns", "confidence"}


def test_eval_table_output_and_bad_file(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox.jsonl"
    _write_inbox(inbox)
    table = run("eval", str(inbox), tmp=tmp_path)
    assert table.returncode == 0 and "macro-F1" in table.stdout and "genuine" in table.stdout
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"platform": "linkedin"}\n')
    result = run("eval", str(bad), tmp=tmp_path)
    assert result.returncode == 2 and "bad.jsonl line 1" in result.stderr

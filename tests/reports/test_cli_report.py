"""`inchdeep report`, run as a real subprocess on a database filled through the API."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ApiClient, add_user
from tests.reports.inbox import load


def run(*args: str, tmp: Path) -> subprocess.CompletedProcess:
    env = os.environ | {"INCHDEEP_DATA_DIR": str(tmp / "data"), "INCHDEEP_USE_MODEL": "false"}
    return subprocess.run([sys.executable, "-m", "server.cli", "report", *args], capture_output=True, text=True, env=env, timeout=120)


def test_report_prints_tables_and_writes_every_format(app_factory, sqlite_url: str, tmp_path: Path) -> None:  # noqa: ANN001
    api: ApiClient = add_user(app_factory(sqlite_url), "jordan")
    load(api)

    text = run("--week", "2026-W46", "--database-url", sqlite_url, tmp=tmp_path)
    assert text.returncode == 0, text.stderr
    assert "2026-W46" in text.stdout and "Marcus O." in text.stdout and "78%" in text.stdout
    assert "Minutes saved: 3.5" in text.stdout

    as_json = run("--week", "2026-W46", "--format", "json", "--database-url", sqlite_url, tmp=tmp_path)
    assert as_json.returncode == 0, as_json.stderr
    report = json.loads(as_json.stdout)
    assert report == api.get("/v1/reports/weekly", params={"week": "2026-W46"}).json() | {"generated_at": report["generated_at"]}

    for fmt, marker in (("html", "<!doctype html>"), ("csv", "section,item,platform,label,value,detail")):
        out = tmp_path / f"weekly.{fmt}"
        result = run("--week", "2026-W46", "--format", fmt, "--out", str(out), "--database-url", sqlite_url, tmp=tmp_path)
        assert result.returncode == 0, result.stderr
        assert out.read_text().startswith(marker)


def test_report_errors_are_clear(app_factory, sqlite_url: str, tmp_path: Path) -> None:  # noqa: ANN001
    client = app_factory(sqlite_url)
    empty = run("--database-url", sqlite_url, tmp=tmp_path)
    assert empty.returncode != 0 and "no user yet" in empty.stderr
    add_user(client, "jordan")
    add_user(client, "riley")
    several = run("--database-url", sqlite_url, tmp=tmp_path)
    assert several.returncode != 0 and "--user" in several.stderr
    assert run("--user", "riley", "--database-url", sqlite_url, tmp=tmp_path).returncode == 0
    bad_week = run("--user", "riley", "--week", "2026-46", "--database-url", sqlite_url, tmp=tmp_path)
    assert bad_week.returncode != 0 and "ISO week" in bad_week.stderr
    bad_format = run("--user", "riley", "--format", "pdf", "--database-url", sqlite_url, tmp=tmp_path)
    assert bad_format.returncode != 0 and "unknown format" in bad_format.stderr

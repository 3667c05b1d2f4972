"""Starts a real `inchdeep serve` on a free port with a throwaway SQLite database, for benchmarks."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import httpx

VENV_BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def running_service(extra_env: dict[str, str] | None = None, workers: int = 1, with_process: bool = False,
                    warm_up: bool = False) -> Iterator[tuple]:
    """With warm_up, one batch of made-up messages from another user goes through first (see warm_up_requests)."""
    with tempfile.TemporaryDirectory(prefix="inchdeep-bench-") as tmp:
        url = f"sqlite:///{Path(tmp) / 'bench.sqlite3'}"
        env = os.environ | {"INCHDEEP_DATA_DIR": tmp, "INCHDEEP_RATE_LIMIT_PER_MINUTE": "0", "HF_HUB_OFFLINE": "1"} | (extra_env or {})
        inchdeep = str(VENV_BIN / "inchdeep")

        def new_user(name: str) -> str:
            created = subprocess.run([inchdeep, "user", "create", name, "--database-url", url], env=env, capture_output=True, text=True, check=True)
            return created.stdout.strip().splitlines()[-1]

        token = new_user("bench")
        warm_up_token = new_user("warm-up") if warm_up else None
        port = free_port()
        log_path = Path(os.environ.get("INCHDEEP_BENCH_LOG", Path(tmp) / "service.log"))
        log = log_path.open("w")
        proc = subprocess.Popen([inchdeep, "serve", "--port", str(port), "--database-url", url, "--workers", str(workers)],
                                env=env, stdout=log, stderr=subprocess.STDOUT)
        base = f"http://127.0.0.1:{port}"
        try:
            deadline = time.time() + 120
            while time.time() < deadline:
                try:
                    if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                        break
                except httpx.HTTPError:
                    time.sleep(0.3)
            else:
                raise RuntimeError("service did not start")
            if warm_up_token:
                warm_up_requests(base, warm_up_token)
            yield (base, token, proc) if with_process else (base, token)
        finally:
            proc.terminate()
            proc.wait(timeout=30)
            log.close()


def warm_up_requests(base: str, token: str) -> None:
    """The request path's first-use costs (SQL statements compiled, first rows of each table) paid before measuring,
    as the bare baseline's first call is. Another user and made-up texts: nothing of the measured inbox is seen."""
    messages = [{"platform": "linkedin", "thread_id": f"warm-up-{i}", "message_id": f"warm-up-{i}", "direction": "incoming",
                 "sender": {"id": f"warm-up-{i}", "name": "Warm Up"}, "text": f"Checking the service before the run, part {i}.",
                 "sent_at": "2026-01-01T08:00:00Z"} for i in range(50)]
    httpx.post(f"{base}/v1/messages", json={"messages": messages}, headers={"Authorization": f"Bearer {token}"},
               timeout=120).raise_for_status()


def rss_mb(pid: int) -> float:
    """Resident memory of a process and its direct children (uvicorn workers), in MB, read from /proc."""
    pids = [pid] + [int(p.name) for p in Path("/proc").iterdir() if p.name.isdigit() and _parent(int(p.name)) == pid]
    total_kb = 0
    for p in pids:
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total_kb += int(line.split()[1])
        except OSError:
            continue
    return total_kb / 1024


def _parent(pid: int) -> int:
    try:
        return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
    except (OSError, IndexError, ValueError):
        return -1

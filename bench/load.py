"""Load: N concurrent clients post message batches to `inchdeep serve --workers 2` on PostgreSQL.

    python bench/load.py [--clients 50] [--seconds 60] [--workers 2] [--batch 20] [--repost 0.2] [--users 10]
                         [--no-model] [--json]

Starts the real service (`inchdeep serve`, the learned model on, the rate limit shared through Redis and set high
enough not to interfere) on a free port against a fresh PostgreSQL database, runs the clients for the given time,
then counts the rows in the database. Each batch holds `--batch` messages of which about `--repost` are re-posts
of messages this user already sent (possibly still in flight from another client of the same user), so
idempotent ingest is exercised under concurrency. Every client posts for one of `--users` users (own token).

Prints p50/p95/p99 latency, requests/s, messages/s, the status codes, and rows in the database vs unique
(user, platform, message_id) sent. Exits 1 on any 5xx, any failed request, or any lost / duplicated message.

The helpers here (fresh database, users, the service process, the client loop, the row check) are reused by
bench/faults.py and tests/test_reliability.py. All traffic goes to 127.0.0.1 only.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import random
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

VENV_BIN = Path(sys.executable).parent
ADMIN_URL = os.environ.get("INCHDEEP_BENCH_POSTGRES_URL",
                           os.environ.get("INCHDEEP_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"))
REDIS_URL = os.environ.get("INCHDEEP_BENCH_REDIS_URL", "redis://127.0.0.1:6379/0")
CORPUS = ROOT / "data" / "corpus"


# -- database -------------------------------------------------------------------------------------


def postgres_reachable(admin_url: str = ADMIN_URL) -> str | None:
    """None when reachable, else the reason."""
    from sqlalchemy import create_engine, text

    engine = create_engine(admin_url, connect_args={"connect_timeout": 3})
    try:
        with engine.connect() as conn:
            conn.execute(text("select 1"))
        return None
    except Exception as exc:  # noqa: BLE001
        return str(exc).splitlines()[0]
    finally:
        engine.dispose()


@contextlib.contextmanager
def fresh_postgres_database(admin_url: str = ADMIN_URL, prefix: str = "inchdeep_bench") -> Iterator[str]:
    """CREATE DATABASE, migrate it, yield its URL, DROP it (WITH FORCE) afterwards."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from server.migrate import upgrade

    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    name = f"{prefix}_{uuid.uuid4().hex[:8]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    try:
        upgrade(url)
        yield url
    finally:
        deadline = time.monotonic() + 30
        while True:  # PostgreSQL may just be coming back (bench/faults.py restarts it)
            try:
                admin.dispose()
                with admin.connect() as conn:
                    conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
                break
            except Exception:  # noqa: BLE001
                if time.monotonic() > deadline:
                    print(f"warning: could not drop database {name}", file=sys.stderr)
                    break
                time.sleep(1)
        admin.dispose()


def create_users(database_url: str, count: int, prefix: str = "load") -> list[tuple[int, str]]:
    """(user id, token) for `count` new users, created the way `inchdeep user create` does."""
    from server.auth.service import create_user
    from server.db import make_engine, make_session_factory, session_scope

    engine = make_engine(database_url)
    out = []
    try:
        with session_scope(make_session_factory(engine)) as session:
            for i in range(count):
                user, token = create_user(session, f"{prefix}-{i}")
                out.append((user.id, token))
    finally:
        engine.dispose()
    return out


@dataclass
class RowCheck:
    expected: int
    rows: int
    distinct: int
    verdicts: int
    missing: int
    unexpected: int

    @property
    def ok(self) -> bool:
        return self.missing == 0 and self.unexpected == 0 and self.rows == self.distinct == self.expected == self.verdicts

    def line(self) -> str:
        return (f"rows in messages {self.rows}, distinct (user, platform, message_id) {self.distinct}, verdicts {self.verdicts}, "
                f"unique messages sent {self.expected}; missing {self.missing}, not sent but stored {self.unexpected}")


def check_rows(database_url: str, sent: set[tuple[int, str, str]], user_ids: list[int] | None = None) -> RowCheck:
    """Compares the messages table (of these users, default all) with the (user id, platform, message id) sent."""
    from sqlalchemy import create_engine, text

    engine = create_engine(database_url)
    try:
        with engine.connect() as conn:
            where = f" where user_id in ({', '.join(str(int(u)) for u in user_ids)})" if user_ids else ""
            stored = [tuple(r) for r in conn.execute(text("select user_id, platform, external_id from messages" + where))]
            verdicts = conn.execute(text("select count(*) from verdicts" + where)).scalar_one()
    finally:
        engine.dispose()
    stored_set = set(stored)
    return RowCheck(expected=len(sent), rows=len(stored), distinct=len(stored_set), verdicts=verdicts,
                    missing=len(sent - stored_set), unexpected=len(stored_set - sent))


# -- the service process ----------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Service:
    """`inchdeep serve --workers N` in its own process group, so SIGKILL takes the supervisor and every worker."""

    def __init__(self, database_url: str, *, workers: int = 2, port: int | None = None, use_model: bool = True,
                 rate_limit: int = 1_000_000, redis_url: str | None = REDIS_URL, data_dir: Path | None = None,
                 extra_env: dict[str, str] | None = None) -> None:
        self.database_url = database_url
        self.workers = workers
        self.port = port or free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self._tmp = tempfile.TemporaryDirectory(prefix="inchdeep-load-")
        self.data_dir = data_dir or Path(self._tmp.name)
        self.log_path = Path(self._tmp.name) / "serve.log"
        env = {k: v for k, v in os.environ.items() if not k.startswith("INCHDEEP_")}
        env |= {"INCHDEEP_DATA_DIR": str(self.data_dir), "INCHDEEP_RATE_LIMIT_PER_MINUTE": str(rate_limit),
                "INCHDEEP_USE_MODEL": "true" if use_model else "false", "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1",
                "PYTHONUNBUFFERED": "1"}
        if redis_url:
            env["INCHDEEP_REDIS_URL"] = redis_url
        self.env = env | (extra_env or {})
        self.proc: subprocess.Popen | None = None
        self.starts: list[float] = []  # seconds each start took until /healthz answered

    def start(self, timeout: float = 120.0, settle: bool = True) -> float:
        """Start and wait for /healthz; with `settle` (no traffic yet) also until every worker has finished loading."""
        began = time.monotonic()
        log = self.log_path.open("ab")
        self.proc = subprocess.Popen(
            [str(VENV_BIN / "inchdeep"), "serve", "--host", "127.0.0.1", "--port", str(self.port),
             "--database-url", self.database_url, "--workers", str(self.workers)],
            env=self.env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True, cwd=str(ROOT))
        log.close()
        while time.monotonic() - began < timeout:
            if self.proc.poll() is not None:
                raise RuntimeError(f"inchdeep serve exited with {self.proc.returncode}:\n{self.log_tail()}")
            try:
                if httpx.get(f"{self.base_url}/healthz", timeout=2).status_code == 200 and (not settle or self._all_workers_up()):
                    took = time.monotonic() - began
                    self.starts.append(took)
                    return took
            except httpx.HTTPError:
                pass
            time.sleep(0.25)
        self.stop()
        raise RuntimeError(f"inchdeep serve did not answer /healthz within {timeout:.0f} s:\n{self.log_tail()}")

    def _all_workers_up(self) -> bool:
        """With several workers, the first answer may come from one worker while the others still load the model:
        wait until every worker process exists and the group has gone quiet (under 10% CPU for half a second)."""
        if self.workers <= 1 or self.proc is None:
            return True
        pids = self._group_pids()
        if len(pids) < self.workers + 1:
            return False
        before = sum(map(_cpu_seconds, pids))
        time.sleep(0.5)
        return sum(map(_cpu_seconds, pids)) - before < 0.05

    def _group_pids(self) -> list[int]:
        pids = []
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                try:
                    fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                except OSError:
                    continue
                if int(fields[2]) == self.proc.pid:  # process group id
                    pids.append(int(entry.name))
        return pids

    def kill(self) -> None:
        """SIGKILL the whole service (supervisor and workers) without any chance to clean up."""
        if self.proc and self.proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(timeout=30)
        self._reap_group()

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(timeout=30)
        self._reap_group()

    def _reap_group(self) -> None:
        """Workers orphaned by a killed supervisor share its process group: make sure none is left listening."""
        if self.proc is None:
            return
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                return
            time.sleep(0.1)

    def close(self) -> None:
        self.stop()
        self._tmp.cleanup()

    def log_tail(self, lines: int = 40) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    def __enter__(self) -> Service:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _cpu_seconds(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


# -- the workload ----------------------------------------------------------------------------------


def corpus_messages() -> list[dict]:
    out = []
    for name in ("train.jsonl", "dev.jsonl"):
        path = CORPUS / name
        if path.exists():
            out += [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    incoming = [m for m in out if m.get("direction") == "incoming"]
    if not incoming:
        incoming = [{"text": "Hi, thanks for connecting! Worth a quick call about our growth service?"}]
    return incoming


@dataclass
class Workload:
    """Generates batches per user: new messages plus re-posts of messages this user already sent."""

    users: list[tuple[int, str]]
    batch: int = 20
    repost: float = 0.2
    senders_per_user: int = 150
    seed: int = 7
    run_id: str = field(default_factory=lambda: uuid.uuid4().hex[:6])

    def __post_init__(self) -> None:
        self.texts = corpus_messages()
        self.sent: dict[int, list[dict]] = {uid: [] for uid, _ in self.users}
        self.unique: set[tuple[int, str, str]] = set()
        self._counter = 0
        self._start = datetime(2026, 11, 2, 8, tzinfo=timezone.utc)

    def next_batch(self, rng: random.Random, user_id: int) -> list[dict]:
        history = self.sent[user_id]
        reposts = sum(1 for _ in range(self.batch) if rng.random() < self.repost) if history else 0
        batch = [rng.choice(history) for _ in range(reposts)]
        for _ in range(self.batch - reposts):
            self._counter += 1
            n = self._counter
            src = rng.choice(self.texts)
            platform = "linkedin" if rng.random() < 0.7 else "x"
            k = rng.randrange(self.senders_per_user)
            sender = f"{'li' if platform == 'linkedin' else 'x'}:load-{k}"
            name = (src.get("sender") or {}).get("name") or f"Sender {k}"
            sent_at = self._start + timedelta(minutes=n % 50_000, seconds=rng.randrange(60))
            m = {"platform": platform, "thread_id": f"t-{sender}", "message_id": f"{self.run_id}-{n}", "direction": "incoming",
                 "sender": {"id": sender, "name": name}, "participant": {"id": sender, "name": name},
                 "text": src["text"], "sent_at": sent_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
                 "connected_at": (sent_at - timedelta(minutes=rng.randrange(5, 60 * 24 * 30))).strftime("%Y-%m-%dT%H:%M:%SZ")
                 if rng.random() < 0.5 else None}
            batch.append(m)
            history.append(m)
            self.unique.add((user_id, platform, m["message_id"]))
        rng.shuffle(batch)
        return batch


@dataclass
class Attempt:
    phase: str  # the phase when the answer (or the failure) came
    status: str  # "200", "503", ... or the exception class for connection failures
    latency: float
    messages: int


@dataclass
class LoadResult:
    attempts: list[Attempt] = field(default_factory=list)
    batches_done: int = 0
    batches_given_up: int = 0
    bad_bodies: int = 0
    elapsed: float = 0.0

    def statuses(self, phase: str | None = None) -> Counter:
        return Counter(a.status for a in self.attempts if phase is None or a.phase == phase)

    def by_phase(self) -> dict[str, Counter]:
        out: dict[str, Counter] = {}
        for a in self.attempts:
            out.setdefault(a.phase, Counter())[a.status] += 1
        return out

    @property
    def server_errors(self) -> int:
        return sum(1 for a in self.attempts if a.status.isdigit() and int(a.status) >= 500)

    @property
    def non_2xx(self) -> int:
        return sum(1 for a in self.attempts if not (a.status.isdigit() and 200 <= int(a.status) < 300))

    def latency_percentiles(self) -> dict[str, float]:
        ok = sorted(a.latency for a in self.attempts if a.status == "200")
        if not ok:
            return {"p50": float("nan"), "p95": float("nan"), "p99": float("nan"), "max": float("nan")}

        def pct(p: float) -> float:
            return ok[min(len(ok) - 1, max(0, int(round(p / 100 * len(ok) + 0.5)) - 1))]

        return {"p50": pct(50), "p95": pct(95), "p99": pct(99), "max": ok[-1]}

    @property
    def messages_ok(self) -> int:
        return sum(a.messages for a in self.attempts if a.status == "200")


async def run_clients(base_url: str, workload: Workload, *, clients: int, seconds: float, retry: bool = False,
                      retry_for: float = 120.0, phase: Callable[[], str] = lambda: "load", timeout: float = 60.0,
                      seed: int = 1, stop: Callable[[], bool] = lambda: False,
                      abort: Callable[[], bool] = lambda: False) -> LoadResult:
    """`clients` concurrent clients post batches until `seconds` have passed or `stop()` says so; the batch in
    flight finishes.

    With `retry`, a batch that fails (connection error, timeout or 5xx) is posted again (same messages), with a
    short pause, until it succeeds or `retry_for` seconds have passed (then it counts as given up).
    """
    result = LoadResult()
    started = time.monotonic()
    deadline = started + seconds
    limits = httpx.Limits(max_connections=clients + 5, max_keepalive_connections=clients + 5)

    async def one_client(index: int, http: httpx.AsyncClient) -> None:
        rng = random.Random(seed * 100_003 + index)
        user_id, token = workload.users[index % len(workload.users)]
        headers = {"Authorization": f"Bearer {token}"}
        while time.monotonic() < deadline and not stop():
            batch = workload.next_batch(rng, user_id)
            give_up = time.monotonic() + retry_for
            pause = 0.2
            while True:
                t0 = time.monotonic()
                try:
                    r = await http.post(f"{base_url}/v1/messages", json={"messages": batch}, headers=headers)
                    status = str(r.status_code)
                    if r.status_code == 200:
                        verdicts = r.json().get("verdicts", [])
                        if [v.get("message_id") for v in verdicts] != [m["message_id"] for m in batch]:
                            result.bad_bodies += 1
                    elif r.status_code >= 500:
                        body = r.json() if r.headers.get("content-type", "").startswith("application/json") else {}
                        if not isinstance(body, dict) or "error" not in body:
                            status += "-no-json-error"
                except (httpx.TransportError, ValueError) as exc:
                    status = type(exc).__name__
                result.attempts.append(Attempt(phase(), status, time.monotonic() - t0, len(batch)))
                if status == "200":
                    result.batches_done += 1
                    break
                if not retry or time.monotonic() > give_up or abort() or (status.isdigit() and int(status[:3]) < 500):
                    if status != "200":
                        result.batches_given_up += 1
                    break
                await asyncio.sleep(pause)
                pause = min(pause * 1.5, 2.0)

    async with httpx.AsyncClient(timeout=timeout, limits=limits) as http:
        await asyncio.gather(*(one_client(i, http) for i in range(clients)))
    result.elapsed = time.monotonic() - started
    return result


def print_summary(result: LoadResult, check: RowCheck | None, *, title: str) -> None:
    p = result.latency_percentiles()
    rps = len(result.attempts) / result.elapsed if result.elapsed else 0.0
    mps = result.messages_ok / result.elapsed if result.elapsed else 0.0
    print(f"== {title}")
    print(f"requests {len(result.attempts)} in {result.elapsed:.1f} s: {rps:.1f} requests/s, {mps:.0f} messages/s "
          f"(posted, re-posts included)")
    print(f"latency of successful requests: p50 {p['p50'] * 1000:.0f} ms, p95 {p['p95'] * 1000:.0f} ms, "
          f"p99 {p['p99'] * 1000:.0f} ms, max {p['max'] * 1000:.0f} ms")
    print("statuses: " + ", ".join(f"{k}: {v}" for k, v in sorted(result.statuses().items())))
    print(f"5xx: {result.server_errors}; batches confirmed {result.batches_done}, given up {result.batches_given_up}; "
          f"verdict lists not matching the batch {result.bad_bodies}")
    if check:
        print(check.line() + ("  -> OK" if check.ok else "  -> MISMATCH"))


# -- the load run ------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--batch", type=int, default=20)
    parser.add_argument("--repost", type=float, default=0.2, help="share of each batch re-posting already sent messages")
    parser.add_argument("--users", type=int, default=10)
    parser.add_argument("--no-model", action="store_true", help="signal-only triage (isolates the web/storage path)")
    parser.add_argument("--json", action="store_true", help="also print one JSON line with the figures")
    args = parser.parse_args(argv)

    reason = postgres_reachable()
    if reason:
        print(f"PostgreSQL unreachable at {ADMIN_URL}: {reason}", file=sys.stderr)
        return 2
    with fresh_postgres_database() as url, Service(url, workers=args.workers, use_model=not args.no_model) as service:
        users = create_users(url, args.users)
        took = service.start()
        print(f"inchdeep serve --workers {args.workers} on {service.base_url} (PostgreSQL, learned model "
              f"{'off' if args.no_model else 'on'}, Redis rate limit) answered /healthz after {took:.1f} s; "
              f"{args.clients} clients, {args.users} users, batches of {args.batch} with ~{args.repost:.0%} re-posts, {args.seconds:.0f} s")
        workload = Workload(users, batch=args.batch, repost=args.repost)
        result = asyncio.run(run_clients(service.base_url, workload, clients=args.clients, seconds=args.seconds))
        alive = service.proc is not None and service.proc.poll() is None
        check = check_rows(url, workload.unique)
        print_summary(result, check, title="load")
        if not alive:
            print("the service died during the run:\n" + service.log_tail())
        if args.json:
            print(json.dumps({"requests": len(result.attempts), "seconds": round(result.elapsed, 2),
                              "latency_ms": {k: round(v * 1000, 1) for k, v in result.latency_percentiles().items()},
                              "statuses": dict(result.statuses()), "rows": check.rows, "unique_sent": check.expected,
                              "missing": check.missing, "duplicates": check.rows - check.distinct}))
        failed = result.server_errors or result.non_2xx or result.bad_bodies or not check.ok or not alive
        if failed and service.log_tail():
            print("--- service log (tail)\n" + service.log_tail(60))
        return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

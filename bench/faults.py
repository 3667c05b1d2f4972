"""Faults: the service SIGKILLed mid-ingest, and PostgreSQL restarted under load.

    python bench/faults.py [--clients 20] [--workers 2] [--no-model] [--only kill|postgres] [--down 6]

(a) kill: clients post batches (retrying a failed batch — connection error, timeout or 5xx — with the same messages
    until it succeeds); the whole service (supervisor and workers) gets SIGKILL in the middle of ingest and is
    started again on the same port and database. At the end every message sent is stored exactly once.
(b) postgres: while clients post, PostgreSQL is stopped for `--down` seconds and started again
    (`pg_ctlcluster ... stop/start`). Meanwhile the API must answer 503 with the JSON error shape — never 500 —
    and afterwards it must recover by itself (no service restart). Statuses are counted per phase
    (before / down / recovering / after) and the exactly-once check runs at the end.

Needs the local PostgreSQL cluster (this script restarts it: don't run it while others use that cluster) and Redis.
PostgreSQL is always started again when the script ends, whatever happens. Exit 1 on any violation.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.load import (  # noqa: E402
    ADMIN_URL, LoadResult, Service, Workload, check_rows, create_users, fresh_postgres_database, postgres_reachable,
    print_summary, run_clients,
)


class Phase:
    """The current phase label, shared between the fault thread and the clients."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.changes: list[tuple[float, str]] = [(time.monotonic(), name)]
        self.done = False
        self.aborted = False

    def set(self, name: str) -> None:
        self.name = name
        self.changes.append((time.monotonic(), name))
        print(f"  [{self.changes[-1][0] - self.changes[0][0]:6.1f} s] phase: {name}", flush=True)

    def __call__(self) -> str:
        return self.name


def _print_phases(result: LoadResult, order: list[str]) -> None:
    phases = result.by_phase()
    for name in order + [p for p in phases if p not in order]:
        if name in phases:
            print(f"  {name:>10}: " + ", ".join(f"{k}: {v}" for k, v in sorted(phases[name].items())))


def _run_with_fault(service: Service, workload: Workload, clients: int, phase: Phase, fault, max_seconds: float) -> LoadResult:  # noqa: ANN001
    """Clients run in this thread's event loop; `fault(phase)` runs in another thread and sets phase.done when the
    clients may stop (they finish their batch in flight, retries included)."""
    errors: list[BaseException] = []

    def runner() -> None:
        try:
            fault(phase)
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)
            phase.aborted = True
        finally:
            phase.done = True

    thread = threading.Thread(target=runner, daemon=True)
    thread.start()
    result = asyncio.run(run_clients(service.base_url, workload, clients=clients, seconds=max_seconds, retry=True,
                                     retry_for=max_seconds, phase=phase, stop=lambda: phase.done,
                                     abort=lambda: phase.aborted))
    thread.join(timeout=max_seconds)
    if errors:
        raise errors[0]
    return result


# -- (a) SIGKILL mid-ingest --------------------------------------------------------------------------


def kill_scenario(url: str, service: Service, clients: int, *, before: float = 8.0, after: float = 8.0,
                  max_seconds: float = 300.0) -> tuple[LoadResult, dict, bool]:
    users = create_users(url, max(2, clients // 5), prefix="kill")
    workload = Workload(users)
    figures: dict = {}

    def fault(phase: Phase) -> None:
        time.sleep(before)
        figures["rows_at_kill"] = check_rows(url, workload.unique, [u for u, _ in users]).rows
        phase.set("down")
        service.kill()
        time.sleep(1.0)
        figures["restart_seconds"] = round(service.start(settle=False), 1)
        phase.set("after")
        time.sleep(after)

    result = _run_with_fault(service, workload, clients, Phase("before"), fault, max_seconds)
    check = check_rows(url, workload.unique, [u for u, _ in users])
    print_summary(result, check, title="SIGKILL mid-ingest, restart, clients retry")
    _print_phases(result, ["before", "down", "after"])
    print(f"  killed with {figures.get('rows_at_kill')} rows stored; restarted in {figures.get('restart_seconds')} s "
          "(until /healthz answered on the same port)")
    # Connection errors while the service is down are expected (the clients retry); a 500 never is.
    server_errors = {k: v for k, v in result.statuses().items() if k[:1] == "5" and k != "503"}
    print(f"  5xx other than 503: {server_errors or 'none'}")
    ok = check.ok and result.batches_given_up == 0 and result.bad_bodies == 0 and not server_errors
    return result, figures, ok


# -- (b) PostgreSQL restart under load ---------------------------------------------------------------


def _cluster() -> tuple[str, str]:
    versions = sorted(os.listdir("/etc/postgresql"))
    return versions[-1], "main"


def pg_ctl(action: str) -> None:
    version, name = _cluster()
    subprocess.run(["pg_ctlcluster", "--skip-systemctl-redirect", version, name, action], check=True, timeout=120,
                   capture_output=True)


def ensure_postgres_running() -> None:
    if postgres_reachable() is None:
        return
    try:
        pg_ctl("start")
    except subprocess.CalledProcessError as exc:
        print(f"pg_ctlcluster start: {exc.stderr.decode(errors='replace').strip()}", file=sys.stderr)
    deadline = time.monotonic() + 60
    while postgres_reachable() is not None and time.monotonic() < deadline:
        time.sleep(0.5)


def postgres_scenario(url: str, service: Service, clients: int, *, before: float = 8.0, down: float = 6.0,
                      after: float = 8.0, recover_within: float = 60.0, max_seconds: float = 300.0) -> tuple[LoadResult, dict, bool]:
    users = create_users(url, max(2, clients // 5), prefix="pg")
    workload = Workload(users)
    figures: dict = {}

    def fault(phase: Phase) -> None:
        try:
            time.sleep(before)
            phase.set("down")
            t0 = time.monotonic()
            pg_ctl("stop")
            figures["stop_seconds"] = round(time.monotonic() - t0, 1)
            time.sleep(down)
            phase.set("recovering")
            pg_ctl("start")
            started = time.monotonic()
            # Recovered = the API itself answers a real request again (same token, tiny read).
            token = users[0][1]
            while time.monotonic() - started < recover_within:
                try:
                    r = httpx.get(f"{service.base_url}/v1/messages?limit=1", headers={"Authorization": f"Bearer {token}"}, timeout=10)
                    if r.status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                time.sleep(0.2)
            figures["recovered_after_start_seconds"] = round(time.monotonic() - started, 1)
            phase.set("after")
            time.sleep(after)
        finally:
            ensure_postgres_running()

    try:
        result = _run_with_fault(service, workload, clients, Phase("before"), fault, max_seconds)
    finally:
        ensure_postgres_running()
    check = check_rows(url, workload.unique, [u for u, _ in users])
    print_summary(result, check, title="PostgreSQL stopped and started again under load")
    _print_phases(result, ["before", "down", "recovering", "after"])
    print(f"  PostgreSQL down for ~{down + figures.get('stop_seconds', 0):.0f} s; the API answered a request "
          f"{figures.get('recovered_after_start_seconds')} s after PostgreSQL was started again (no service restart)")
    phases = result.by_phase()
    bad = {p: {k: v for k, v in c.items() if k != "200" and k != "503"} for p, c in phases.items()}
    bad = {p: c for p, c in bad.items() if c}
    after_ok = all(k == "200" for k in phases.get("after", {}))
    saw_503 = sum(c.get("503", 0) for c in phases.values())
    print(f"  503 answers: {saw_503}; anything else than 200/503: {bad or 'none'}; after recovery only 200: {after_ok}")
    ok = (check.ok and not bad and after_ok and result.batches_given_up == 0 and result.bad_bodies == 0
          and figures.get("recovered_after_start_seconds", recover_within) < recover_within)
    return result, figures, ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--no-model", action="store_true")
    parser.add_argument("--only", choices=["kill", "postgres"])
    parser.add_argument("--down", type=float, default=6.0, help="seconds PostgreSQL stays stopped")
    args = parser.parse_args(argv)

    ensure_postgres_running()
    reason = postgres_reachable()
    if reason:
        print(f"PostgreSQL unreachable at {ADMIN_URL}: {reason}", file=sys.stderr)
        return 2
    failures = []
    try:
        with fresh_postgres_database(prefix="inchdeep_faults") as url, \
                Service(url, workers=args.workers, use_model=not args.no_model) as service:
            took = service.start()
            print(f"inchdeep serve --workers {args.workers} on {service.base_url} (PostgreSQL, learned model "
                  f"{'off' if args.no_model else 'on'}) up after {took:.1f} s; {args.clients} clients retrying failed batches")
            if args.only in (None, "kill"):
                _, _, ok = kill_scenario(url, service, args.clients)
                failures += [] if ok else ["kill"]
            if args.only in (None, "postgres"):
                _, _, ok = postgres_scenario(url, service, args.clients, down=args.down)
                failures += [] if ok else ["postgres"]
                if service.proc is None or service.proc.poll() is not None:
                    failures.append("service died")
            if failures:
                print("--- service log (tail)\n" + service.log_tail(60))
    finally:
        ensure_postgres_running()
    print("faults: " + ("OK" if not failures else "VIOLATIONS in " + ", ".join(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

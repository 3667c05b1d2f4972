"""The service makes no outbound network connection: a full flow runs with every non-loopback connect refused.

The guard patches socket.socket.connect / connect_ex, socket.create_connection and socket.getaddrinfo: loopback
(127.0.0.0/8, ::1) and unix sockets pass (PostgreSQL and Redis on 127.0.0.1), anything else is recorded and
refused, and the test fails if anything was recorded. (libpq opens its own C-level socket, to the configured
database only; everything written in Python — Redis, transformers, huggingface_hub — goes through the guard.)

The learned-model flow runs in a fresh interpreter whose environment has no HF_HUB_OFFLINE / TRANSFORMERS_OFFLINE,
so it proves the service itself keeps the model loader offline, not the test setup.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import add_user

ROOT = Path(__file__).resolve().parent.parent
REDIS_URL = "redis://127.0.0.1:6379/0"

GUARD = r'''
import ipaddress
import socket

def install_guard():
    """Refuse and record every connection or name lookup that is not loopback / unix; returns (attempts, undo)."""
    attempts = []
    saved = (socket.socket.connect, socket.socket.connect_ex, socket.create_connection, socket.getaddrinfo)

    def loopback(host):
        if host in ("localhost", "localhost.localdomain", "ip6-localhost"):
            return True
        try:
            ip = ipaddress.ip_address(str(host).split("%", 1)[0])
        except ValueError:
            return False
        if getattr(ip, "ipv4_mapped", None):
            ip = ip.ipv4_mapped
        return ip.is_loopback

    def allowed(sock, address):
        if getattr(socket, "AF_UNIX", None) is not None and sock is not None and sock.family == socket.AF_UNIX:
            return True
        if isinstance(address, (str, bytes)):
            return True  # a unix socket path
        return loopback(address[0])

    def connect(self, address):
        if not allowed(self, address):
            attempts.append(("connect", repr(address)))
            raise OSError(f"test guard: outbound connection to {address!r} refused")
        return saved[0](self, address)

    def connect_ex(self, address):
        if not allowed(self, address):
            attempts.append(("connect_ex", repr(address)))
            return 111
        return saved[1](self, address)

    def create_connection(address, *args, **kwargs):
        if not loopback(address[0]):
            attempts.append(("create_connection", repr(address)))
            raise OSError(f"test guard: outbound connection to {address!r} refused")
        return saved[2](address, *args, **kwargs)

    def getaddrinfo(host, *args, **kwargs):
        if host is not None and not loopback(host.decode() if isinstance(host, bytes) else host):
            attempts.append(("getaddrinfo", repr(host)))
            raise socket.gaierror(f"test guard: name lookup of {host!r} refused")
        return saved[3](host, *args, **kwargs)

    socket.socket.connect, socket.socket.connect_ex = connect, connect_ex
    socket.create_connection, socket.getaddrinfo = create_connection, getaddrinfo

    def undo():
        socket.socket.connect, socket.socket.connect_ex, socket.create_connection, socket.getaddrinfo = saved

    return attempts, undo
'''

FLOW = r'''
def run_flow(client, token):
    """Every endpoint once, like the extension and the owner would; returns {step: status}."""
    h = {"Authorization": f"Bearer {token}"}
    pitch = "Hi Jordan, thanks for connecting! We help founders 3x their demos. Worth a quick call? https://calendly.com/m/15"
    msgs = [
        {"platform": "linkedin", "thread_id": "li-1", "message_id": "li-1-m1", "direction": "incoming",
         "sender": {"id": "li:marcus-o", "name": "Marcus O.", "profile_url": "https://www.linkedin.com/in/marcus"},
         "participant": {"id": "li:marcus-o", "name": "Marcus O."}, "text": pitch,
         "sent_at": "2026-11-05T16:24:00Z", "connected_at": "2026-11-05T16:20:00Z"},
        {"platform": "linkedin", "thread_id": "li-1", "message_id": "li-1-m2", "direction": "incoming",
         "sender": {"id": "li:marcus-o", "name": "Marcus O."}, "text": "Bumping this, see https://example.com/deck",
         "sent_at": "2026-11-07T09:00:00Z"},
        {"platform": "x", "thread_id": "x-1", "message_id": "x-1-m1", "direction": "incoming",
         "sender": {"id": "x:ana", "name": "Ana"}, "text": "Loved your talk yesterday, could I ask you a question about it?",
         "sent_at": "2026-11-06T10:00:00Z"},
        {"platform": "x", "thread_id": "x-1", "message_id": "x-1-m2", "direction": "outgoing",
         "sender": {"id": "x:me", "name": "Jordan"}, "participant": {"id": "x:ana", "name": "Ana"},
         "text": "Sure, ask away!", "sent_at": "2026-11-06T11:00:00Z"},
    ]
    s = {}
    r = client.post("/v1/messages", json={"messages": msgs}, headers=h); s["ingest"] = r.status_code
    s["model_version"] = r.json()["verdicts"][0]["model_version"] if r.status_code == 200 else None
    s["reingest"] = client.post("/v1/messages", json={"messages": msgs}, headers=h).status_code
    s["list"] = client.get("/v1/messages", headers=h).status_code
    r = client.post("/v1/feedback", json={"message_id": "li-1-m1", "label": "pitch", "scope": "sender"}, headers=h)
    s["feedback"] = r.status_code
    s["action"] = client.post("/v1/actions", json={"kind": "mute", "sender_id": "li:marcus-o", "status": "done"}, headers=h).status_code
    s["list_entry"] = client.post("/v1/lists", json={"party_id": "x:ana", "kind": "allow"}, headers=h).status_code
    s["learned"] = client.get("/v1/learned", headers=h).status_code
    routes = set(client.app.openapi()["paths"])
    if "/v1/suggestions" in routes:
        s["suggestions"] = client.get("/v1/suggestions", headers=h).status_code
    if "/v1/relationships/{party_id}" in routes:
        s["relationship"] = client.get("/v1/relationships/li:marcus-o", headers=h).status_code
    for path in ("/v1/reports/weekly", "/v1/reports/weekly.html", "/v1/reports/weekly.csv"):
        if path in routes:
            s[path.rsplit("/", 1)[1]] = client.get(path, params={"week": "2026-W45"}, headers=h).status_code
    s["delete"] = client.delete("/v1/me/data", headers=h).status_code
    s["healthz"] = client.get("/healthz").status_code
    return s
'''

MAIN = r'''
import json, os, sys, tempfile
before = {k: os.environ.get(k) for k in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE")}
attempts, _ = install_guard()
from fastapi.testclient import TestClient
from server.auth.service import create_user
from server.config import Settings
from server.db import session_scope
from server.main import create_app
from server.migrate import upgrade

url = sys.argv[1]
if url.startswith("sqlite"):
    upgrade(url)
settings = Settings(database_url=url, use_model=True, redis_url=sys.argv[2], rate_limit_per_minute=1000,
                    data_dir=tempfile.mkdtemp())
with TestClient(create_app(settings)) as client:
    import huggingface_hub.constants as hf
    with session_scope(client.app.state.session_factory) as session:
        _, token = create_user(session, "offline")
    statuses = run_flow(client, token)
    out = {"attempts": attempts, "statuses": statuses, "env_before": before, "triage": client.app.state.triage.version,
           "hf_hub_offline": hf.HF_HUB_OFFLINE, "model_loaded": client.app.state.triage.model is not None}
print("RESULT " + json.dumps(out))
'''

EXPECTED = {"ingest": 200, "reingest": 200, "list": 200, "feedback": 201, "action": 201, "list_entry": 201, "learned": 200,
            "suggestions": 200, "relationship": 200, "weekly": 200, "weekly.html": 200, "weekly.csv": 200, "delete": 200,
            "healthz": 200}


def _namespace() -> dict:
    ns: dict = {}
    exec(compile(GUARD + FLOW, "network_guard", "exec"), ns)  # noqa: S102 - our own source, shared with the subprocess
    return ns


def _redis_available() -> bool:
    import redis

    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=0.5).ping()
        return True
    except redis.RedisError:
        return False


def test_guard_refuses_outbound_and_lets_loopback_through() -> None:
    import socket

    ns = _namespace()
    attempts, undo = ns["install_guard"]()
    try:
        with pytest.raises(OSError):
            socket.create_connection(("93.184.216.34", 80), timeout=1)
        with pytest.raises(OSError):
            socket.getaddrinfo("example.com", 443)
        with socket.socket() as s:
            assert s.connect_ex(("10.255.255.1", 9)) != 0
        with socket.socket() as listener:
            listener.bind(("127.0.0.1", 0))
            listener.listen(1)
            with socket.create_connection(listener.getsockname(), timeout=1):
                pass
    finally:
        undo()
    assert [kind for kind, _ in attempts] == ["create_connection", "getaddrinfo", "connect_ex"]


def test_full_flow_on_both_databases_makes_no_outbound_connection(app_factory, database_url: str) -> None:  # noqa: ANN001
    ns = _namespace()
    attempts, undo = ns["install_guard"]()
    try:
        client = app_factory(database_url, redis_url=REDIS_URL if _redis_available() else "", rate_limit_per_minute=1000)
        api = add_user(client, "jordan")
        statuses = ns["run_flow"](client, api.token)
    finally:
        undo()
    assert attempts == [], f"outbound network attempts: {attempts}"
    assert {k: v for k, v in statuses.items() if k != "model_version"} == EXPECTED


def test_learned_model_service_makes_no_outbound_connection_without_offline_env(request: pytest.FixtureRequest,
                                                                                 tmp_path: Path) -> None:
    """A fresh interpreter without HF_HUB_OFFLINE in its environment: create_app(Settings(use_model=True)) loads
    the real MiniLM model and serves the whole flow while every non-loopback connection is refused."""
    try:
        from tests.conftest import _truncate_postgres

        url = request.getfixturevalue("postgres_server_url")
        _truncate_postgres(url)
    except pytest.skip.Exception:
        url = f"sqlite:///{tmp_path / 'offline.sqlite3'}"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HF_", "TRANSFORMERS_", "INCHDEEP_"))}
    env["INCHDEEP_DATA_DIR"] = str(tmp_path / "data")
    proc = subprocess.run([sys.executable, "-c", GUARD + FLOW + MAIN, url, REDIS_URL if _redis_available() else ""],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("RESULT ")]
    assert proc.returncode == 0 and lines, f"flow failed:\n{proc.stdout[-3000:]}\n{proc.stderr[-5000:]}"
    result = json.loads(lines[-1][len("RESULT "):])
    assert result["env_before"] == {"HF_HUB_OFFLINE": None, "TRANSFORMERS_OFFLINE": None}
    assert result["attempts"] == [], f"outbound network attempts: {result['attempts']}"
    assert result["model_loaded"] and result["hf_hub_offline"] is True
    statuses = result["statuses"]
    assert statuses.pop("model_version") == result["triage"] and result["triage"].startswith("minilm")
    assert statuses == EXPECTED

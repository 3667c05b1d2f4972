"""End-to-end harness: the real inchdeep service (one per session, its own SQLite file), a fresh user per test,
and a fresh Chromium profile per test with the unpacked extension loaded. Fixture pages are our own HTML served at
the real sites' addresses through request routing, so the content scripts inject exactly as they would there."""

from __future__ import annotations

import json
import os
import queue
import re
import threading
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from playwright.sync_api import BrowserContext, Locator, Page, Worker, expect, sync_playwright

ROOT = Path(__file__).resolve().parent.parent
EXTENSION = ROOT / "extension"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SCREENSHOTS = Path(__file__).resolve().parent / "screenshots"
CHROMIUM = "/usr/bin/chromium"
INCHDEEP = Path(sys.executable).parent / "inchdeep"


def pytest_collection_modifyitems(items):
    for item in items:
        if Path(str(item.fspath)).resolve().is_relative_to(Path(__file__).resolve().parent):
            item.add_marker(pytest.mark.e2e)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _http(method: str, url: str, token: str | None = None, body: dict | None = None, timeout: float = 30):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(url, data=data, method=method)
    req.add_header("Accept", "application/json")
    if data is not None:
        req.add_header("Content-Type", "application/json")
    if token:
        req.add_header("Authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(req, timeout=timeout) as res:
            raw = res.read()
            return res.status, (json.loads(raw) if raw else None)
    except urllib.error.HTTPError as e:
        raw = e.read()
        try:
            return e.code, json.loads(raw)
        except ValueError:
            return e.code, raw.decode(errors="replace")


class Service:
    """`inchdeep serve` as a subprocess; stop() and start() again keep the port and the database."""

    def __init__(self, workdir: Path):
        self.db_path = workdir / "db.sqlite"
        self.database_url = f"sqlite:///{self.db_path}"
        self.port = _free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log_path = workdir / "serve.log"
        # Its own data folder: the first-run token file must not land in (or overwrite) the machine's real one.
        self.data_dir = workdir / "data"
        self.proc: subprocess.Popen | None = None

    def start(self, timeout: float = 90) -> None:
        log = open(self.log_path, "ab")
        self.proc = subprocess.Popen(
            [str(INCHDEEP), "serve", "--port", str(self.port), "--database-url", self.database_url],
            stdout=log, stderr=subprocess.STDOUT, cwd=ROOT, env=os.environ | {"INCHDEEP_DATA_DIR": str(self.data_dir)},
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"inchdeep serve exited ({self.proc.returncode}):\n{self.log_tail()}")
            try:
                if _http("GET", f"{self.base}/healthz", timeout=2)[0] == 200:
                    return
            except OSError:
                pass
            time.sleep(0.2)
        raise RuntimeError(f"inchdeep serve did not come up in {timeout}s:\n{self.log_tail()}")

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        self.proc = None

    def log_tail(self, n: int = 40) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-n:])
        except OSError:
            return ""

    def create_user(self, name: str) -> str:
        out = subprocess.run([str(INCHDEEP), "user", "create", name, "--database-url", self.database_url],
                             capture_output=True, text=True, check=True, cwd=ROOT)
        return [line for line in out.stdout.splitlines() if line.strip()][-1].strip()

    def query(self, sql: str, params: tuple = ()) -> list[sqlite3.Row]:
        con = sqlite3.connect(self.db_path, timeout=10)
        con.row_factory = sqlite3.Row
        try:
            return con.execute(sql, params).fetchall()
        finally:
            con.close()


@dataclass
class User:
    """One inbox owner per test keeps tests independent on the shared service."""

    name: str
    token: str
    service: Service

    def api(self, method: str, path: str, body: dict | None = None):
        return _http(method, self.service.base + path, self.token, body)

    def get(self, path: str):
        status, data = self.api("GET", path)
        assert status == 200, f"GET {path} → {status}: {data}"
        return data

    def messages(self) -> list[dict]:
        return self.get("/v1/messages?limit=500")["messages"]

    def actions(self) -> list[dict]:
        """What the service recorded from POST /v1/actions (read from its database)."""
        rows = self.service.query(
            """SELECT a.kind, a.status, p.external_id AS party, m.external_id AS message
               FROM actions a JOIN users u ON u.id = a.user_id
               LEFT JOIN parties p ON p.id = a.party_id LEFT JOIN messages m ON m.id = a.message_id
               WHERE u.name = ? ORDER BY a.id""", (self.name,))
        return [dict(r) for r in rows]

    def seed_noise(self, platform: str, party_id: str, party_name: str, n: int = 3) -> None:
        """Pitches from one party, never answered: what the service's unfollow rule looks for."""
        start = datetime.now(timezone.utc) - timedelta(days=2)
        texts = [
            "Hi Jordan, I help founders book 3x more demos. Would it make sense to hop on a quick 15-minute call this week? Grab a slot: https://calendly.com/{slug}/15min",
            "Just following up and bumping this to the top of your inbox: are you the right person to talk to about outbound? Book a call here: https://calendly.com/{slug}/intro",
            "Last chance: 40% off my done-for-you lead generation service this week only. Book your free strategy session: https://calendly.com/{slug}/offer",
        ]
        slug = party_id.split(":", 1)[1]
        msgs = [{
            "platform": platform, "thread_id": f"seed-{slug}", "message_id": f"seed-{slug}-{i}",
            "sender": {"id": party_id, "name": party_name}, "participant": {"id": party_id, "name": party_name},
            "direction": "incoming", "text": texts[i % len(texts)].format(slug=slug),
            "sent_at": (start + timedelta(hours=i)).isoformat(),
            "connected_at": (start - timedelta(minutes=5)).isoformat(),
        } for i in range(n)]
        status, data = self.api("POST", "/v1/messages", {"messages": msgs})
        assert status == 200, data


@pytest.fixture(scope="session")
def service(tmp_path_factory):
    if not INCHDEEP.exists():
        pytest.skip(f"{INCHDEEP} is not installed")
    svc = Service(tmp_path_factory.mktemp("inchdeep-service"))
    svc.start()
    yield svc
    svc.stop()


@pytest.fixture
def live_service(service):
    """The service, guaranteed running (a test that stops it restarts it, but don't rely on that)."""
    if service.proc is None or service.proc.poll() is not None:
        service.start()
    return service


class UserPool:
    """Creates users ahead of time in a background thread: `inchdeep user create` takes ~2 s of CPU that
    overlaps with the previous test's browser work instead of adding to every test's setup."""

    def __init__(self, svc: Service, count: int):
        self.svc = svc
        self.ready: queue.Queue = queue.Queue()
        self.thread = threading.Thread(target=self._fill, args=(count,), daemon=True)
        self.thread.start()

    def _fill(self, count: int) -> None:
        for _ in range(count):
            name = f"e2e-{uuid.uuid4().hex[:10]}"
            try:
                self.ready.put((name, self.svc.create_user(name)))
            except Exception as e:  # surfaced to the test that needed the user
                self.ready.put(e)

    def take(self) -> tuple[str, str]:
        try:
            got = self.ready.get_nowait()
        except queue.Empty:
            if not self.thread.is_alive():  # pool used up: create one on the spot
                name = f"e2e-{uuid.uuid4().hex[:10]}"
                return name, self.svc.create_user(name)
            got = self.ready.get(timeout=60)
        if isinstance(got, Exception):
            raise got
        return got


@pytest.fixture(scope="session")
def user_pool(service, request) -> UserPool:
    here = Path(__file__).resolve().parent
    wanted = sum(1 for i in request.session.items
                 if "user" in getattr(i, "fixturenames", ()) and Path(str(i.fspath)).resolve().is_relative_to(here))
    return UserPool(service, wanted)


@pytest.fixture
def user(live_service, user_pool) -> User:
    name, token = user_pool.take()
    return User(name, token, live_service)


@pytest.fixture(scope="session")
def pw():
    with sync_playwright() as p:
        yield p


@dataclass
class Browser:
    context: BrowserContext
    sw: Worker
    extension_id: str
    events: list = field(default_factory=list)  # (monotonic time, kind, who) from fixture pages
    requested: list = field(default_factory=list)  # fixture URLs served, in order
    broken_profiles: set = field(default_factory=set)  # slugs served without their controls
    break_profiles_after: int | None = None  # serve the (n+1)-th and later profiles without their controls
    profiles_served: int = 0

    def serve(self, url: str | re.Pattern, fixture: str, inserted: str | None = None, **subs: str) -> None:
        """Answer `url` with a fixture page; `inserted` names another fixture put at the start of its <body>."""
        html = (FIXTURES / fixture).read_text()
        if inserted:
            html = html.replace("<body>", "<body>\n" + (FIXTURES / inserted).read_text(), 1)
        for k, v in subs.items():
            html = html.replace("{{" + k + "}}", v)

        def handler(route):
            self.requested.append(route.request.url)
            route.fulfill(status=200, content_type="text/html; charset=utf-8", body=html)

        self.context.route(url, handler)

    def open(self, url: str) -> Page:
        page = self.context.pages[0] if self.context.pages and self.context.pages[0].url == "about:blank" else self.context.new_page()
        page.goto(url)
        return page

    def page_url(self, path: str) -> str:
        return f"chrome-extension://{self.extension_id}/{path}"

    def storage(self, key: str):
        return self.sw.evaluate("k => chrome.storage.local.get(k).then(r => r[k])", key)


def _profile_routes(b: Browser) -> None:
    controls = (FIXTURES / "linkedin_profile_controls.html").read_text()
    page = (FIXTURES / "linkedin_profile.html").read_text()
    x_page = (FIXTURES / "x_profile.html").read_text()

    def linkedin_profile(route):
        b.requested.append(route.request.url)
        slug = re.search(r"/in/([^/?#]+)", route.request.url).group(1)
        name = " ".join(w.capitalize() for w in slug.split("-"))
        b.profiles_served += 1
        broken = slug in b.broken_profiles or (b.break_profiles_after is not None and b.profiles_served > b.break_profiles_after)
        html = page.replace("{{controls}}", "" if broken else controls)
        route.fulfill(status=200, content_type="text/html; charset=utf-8",
                      body=html.replace("{{slug}}", slug).replace("{{name}}", name))

    def x_profile(route):
        b.requested.append(route.request.url)
        handle = re.search(r"x\.com/([A-Za-z0-9_]+)", route.request.url).group(1)
        route.fulfill(status=200, content_type="text/html; charset=utf-8", body=x_page.replace("{{handle}}", handle))

    b.context.route(re.compile(r"https://www\.linkedin\.com/in/[^/?#]+/?(\?.*)?$"), linkedin_profile)
    b.context.route(re.compile(r"https://x\.com/[A-Za-z0-9_]{1,15}/?$"), x_profile)


@pytest.fixture
def browser(pw, user, tmp_path) -> Browser:
    ext = str(EXTENSION)
    context = pw.chromium.launch_persistent_context(
        str(tmp_path / "profile"),
        headless=True,
        executable_path=CHROMIUM,
        viewport={"width": 1280, "height": 860},
        args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", f"--disable-extensions-except={ext}", f"--load-extension={ext}",
        ],
    )
    try:
        sw = context.service_workers[0] if context.service_workers else context.wait_for_event("serviceworker", timeout=20000)
        b = Browser(context=context, sw=sw, extension_id=sw.url.split("/")[2])
        sw.evaluate("s => chrome.storage.local.set(s)", {"apiBase": user.service.base, "apiToken": user.token})
        # nothing reaches the real sites: anything not served from fixtures is a 404 (routes registered later win)
        context.route(re.compile(r"https://(www\.linkedin\.com|x\.com|twitter\.com)/.*"),
                      lambda route: route.fulfill(status=404, content_type="text/plain", body="not a fixture"))
        _profile_routes(b)
        context.expose_binding("fixtureEvent", lambda source, kind, who: b.events.append((time.monotonic(), kind, who)))
        yield b
    finally:
        context.close()


def shot(page_or_locator, name: str) -> Path:
    SCREENSHOTS.mkdir(exist_ok=True)
    path = SCREENSHOTS / name
    page_or_locator.screenshot(path=str(path))
    return path


def wait_for_action(cond, user, timeout=10.0):
    """Poll until the service has recorded the action the test expects (actions are posted asynchronously)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if cond():
            return
        time.sleep(0.1)
    raise AssertionError(f"condition not met; recorded actions: {user.actions()}")


def reopen_card(page: Page, badge: Locator) -> Locator:
    """The badge's card opened afresh, as after the owner moved away and came back: an action that moved focus (Draft
    reply types into the site's composer) lets the card close on its own a moment later, and a hover over a card that
    is still open could race that close."""
    card = badge.locator(".card")
    page.mouse.move(1, 1)
    expect(card).to_be_hidden()
    badge.hover()
    expect(card).to_be_visible()
    return card

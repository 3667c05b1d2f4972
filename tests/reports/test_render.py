"""CSV, HTML and text renderings of the weekly report: injection-safe, escaped, and drawn in a real browser."""

from __future__ import annotations

import csv
import html
import io
from datetime import datetime, timezone
from pathlib import Path

import pytest
from sqlalchemy import select

from server.auth.models import User
from server.reports import render
from server.reports.service import weekly_report
from server.reports.weeks import IsoWeek

from tests.conftest import ApiClient, msg
from tests.reports.inbox import load, ts

EVIL_NAME = "<img src=x onerror=alert(1)>"
EVIL_TEXT = "<script>alert('t')</script> Issue #{n} is out! Subscribe here to get it weekly."
SCREENSHOTS = Path(__file__).parent / "screenshots"


def hostile(api: ApiClient) -> None:
    """Strangers choose their names and texts: formulas, markup and scripts."""
    api.ingest(
        msg("evil-1", EVIL_TEXT.format(n=1), sender="li:evil", name=EVIL_NAME, thread="li-evil", sent_at=ts(11, 10, 8)),
        msg("evil-2", EVIL_TEXT.format(n=2), sender="li:evil", name=EVIL_NAME, thread="li-evil", sent_at=ts(11, 12, 8)),
    )
    # Two newsletters each, so every one of them is suggested for unfollow and named in the CSV.
    for i, (sender, name) in enumerate([("li:formula", '=HYPERLINK("http://x.test","hi")'), ("li:at", "@SUM(A1:A9)"),
                                        ("li:plus", "+1 555 0100"), ("li:minus", "-2+3")]):
        api.ingest(*[msg(f"f-{i}-{n}", f"Issue #{n} is out! Subscribe here to get it weekly.", sender=sender, name=name,
                         thread=f"t-{sender}", sent_at=ts(11, 10 + n, 10 + i)) for n in (1, 2)])


def test_csv_has_the_numbers_and_neutralises_formulas(api: ApiClient) -> None:
    load(api)
    hostile(api)
    response = api.get("/v1/reports/weekly.csv", params={"week": "2026-W46"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    assert 'filename="inchdeep-2026-W46.csv"' in response.headers["content-disposition"]
    rows = list(csv.reader(io.StringIO(response.text)))
    assert rows[0] == ["section", "item", "platform", "label", "value", "detail"]
    cells = [cell for row in rows for cell in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@")]
    assert "'=HYPERLINK(\"http://x.test\",\"hi\")" in cells and "'@SUM(A1:A9)" in cells and "'+1 555 0100" in cells and "'-2+3" in cells
    # 9 from the inbox + 10 hostile newsletters, of which 19 - 2 (Priya, Leo) are noise: 17/19.
    assert ["totals", "incoming", "", "", "19", ""] in rows
    assert ["totals", "noise_ratio", "", "", "0.895", ""] in rows
    assert ["by_platform", "incoming", "x", "", "3", ""] in rows
    assert ["minutes_saved", "minutes", "", "", "8.5", "30 seconds per noise message you did not have to read"] in rows


def test_html_escapes_every_stranger_supplied_string(api: ApiClient) -> None:
    load(api)
    hostile(api)
    response = api.get("/v1/reports/weekly.html", params={"week": "2026-W46"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    page = response.text
    assert EVIL_NAME not in page and "<script>alert" not in page
    assert html.escape(EVIL_NAME) in page and html.escape("<script>alert('t')</script>") in page
    assert "<script src" not in page and "Plotly.newPlot" in page  # plotly.js is inline, nothing is fetched
    assert response.headers["referrer-policy"] == "no-referrer" and "default-src 'none'" in response.headers["content-security-policy"]


def test_html_takes_the_token_from_the_query_string(api: ApiClient) -> None:
    load(api)
    response = api.client.get("/v1/reports/weekly.html", params={"week": "2026-W46", "token": api.token})
    assert response.status_code == 200 and "Marcus O." in response.text


def test_text_rendering_prints_names_literally(api: ApiClient) -> None:
    load(api)
    api.ingest(msg("m-x", "Issue #1 is out! Subscribe here to get it weekly.", sender="li:rich", name="[bold red]Boss[/]", thread="t-r",
                   sent_at=ts(11, 14)))
    with api.client.app.state.session_factory() as session:
        user = session.scalar(select(User).where(User.name == api.name))
        report = weekly_report(session, user, IsoWeek(2026, 46), datetime(2026, 11, 22, tzinfo=timezone.utc))
    text = render.to_text(report)
    # 10 incoming, 8 of them noise; the name's console markup is printed as is.
    assert "[bold red]Boss[/]" in text and "Marcus O." in text and "80%" in text and "Minutes saved: 4" in text


def test_html_report_renders_in_chromium(api: ApiClient) -> None:
    sync_api = pytest.importorskip("playwright.sync_api")
    if not Path("/usr/bin/chromium").exists():
        pytest.skip("no Chromium at /usr/bin/chromium")
    load(api)
    hostile(api)
    response = api.get("/v1/reports/weekly.html", params={"week": "2026-W46"})
    assert response.status_code == 200
    SCREENSHOTS.mkdir(exist_ok=True)
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--no-first-run"])
        try:
            page = browser.new_page(viewport={"width": 1100, "height": 900})
            errors: list[str] = []
            dialogs: list[str] = []
            requests: list[str] = []
            page.on("pageerror", lambda exc: errors.append(str(exc)))
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.on("request", lambda r: requests.append(r.url))
            # Served with the API's own headers, so the Content-Security-Policy is exercised too.
            page.route("http://inchdeep.test/report", lambda route: route.fulfill(
                status=200, body=response.text, headers={k: v for k, v in response.headers.items() if k != "content-length"}))
            page.goto("http://inchdeep.test/report")
            page.wait_for_selector("#chart-trend .main-svg")
            page.wait_for_selector("#chart-platform .main-svg")
            assert page.locator(".js-plotly-plot").count() == 2
            assert page.locator("#chart-trend .trace.bars").count() >= 1 and page.locator("#chart-trend .scatterlayer .trace").count() == 1
            assert page.locator("img").count() == 0 and page.locator("script:has-text('alert')").count() == 0
            assert page.get_by_text(EVIL_NAME).first.is_visible()
            page.screenshot(path=str(SCREENSHOTS / "weekly.png"), full_page=True)
            assert errors == [] and dialogs == []
            assert requests == ["http://inchdeep.test/report"]  # nothing else fetched
        finally:
            browser.close()
    assert (SCREENSHOTS / "weekly.png").stat().st_size > 10_000

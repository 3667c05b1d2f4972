"""The service worker's offline queue, the popup (counts, suggestions, report link, paced bulk unfollow) and the
options page's connection test."""

from __future__ import annotations

import time
import urllib.request

from playwright.sync_api import expect

THREAD = "https://www.linkedin.com/messaging/thread/2-abc/"


def test_messages_queue_while_the_service_is_down_and_are_badged_when_it_is_back(browser, user, service):
    browser.serve(THREAD, "linkedin_thread.html")
    service.stop()
    try:
        page = browser.open(THREAD)
        deadline = time.monotonic() + 15
        while len(browser.storage("outbox") or []) < 4 and time.monotonic() < deadline:
            time.sleep(0.1)
        queued = browser.storage("outbox") or []
        assert len(queued) == 4, queued
        expect(page.locator("[data-inchdeep-badge]")).to_have_count(0)
    finally:
        t0 = time.monotonic()
        service.start()  # same port, same database
        print(f"service back after {time.monotonic() - t0:.1f}s")
    t1 = time.monotonic()
    expect(page.locator("[data-inchdeep-badge]")).to_have_count(3, timeout=45000)
    print(f"badged {time.monotonic() - t1:.1f}s after that")
    labels = sorted(page.locator("[data-inchdeep-badge]").evaluate_all("els => els.map(e => e.dataset.inchdeepLabel)"))
    assert labels == ["auto_dm", "newsletter", "pitch"]
    assert browser.storage("outbox") == []
    assert len(user.messages()) == 4  # none lost, the owner's own message included


def test_options_page_saves_before_it_tests_and_says_truthfully_what_failed(browser, user):
    page = browser.open(browser.page_url("options/options.html"))
    expect(page.locator("#apiBase")).to_have_value(user.service.base)
    expect(page.locator("#apiToken")).to_have_value(user.token)
    result = page.locator("#result")
    # opening the page tests what is saved
    expect(result).to_contain_text("Saved settings: Connected")
    expect(result).to_have_class("status ok")

    # "Connected" only ever describes saved settings: the test saves what was typed first
    page.fill("#apiToken", "idp_not-a-real-token")
    page.click("#test")
    expect(result).to_contain_text("rejected the token")
    expect(result).to_have_class("status err")
    assert browser.storage("apiToken") == "idp_not-a-real-token"

    page.fill("#apiBase", "http://localhost:9/")
    page.click("#save")
    expect(result).to_contain_text("Saved. Cannot reach the inchdeep service at http://localhost:9")
    expect(page.locator("#apiBase")).to_have_value("http://localhost:9")
    assert browser.storage("apiBase") == "http://localhost:9"

    # a reopened page (the service may have restarted since) tests the saved settings again
    page.reload()
    expect(result).to_contain_text("Saved settings: Cannot reach the inchdeep service at http://localhost:9")
    page.fill("#apiBase", user.service.base)
    page.fill("#apiToken", user.token)
    page.click("#save")
    expect(result).to_contain_text("Saved. Connected")
    page.reload()
    expect(result).to_contain_text("Saved settings: Connected")
    assert (browser.storage("apiBase"), browser.storage("apiToken")) == (user.service.base, user.token)


def test_popup_counts_suggestions_report_and_paced_bulk_unfollow(browser, user):
    user.seed_noise("linkedin", "li:bulk-one", "Bulk One")
    user.seed_noise("linkedin", "li:bulk-two", "Bulk Two")
    report = user.get("/v1/reports/weekly")
    page = browser.open(browser.page_url("popup/popup.html"))
    expect(page.locator("#incoming")).to_have_text(str(report["totals"]["incoming"]))
    expect(page.locator("#noise")).to_have_text(f"{round(report['totals']['noise_ratio'] * 100)}%")
    for label, n in report["totals"]["by_label"].items():
        if n:
            expect(page.locator(f"#by-label li[data-label='{label}']")).to_contain_text(str(n))
    expect(page.locator("#unfollow li[data-party='li:bulk-one']")).to_contain_text("Bulk One")
    expect(page.locator("#unfollow li[data-party='li:bulk-two']")).to_be_visible()

    href = page.locator("#report").get_attribute("href")
    assert href == f"{user.service.base}/v1/reports/weekly.html?token={user.token}"
    with urllib.request.urlopen(href, timeout=30) as res:
        assert res.status == 200 and "text/html" in res.headers["Content-Type"]

    page.click("#bulk")
    expect(page.locator("#bulk-status")).to_have_text("Done: 2 of 2 unfollowed.", timeout=30000)
    clicks = [(t, who) for t, kind, who in browser.events if kind == "unfollow"]
    assert sorted(who for _, who in clicks) == ["bulk-one", "bulk-two"]
    assert clicks[1][0] - clicks[0][0] >= 3.0, "bulk unfollows must be at least 3 s apart"
    actions = user.actions()
    assert {(a["kind"], a["party"]) for a in actions} == {("unfollow", "li:bulk-one"), ("unfollow", "li:bulk-two")}
    # the worker also set up the weekly "report is ready" alarm
    alarm = browser.sw.evaluate("chrome.alarms.get('inchdeep-weekly')")
    assert alarm and alarm["periodInMinutes"] == 7 * 24 * 60 and alarm["scheduledTime"] > time.time() * 1000


def test_bulk_unfollow_stops_at_the_first_failure_with_a_clear_message(browser, user):
    for slug in ("stop-one", "stop-two", "stop-three"):
        user.seed_noise("linkedin", f"li:{slug}", slug.replace("-", " ").title())
    browser.break_profiles_after = 1  # the second profile opened has no menu to unfollow from
    page = browser.open(browser.page_url("popup/popup.html"))
    expect(page.locator("#unfollow li")).to_have_count(3)
    page.click("#bulk")
    status = page.locator("#bulk-status")
    expect(status).to_contain_text("Stopped at", timeout=30000)
    expect(status).to_contain_text("1 of 3 unfollowed; the rest were left alone")
    expect(status).to_contain_text("profile menu")
    expect(status).to_have_class("status err")
    assert browser.profiles_served == 2, browser.requested  # the third was never opened
    assert len([e for e in browser.events if e[1] == "unfollow"]) == 1
    assert len(user.actions()) == 1

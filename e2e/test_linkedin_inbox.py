"""LinkedIn's 2026 inbox list: virtualised placeholders are skipped until they fill in, paid rows are marked,
the owner's own last message gets no badge."""

from __future__ import annotations

import re
import time

from playwright.sync_api import expect

from conftest import reopen_card, shot

INBOX = "https://www.linkedin.com/messaging/"


def card(page, name):
    return page.locator("li.msg-conversation-listitem", has=page.locator("h3", has_text=name))


def test_inbox_rows_badged_placeholders_skipped_paid_rows_marked(browser, user):
    browser.serve(INBOX, "linkedin_inbox.html")
    page = browser.open(INBOX)
    badges = page.locator("[data-inchdeep-badge]")
    expect(badges).to_have_count(3, timeout=15000)
    expect(page.locator(".msg-conversation-card--occluded")).to_have_count(3)
    expect(card(page, "Priya Raman").locator("[data-inchdeep-badge]")).to_have_attribute("data-inchdeep-label", "genuine")
    expect(card(page, "Rachel Kim").locator("[data-inchdeep-badge]")).to_have_attribute("data-inchdeep-label", "pitch")
    sponsored = card(page, "Acme Cloud").locator("[data-inchdeep-badge]")
    expect(sponsored).to_have_attribute("data-inchdeep-paid", "Sponsored")
    assert sponsored.get_attribute("data-inchdeep-label") in {"pitch", "newsletter"}
    expect(card(page, "Rachel Kim").locator("[data-inchdeep-badge]")).to_have_attribute("data-inchdeep-paid", "InMail")
    expect(card(page, "Tom Becker").locator("[data-inchdeep-badge]")).to_have_count(0)  # "You: …"
    sponsored.hover()
    expect(sponsored.locator(".card")).to_contain_text("Paid message (Sponsored)")
    page.mouse.move(1, 1)

    # scrolling fills the placeholders in: those rows get badges now
    page.click("#fixture-fill")
    expect(badges).to_have_count(6)
    expect(card(page, "Growth Memo").locator("[data-inchdeep-badge]")).to_have_attribute("data-inchdeep-label", "newsletter")
    expect(card(page, "Sam Lee").locator("[data-inchdeep-badge]")).to_have_attribute("data-inchdeep-label", "genuine")
    expect(card(page, "Ana Souza").locator("[data-inchdeep-badge]")).to_have_attribute("data-inchdeep-label", "auto_dm")
    shot(page, "linkedin_inbox_badged.png")
    stored = user.messages()
    assert len(stored) == 6
    # The pills are the messages' channel, never part of a sender's name.
    names = {m["sender"]["name"] for m in stored}
    assert {"Acme Cloud", "Rachel Kim"} <= names and not any(n.startswith(("Sponsored", "InMail")) for n in names), names
    acme = next(m for m in stored if m["sender"]["name"] == "Acme Cloud")
    assert "SPONSORED" in {r["signal"] for r in acme["verdict"]["reasons"] + acme["verdict"]["counter_evidence"]}
    sam = next(m for m in stored if m["sender"]["name"] == "Sam Lee")
    assert sam["text"].startswith("Are we still on for coffee")  # the "Sam:" prefix is the row's, not the message's


def list_badge(page, name):
    return card(page, name).locator("[data-inchdeep-badge]")


def open_list_card(page, name):
    b = list_badge(page, name)
    b.hover()
    c = b.locator(".card")
    expect(c).to_be_visible()
    return c


def test_a_list_row_acts_on_its_own_conversation_not_the_one_open_beside_it(browser, user):
    # The list and Maya's open conversation share <main>: the Northwind and Rachel rows' actions must open their own
    # conversations first and act there.
    browser.serve(re.compile(r"https://www\.linkedin\.com/messaging/.*"), "linkedin_inbox_and_thread.html")
    page = browser.open(INBOX)
    expect(list_badge(page, "Northwind Cloud")).to_have_count(1, timeout=15000)
    expect(page.locator("#title")).to_have_text("Maya Chen")

    open_list_card(page, "Northwind Cloud").get_by_role("button", name="Mute", exact=True).click()
    expect(page.locator("body")).to_have_attribute("data-muted", "Northwind Cloud")  # never Maya's
    page.mouse.move(1, 1)

    # Unfollow from a row that shows a name but no profile link, its conversation not on the page: no made-up
    # profile address, a clear way out instead
    c = open_list_card(page, "Rachel Kim")
    c.get_by_role("button", name="Unfollow").click()
    expect(c.locator(".status")).to_contain_text("profile address is not known")
    assert not any("/in/name" in url for url in browser.requested), browser.requested
    page.mouse.move(1, 1)

    c = open_list_card(page, "Rachel Kim")
    c.get_by_role("button", name="Draft reply").click()
    expect(page.locator("#composer")).to_have_attribute("data-for", "Rachel Kim")
    expect(page.locator("#composer")).to_contain_text("Hi Rachel")
    expect(c.locator(".status")).to_contain_text("send it yourself")
    assert page.locator("body").get_attribute("data-muted") == "Northwind Cloud"

    # ...once her conversation is open beside the list, it names her profile: Unfollow on the row reaches it
    c = reopen_card(page, list_badge(page, "Rachel Kim"))
    c.get_by_role("button", name="Unfollow").click()
    expect(c.locator(".status")).to_contain_text("Unfollowed Rachel Kim", timeout=15000)
    assert [(k, w) for _, k, w in browser.events] == [("unfollow", "rachel-kim")]


def test_the_list_and_its_open_conversation_count_each_message_once_and_name_every_party(browser, user):
    # Maya's conversation is open beside the list, whose rows show the same conversations' latest messages.
    browser.serve(re.compile(r"https://www\.linkedin\.com/messaging/.*"), "linkedin_inbox_and_thread.html")
    page = browser.open("https://www.linkedin.com/messaging/thread/2-bWF5YQ==/")
    expect(list_badge(page, "Rachel Kim")).to_have_count(1, timeout=15000)
    expect(page.locator("#messages [data-inchdeep-badge]")).to_have_count(1)
    # the owner opens Northwind's conversation from the list
    card(page, "Northwind Cloud").locator("a").click()
    expect(page.locator("#title")).to_have_text("Northwind Cloud")
    expect(page.locator("#messages [data-inchdeep-badge]")).to_have_attribute("data-inchdeep-message-id", re.compile("^urn:"))
    # one badge per message on screen: the list row and the open conversation show one verdict for one message
    northwind = [page.locator("#messages [data-inchdeep-badge]"), list_badge(page, "Northwind Cloud")]
    expect(northwind[1]).to_have_attribute("data-inchdeep-label", northwind[0].get_attribute("data-inchdeep-label"))
    # the row shows no profile link, its opened conversation does: Unfollow on the row reaches that profile
    c = open_list_card(page, "Northwind Cloud")
    c.get_by_role("button", name="Unfollow").click()
    expect(c.locator(".status")).to_contain_text("Unfollowed Northwind Cloud", timeout=15000)
    assert [(k, w) for _, k, w in browser.events] == [("unfollow", "northwind-cloud")]
    page.mouse.move(1, 1)

    deadline = time.time() + 10
    while time.time() < deadline:
        stored = user.messages()
        if {m["message_id"].split(":")[0] for m in stored if m["sender"]["name"] != "Rachel Kim"} == {"urn"}:
            break
        time.sleep(0.3)
    by_name = {m["sender"]["name"]: m for m in stored}
    assert len(stored) == 3 and set(by_name) == {"Maya Chen", "Northwind Cloud", "Rachel Kim"}, [
        (m["message_id"], m["sender"]) for m in stored]
    # the opened conversations' messages (with the profile's id), and Rachel's list row until hers is opened
    assert by_name["Maya Chen"]["sender"]["id"] == "li:maya-chen" and by_name["Maya Chen"]["message_id"].startswith("urn:")
    assert by_name["Northwind Cloud"]["message_id"].startswith("urn:")
    assert by_name["Rachel Kim"]["message_id"].startswith("li-inbox:")

    report = user.get("/v1/reports/weekly")
    assert report["totals"]["incoming"] == 3
    named = {s["name"] for s in report["top_noisy_senders"]}
    assert named == {"Northwind Cloud", "Rachel Kim"}, report["top_noisy_senders"]
    assert all(t["senders"] == 1 for t in report["templates"]), report["templates"]

    # "Not noise" on Northwind's list row corrects the conversation's message it shows (never a 404 for the row's id)
    c = open_list_card(page, "Northwind Cloud")
    c.get_by_role("button", name="Not noise").click()
    c.get_by_role("button", name="Mark as genuine").click()
    expect(c.locator(".status")).to_contain_text("Marked as genuine")
    deadline = time.time() + 10
    while time.time() < deadline and by_name["Northwind Cloud"]["verdict"]["label"] != "genuine":
        time.sleep(0.3)
        by_name = {m["sender"]["name"]: m for m in user.messages()}
    assert by_name["Northwind Cloud"]["verdict"]["label"] == "genuine"
    assert len(user.messages()) == 3


def test_actions_on_the_floating_overlay_act_on_its_conversation_not_the_one_open_on_the_page(browser, user):
    url = "https://www.linkedin.com/messaging/thread/2-bWF5YQ==/"
    browser.serve(url, "linkedin_thread_and_overlay.html")
    page = browser.open(url)
    overlay_badge = page.locator(".msg-overlay-conversation-bubble [data-inchdeep-badge]")
    expect(overlay_badge).to_have_count(1, timeout=15000)
    expect(page.locator("main [data-inchdeep-badge]")).to_have_count(1)

    overlay_badge.hover()
    card = overlay_badge.locator(".card")
    expect(card).to_be_visible()
    card.get_by_role("button", name="Draft reply").click()
    expect(page.locator("#overlay-composer")).to_contain_text("Hi Rachel")
    expect(page.locator("#main-composer")).to_have_text("")  # never Maya's composer

    reopen_card(page, overlay_badge).get_by_role("button", name="Mute", exact=True).click()
    expect(page.locator("body")).to_have_attribute("data-muted", "Rachel Kim")  # never Maya's

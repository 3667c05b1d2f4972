"""X: the legacy DM thread and the XChat view — badges, stable ids, rows added later, navigation, actions, and a
stranger's HTML shown as text."""

from __future__ import annotations

from datetime import datetime

from playwright.sync_api import expect

from conftest import reopen_card, shot, wait_for_action

LEGACY = "https://x.com/messages/123-456"
CHAT = "https://x.com/i/chat/789"
XSS = '<img src=x onerror="window.__pwned=1">'


def entry(page, text):
    return page.locator("[data-testid='messageEntry']", has=page.locator("[data-testid='tweetText']", has_text=text))


def chat_row(page, text):
    return page.locator("[data-testid='dm-message-list'] li", has=page.locator("[style*='grid-area']", has_text=text))


def test_legacy_thread_badges_stable_ids_and_later_rows(browser, user):
    browser.serve(LEGACY, "x_legacy_thread.html")
    page = browser.open(LEGACY)
    expect(page.locator("[data-inchdeep-badge]")).to_have_count(3, timeout=15000)
    expect(entry(page, "Thanks for the follow!").locator("[data-inchdeep-badge]")).to_have_attribute("data-inchdeep-label", "auto_dm")
    expect(entry(page, "free strategy call").locator("[data-inchdeep-badge]")).to_have_attribute("data-inchdeep-label", "pitch")
    expect(entry(page, "Thanks, will take a look.").locator("[data-inchdeep-badge]")).to_have_count(0)

    stored = user.messages()
    assert len(stored) == 4
    by_text = {m["text"]: m for m in stored}
    own = by_text["Thanks, will take a look."]
    assert own["direction"] == "outgoing" and own["sender"]["id"] == "x:jordanlee"
    pitch = next(m for t, m in by_text.items() if "strategy call" in t)
    assert pitch["sender"]["id"] == "x:growthguru" and pitch["thread_id"] == "x-123-456" and pitch["platform"] == "x"
    ids = {m["message_id"] for m in stored}

    page.click("#fixture-scroll")
    expect(entry(page, "Issue #12 is out").locator("[data-inchdeep-badge]")).to_have_attribute("data-inchdeep-label", "newsletter")

    # legacy X has no message ids: ours are derived from stable parts, so a reload sends nothing new
    page.reload()
    expect(page.locator("[data-inchdeep-badge]")).to_have_count(3, timeout=15000)
    assert ids <= {m["message_id"] for m in user.messages()}
    assert len(user.messages()) == 5


def test_legacy_thread_reads_the_partner_and_times_the_page_shows(browser, user):
    # The conversation header sits outside the thread's container and messages carry no author links; times are text.
    url = "https://x.com/messages/321-654"
    browser.serve(url, "x_legacy_header_outside.html")
    page = browser.open(url)
    expect(page.locator("[data-inchdeep-badge]")).to_have_count(1, timeout=15000)
    stored = {m["direction"]: m for m in user.messages()}
    incoming, own = stored["incoming"], stored["outgoing"]
    assert (incoming["sender"]["id"], incoming["sender"]["name"]) == ("x:mktg_mike", "Mike Rowan")
    assert own["participant"]["id"] == "x:mktg_mike"
    # the times the page shows, read in the browser's own time zone
    shown = page.evaluate("() => [new Date(2026, 10, 20, 9, 10).toISOString(), new Date(2026, 10, 20, 11, 42).toISOString()]")
    as_time = lambda text: datetime.fromisoformat(text.replace("Z", "+00:00"))  # noqa: E731
    assert [as_time(incoming["sent_at"]), as_time(own["sent_at"])] == [as_time(t) for t in shown]


def test_stranger_html_is_shown_as_text_and_never_runs(browser, user):
    browser.serve(LEGACY, "x_legacy_thread.html")
    page = browser.open(LEGACY)
    b = entry(page, XSS).locator("[data-inchdeep-badge]")
    expect(b).to_have_count(1, timeout=15000)
    expect(entry(page, XSS).locator("[data-testid='tweetText']")).to_have_text(XSS)
    b.hover()
    expect(b.locator(".card")).to_be_visible()
    b.focus()
    assert page.evaluate("() => window.__pwned") is None
    assert page.locator("img[src='x']").count() == 0
    assert b.evaluate("el => el.shadowRoot.querySelectorAll('img').length") == 0
    stored = [m for m in user.messages() if m["text"] == XSS]
    assert len(stored) == 1, "the raw text reached the service verbatim"


def test_legacy_mute_goes_through_conversation_info(browser, user):
    browser.serve(LEGACY, "x_legacy_thread.html")
    page = browser.open(LEGACY)
    b = entry(page, "free strategy call").locator("[data-inchdeep-badge]")
    expect(b).to_have_count(1, timeout=15000)
    b.hover()
    card = b.locator(".card")
    card.get_by_role("button", name="Mute", exact=True).click()
    expect(page.locator("[data-testid='DmActivityContainer']")).to_have_attribute("data-muted", "true")
    expect(page.locator("#snooze")).to_be_checked()
    expect(page.locator("[data-inchdeep-muted]")).to_contain_text("Muted by inchdeep")
    wait_for_action(lambda: any(a["kind"] == "mute" and a["party"] == "x:growthguru" for a in user.actions()), user)


def test_xchat_badges_ids_navigation_draft_and_mute(browser, user):
    browser.serve(CHAT, "x_chat.html")
    page = browser.open(CHAT)
    expect(page.locator("[data-inchdeep-badge]")).to_have_count(2, timeout=15000)
    first = chat_row(page, "still on for coffee").locator("[data-inchdeep-badge]")
    expect(first).to_have_attribute("data-inchdeep-label", "genuine")
    expect(first).to_have_attribute("data-inchdeep-message-id", "6f1c2a4e-0b1d-4c55-9a0e-1f2a3b4c5d01")
    expect(chat_row(page, "Same place as last time?").locator("[data-inchdeep-badge]")).to_have_count(0)
    msgs = {m["message_id"]: m for m in user.messages()}
    assert msgs["6f1c2a4e-0b1d-4c55-9a0e-1f2a3b4c5d02"]["direction"] == "outgoing"
    assert msgs["6f1c2a4e-0b1d-4c55-9a0e-1f2a3b4c5d01"]["sender"]["id"] == "x:samlee"
    assert msgs["6f1c2a4e-0b1d-4c55-9a0e-1f2a3b4c5d01"]["thread_id"] == "x-789"
    shot(page, "x_chat_badged.png")

    # Draft reply types into XChat's textarea and never presses send
    first.hover()
    first.locator(".card").get_by_role("button", name="Draft reply").click()
    expect(page.locator("[data-testid='dm-composer-textarea']")).to_have_value("Hi Sam, thanks for your message — ")
    assert page.evaluate("() => document.body.dataset.sent") is None
    wait_for_action(lambda: any(a["kind"] == "reply" and a["message"] == "6f1c2a4e-0b1d-4c55-9a0e-1f2a3b4c5d01" for a in user.actions()), user)
    page.mouse.move(1, 1)

    # Mute through the conversation's more menu
    second = chat_row(page, "section on onboarding").locator("[data-inchdeep-badge]")
    second.hover()
    second.locator(".card").get_by_role("button", name="Mute", exact=True).click()
    expect(page.locator("[data-testid='dm-conversation-panel']")).to_have_attribute("data-muted", "true")
    wait_for_action(lambda: any(a["kind"] == "mute" for a in user.actions()), user)

    # in-app navigation to another chat: new URL, new person, new badge; the mute bar was the old chat's
    page.click("#fixture-navigate")
    expect(page.locator("[data-inchdeep-muted]")).to_have_count(0)
    expect(page.locator("[data-testid='dm-message-list']")).to_be_visible()
    bot = chat_row(page, "Thanks for the follow!").locator("[data-inchdeep-badge]")
    expect(bot).to_have_attribute("data-inchdeep-label", "auto_dm")
    m = next(m for m in user.messages() if m["message_id"] == "0a9b8c7d-1111-4222-8333-944455566677")
    assert m["thread_id"] == "x-790" and m["sender"]["id"] == "x:automatebot"


def test_actions_act_on_the_messages_own_conversation_not_the_one_in_the_messages_drawer(browser, user):
    # A floating messages drawer holds another conversation (XChat markup), first in the page: Draft reply and Mute
    # on the legacy conversation's message use that conversation's box and menu, never the drawer's.
    browser.serve(LEGACY, "x_legacy_thread.html", inserted="x_messages_drawer.html")
    page = browser.open(LEGACY)
    b = entry(page, "free strategy call").locator("[data-inchdeep-badge]")
    expect(b).to_have_count(1, timeout=15000)
    b.hover()
    card = b.locator(".card")
    card.get_by_role("button", name="Draft reply").click()
    expect(page.locator("[data-testid='dmComposerTextInput']")).to_contain_text("Hi Growth")
    expect(page.locator("#drawer-composer")).to_have_value("")
    reopen_card(page, b).get_by_role("button", name="Mute", exact=True).click()
    expect(page.locator("[data-testid='DmActivityContainer']")).to_have_attribute("data-muted", "true")
    expect(page.locator("#drawer-panel")).not_to_have_attribute("data-muted", "true")
    # the drawer's conversation is not the one the page address names
    expect(page.locator("#drawer-panel [data-inchdeep-badge]")).to_have_count(1)
    sam = next(m for m in user.messages() if m["sender"]["id"] == "x:samlee")
    assert sam["thread_id"] != "x-123-456", sam

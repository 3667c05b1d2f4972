"""X inbox lists beside an open conversation, both DM generations: each row's badge is its conversation's latest
message (one message, counted once), and a row's actions act on its own conversation, never the one open beside it."""

from __future__ import annotations

import re
import time

import pytest
from playwright.sync_api import expect

from conftest import reopen_card, shot, wait_for_action

LEGACY = {"url": "https://x.com/messages/100-200", "pages": re.compile(r"https://x\.com/messages/.*"),
          "fixture": "x_legacy_inbox_and_thread.html", "row": "[data-testid='conversation']",
          "composer": "#composer", "typed": "text_content"}
XCHAT = {"url": "https://x.com/i/chat/200-210", "pages": re.compile(r"https://x\.com/i/chat/.*"),
         "fixture": "x_chat_inbox_and_thread.html", "row": "[data-testid^='dm-conversation-item-']",
         "composer": "#composer", "typed": "input_value"}
GENERATIONS = pytest.mark.parametrize("gen", [LEGACY, XCHAT], ids=["legacy", "xchat"])


def row_badge(page, gen, name):
    return page.locator(gen["row"], has_text=name).locator("[data-inchdeep-badge]")


def open_row_card(page, gen, name):
    page.mouse.move(1, 1)
    b = row_badge(page, gen, name)
    b.hover()
    card = b.locator(".card")
    expect(card).to_be_visible()
    return card


def open_page(browser, gen):
    browser.serve(gen["pages"], gen["fixture"])
    page = browser.open(gen["url"])
    for name in ("Mike Rowan", "Growth Guru", "Priya Nair"):
        expect(row_badge(page, gen, name)).to_have_count(1, timeout=15000)
    expect(page.locator("#header-name")).to_have_text("Mike Rowan")
    return page


def stored_when(user, cond, timeout=10.0):
    deadline = time.time() + timeout
    while True:
        stored = user.messages()
        if cond(stored) or time.time() > deadline:
            return stored
        time.sleep(0.3)


@GENERATIONS
def test_a_row_acts_on_its_own_conversation_not_the_one_open_beside_it(browser, user, gen):
    page = open_page(browser, gen)
    # the owner's own last message (Dana's row, "You: …") is no one's incoming message
    expect(row_badge(page, gen, "Dana Ortiz")).to_have_count(0)
    expect(row_badge(page, gen, "Growth Guru")).to_have_attribute("data-inchdeep-label", "pitch")

    open_row_card(page, gen, "Growth Guru").get_by_role("button", name="Mute", exact=True).click()
    expect(page.locator("body")).to_have_attribute("data-muted", "Growth Guru")  # never Mike's
    expect(page.locator("#header-name")).to_have_text("Growth Guru")
    wait_for_action(lambda: any(a["kind"] == "mute" and a["party"] == "x:growthguru" for a in user.actions()), user)

    card = open_row_card(page, gen, "Priya Nair")
    card.get_by_role("button", name="Draft reply").click()
    composer = page.locator(gen["composer"])
    expect(composer).to_have_attribute("data-for", "Priya Nair")
    assert "Hi Priya" in getattr(composer, gen["typed"])()
    expect(card.locator(".status")).to_contain_text("send it yourself")
    assert page.locator("body").get_attribute("data-sent") is None
    assert page.locator("body").get_attribute("data-muted") == "Growth Guru"

    # Not noise on a row corrects the conversation's message it shows
    card = open_row_card(page, gen, "Growth Guru")
    card.get_by_role("button", name="Not noise").click()
    card.get_by_role("button", name="Mark as genuine").click()
    expect(card.locator(".status")).to_contain_text("Marked as genuine")
    stored = stored_when(user, lambda s: any(m["sender"]["id"] == "x:growthguru" and m["verdict"]["label"] == "genuine" for m in s))
    guru = [m for m in stored if m["sender"]["id"] == "x:growthguru"]
    assert [m["verdict"]["label"] for m in guru] == ["genuine"], guru

    # Unfollow from a row opens that row's person's profile, nobody else's
    card = reopen_card(page, row_badge(page, gen, "Priya Nair"))
    card.get_by_role("button", name="Unfollow").click()
    expect(card.locator(".status")).to_contain_text("Unfollowed Priya Nair", timeout=15000)
    assert [(k, w) for _, k, w in browser.events] == [("unfollow", "priyanair")]


@GENERATIONS
def test_the_list_and_the_open_conversation_count_each_message_once_and_name_every_party(browser, user, gen):
    page = open_page(browser, gen)
    # Mike's row shows the open conversation's latest message: one message, one verdict on both
    mike = [row_badge(page, gen, "Mike Rowan"), page.locator("[data-testid='messageEntry'] [data-inchdeep-badge], "
                                                              "[data-testid='dm-message-list'] [data-inchdeep-badge]")]
    expect(mike[1]).to_have_count(1)
    expect(mike[0]).to_have_attribute("data-inchdeep-label", mike[1].get_attribute("data-inchdeep-label"))
    shot(page, f"x_inbox_{'xchat' if gen is XCHAT else 'legacy'}.png")

    # the owner opens Growth Guru's conversation from the list: its message takes the row's place
    page.locator(gen["row"], has_text="Growth Guru").locator(".name").click()
    expect(page.locator("#header-name")).to_have_text("Growth Guru")
    stored = stored_when(user, lambda s: len(s) == 3 and sum(m["sender"]["id"] == "x:growthguru" for m in s) == 1
                         and not any(m["thread_id"].startswith("x-dm:") and m["sender"]["id"] == "x:growthguru" for m in s))
    by_party = {}
    for m in stored:
        by_party.setdefault(m["sender"]["id"], []).append(m)
    assert sorted(by_party) == ["x:growthguru", "x:mktg_mike", "x:priyanair"], [(m["message_id"], m["thread_id"]) for m in stored]
    assert all(len(ms) == 1 for ms in by_party.values()), by_party
    assert by_party["x:mktg_mike"][0]["thread_id"] in ("x-100-200", "x-200-210")
    assert by_party["x:growthguru"][0]["thread_id"] in ("x-100-300", "x-200-220")
    assert by_party["x:growthguru"][0]["sender"]["name"] == "Growth Guru"

    report = user.get("/v1/reports/weekly")
    assert report["totals"]["incoming"] == 3
    named = {s["name"] for s in report["top_noisy_senders"]}
    assert "Growth Guru" in named and named <= {"Growth Guru", "Mike Rowan", "Priya Nair"}, report["top_noisy_senders"]
    assert all(t["senders"] == 1 for t in report["templates"]), report["templates"]

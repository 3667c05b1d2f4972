"""Feed chips on the LinkedIn and X home feeds: only on posts by a party the service suggests unfollowing,
cheap to add to posts that load later, and Unfollow / Dismiss go through the post's own menu."""

from __future__ import annotations


from playwright.sync_api import expect

from conftest import shot, wait_for_action

LI_FEED = "https://www.linkedin.com/feed/"
X_HOME = "https://x.com/home"


def suggested(user, kind, party_id):
    items = user.get("/v1/suggestions")[kind]
    assert any(i["party_id"] == party_id for i in items), f"the service does not suggest {kind} {party_id}: {items}"


def li_posts(page, slug):
    return page.locator(f"div.feed-shared-update-v2[data-fixture-author='{slug}']")


def x_posts(page, handle):
    return page.locator(f"article[data-testid='tweet'][data-fixture-author='{handle}']")


def test_linkedin_feed_chips_only_on_the_suggested_party_and_unfollow_via_post_menu(browser, user):
    user.seed_noise("linkedin", "li:dana-pitchley", "Dana Pitchley")
    suggested(user, "unfollow", "li:dana-pitchley")
    browser.serve(LI_FEED, "linkedin_feed.html")
    page = browser.open(LI_FEED)

    chips = page.locator("[data-inchdeep-chip]")
    expect(chips).to_have_count(2, timeout=15000)
    for i in range(2):
        chip = li_posts(page, "dana-pitchley").nth(i).locator("[data-inchdeep-chip]")
        expect(chip).to_have_attribute("data-inchdeep-chip", "unfollow")
        expect(chip).to_have_attribute("data-inchdeep-party", "li:dana-pitchley")
    for other in ("priya-raman", "tom-becker"):
        expect(li_posts(page, other).locator("[data-inchdeep-chip]")).to_have_count(0)
    reason = next(i["reason"] for i in user.get("/v1/suggestions")["unfollow"] if i["party_id"] == "li:dana-pitchley")
    expect(chips.first).to_contain_text(reason)

    # posts loaded later: only the new post by the suggested party gets a chip
    page.click("#fixture-more-posts")
    expect(chips).to_have_count(3)
    expect(li_posts(page, "ana-souza").locator("[data-inchdeep-chip]")).to_have_count(0)

    # the floating messaging overlay on the same page gets its badges too (a genuine question)
    overlay = page.locator(".msg-overlay-conversation-bubble")
    expect(overlay.locator("[data-inchdeep-badge]")).to_have_count(1, timeout=15000)
    expect(overlay.locator("[data-inchdeep-badge]")).to_have_attribute("data-inchdeep-label", "genuine")
    shot(page, "linkedin_feed_chips.png")

    first = li_posts(page, "dana-pitchley").first
    first.locator("[data-inchdeep-chip]").get_by_role("button", name="Unfollow").click()
    expect(first).to_have_attribute("data-unfollowed", "true")  # the post's own menu item was clicked
    expect(first.locator("[data-inchdeep-chip]")).to_contain_text("Unfollowed Dana Pitchley")
    wait_for_action(lambda: {"kind": "unfollow", "status": "done", "party": "li:dana-pitchley", "message": None} in user.actions(), user)


def test_x_home_chips_unfollow_through_caret_menu_and_confirmation(browser, user):
    user.seed_noise("x", "x:growthhacker99", "Growth Hacker")
    suggested(user, "unfollow", "x:growthhacker99")
    browser.serve(X_HOME, "x_home.html")
    page = browser.open(X_HOME)
    chips = page.locator("[data-inchdeep-chip]")
    expect(chips).to_have_count(2, timeout=15000)
    expect(x_posts(page, "samlee").locator("[data-inchdeep-chip]")).to_have_count(0)
    expect(x_posts(page, "nasa_fan").locator("[data-inchdeep-chip]")).to_have_count(0)
    expect(chips.first).to_have_attribute("data-inchdeep-party", "x:growthhacker99")
    page.click("#fixture-more-posts")
    expect(chips).to_have_count(3)

    post = x_posts(page, "growthhacker99").nth(1)
    post.locator("[data-inchdeep-chip]").get_by_role("button", name="Unfollow").click()
    expect(post).to_have_attribute("data-unfollowed", "true")  # caret → "Unfollow @…" → confirmation sheet
    wait_for_action(lambda: {"kind": "unfollow", "status": "done", "party": "x:growthhacker99", "message": None} in user.actions(), user)


def test_dismiss_removes_the_chips_and_is_recorded(browser, user):
    user.seed_noise("x", "x:growthhacker99", "Growth Hacker")
    browser.serve(X_HOME, "x_home.html")
    page = browser.open(X_HOME)
    chips = page.locator("[data-inchdeep-chip]")
    expect(chips).to_have_count(2, timeout=15000)
    chips.first.get_by_role("button", name="Dismiss").click()
    expect(chips).to_have_count(0)
    page.click("#fixture-more-posts")  # a dismissed party stays dismissed for posts loaded later
    page.wait_for_timeout(600)
    expect(chips).to_have_count(0)
    assert not page.locator("article[data-unfollowed]").count()
    wait_for_action(lambda: {"kind": "unfollow", "status": "dismissed", "party": "x:growthhacker99", "message": None} in user.actions(), user)

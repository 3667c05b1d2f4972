"""An inbox list's snippet and the conversation's message are one message: one verdict, one party, counted once."""

from __future__ import annotations

from tests.conftest import ApiClient, add_user, at, msg, make_settings

PITCH = ("Hi Jordan, we help design studios like Fieldnote cut their hosting bill by 40%. "
         "Worth a 15 minute call this week? Here is my calendar: https://cal.example/northwind")
GENUINE = "hey! are we still on for the podcast recording friday? I can move it to 11 if that's easier for you"


def preview(message_id: str, text: str, *, thread: str, name: str, day: int = 10) -> dict:
    """What the extension posts for an inbox-list row: a snippet, a name-only party, partial history."""
    m = msg(message_id, text, sender=f"li-name:{name.lower().replace(' ', '-')}", name=name, thread=thread,
            sent_at=at(day, 12), history="partial")
    return m | {"preview": True}


def stored(api: ApiClient) -> list[dict]:
    response = api.get("/v1/messages", params={"limit": 100})
    assert response.status_code == 200, response.text
    return response.json()["messages"] if isinstance(response.json(), dict) else response.json()


def week(api: ApiClient) -> dict:
    return api.get("/v1/reports/weekly", params={"week": "2026-W46"}).json()


def test_a_preview_then_its_conversation_leaves_one_message_from_the_person(api_any_db: ApiClient) -> None:
    api_any_db.ingest(preview("li-inbox:1", PITCH[:90] + "…", thread="thread-a", name="Sam Okafor"))
    assert [r["message_id"] for r in stored(api_any_db)] == ["li-inbox:1"]
    full = msg("urn:m1", PITCH, sender="li:sam-okafor", name="Sam Okafor", thread="thread-a", sent_at=at(10, 9),
               history="partial")
    [verdict] = api_any_db.ingest(full)
    assert verdict["label"] == "pitch"
    assert "TEMPLATE_REPEATED" not in {r["signal"] for r in verdict["reasons"]}  # not a copy of its own preview
    rows = stored(api_any_db)
    assert [r["message_id"] for r in rows] == ["urn:m1"]
    report = week(api_any_db)
    assert report["totals"]["incoming"] == 1
    assert [s["party_id"] for s in report["top_noisy_senders"]] == ["li:sam-okafor"]
    assert report["templates"] == []
    # The list row, seen again, shows the conversation's message and its verdict; nothing new is stored.
    [again] = api_any_db.ingest(preview("li-inbox:1", PITCH[:90] + "…", thread="thread-a", name="Sam Okafor"))
    assert again["label"] == "pitch" and again["message_id"] == "li-inbox:1"
    assert len(stored(api_any_db)) == 1
    # A client that kept the row's id (its verdict came before the conversation was seen) still reaches the message.
    r = api_any_db.post("/v1/feedback", json={"message_id": "li-inbox:1", "label": "genuine", "scope": "message"})
    assert r.status_code == 201, r.text
    assert [(m["message_id"], m["verdict"]["label"]) for m in stored(api_any_db)] == [("urn:m1", "genuine")]


def test_a_preview_of_a_stored_message_gets_its_verdict_and_stores_nothing(api_any_db: ApiClient) -> None:
    full = msg("urn:g1", GENUINE, sender="li:maya-chen", name="Maya Chen", thread="thread-b", sent_at=at(11, 8),
               history="partial")
    [verdict] = api_any_db.ingest(full)
    [shown] = api_any_db.ingest(preview("li-inbox:2", GENUINE[:60], thread="thread-b", name="Maya Chen", day=11))
    assert shown["message_id"] == "li-inbox:2" and shown["same_as"] == "urn:g1"
    assert "same_as" not in verdict  # only a preview answered with another message names it
    assert (shown["label"], shown["reasons"]) == (verdict["label"], verdict["reasons"]) == ("genuine", verdict["reasons"])
    assert [r["message_id"] for r in stored(api_any_db)] == ["urn:g1"]


def test_a_page_with_the_list_and_the_open_conversation_in_one_batch(api_any_db: ApiClient) -> None:
    full = msg("urn:m2", PITCH, sender="li:sam-okafor", name="Sam Okafor", thread="thread-c", sent_at=at(12, 9),
               history="partial")
    verdicts = api_any_db.ingest(preview("li-inbox:3", PITCH[:70] + "...", thread="thread-c", name="Sam Okafor", day=12), full)
    assert [v["label"] for v in verdicts] == ["pitch", "pitch"]
    assert verdicts[0]["same_as"] == "urn:m2"
    # the owner corrects the list row: the correction lands on the conversation's message
    r = api_any_db.post("/v1/feedback", json={"message_id": verdicts[0]["same_as"], "label": "genuine", "scope": "message"})
    assert r.status_code == 201, r.text
    [again] = api_any_db.ingest(preview("li-inbox:3", PITCH[:70] + "...", thread="thread-c", name="Sam Okafor", day=12))
    assert again["label"] == "genuine"
    assert [r["message_id"] for r in stored(api_any_db)] == ["urn:m2"]
    assert week(api_any_db)["totals"]["incoming"] == 1


def test_a_preview_of_a_newer_message_is_its_own_message(api_any_db: ApiClient) -> None:
    api_any_db.ingest(msg("urn:g2", GENUINE, sender="li:maya-chen", name="Maya Chen", thread="thread-d", sent_at=at(11, 8)))
    newer = "also I finally read the draft you sent, section 3 is great, left a few comments"
    [v] = api_any_db.ingest(preview("li-inbox:4", newer[:50], thread="thread-d", name="Maya Chen", day=12))
    assert v["label"] == "genuine"
    assert sorted(r["message_id"] for r in stored(api_any_db)) == ["li-inbox:4", "urn:g2"]
    # ...until the conversation shows it in full: then it is that message.
    api_any_db.ingest(msg("urn:g3", newer, sender="li:maya-chen", name="Maya Chen", thread="thread-d", sent_at=at(12, 8)))
    assert sorted(r["message_id"] for r in stored(api_any_db)) == ["urn:g2", "urn:g3"]


def test_a_correction_made_on_a_preview_stays_with_the_message(api_any_db: ApiClient) -> None:
    api_any_db.ingest(preview("li-inbox:5", PITCH[:80], thread="thread-e", name="Sam Okafor"))
    response = api_any_db.post("/v1/feedback", json={"message_id": "li-inbox:5", "label": "genuine", "scope": "message"})
    assert response.status_code in (200, 201), response.text
    api_any_db.ingest(msg("urn:m5", PITCH, sender="li:sam-okafor", name="Sam Okafor", thread="thread-e", sent_at=at(10, 9)))
    assert [r["message_id"] for r in stored(api_any_db)] == ["urn:m5"]
    [correction] = api_any_db.get("/v1/learned").json()["corrections"]
    assert (correction["message_id"], correction["label"], correction["active"]) == ("urn:m5", "genuine", True)


def test_without_stored_text_a_preview_still_meets_its_message(app_factory, sqlite_url: str) -> None:  # noqa: ANN001
    api = add_user(app_factory(sqlite_url, store_text=False), "owner")
    api.ingest(preview("li-inbox:6", PITCH[:90] + "…", thread="thread-f", name="Sam Okafor"))
    api.ingest(msg("urn:m6", PITCH, sender="li:sam-okafor", name="Sam Okafor", thread="thread-f", sent_at=at(10, 9)))
    assert [r["message_id"] for r in stored(api)] == ["urn:m6"]
    [v] = api.ingest(preview("li-inbox:7", PITCH[:60], thread="thread-f", name="Sam Okafor"))
    assert v["label"] == "pitch"
    assert [r["message_id"] for r in stored(api)] == ["urn:m6"]


def _channel_reasons(api: ApiClient) -> dict[str, set[str]]:
    return {m["message_id"]: {r["signal"] for r in m["verdict"]["reasons"] + m["verdict"]["counter_evidence"]}
            for m in stored(api)}


def test_a_sponsored_rows_mark_stays_with_its_conversations_message(api_any_db: ApiClient) -> None:
    """The list shows the Sponsored pill, the opened conversation does not: the message keeps the mark."""
    row = preview("li-inbox:8", PITCH[:80], thread="thread-g", name="Northwind Cloud") | {"channel": "sponsored"}
    full = msg("urn:m8", PITCH, sender="li:northwind", name="Northwind Cloud", thread="thread-g", sent_at=at(10, 9))
    api_any_db.ingest(row)
    api_any_db.ingest(full)  # later, when the conversation is opened
    assert "SPONSORED" in _channel_reasons(api_any_db)["urn:m8"]
    # ...and when the list and the open conversation come in one batch
    row2 = preview("li-inbox:9", PITCH[:80], thread="thread-h", name="Acme Ads") | {"channel": "sponsored"}
    full2 = msg("urn:m9", PITCH, sender="li:acme-ads", name="Acme Ads", thread="thread-h", sent_at=at(10, 9))
    api_any_db.ingest(row2, full2)
    assert "SPONSORED" in _channel_reasons(api_any_db)["urn:m9"]


def x_row(message_id: str, text: str, *, handle: str, name: str, day: int = 10) -> dict:
    """What the extension posts for an X inbox row without a link to its conversation: the person's conversation."""
    m = msg(message_id, text, platform="x", sender=f"x:{handle}", name=name, thread=f"x-dm:{handle}",
            sent_at=at(day, 12), history="partial")
    return m | {"preview": True}


def test_an_x_row_naming_only_its_person_is_one_message_with_that_persons_conversation(api_any_db: ApiClient) -> None:
    # Posted first: stored as a preview, then replaced by the conversation's message once it is opened.
    api_any_db.ingest(x_row("x-inbox:1", PITCH[:80] + "…", handle="growthguru", name="Growth Guru"))
    full = msg("x-100-300-a", PITCH, platform="x", sender="x:growthguru", name="Growth Guru", thread="100-300",
               sent_at=at(10, 9), history="partial")
    [verdict] = api_any_db.ingest(full)
    assert verdict["label"] == "pitch"
    assert [m["message_id"] for m in stored(api_any_db)] == ["x-100-300-a"]
    assert week(api_any_db)["totals"]["incoming"] == 1
    # Seen again while another conversation is open: the stored message's verdict, nothing new stored.
    [again] = api_any_db.ingest(x_row("x-inbox:2", PITCH[:80] + "…", handle="growthguru", name="Growth Guru"))
    assert again["same_as"] == "x-100-300-a" and again["label"] == verdict["label"]
    # ...and in the same batch as the conversation's message of another person's row.
    other = msg("x-100-500-a", GENUINE, platform="x", sender="x:priyanair", name="Priya Nair", thread="100-500",
                sent_at=at(10, 10), history="partial")
    row, _ = api_any_db.ingest(x_row("x-inbox:3", GENUINE[:50], handle="priyanair", name="Priya Nair"), other)
    assert row["same_as"] == "x-100-500-a"
    assert sorted(m["message_id"] for m in stored(api_any_db)) == ["x-100-300-a", "x-100-500-a"]
    # Another person's row with the same words is not this person's message.
    [stranger] = api_any_db.ingest(x_row("x-inbox:4", GENUINE[:50], handle="someoneelse", name="Someone Else"))
    assert "same_as" not in stranger

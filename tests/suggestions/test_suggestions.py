"""GET /v1/suggestions: the unfollow / mute / reply rules, dismissal, the allow list and decline replies."""

from __future__ import annotations

from tests.conftest import ApiClient, add_user, msg
from tests.reports.inbox import AUTO_DM, NAG, PITCH, load, owner, ts

END_OF_W46 = "2026-11-16T00:00:00Z"


def suggestions(api: ApiClient, as_of: str = END_OF_W46, **params) -> dict:  # noqa: ANN003
    response = api.get("/v1/suggestions", params={"as_of": as_of, **params})
    assert response.status_code == 200, response.text
    return response.json()


def ids(items: list[dict]) -> list[str]:
    return [i["party_id"] for i in items]


def pitcher(api: ApiClient, reply: str | None = None, sender: tuple[str, str] = ("li:marcus-o", "Marcus O.")) -> None:
    """Auto-DM, pitch and nag right after connecting, then (optionally) the owner's answer."""
    thread = f"t-{sender[0]}"
    batch = [
        msg(f"{sender[0]}-1", AUTO_DM, sender=sender[0], name=sender[1], thread=thread, sent_at=ts(11, 9, 9, 5), connected_at=ts(11, 9, 9)),
        msg(f"{sender[0]}-2", PITCH, sender=sender[0], name=sender[1], thread=thread, sent_at=ts(11, 9, 10)),
        msg(f"{sender[0]}-3", NAG, sender=sender[0], name=sender[1], thread=thread, sent_at=ts(11, 11, 10)),
    ]
    if reply:
        batch.append(owner(f"{sender[0]}-me", reply, sender, thread, ts(11, 11, 12)))
    api.ingest(*batch)


def test_the_weeks_inbox_gives_one_of_each(api_any_db: ApiClient) -> None:
    load(api_any_db)
    s = suggestions(api_any_db)
    assert ids(s["unfollow"]) == ["li:marcus-o", "li:nina"]
    assert [(m["party_id"], m["thread_id"], m["evidence_message_ids"]) for m in s["mute"]] == [("li:dana", "li-dana-news", ["dana-2", "dana-3"])]
    assert [(r["party_id"], r["thread_id"], r["evidence_message_ids"]) for r in s["reply"]] == [("x:priya", "x-priya", ["priya-1"])]
    item = s["unfollow"][0]
    assert set(item) == {"kind", "party_id", "party_name", "platform", "thread_id", "reason", "evidence_message_ids"}
    assert item["kind"] == "unfollow" and item["platform"] == "linkedin" and item["party_name"] == "Marcus O."


def test_unfollow_reason_counts_pitches_since_connecting(api: ApiClient) -> None:
    api.ingest(
        msg("p1", PITCH, thread="t", sent_at=ts(11, 9, 10), connected_at=ts(11, 9, 9)),
        msg("p2", NAG, thread="t", sent_at=ts(11, 11, 10)),
        msg("p3", "Bumping this again — are you the right person? Open to a quick call?", thread="t", sent_at=ts(11, 13, 10)),
    )
    [item] = suggestions(api, as_of="2026-11-15T09:00:00Z")["unfollow"]
    assert item["reason"] == "pitched you 3× since you connected 6 days ago, no reply from you"
    assert item["evidence_message_ids"] == ["p1", "p2", "p3"]


def test_a_decline_is_not_a_reply(api: ApiClient) -> None:
    pitcher(api, reply="no thanks, not interested")
    [item] = suggestions(api)["unfollow"]
    assert item["party_id"] == "li:marcus-o" and item["reason"].endswith("your only reply was a decline")


def test_a_real_reply_makes_the_relationship_real(api: ApiClient) -> None:
    pitcher(api, reply="Sounds interesting, what would the pilot cost for a team of five?")
    s = suggestions(api)
    assert s["unfollow"] == []
    # The noise after the owner's real reply is what a mute would cover; here there is none after it.
    assert s["mute"] == []


def test_one_noise_message_is_not_enough_to_unfollow(api: ApiClient) -> None:
    api.ingest(msg("p1", PITCH, sent_at=ts(11, 9, 10)))
    assert suggestions(api)["unfollow"] == []
    assert ids(suggestions(api, unfollow_min_noise=1)["unfollow"]) == ["li:marcus-o"]


def test_thresholds_are_tunable(api: ApiClient) -> None:
    load(api)
    assert suggestions(api, unfollow_min_noise=4)["unfollow"] == []
    assert suggestions(api, mute_min_noise=3)["mute"] == []
    assert suggestions(api, reply_after_hours=100)["reply"] == []  # Priya has waited 81 hours
    assert api.get("/v1/suggestions", params={"unfollow_min_noise": 0}).status_code == 422


def test_dismissed_and_done_suggestions_do_not_come_back(api_any_db: ApiClient) -> None:
    load(api_any_db)
    dismissed = api_any_db.post("/v1/actions", json={"kind": "unfollow", "sender_id": "li:nina", "status": "dismissed"})
    assert dismissed.status_code == 201, dismissed.text
    done = api_any_db.post("/v1/actions", json={"kind": "unfollow", "sender_id": "li:marcus-o", "status": "done"})
    assert done.status_code == 201
    api_any_db.post("/v1/actions", json={"kind": "mute", "message_id": "dana-3", "status": "done"})
    api_any_db.post("/v1/actions", json={"kind": "reply", "message_id": "priya-1", "status": "dismissed"})
    now = suggestions(api_any_db, as_of="2026-11-30T00:00:00Z")
    assert now == {"unfollow": [], "mute": [], "reply": []}
    # Marcus keeps pitching: a party unfollowed stays unfollowed.
    api_any_db.ingest(msg("marcus-4", "Last chance: 50% off our growth program, book a call https://cal.test/m", thread="li-marcus",
                          sent_at=ts(11, 20, 10)))
    assert suggestions(api_any_db, as_of="2026-11-30T00:00:00Z")["unfollow"] == []


def test_a_new_question_after_a_dismissal_is_suggested_alone(api: ApiClient) -> None:
    load(api)
    api.post("/v1/actions", json={"kind": "reply", "message_id": "priya-1", "status": "dismissed"})
    api.ingest(msg("priya-2", "Also, could you send me the slides from Tuesday?", sender="x:priya", name="Priya S.", thread="x-priya",
                   platform="x", sent_at=ts(11, 17, 9)))
    [item] = suggestions(api, as_of="2026-11-20T00:00:00Z")["reply"]
    assert item["evidence_message_ids"] == ["priya-2"]


def test_muting_one_thread_leaves_the_others(api: ApiClient) -> None:
    load(api)
    api.ingest(
        msg("dana-4", "Issue #1 is out! Subscribe here to get it weekly.", sender="li:dana", name="Dana W.", thread="li-dana-digest",
            sent_at=ts(11, 14, 9)),
        msg("dana-5", "Issue #2 is out! Subscribe here to get it weekly.", sender="li:dana", name="Dana W.", thread="li-dana-digest",
            sent_at=ts(11, 15, 9)),
    )
    assert sorted(m["thread_id"] for m in suggestions(api)["mute"]) == ["li-dana-digest", "li-dana-news"]
    api.post("/v1/actions", json={"kind": "mute", "message_id": "dana-2", "status": "dismissed"})
    assert [m["thread_id"] for m in suggestions(api)["mute"]] == ["li-dana-digest"]
    # A mute recorded for the sender covers every thread with them.
    api.post("/v1/actions", json={"kind": "mute", "sender_id": "li:dana", "status": "done"})
    assert suggestions(api)["mute"] == []


def test_allow_listed_parties_are_never_muted_or_unfollowed(api_any_db: ApiClient) -> None:
    load(api_any_db)
    for party in ("li:marcus-o", "li:dana", "x:priya"):
        response = api_any_db.post("/v1/lists", json={"party_id": party, "kind": "allow"})
        assert response.status_code == 201, response.text
    s = suggestions(api_any_db)
    assert ids(s["unfollow"]) == ["li:nina"] and s["mute"] == []
    assert ids(s["reply"]) == ["x:priya"]  # still waiting for an answer


def test_reply_waits_more_than_two_days_and_oldest_comes_first(api: ApiClient) -> None:
    api.ingest(
        msg("q-new", "Can you review my draft by Friday?", sender="li:kim", name="Kim", thread="t-kim", sent_at=ts(11, 10, 12)),
        msg("q-old", "Did you get a chance to look at the contract?", sender="li:lee", name="Lee", thread="t-lee", sent_at=ts(11, 9, 12)),
        msg("no-q", "Loved your post about hiring, it helped me a lot.", sender="li:max", name="Max", thread="t-max", sent_at=ts(11, 9, 8)),
        msg("answered", "Are we still on for lunch Thursday?", sender="li:ola", name="Ola", thread="t-ola", sent_at=ts(11, 9, 9)),
        owner("me-ola", "Yes, see you at noon!", ("li:ola", "Ola"), "t-ola", ts(11, 9, 10)),
    )
    assert suggestions(api, as_of="2026-11-11T12:00:00Z")["reply"] == []  # exactly two days is not more than two
    s = suggestions(api, as_of="2026-11-11T12:01:00Z")
    assert [r["evidence_message_ids"] for r in s["reply"]] == [["q-old"]]
    s = suggestions(api, as_of="2026-11-13T00:00:00Z")
    assert [r["evidence_message_ids"] for r in s["reply"]] == [["q-old"], ["q-new"]]
    assert s["reply"][0]["reason"] == "Lee asked you something 4 days ago and is still waiting for your answer"
    assert s["reply"][0]["thread_id"] == "t-lee"


def test_later_messages_than_as_of_are_not_known_yet(api: ApiClient) -> None:
    load(api)
    # On 10 Nov Marcus had sent an auto-DM and one pitch; Nina only two issues.
    s = suggestions(api, as_of="2026-11-09T12:00:00Z")
    assert [(i["party_id"], len(i["evidence_message_ids"])) for i in s["unfollow"]] == [("li:marcus-o", 2), ("li:nina", 2)]


def test_another_users_suggestions_are_their_own(api_any_db: ApiClient) -> None:
    load(api_any_db)
    other = add_user(api_any_db.client, "riley")
    assert suggestions(other) == {"unfollow": [], "mute": [], "reply": []}
    pitcher(other)
    assert ids(suggestions(other)["unfollow"]) == ["li:marcus-o"]
    # Riley dismissing their Marcus does not touch Jordan's.
    other.post("/v1/actions", json={"kind": "unfollow", "sender_id": "li:marcus-o", "status": "dismissed"})
    assert ids(suggestions(api_any_db)["unfollow"]) == ["li:marcus-o", "li:nina"]
    assert api_any_db.client.get("/v1/suggestions").status_code == 401

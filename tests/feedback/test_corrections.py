"""Corrections by scope, their effect on the next verdict, their release, allow/block lists and undo."""

from __future__ import annotations

from tests.conftest import ApiClient, at, msg

PITCH = "We help founders 3x their pipeline. Open to a quick call?"
TEMPLATE = "Hi {n}, I came across your profile and love what you're doing at {co}. Growing my network with like-minded professionals!"


def correct(api: ApiClient, message_id: str, label: str, scope: str) -> dict:
    r = api.post("/v1/feedback", json={"message_id": message_id, "label": label, "scope": scope})
    assert r.status_code == 201, r.text
    return r.json()


def test_message_scope_changes_only_that_message(api: ApiClient) -> None:
    api.ingest(msg("m1", PITCH, sent_at=at(2)), msg("m2", PITCH + " (again)", sent_at=at(3)))
    body = correct(api, "m1", "genuine", "message")
    assert body["verdict"]["label"] == "genuine" and body["verdict"]["reasons"][0]["signal"] == "OWNER_CORRECTION"
    # Idempotent re-post returns the corrected verdict; the sibling is untouched; a new one is judged afresh.
    assert api.ingest(msg("m1", PITCH, sent_at=at(2)))[0]["label"] == "genuine"
    labels = {m["message_id"]: m["verdict"]["label"] for m in api.get("/v1/messages").json()["messages"]}
    assert labels == {"m1": "genuine", "m2": "pitch"}
    assert api.ingest(msg("m3", PITCH + " Thursday?", sent_at=at(4)))[0]["label"] == "pitch"


def test_sender_scope_applies_to_the_next_message_and_is_released_by_a_reply(api: ApiClient) -> None:
    api.ingest(msg("s1", PITCH, sender="li:ana", name="Ana", thread="li-ana", sent_at=at(2)))
    correct(api, "s1", "genuine", "sender")
    [nxt] = api.ingest(msg("s2", "Bumping this: " + PITCH, sender="li:ana", name="Ana", thread="li-ana", sent_at=at(3)))
    assert nxt["label"] == "genuine" and nxt["reasons"][0]["detail"] == "you marked this sender as genuine"
    other = api.ingest(msg("s3", PITCH, sender="li:bo", name="Bo", thread="li-bo", sent_at=at(3)))[0]
    assert other["label"] == "pitch"
    api.ingest(msg("s4", "Thanks Ana, let me think about it", direction="outgoing", sender="li:ana", name="Ana", thread="li-ana", sent_at=at(4)))
    [after] = api.ingest(msg("s5", "Bumping this again: " + PITCH, sender="li:ana", name="Ana", thread="li-ana", sent_at=at(6)))
    assert after["label"] == "pitch"
    learned = api.get("/v1/learned").json()["corrections"]
    assert learned[0]["scope"] == "sender" and learned[0]["active"] is False
    assert learned[0]["ended_reason"] == "released: you replied to them"


def test_template_scope_follows_copies_from_other_senders(api: ApiClient) -> None:
    api.ingest(msg("t1", TEMPLATE.format(n="Jordan", co="Fernhill"), sender="li:p1", name="Pat", thread="li-p1", sent_at=at(2)))
    correct(api, "t1", "newsletter", "template")
    [copy] = api.ingest(msg("t2", TEMPLATE.format(n="Jordan", co="Northwind Labs"), sender="li:p2", name="Quin", thread="li-p2", sent_at=at(3)))
    assert copy["label"] == "newsletter" and copy["reasons"][0]["detail"] == "you marked this template as newsletter"
    [unrelated] = api.ingest(msg("t3", "Thanks for connecting!", sender="li:p3", name="Rae", thread="li-p3", sent_at=at(3)))
    assert unrelated["label"] == "auto_dm"


def test_undo_stops_a_correction(api: ApiClient) -> None:
    api.ingest(msg("u1", PITCH, sender="li:cy", name="Cy", thread="li-cy", sent_at=at(2)))
    correction = correct(api, "u1", "genuine", "sender")["correction"]
    assert api.delete(f"/v1/learned/corrections/{correction['id']}").json()["ended_reason"] == "undone by you"
    [v] = api.ingest(msg("u2", PITCH + " Friday?", sender="li:cy", name="Cy", thread="li-cy", sent_at=at(3)))
    assert v["label"] == "pitch"
    assert api.delete("/v1/learned/corrections/99999").status_code == 404


def stored_verdict(api: ApiClient, message_id: str) -> dict:
    """The message's verdict in GET /v1/messages, without `same_as` (a listing field the ingest reply leaves out)."""
    verdict = next(m["verdict"] for m in api.get("/v1/messages").json()["messages"] if m["message_id"] == message_id)
    return {k: v for k, v in verdict.items() if k != "same_as"}


def test_undoing_a_message_correction_gives_back_the_judged_verdict(api_any_db: ApiClient) -> None:
    api = api_any_db
    [judged] = api.ingest(msg("r1", PITCH, sent_at=at(2)))
    assert judged["label"] == "pitch"
    correction = correct(api, "r1", "genuine", "message")["correction"]
    assert stored_verdict(api, "r1")["label"] == "genuine"
    assert api.delete(f"/v1/learned/corrections/{correction['id']}").status_code == 200
    # In the listing and on re-post alike: the verdict it was judged with, no trace of the owner's mark.
    assert stored_verdict(api, "r1") == judged
    assert api.ingest(msg("r1", PITCH, sent_at=at(2))) == [judged]


def test_undo_keeps_the_corrections_that_still_stand(api_any_db: ApiClient) -> None:
    api = api_any_db
    [judged] = api.ingest(msg("k1", PITCH, sent_at=at(2)))
    first = correct(api, "k1", "genuine", "message")["correction"]
    second = correct(api, "k1", "newsletter", "sender")["correction"]
    # Undoing the older one leaves the newer one's label; undoing that too gives back the judged verdict.
    api.delete(f"/v1/learned/corrections/{first['id']}")
    kept = stored_verdict(api, "k1")
    assert kept["label"] == "newsletter" and kept["reasons"][0]["detail"] == "you marked this sender as newsletter"
    assert api.ingest(msg("k1", PITCH, sent_at=at(2)))[0]["label"] == "newsletter"
    api.delete(f"/v1/learned/corrections/{second['id']}")
    assert stored_verdict(api, "k1") == judged


def test_allow_list_always_wins_and_block_list_blocks(api: ApiClient) -> None:
    api.ingest(msg("a1", PITCH, sender="li:dee", name="Dee", thread="li-dee", sent_at=at(2)),
               msg("b1", "hey how was your week?", sender="li:eve", name="Eve", thread="li-eve", sent_at=at(2)))
    correct(api, "a1", "pitch", "sender")
    entry = api.post("/v1/lists", json={"party_id": "li:dee", "kind": "allow"})
    assert entry.status_code == 201 and entry.json()["party_name"] == "Dee"
    [allowed] = api.ingest(msg("a2", PITCH + " Monday?", sender="li:dee", name="Dee", thread="li-dee", sent_at=at(3)))
    assert allowed["label"] == "genuine" and allowed["action"]["kind"] == "reply"
    assert allowed["reasons"][0]["signal"] == "ALLOW_LIST"
    api.post("/v1/lists", json={"party_id": "li:eve", "kind": "block"})
    [blocked] = api.ingest(msg("b2", "hey, how was your weekend?", sender="li:eve", name="Eve", thread="li-eve", sent_at=at(3)))
    assert blocked["label"] != "genuine" and blocked["reasons"][0]["signal"] == "BLOCK_LIST"
    learned = api.get("/v1/learned").json()
    assert [e["party_id"] for e in learned["allow"]] == ["li:dee"] and [e["party_id"] for e in learned["block"]] == ["li:eve"]
    assert api.delete(f"/v1/lists/{learned['block'][0]['id']}").status_code == 204
    assert api.get("/v1/learned").json()["block"] == []


def test_feedback_errors(api: ApiClient) -> None:
    api.ingest(msg("e1", "my own note", direction="outgoing", sent_at=at(2)))
    assert api.post("/v1/feedback", json={"message_id": "nope", "label": "genuine"}).status_code == 404
    assert api.post("/v1/feedback", json={"message_id": "e1", "label": "genuine"}).status_code == 422
    assert api.post("/v1/feedback", json={"message_id": "e1", "label": "spam"}).status_code == 422
    assert api.post("/v1/feedback", json={"message_id": "e1", "label": "genuine", "scope": "planet"}).status_code == 422


def test_actions_are_recorded(api: ApiClient) -> None:
    api.ingest(msg("x1", PITCH, sender="li:fay", name="Fay", thread="li-fay", sent_at=at(2)))
    done = api.post("/v1/actions", json={"kind": "mute", "message_id": "x1", "status": "done"})
    assert done.status_code == 201 and done.json()["sender_id"] == "li:fay"
    assert api.post("/v1/actions", json={"kind": "unfollow", "sender_id": "li:fay", "status": "dismissed"}).status_code == 201
    assert api.post("/v1/actions", json={"kind": "unfollow"}).status_code == 422
    assert api.post("/v1/actions", json={"kind": "unfollow", "sender_id": "li:ghost"}).status_code == 404

"""Issue 16 defect 8: a message_id names one message. Reused by another conversation or sender, that message alone
is refused with a conflict (never dropped silently, never given the first message's verdict); the same message
edited on the site is stored with its new text and judged again."""

from __future__ import annotations

from sqlalchemy import create_engine, text

from tests.conftest import ApiClient, at, msg

GENUINE = "Hi Jordan, good to see you at the meetup yesterday. Are we still on for lunch on Friday?"
PITCH = "Hi Jordan, we help founders 3x their pipeline in 30 days. Open to a quick call this week? https://calendly.com/x/15"


def stored(api: ApiClient) -> dict[str, dict]:
    return {m["message_id"]: m for m in api.get("/v1/messages").json()["messages"]}


def test_an_id_reused_by_another_conversation_or_sender_is_refused_alone(api_any_db: ApiClient) -> None:
    [first] = api_any_db.ingest(msg("m1", GENUINE, sender="li:ana", name="Ana", thread="t-ana", sent_at=at(2)))
    assert first["label"] == "genuine"
    verdicts = api_any_db.ingest(
        msg("m1", PITCH, sender="li:bo", name="Bo", thread="t-bo", sent_at=at(3)),   # another conversation and sender
        msg("m1", PITCH, sender="li:cy", name="Cy", thread="t-ana", sent_at=at(3)),  # another sender, same conversation
        msg("m2", PITCH, sender="li:bo", name="Bo", thread="t-bo", sent_at=at(3)),
    )
    for refused in verdicts[:2]:
        assert refused["message_id"] == "m1" and "label" not in refused
        assert refused["error"]["code"] == "conflict" and "'m1'" in refused["error"]["message"]
    assert verdicts[2]["message_id"] == "m2" and verdicts[2]["label"] == "pitch"
    messages = stored(api_any_db)
    assert set(messages) == {"m1", "m2"}
    assert messages["m1"]["text"] == GENUINE and messages["m1"]["verdict"]["label"] == "genuine"


def test_an_id_used_twice_in_one_batch_for_two_messages_refuses_the_second(api_any_db: ApiClient) -> None:
    verdicts = api_any_db.ingest(
        msg("dup", GENUINE, sender="li:ana", name="Ana", thread="t-ana", sent_at=at(2)),
        msg("dup", PITCH, sender="li:bo", name="Bo", thread="t-bo", sent_at=at(2, 13)),
        msg("dup", GENUINE, sender="li:ana", name="Ana", thread="t-ana", sent_at=at(2)),  # the first again
    )
    assert verdicts[0]["label"] == "genuine" and verdicts[2] == verdicts[0]
    assert verdicts[1]["error"]["code"] == "conflict"
    assert stored(api_any_db)["dup"]["text"] == GENUINE


def test_a_message_edited_on_the_site_is_stored_again_and_judged_afresh(api_any_db: ApiClient, database_url: str) -> None:
    [before] = api_any_db.ingest(msg("e1", GENUINE, sender="li:ana", name="Ana", thread="t-ana", sent_at=at(2)))
    assert before["label"] == "genuine"
    r = api_any_db.post("/v1/feedback", json={"message_id": "e1", "label": "newsletter", "scope": "message"})
    assert r.status_code == 201, r.text

    [edited] = api_any_db.ingest(msg("e1", PITCH, sender="li:ana", name="Ana", thread="t-ana", sent_at=at(2)))
    assert edited["message_id"] == "e1" and edited["label"] == "pitch"
    assert "OWNER_CORRECTION" not in [r["signal"] for r in edited["reasons"]]
    messages = stored(api_any_db)
    assert list(messages) == ["e1"] and messages["e1"]["text"] == PITCH and messages["e1"]["verdict"]["label"] == "pitch"
    # The verdict is judged afresh: no earlier verdict kept for undo; the owner's correction still names the message.
    engine = create_engine(database_url)
    with engine.connect() as conn:
        assert conn.execute(text("select before_correction from verdicts")).scalars().all() == [None]
    engine.dispose()
    assert [c["message_id"] for c in api_any_db.get("/v1/learned").json()["corrections"]] == ["e1"]
    # Posting the edited message again is idempotent; its old text is no copy of the new one.
    assert api_any_db.ingest(msg("e1", PITCH, sender="li:ana", name="Ana", thread="t-ana", sent_at=at(2))) == [edited]
    assert not any("sent the same text" in r["detail"] for r in edited["reasons"] + edited["counter_evidence"])

"""Conversation context reaches the verdict: owner-started threads, answers, first contact, the noise sequence."""

from __future__ import annotations

from tests.conftest import ApiClient, at, msg


def reasons(v: dict) -> set[str]:
    return {r["signal"] for r in v["reasons"]}


def test_owner_started_thread_makes_a_sales_sounding_answer_genuine(api: ApiClient) -> None:
    q = msg("o1", "Hi Lee — could you send me pricing for a 5-seat plan?", direction="outgoing", sender="li:lee", name="Lee",
            thread="li-lee", sent_at=at(3, 9))
    a = msg("a1", "Of course! 5 seats is $45/month each, 20% off yearly. Happy to do a quick demo: https://calendly.com/lee/demo",
            sender="li:lee", name="Lee", thread="li-lee", sent_at=at(3, 11))
    _, answer = api.ingest(q, a)
    assert answer["label"] == "genuine"
    assert {"OWNER_STARTED_THREAD", "ANSWERS_OWNER_QUESTION"} <= reasons(answer)
    assert "pitch_after_connect" not in answer["patterns"]


def test_same_text_without_the_owners_question_is_a_pitch(api: ApiClient) -> None:
    [v] = api.ingest(msg("c1", "5 seats is $45/month each, 20% off yearly. Happy to do a quick demo: https://calendly.com/lee/demo",
                         sender="li:lee2", name="Lee", thread="li-lee2", sent_at=at(3, 11)))
    assert v["label"] == "pitch"


def test_first_contact_after_connection_uses_connected_at(api: ApiClient) -> None:
    [v] = api.ingest(msg("f1", "Would you be open to a quick call about our design agency?", sent_at=at(3, 10, 7), connected_at=at(3, 10, 0)))
    assert "pitch_after_connect" in v["patterns"]
    assert any(r["detail"] == "sales ask 7 minutes after you connected" for r in v["reasons"])


def test_without_connected_at_the_first_sighting_starts_the_window(api: ApiClient) -> None:
    api.ingest(msg("w1", "Thanks for the follow! Glad to be connected.", platform="x", sender="x:z", name="Zed", thread="x-z", sent_at=at(1)))
    late, = api.ingest(msg("w2", "We help founders 3x their pipeline, open to a quick call?", platform="x", sender="x:z", name="Zed",
                           thread="x-z", sent_at=at(20)))
    assert late["label"] == "pitch" and "pitch_after_connect" not in late["patterns"]
    early, = api.ingest(msg("w3", "We help founders 3x their pipeline, open to a quick call?", platform="x", sender="x:y", name="Yan",
                            thread="x-y", sent_at=at(1)))
    assert "pitch_after_connect" in early["patterns"]


def test_full_sequence_invite_pitch_nags_newsletter(api: ApiClient) -> None:
    seq = [
        msg("q1", "Thanks for connecting, Jordan! Great to be connected.", sent_at=at(2, 9, 2), connected_at=at(2, 9, 0)),
        msg("q2", "I help product teams ship 2x faster with our dev agency. Are you the right person to talk to?", sent_at=at(3, 9)),
        msg("q3", "Just following up on my last message — worth a quick chat?", sent_at=at(6, 9)),
        msg("q4", "Bumping this to the top of your inbox 🙂", sent_at=at(9, 9)),
        msg("q5", "📣 Issue #7 of The Agency Letter is out! Subscribe here for weekly tips: https://agency.substack.com", sent_at=at(16, 9)),
    ]
    verdicts = api.ingest(*seq)
    assert [v["label"] for v in verdicts] == ["auto_dm", "pitch", "pitch", "pitch", "newsletter"]
    assert "follow_up_nag" in verdicts[3]["patterns"]
    assert all("pitch_after_connect" in v["patterns"] for v in verdicts[1:4])
    assert [v["action"]["kind"] for v in verdicts] == ["mute", "unfollow", "unfollow", "unfollow", "unfollow"]


def test_owner_reply_makes_the_relationship_real(api: ApiClient) -> None:
    api.ingest(msg("r1", "Thanks for connecting!", sender="li:kai", name="Kai", thread="li-kai", sent_at=at(2, 9)))
    api.ingest(msg("r2", "hey Kai, good to meet you at the meetup — how's the new job?", direction="outgoing", sender="li:kai", name="Kai",
                   thread="li-kai", sent_at=at(2, 10)))
    [v] = api.ingest(msg("r3", "We help founders 3x their pipeline, open to a quick call?", sender="li:kai", name="Kai", thread="li-kai",
                         sent_at=at(4, 9)))
    assert v["label"] == "pitch" and v["action"]["kind"] == "mute"


def test_decline_does_not_count_as_a_reply(api: ApiClient) -> None:
    api.ingest(msg("d1", "We help founders 3x their pipeline, open to a quick call?", sender="li:ola", name="Ola", thread="li-ola", sent_at=at(2, 9)))
    api.ingest(msg("d2", "No thanks, not interested.", direction="outgoing", sender="li:ola", name="Ola", thread="li-ola", sent_at=at(2, 10)))
    [v] = api.ingest(msg("d3", "Totally understand! Quick one: are you the right person for design hiring? Free audit on me.",
                         sender="li:ola", name="Ola", thread="li-ola", sent_at=at(5, 9)))
    assert v["label"] == "pitch" and v["action"]["kind"] == "unfollow"

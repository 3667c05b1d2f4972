"""Conversation context reaches the verdict: owner-started threads, answers, connection starts, partial history, channels."""

from __future__ import annotations

from dataclasses import replace

from server.triage.engine import Reason, TriageEngine
from tests.conftest import ApiClient, add_user, at, msg


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


def test_the_first_message_seen_is_not_taken_for_the_connection(api: ApiClient) -> None:
    [cold] = api.ingest(msg("c1", "We help founders 3x their pipeline, open to a quick call?", platform="x", sender="x:y", name="Yan",
                            thread="x-y", sent_at=at(1)))
    assert cold["label"] == "pitch"
    assert "pitch_after_connect" not in cold["patterns"]
    assert not any("first message" in r["detail"] or "after you connected" in r["detail"] for r in cold["reasons"])


def test_their_own_words_start_the_window_when_connected_at_is_unknown(api: ApiClient) -> None:
    api.ingest(msg("w1", "Thanks for the follow! Glad to be connected.", platform="x", sender="x:z", name="Zed", thread="x-z", sent_at=at(1)))
    early, = api.ingest(msg("w2", "We help founders 3x their pipeline, open to a quick call?", platform="x", sender="x:z", name="Zed",
                            thread="x-z", sent_at=at(3)))
    assert early["label"] == "pitch" and "pitch_after_connect" in early["patterns"]
    assert any(r["detail"] == "sales ask 2 days after you connected" for r in early["reasons"])
    late, = api.ingest(msg("w3", "Following up on my note: we help founders 3x their pipeline, open to a quick call?", platform="x",
                           sender="x:z", name="Zed", thread="x-z", sent_at=at(20)))
    assert late["label"] == "pitch" and "pitch_after_connect" not in late["patterns"]
    [same] = api.ingest(msg("w4", "Thanks for connecting! We help founders 3x their pipeline, open to a quick call?", platform="x",
                            sender="x:q", name="Quinn", thread="x-q", sent_at=at(4)))
    assert "pitch_after_connect" in same["patterns"]


def test_inmail_and_sponsored_messages_are_never_pitch_after_connect(api: ApiClient) -> None:
    pitch = "We help founders 3x their pipeline. Open to a quick call this week?"
    [inmail] = api.ingest(msg("i1", pitch, sender="li:ina", name="Ina", thread="li-ina", sent_at=at(3, 10, 5),
                              connected_at=at(3, 10, 0), channel="inmail"))
    assert inmail["label"] == "pitch" and "pitch_after_connect" not in inmail["patterns"]
    [sponsored] = api.ingest(msg("s1", "Meet the CRM that grows with you. Learn more on our site.", sender="li:crm", name="Acme CRM",
                                 thread="li-crm", sent_at=at(3, 11), connected_at=at(3, 10, 58), channel="sponsored"))
    assert sponsored["label"] != "genuine" and "pitch_after_connect" not in sponsored["patterns"]
    assert any(r["signal"] == "SPONSORED" for r in sponsored["reasons"])


def test_a_burst_from_one_person_is_not_evidence_of_anything(api: ApiClient) -> None:
    first = "hey! are we still on for the podcast recording friday? I can move it to 11 if that's easier for you"
    second = "also I finally read the draft you sent, section 3 is great, left a few comments"
    third = "and sorry for the spam lol"
    for history in ("complete", "partial"):
        verdicts = api.ingest(*[msg(f"b-{history}-{i}", text, sender=f"li:sam-{history}", name="Sam", thread=f"li-sam-{history}",
                                    sent_at=at(4, 9, i), history=history) for i, text in enumerate((first, second, third))])
        assert [v["label"] for v in verdicts] == ["genuine"] * 3, history
        assert all(not v["patterns"] for v in verdicts)
        assert not any(r["signal"] == "UNANSWERED_STREAK" for v in verdicts for r in v["reasons"] + v["counter_evidence"])


def test_partial_history_concludes_nothing_from_what_was_not_seen(api: ApiClient) -> None:
    # The owner's message is the first one the page shows, but earlier messages may exist: who started is unknown.
    common = dict(sender="li:lee", name="Lee")
    q = msg("p1", "could you send me pricing for a 5-seat plan?", direction="outgoing", thread="li-p", sent_at=at(3, 9), history="partial", **common)
    a = msg("p2", "Sure: 5 seats is $45/month each, 20% off yearly.", thread="li-p", sent_at=at(3, 11), history="partial", **common)
    _, answer = api.ingest(q, a)
    assert answer["label"] == "genuine"
    assert "ANSWERS_OWNER_QUESTION" in reasons(answer)  # visible: the owner asked just before
    assert "OWNER_STARTED_THREAD" not in reasons(answer)  # not visible: the thread may be older


def test_the_api_assumes_partial_history_when_the_client_does_not_say(api: ApiClient) -> None:
    q = msg("n1", "Hi Ada, what do you charge for a logo refresh?", direction="outgoing", sender="li:ada", name="Ada", thread="li-ada",
            sent_at=at(3, 9), history=None)
    a = msg("n2", "Hi Jordan! Usually €1,200 for a refresh like that.", sender="li:ada", name="Ada", thread="li-ada", sent_at=at(3, 12),
            history=None)
    _, answer = api.ingest(q, a)
    assert "OWNER_STARTED_THREAD" not in reasons(answer)
    q2 = msg("n3", "Hi Bo, what do you charge for a logo refresh?", direction="outgoing", sender="li:bo", name="Bo", thread="li-bo",
             sent_at=at(3, 9))
    a2 = msg("n4", "Hi Jordan! Usually €1,200 for a refresh like that.", sender="li:bo", name="Bo", thread="li-bo", sent_at=at(3, 12))
    _, answer2 = api.ingest(q2, a2)
    assert "OWNER_STARTED_THREAD" in reasons(answer2)


def test_unanswered_only_counts_after_an_owner_message_that_is_visible(api: ApiClient) -> None:
    pitch = "We help founders 3x their pipeline, open to a quick call?"
    nag = "Hi again, just following up on my last message"
    hidden = api.ingest(msg("u1", pitch, sender="li:vi", name="Vi", thread="li-vi", sent_at=at(2), history="partial"),
                        msg("u2", nag, sender="li:vi", name="Vi", thread="li-vi", sent_at=at(5), history="partial"))
    assert not any(r["signal"] == "UNANSWERED_STREAK" for r in hidden[1]["reasons"] + hidden[1]["counter_evidence"])
    seen = api.ingest(msg("u3", "Not for us, thanks.", direction="outgoing", sender="li:wu", name="Wu", thread="li-wu", sent_at=at(1),
                          history="partial"),
                      msg("u4", pitch, sender="li:wu", name="Wu", thread="li-wu", sent_at=at(2), history="partial"),
                      msg("u5", nag, sender="li:wu", name="Wu", thread="li-wu", sent_at=at(5), history="partial"))
    assert seen[2]["label"] == "pitch" and "follow_up_nag" in seen[2]["patterns"]
    assert any(r["signal"] == "UNANSWERED_STREAK" for r in seen[2]["reasons"])


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


def test_a_time_the_page_did_not_show_says_nothing_about_how_soon_after_connecting(api: ApiClient) -> None:
    """The extension marks sent_at as estimated when the page shows no time (it is then when the page was read)."""
    shown = msg("t1", "Would you be open to a quick call about our design agency?", sender="li:ana", name="Ana", thread="li-ana",
                sent_at=at(3, 10, 7), connected_at=at(3, 10, 0))
    read = msg("t2", "Would you be open to a quick call about our design agency?", sender="li:ben", name="Ben", thread="li-ben",
               sent_at=at(3, 10, 7), connected_at=at(3, 10, 0)) | {"sent_at_estimated": True}
    on_time, estimated = api.ingest(shown, read)
    assert on_time["label"] == estimated["label"] == "pitch"
    assert "pitch_after_connect" in on_time["patterns"]
    assert "pitch_after_connect" not in estimated["patterns"]
    assert "PITCH_SOON_AFTER_CONNECT" not in reasons(estimated)


class _ReadsLettersAsPitches(TriageEngine):
    """The shipped rules, plus a stand-in for a text model that misreads every formal letter as a pitch."""

    def judge_batch(self, contexts, overrides=None):  # noqa: ANN001, ANN201
        verdicts = super().judge_batch(contexts, overrides)
        return [replace(v, label="pitch", reasons=[Reason("MODEL", 3.0, "the text model: reads like a sales pitch")],
                        counter_evidence=[]) if ctx.text.startswith("Dear ") else v
                for ctx, v in zip(contexts, verdicts, strict=True)]


def test_an_unanswered_run_builds_only_on_earlier_noise_a_rule_showed(app_factory, sqlite_url) -> None:  # noqa: ANN001
    api = add_user(app_factory(sqlite_url, engine=_ReadsLettersAsPitches()), "jordan")
    letter, note = api.ingest(
        msg("l1", "Dear Ken, I read the interview with you over the weekend. Warmest regards, Klaus", sender="li:klaus",
            name="Klaus", thread="li-klaus", sent_at=at(3, 9)),
        msg("l2", "Thank you. How my heart aches for you and the team.", sender="li:klaus", name="Klaus",
            thread="li-klaus", sent_at=at(3, 11)))
    assert letter["label"] == "pitch"  # the misreading, on the text model's word alone
    assert note["label"] == "genuine", note  # one guess is not evidence that the next message is a pitch too
    assert "UNANSWERED_STREAK" not in {r["signal"] for r in note["reasons"] + note.get("counter_evidence", [])}

    pitch, again = api.ingest(
        msg("p1", "We help founders 3x their pipeline. Book a call: https://calendly.com/ria/intro", sender="li:ria",
            name="Ria", thread="li-ria", sent_at=at(3, 9)),
        msg("p2", "Hi again Jordan", sender="li:ria", name="Ria", thread="li-ria", sent_at=at(5, 9)))
    assert pitch["label"] == "pitch" and reasons(pitch) - {"MODEL"}
    evidence = {r["signal"] for r in again["reasons"] + again.get("counter_evidence", [])}
    assert "UNANSWERED_STREAK" in evidence, again

"""The engine applies taxonomy.md's decision rules through signal scores, explains itself and picks an action."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from server.triage.context import MessageContext
from server.triage.engine import Override, TriageEngine
from server.triage.signals import SIGNALS

T0 = datetime(2026, 11, 5, 16, 20, tzinfo=timezone.utc)
engine = TriageEngine()


def judge(text: str, **kw):  # noqa: ANN003, ANN201
    kw.setdefault("sender_name", "Marcus")
    return engine.judge(MessageContext(text=text, **kw))


def test_blatant_pitch_right_after_connecting() -> None:
    v = judge("Hi Jordan, thanks for accepting! We help founders 3x their demos. Worth a quick call? https://calendly.com/m/15",
              sent_at=T0 + timedelta(minutes=4), relationship_began_at=T0, connection_known=True)
    assert v.label == "pitch"
    assert "pitch_after_connect" in v.patterns
    assert v.reasons[0].weight > 0 and v.reasons[0].signal in {"MEETING_ASK", "CALENDAR_LINK", "RESULTS_CLAIM"}
    assert any(r.detail == "sales ask 4 minutes after you connected" for r in v.reasons)
    assert 0.5 < v.confidence <= 1


def test_pitch_outside_the_window_is_not_pitch_after_connect() -> None:
    v = judge("We help founders 3x their demos. Worth a quick call?", sent_at=T0 + timedelta(days=40), relationship_began_at=T0,
              connection_known=True)
    assert v.label == "pitch" and "pitch_after_connect" not in v.patterns


def test_window_is_configurable() -> None:
    narrow = TriageEngine(pitch_window_days=1)
    ctx = MessageContext(text="Open to a quick call about our agency?", sent_at=T0 + timedelta(days=3), relationship_began_at=T0,
                         connection_known=True)
    assert "pitch_after_connect" in engine.judge(ctx).patterns
    assert "pitch_after_connect" not in narrow.judge(ctx).patterns


def test_thank_you_note_is_auto_dm() -> None:
    assert judge("Thanks for connecting, Jordan! Looking forward to your posts.").label == "auto_dm"


def test_newsletter_issue() -> None:
    assert judge("Issue #12 is out: 5 tools for designers. Subscribe here to get it weekly.").label == "newsletter"


def test_answer_to_owners_question_is_genuine_even_with_price_and_link() -> None:
    v = judge("Sure! Our team plan is $40/month, details at https://acme.io/pricing", answers_owner_question=True,
              owner_started_thread=True)
    assert v.label == "genuine"
    assert v.reasons[0].signal in {"ANSWERS_OWNER_QUESTION", "OWNER_STARTED_THREAD"}


def test_answer_that_turns_into_a_sale_is_pitch() -> None:
    v = judge("Good question! Honestly you need our agency: we help founders 3x their pipeline, packages from $2,000/month. "
              "Book a call here: https://calendly.com/x/30", answers_owner_question=True)
    assert v.label == "pitch"


def test_unsure_prefers_genuine() -> None:
    assert judge("Hey Jordan").label == "genuine"


def test_merge_fields_with_a_sale_are_pitch_and_templated() -> None:
    v = judge("Hi {first_name}, we help agencies like {{company}} book 30 meetings a month. Open to a quick call?")
    assert v.label == "pitch" and "templated" in v.patterns


def test_counter_evidence_is_kept_apart_and_names_where_it_pointed() -> None:
    v = judge("Thanks for connecting! We help founders 3x their pipeline. Open to a quick call?")
    assert v.label == "pitch"
    assert all(r.weight > 0 for r in v.reasons + v.counter_evidence)
    assert not any(r.signal == "THANKS_FOR_CONNECTING" for r in v.reasons)
    [thanks] = [r for r in v.counter_evidence if r.signal == "THANKS_FOR_CONNECTING"]
    assert thanks.toward == "auto_dm"


def test_no_reason_pulls_against_the_verdict() -> None:
    texts = ["lol yes. see you at 7", "Thanks for connecting! We help founders 3x their pipeline. Open to a quick call?",
             "Issue #12 is out: 5 tools for designers. Subscribe here", "how did your launch go?",
             "Happy to do a free audit, and how did your launch go?", "Welcome to the community! Register here for our webinar"]
    for text in texts:
        v = judge(text)
        for r in v.reasons:
            assert r.weight > 0 and r.toward is None
            signal = next((s for s in SIGNALS if s.id == r.signal), None)
            if signal is not None:  # a signal argues only for its own label ("noise" ones for any noise label)
                assert signal.label == v.label or (signal.label == "noise" and v.label != "genuine"), (text, r)
        for r in v.counter_evidence:
            assert r.toward != v.label and r.weight > 0


def test_short_casual_and_first_contact_text_is_not_evidence() -> None:
    for text in ("lol yes. see you at 7", "can you call me tonight?", "can you review my PR #482", "ok", "why?",
                 "Aight sorry I take ten years to shower. What's the plan?"):
        v = judge(text)
        assert v.label == "genuine" and v.patterns == [], text
        assert not v.counter_evidence, text


def test_amounts_that_are_not_prices_are_not_evidence() -> None:
    for text in ("The role pays €135–150k base plus equity, and your write-up on consent flows is why I'm writing.",
                 "I lost $10,000 on that stock and I need advice.", "You owe me €35 for the tickets!",
                 "The budget for the pilot is $40k."):
        v = judge(text)
        assert v.label == "genuine" and not any(r.signal == "PRICE_OR_DISCOUNT" for r in v.counter_evidence), text


def test_owner_correction_and_allow_list_override() -> None:
    ctx = MessageContext(text="We help founders 3x their pipeline. Open to a quick call?", sender_name="Dana")
    corrected = engine.judge(ctx, Override(label="genuine", detail="you marked this sender as genuine"))
    assert corrected.label == "genuine" and corrected.reasons[0].signal == "OWNER_CORRECTION"
    allowed = engine.judge(ctx, Override(allow_listed=True))
    assert allowed.label == "genuine" and allowed.reasons[0].signal == "ALLOW_LIST"


def test_policy_reply_mute_unfollow() -> None:
    assert judge("how did your launch go?").action.kind == "reply"
    first = judge("We help founders 3x their pipeline. Open to a quick call?")
    assert first.action.kind == "mute"
    repeat = judge("Bumping this to the top of your inbox: open to a quick call?", earlier_labels=("auto_dm", "pitch"),
                   unanswered_before=2, sent_at=T0 + timedelta(days=7), relationship_began_at=T0, connection_known=True)
    assert repeat.action.kind == "unfollow"
    assert repeat.action.why == "2 pitches and 1 auto-DM since you connected 7 days ago, no reply from you"
    kept = judge("We help founders 3x their pipeline. Open to a quick call?", earlier_labels=("genuine", "pitch"), owner_wrote_before=True)
    assert kept.action.kind == "mute"
    allowed = engine.judge(MessageContext(text="Issue #4 is out! Subscribe here"), Override(allow_listed=True))
    assert allowed.action.kind == "reply"


def test_pitch_after_connect_needs_a_known_start_and_never_applies_to_paid_messages() -> None:
    pitch = "We help founders 3x their pipeline. Open to a quick call?"
    assert "pitch_after_connect" not in judge(pitch).patterns  # cold: the start is unknown
    known = dict(sent_at=T0 + timedelta(hours=2), relationship_began_at=T0, connection_known=True)
    assert "pitch_after_connect" in judge(pitch, **known).patterns
    for channel in ("inmail", "sponsored"):
        v = judge(pitch, channel=channel, **known)
        assert v.label == "pitch" and "pitch_after_connect" not in v.patterns, channel


def test_sponsored_messages_are_evidence_of_noise() -> None:
    v = judge("Meet the CRM that grows with you.", channel="sponsored")
    assert v.label != "genuine" and v.reasons[0].signal == "SPONSORED"

"""Every signal fires on its own positive examples and stays silent on its negatives."""

from __future__ import annotations

import pytest

from server.triage.context import LABELS, VOTES, MessageContext
from server.triage.signals import SIGNALS
from server.triage.weights import DEFAULT_WEIGHTS


def _ctx(example) -> MessageContext:  # noqa: ANN001
    return example if isinstance(example, MessageContext) else MessageContext(text=example)


@pytest.mark.parametrize("signal", SIGNALS, ids=lambda s: s.id)
def test_signal_fires_on_its_positive_examples(signal) -> None:  # noqa: ANN001
    assert signal.positives, f"{signal.id} needs positive examples"
    for example in signal.positives:
        assert signal.detect(_ctx(example)), f"{signal.id} missed: {_ctx(example).text!r}"


@pytest.mark.parametrize("signal", SIGNALS, ids=lambda s: s.id)
def test_signal_silent_on_its_negative_examples(signal) -> None:  # noqa: ANN001
    assert signal.negatives, f"{signal.id} needs negative examples"
    for example in signal.negatives:
        assert not signal.detect(_ctx(example)), f"{signal.id} fired on: {_ctx(example).text!r}"


def test_catalogue_is_complete_and_consistent() -> None:
    ids = [s.id for s in SIGNALS]
    assert len(ids) == len(set(ids))
    assert set(ids) == set(DEFAULT_WEIGHTS), "every signal has a weight and every weight a signal"
    assert all(s.label in VOTES and s.description for s in SIGNALS)
    # Every label has evidence of its own.
    assert {s.label for s in SIGNALS} >= set(LABELS)


def test_details_quote_the_evidence() -> None:
    calendar = next(s for s in SIGNALS if s.id == "CALENDAR_LINK")
    detail = calendar.detect(MessageContext(text="book me: https://calendly.com/dana/15"))
    assert "calendly.com" in detail

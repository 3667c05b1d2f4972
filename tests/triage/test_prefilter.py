"""The regex prefilter only skips work: signals fire exactly as if every detector ran on every text."""

from __future__ import annotations

import json
import re
import threading
from pathlib import Path

import pytest

from server.triage.context import MessageContext
from server.triage.prefilter import RegexPrefilter
from server.triage.signals import SIGNALS, fire_all

CORPUS = Path(__file__).resolve().parents[2] / "data" / "corpus"

# Where Python's Unicode-aware \b, \w, \d and \s could disagree with another engine: accented and non-Latin
# letters and digits against the patterns' edges, odd whitespace, emoji, mixed case that lowercases longer.
TRICKY = [
    "Worth a quick call? calendly.com/ana-é",
    "éworth a call",
    "worth a callé, 15\u00a0min call?",
    "Are you free for a quick chat\u2028next week?",
    "Prices from ٣٠ usd, $\u00a0499/month, ５０% off",
    "İstanbul: hop on a call İİİ this week? Book a demo",
    "grab a slot → calendly.com/x\x1c\x1dwebinar\x1f",
    "Hi everyone!\nIssue #42 is out 🚀🔥🎉👇",
    "HI EVERYONE — SUBSCRIBE HERE",
    "Thanks for connecting! 🙏\r\nLet's connect on instagram",
    "bumping this ↑ — did you see my last note?",
    "how did your launch go\u3000?",
    "we help founders 3x their pipeline, guaranteed",
    "lone surrogate \ud800 inside a pitch: book a free audit",
    "",
]


def _corpus_texts() -> list[str]:
    texts = []
    for name in ("train.jsonl", "dev.jsonl"):
        texts += [json.loads(line)["text"] for line in (CORPUS / name).read_text().splitlines() if line.strip()]
    return texts


def _every_detector(text: str) -> list[tuple[str, str]]:
    ctx = MessageContext(text=text)
    return [(s.id, detail) for s in SIGNALS if (detail := s.detect(ctx))]


def _fired(text: str) -> list[tuple[str, str]]:
    return [(f.signal.id, f.detail) for f in fire_all(MessageContext(text=text))]


def test_signals_fire_as_without_the_prefilter_on_the_whole_corpus() -> None:
    texts = _corpus_texts()
    assert len(texts) > 1000
    differing = [t for t in texts if _fired(t) != _every_detector(t)]
    assert differing == []


@pytest.mark.parametrize("text", TRICKY)
def test_signals_fire_as_without_the_prefilter_on_unicode_edge_cases(text: str) -> None:
    assert _fired(text) == _every_detector(text)


def test_examples_of_every_signal_fire_as_without_the_prefilter() -> None:
    for signal in SIGNALS:
        for example in signal.positives + signal.negatives:
            if isinstance(example, str):
                assert _fired(example) == _every_detector(example), example


def test_reports_only_patterns_that_can_match() -> None:
    prefilter = RegexPrefilter([re.compile(r"calendly\.com"), re.compile(r"\bwebinar\b"), re.compile(r"\bissue #?\d+")])
    assert prefilter.active  # the wheel ships for this platform; without it every regex would run
    assert prefilter.candidates("join my webinar tomorrow") == {1}
    assert prefilter.candidates("see you at 3") == set()
    assert prefilter.candidates("webinar: calendly.com/x, issue #4") == {0, 1, 2}


def test_invalid_utf8_means_run_everything() -> None:
    prefilter = RegexPrefilter([re.compile("x")])
    assert prefilter.candidates("broken \ud800 text") is None


def test_scans_from_many_threads_at_once() -> None:
    prefilter = RegexPrefilter([re.compile(r"\bcall\b"), re.compile(r"\bdemo\b")])
    errors: list[BaseException] = []
    results: list[set[int] | None] = []

    def scan() -> None:
        try:
            for _ in range(2000):
                results.append(prefilter.candidates("book a demo call " * 20))
        except BaseException as exc:  # noqa: BLE001 - collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=scan) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert all(r == {0, 1} for r in results) and len(results) == 16000

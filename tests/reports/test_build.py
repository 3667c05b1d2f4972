"""build_report is pure: facts in, numbers out."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from server.reports.build import ReportData, build_report
from server.reports.weeks import IsoWeek
from server.suggestions.repository import MessageFact, PartyFact

UTC = ZoneInfo("UTC")
MONDAY = datetime(2026, 11, 9, tzinfo=timezone.utc)
PARTY = PartyFact(1, "li:p", "P", "linkedin", connected_at=MONDAY, first_seen_at=MONDAY)


def fact(n: int, label: str, minutes: float, *, patterns: tuple[str, ...] = (), fingerprint: str = "", words: int = 3) -> MessageFact:
    return MessageFact(id=n, external_id=f"m{n}", platform="linkedin", thread_id=1, thread_external_id="t", party_id=1,
                       direction="incoming", sent_at=MONDAY + timedelta(minutes=minutes), is_question=False, is_decline=False,
                       label=label, patterns=patterns, fingerprint=fingerprint or f"f{n}", word_count=words, text=None)


def test_median_minutes_to_pitch_with_an_odd_count() -> None:
    pitches = [fact(i, "pitch", m, patterns=("pitch_after_connect",)) for i, m in enumerate((10, 30, 500))]
    report = build_report(ReportData(IsoWeek(2026, 46), UTC, [*pitches, fact(9, "pitch", 600)], {1: PARTY}))
    assert report.pitch_after_connect_count == 3 and report.median_minutes_to_pitch == 30.0
    assert report.totals.noise_ratio == 1.0 and report.minutes_saved == 2.0


def test_templates_ignore_short_texts_and_keep_null_examples() -> None:
    week = [fact(1, "genuine", 1, fingerprint="short"), fact(2, "genuine", 2, fingerprint="short"),
            fact(3, "auto_dm", 3, fingerprint="long", words=9), fact(4, "auto_dm", 4, fingerprint="long", words=9),
            fact(5, "pitch", 5, fingerprint="long", words=9)]
    [template] = build_report(ReportData(IsoWeek(2026, 46), UTC, week, {1: PARTY})).templates
    assert (template.fingerprint, template.count, template.senders, template.label, template.example) == ("long", 3, 1, "auto_dm", None)


def test_messages_outside_the_week_only_feed_the_trend() -> None:
    before = fact(1, "newsletter", -60 * 24 * 7)  # the Monday before: W45
    report = build_report(ReportData(IsoWeek(2026, 46), UTC, [before], {1: PARTY}))
    assert report.totals.incoming == 0 and report.trend[-1].incoming == 1 and report.trend[-1].noise_ratio == 1.0

"""The weekly noise report as numbers: a pure function from loaded facts to a Report (no database, no I/O)."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from statistics import median
from zoneinfo import ZoneInfo

from server.reports.weeks import IsoWeek
from server.suggestions.repository import MessageFact, PartyFact
from server.suggestions.service import KINDS, LABELS, NOISE_LABELS, Suggestion, Waiting, minutes_between
from server.triage.templates import MIN_TEMPLATE_WORDS

PLATFORMS = ("linkedin", "x")
TREND_WEEKS = 6
TOP_SENDERS = 5
TOP_TEMPLATES = 5
# The estimate behind minutes_saved, stated in the report itself.
SECONDS_PER_NOISE_MESSAGE = 30
MINUTES_SAVED_ASSUMPTION = f"{SECONDS_PER_NOISE_MESSAGE} seconds per noise message you did not have to read"


@dataclass
class ReportData:
    """What build_report reads: incoming messages from the first trend week to the end of the report week."""

    week: IsoWeek
    tz: ZoneInfo
    incoming: list[MessageFact]
    parties: dict[int, PartyFact]
    suggestions: dict[str, list[Suggestion]] = field(default_factory=dict)
    waiting: list[Waiting] = field(default_factory=list)
    generated_at: datetime | None = None
    trend_weeks: int = TREND_WEEKS


@dataclass(frozen=True)
class Counts:
    incoming: int
    by_label: dict[str, int]
    noise_ratio: float

    @property
    def noise(self) -> int:
        return sum(self.by_label[label] for label in NOISE_LABELS)

    def as_dict(self) -> dict:
        return {"incoming": self.incoming, "by_label": dict(self.by_label), "noise_ratio": self.noise_ratio}


@dataclass(frozen=True)
class NoisySender:
    party_id: str
    name: str
    platform: str
    count: int
    labels: dict[str, int]


@dataclass(frozen=True)
class TemplateGroup:
    fingerprint: str
    count: int
    senders: int
    label: str
    example: str | None  # null when message text is not stored
    example_message_id: str


@dataclass(frozen=True)
class TrendPoint:
    week: str
    incoming: int
    noise_ratio: float
    by_label: dict[str, int]


@dataclass
class Report:
    week: str
    timezone: str
    start: datetime
    end: datetime
    generated_at: datetime | None
    totals: Counts
    by_platform: dict[str, Counts]
    top_noisy_senders: list[NoisySender]
    templates: list[TemplateGroup]
    pitch_after_connect_count: int
    median_minutes_to_pitch: float | None
    suggestions: dict[str, list[Suggestion]]
    waiting_for_reply: list[Waiting]
    trend: list[TrendPoint]
    minutes_saved: float

    def as_dict(self) -> dict:
        return {
            "week": self.week,
            "timezone": self.timezone,
            "from": self.start.isoformat(),
            "to": self.end.isoformat(),
            "generated_at": self.generated_at.isoformat() if self.generated_at else None,
            "totals": self.totals.as_dict(),
            "by_platform": {p: c.as_dict() for p, c in self.by_platform.items()},
            "top_noisy_senders": [vars(s) | {"labels": dict(s.labels)} for s in self.top_noisy_senders],
            "templates": [vars(t).copy() for t in self.templates],
            "pitch_after_connect": {"count": self.pitch_after_connect_count, "median_minutes_to_pitch": self.median_minutes_to_pitch},
            "suggestions": {kind: [s.as_dict() for s in self.suggestions.get(kind, [])] for kind in KINDS},
            "waiting_for_reply": [w.as_dict() for w in self.waiting_for_reply],
            "trend": [{"week": t.week, "noise_ratio": t.noise_ratio, "incoming": t.incoming, "by_label": dict(t.by_label)}
                      for t in self.trend],
            "minutes_saved": {"minutes": self.minutes_saved, "assumption": MINUTES_SAVED_ASSUMPTION},
        }


def ratio(part: int, whole: int) -> float:
    """Rounded share; 0.0 for an empty week rather than a division by zero."""
    return round(part / whole, 3) if whole else 0.0


def count(messages: list[MessageFact]) -> Counts:
    by_label = Counter(m.label for m in messages)
    labels = {label: by_label.get(label, 0) for label in LABELS}
    return Counts(len(messages), labels, ratio(sum(labels[l] for l in NOISE_LABELS), len(messages)))


def build_report(data: ReportData) -> Report:
    by_week: dict[IsoWeek, list[MessageFact]] = defaultdict(list)
    for m in data.incoming:
        if m.incoming:
            by_week[IsoWeek.containing(m.sent_at, data.tz)].append(m)
    week = by_week.get(data.week, [])
    noise = [m for m in week if m.label in NOISE_LABELS]
    pitches_after_connect = [m for m in week if m.label == "pitch" and "pitch_after_connect" in m.patterns]
    minutes_to_pitch = [minutes_between(data.parties[m.party_id].relationship_began_at, m.sent_at)
                        for m in pitches_after_connect if m.party_id in data.parties]
    trend = []
    for back in range(data.trend_weeks, 0, -1):
        earlier = data.week.shifted(-back)
        c = count(by_week.get(earlier, []))
        trend.append(TrendPoint(str(earlier), c.incoming, c.noise_ratio, c.by_label))
    return Report(
        week=str(data.week),
        timezone=str(data.tz),
        start=data.week.start(data.tz),
        end=data.week.end(data.tz),
        generated_at=data.generated_at,
        totals=count(week),
        by_platform={p: count([m for m in week if m.platform == p]) for p in PLATFORMS},
        top_noisy_senders=_top_noisy_senders(noise, data.parties),
        templates=_templates(week, data.parties),
        pitch_after_connect_count=len(pitches_after_connect),
        median_minutes_to_pitch=round(median(minutes_to_pitch), 1) if minutes_to_pitch else None,
        suggestions=data.suggestions,
        waiting_for_reply=data.waiting,
        trend=trend,
        minutes_saved=round(len(noise) * SECONDS_PER_NOISE_MESSAGE / 60, 1),
    )


def _top_noisy_senders(noise: list[MessageFact], parties: dict[int, PartyFact]) -> list[NoisySender]:
    by_party: dict[int, Counter] = defaultdict(Counter)
    for m in noise:
        if m.party_id in parties:
            by_party[m.party_id][m.label] += 1
    senders = [
        NoisySender(parties[pid].external_id, parties[pid].name, parties[pid].platform, sum(labels.values()),
                    {label: labels[label] for label in LABELS if labels[label]})
        for pid, labels in by_party.items()
    ]
    senders.sort(key=lambda s: (-s.count, s.name.lower(), s.party_id))
    return senders[:TOP_SENDERS]


def _templates(week: list[MessageFact], parties: dict[int, PartyFact]) -> list[TemplateGroup]:
    """Texts seen more than once this week, identical modulo names, numbers and links (same fingerprint)."""
    groups: dict[str, list[MessageFact]] = defaultdict(list)
    for m in week:
        if m.word_count >= MIN_TEMPLATE_WORDS:
            groups[m.fingerprint].append(m)
    out = []
    for fingerprint, members in groups.items():
        if len(members) < 2:
            continue
        labels = Counter(m.label for m in members if m.label)
        # Most common label; ties go to the taxonomy order.
        label = max(LABELS, key=lambda l: (labels.get(l, 0), -LABELS.index(l)))
        example = next((m for m in members if m.text), members[0])
        out.append(TemplateGroup(fingerprint, len(members), len({m.party_id for m in members}), label, example.text, example.external_id))
    out.sort(key=lambda t: (-t.count, -t.senders, t.fingerprint))
    return out[:TOP_TEMPLATES]

"""Relationship aggregates per party and the rules that turn them into unfollow / mute / reply suggestions.

Pure functions over facts loaded by the repository, so the rules are easy to read and to test.

Rules (thresholds are the module constants below; the router exposes them as query parameters):
- unfollow: the relationship itself is noise: at least UNFOLLOW_MIN_NOISE noise messages (pitch, newsletter,
  auto_dm) from the party, no genuine message from them, and no reply from the owner other than a decline.
- mute: a noisy thread in an otherwise real relationship (the party sent something genuine or the owner really
  replied somewhere): the thread's incoming messages since its last real exchange include at least
  MUTE_MIN_NOISE noise messages.
- reply: a genuine incoming message that asks something (is_question) with no later owner message in its thread,
  older than REPLY_AFTER; one item per thread, oldest first.
Done or dismissed suggestions (an ActionRecord) don't come back; allow-listed parties are never muted or unfollowed.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta, tzinfo

from server.suggestions.repository import ActionFact, MessageFact, PartyFact, SuggestionsRepository
from server.triage.context import describe_duration

LABELS = ("genuine", "auto_dm", "pitch", "newsletter")
NOISE_LABELS = frozenset({"auto_dm", "pitch", "newsletter"})
UNFOLLOW_MIN_NOISE = 2
MUTE_MIN_NOISE = 2
REPLY_AFTER = timedelta(days=2)
KINDS = ("unfollow", "mute", "reply")


@dataclass(frozen=True)
class Thresholds:
    unfollow_min_noise: int = UNFOLLOW_MIN_NOISE
    mute_min_noise: int = MUTE_MIN_NOISE
    reply_after: timedelta = REPLY_AFTER


@dataclass(frozen=True)
class Suggestion:
    kind: str
    party_id: str
    party_name: str
    platform: str
    reason: str
    evidence_message_ids: list[str]
    thread_id: str | None = None
    # Sort key only: when the evidence began.
    since: datetime | None = None

    def as_dict(self) -> dict:
        return {"kind": self.kind, "party_id": self.party_id, "party_name": self.party_name, "platform": self.platform,
                "thread_id": self.thread_id, "reason": self.reason, "evidence_message_ids": list(self.evidence_message_ids)}


@dataclass(frozen=True)
class Waiting:
    """Someone whose genuine message has had no answer from the owner."""

    party_id: str
    party_name: str
    platform: str
    thread_id: str
    message_id: str
    waiting_since: datetime

    def as_dict(self) -> dict:
        return {"party_id": self.party_id, "party_name": self.party_name, "platform": self.platform, "thread_id": self.thread_id,
                "message_id": self.message_id, "waiting_since": self.waiting_since.isoformat()}


@dataclass
class Inbox:
    """Everything the rules read: the owner's messages up to `as_of` and the owner's own choices."""

    messages: list[MessageFact]
    parties: dict[int, PartyFact]
    allow_listed: set[int] = field(default_factory=set)
    actions: list[ActionFact] = field(default_factory=list)
    as_of: datetime = field(default_factory=lambda: datetime.now().astimezone())


# -- relationship aggregates ----------------------------------------------------------------------

@dataclass
class PartyHistory:
    party: PartyFact
    messages: list[MessageFact]  # oldest first

    @property
    def incoming(self) -> list[MessageFact]:
        return [m for m in self.messages if m.incoming]

    @property
    def outgoing(self) -> list[MessageFact]:
        return [m for m in self.messages if not m.incoming]

    @property
    def noise(self) -> list[MessageFact]:
        return [m for m in self.incoming if m.label in NOISE_LABELS]

    @property
    def genuine(self) -> list[MessageFact]:
        return [m for m in self.incoming if m.label == "genuine"]

    @property
    def owner_replies(self) -> list[MessageFact]:
        """The owner's messages that are more than a decline."""
        return [m for m in self.outgoing if not m.is_decline]

    @property
    def owner_declined(self) -> bool:
        return any(m.is_decline for m in self.outgoing)

    @property
    def is_real(self) -> bool:
        return bool(self.genuine or self.owner_replies)

    @property
    def first_pitch(self) -> MessageFact | None:
        return next((m for m in self.incoming if m.label == "pitch"), None)


def histories(inbox: Inbox) -> dict[int, PartyHistory]:
    by_party: dict[int, PartyHistory] = {}
    for m in inbox.messages:
        party = inbox.parties.get(m.party_id) if m.party_id is not None else None
        if party is None:
            continue  # a message with no known other party belongs to no relationship
        by_party.setdefault(party.id, PartyHistory(party, [])).messages.append(m)
    return by_party


def minutes_between(start: datetime, end: datetime) -> float:
    return (end - start).total_seconds() / 60


def relationship_view(history: PartyHistory, tz: tzinfo) -> dict:
    """The relationship with one party, for GET /v1/relationships/{party_id}."""
    party = history.party
    incoming, outgoing = history.incoming, history.outgoing
    by_label = Counter(m.label for m in incoming if m.label)
    weeks: dict[str, Counter] = defaultdict(Counter)
    for m in incoming:
        year, week, _ = m.sent_at.astimezone(tz).isocalendar()
        weeks[f"{year}-W{week:02d}"][m.label or "unlabelled"] += 1
    first_pitch = history.first_pitch
    real = [m for m in history.messages if (m.incoming and m.label == "genuine") or (not m.incoming and not m.is_decline)]
    last_real = real[-1] if real else None
    return {
        "party_id": party.external_id,
        "party_name": party.name,
        "platform": party.platform,
        "connected_at": party.connected_at.isoformat() if party.connected_at else None,
        "first_seen_at": party.first_seen_at.isoformat(),
        "messages": {"incoming": len(incoming), "outgoing": len(outgoing)},
        "by_label": {label: by_label.get(label, 0) for label in LABELS},
        "labels_over_time": [{"week": w, **{label: weeks[w].get(label, 0) for label in LABELS}} for w in sorted(weeks)],
        "minutes_to_first_pitch": round(minutes_between(party.relationship_began_at, first_pitch.sent_at), 1) if first_pitch else None,
        "first_pitch_message_id": first_pitch.external_id if first_pitch else None,
        "owner_replied": bool(history.owner_replies),
        "owner_declined": history.owner_declined,
        # "Me! Me! Me!": their messages per message of the owner; null when the owner never wrote.
        "me_ratio": round(len(incoming) / len(outgoing), 2) if outgoing else None,
        "last_genuine_exchange": {"message_id": last_real.external_id, "direction": last_real.direction,
                                  "sent_at": last_real.sent_at.isoformat()} if last_real else None,
        "timeline": [{"message_id": m.external_id, "thread_id": m.thread_external_id, "direction": m.direction,
                      "sent_at": m.sent_at.isoformat(), "label": m.label, "is_decline": m.is_decline} for m in history.messages],
    }


# -- suggestions ----------------------------------------------------------------------------------

def suggest(inbox: Inbox, thresholds: Thresholds = Thresholds()) -> dict[str, list[Suggestion]]:
    by_party = histories(inbox)
    closed = _Closed.from_actions(inbox.actions, inbox.messages)
    unfollow: list[Suggestion] = []
    mute: list[Suggestion] = []
    for party_id, history in by_party.items():
        if party_id in inbox.allow_listed:
            continue
        if not history.is_real:
            if len(history.noise) >= thresholds.unfollow_min_noise and not closed.party(party_id, "unfollow"):
                unfollow.append(_unfollow(history, inbox.as_of))
        elif not closed.party(party_id, "mute"):
            mute.extend(_mutes(history, thresholds, closed))
    unfollow.sort(key=lambda s: (-len(s.evidence_message_ids), s.party_name.lower(), s.party_id))
    mute.sort(key=lambda s: (-len(s.evidence_message_ids), s.party_name.lower(), s.thread_id or ""))
    reply = _replies(by_party, inbox, thresholds, closed)
    return {"unfollow": unfollow, "mute": mute, "reply": reply}


def waiting_for_reply(inbox: Inbox) -> list[Waiting]:
    """Threads whose latest genuine incoming messages have no later owner message, oldest first."""
    closed = _Closed.from_actions(inbox.actions, inbox.messages)
    out = []
    for history in histories(inbox).values():
        for thread_messages in _by_thread(history.messages).values():
            waiting = [m for m in _unanswered(thread_messages) if m.label == "genuine" and not closed.reply(m, history.party.id)]
            if waiting:
                first = waiting[0]
                out.append(Waiting(history.party.external_id, history.party.name, history.party.platform,
                                   first.thread_external_id, first.external_id, first.sent_at))
    return sorted(out, key=lambda w: (w.waiting_since, w.message_id))


@dataclass
class _Closed:
    """Suggestions the owner has already acted on (done) or dismissed; either way they stay closed."""

    parties: set[tuple[int, str]]  # (party row id, kind) closed for the whole party
    threads: set[int]  # threads closed for mute
    messages: set[int]  # messages closed for reply
    reply_party_until: dict[int, datetime]  # reply closed for a party's messages up to this moment

    @classmethod
    def from_actions(cls, actions: list[ActionFact], messages: list[MessageFact]) -> _Closed:
        thread_of = {m.id: m.thread_id for m in messages}
        closed = cls(set(), set(), set(), {})
        for a in actions:
            if a.kind == "reply":
                if a.message_id is not None:
                    closed.messages.add(a.message_id)
                elif a.party_id is not None:
                    closed.reply_party_until[a.party_id] = max(a.created_at, closed.reply_party_until.get(a.party_id, a.created_at))
            elif a.kind == "mute" and a.message_id is not None:
                if a.message_id in thread_of:
                    closed.threads.add(thread_of[a.message_id])
            elif a.party_id is not None:
                closed.parties.add((a.party_id, a.kind))
        return closed

    def party(self, party_id: int, kind: str) -> bool:
        return (party_id, kind) in self.parties

    def reply(self, m: MessageFact, party_id: int) -> bool:
        until = self.reply_party_until.get(party_id)
        return m.id in self.messages or (until is not None and m.sent_at <= until)


def _by_thread(messages: list[MessageFact]) -> dict[int, list[MessageFact]]:
    threads: dict[int, list[MessageFact]] = defaultdict(list)
    for m in messages:
        threads[m.thread_id].append(m)
    return threads


def _unanswered(thread_messages: list[MessageFact]) -> list[MessageFact]:
    """Incoming messages after the owner's last message in this thread."""
    last_owner = max((i for i, m in enumerate(thread_messages) if not m.incoming), default=-1)
    return [m for m in thread_messages[last_owner + 1:] if m.incoming]


_NOUNS = {"pitch": ("pitch", "pitches"), "auto_dm": ("auto-DM", "auto-DMs"), "newsletter": ("newsletter", "newsletters")}


def _plural(n: int, label: str) -> str:
    singular, plural = _NOUNS[label]
    return f"{n} {singular if n == 1 else plural}"


def _noise_phrase(noise: list[MessageFact]) -> str:
    counts = Counter(m.label for m in noise)
    if set(counts) == {"pitch"}:
        return f"pitched you {counts['pitch']}×"
    return "sent you " + " and ".join(_plural(counts[label], label) for label in ("pitch", "newsletter", "auto_dm") if counts[label])


def _unfollow(history: PartyHistory, as_of: datetime) -> Suggestion:
    party, noise = history.party, history.noise
    if party.connected_at:
        since = f" since you connected {describe_duration(max(0.0, minutes_between(party.connected_at, as_of)))} ago"
    else:
        since = f" since they first wrote {describe_duration(max(0.0, minutes_between(party.first_seen_at, as_of)))} ago"
    answer = "your only reply was a decline" if history.owner_declined else "no reply from you"
    return Suggestion("unfollow", party.external_id, party.name, party.platform, f"{_noise_phrase(noise)}{since}, {answer}",
                      [m.external_id for m in noise], None, noise[0].sent_at)


def _mutes(history: PartyHistory, thresholds: Thresholds, closed: _Closed) -> list[Suggestion]:
    party = history.party
    out = []
    for thread_id, thread_messages in _by_thread(history.messages).items():
        if thread_id in closed.threads:
            continue
        # Noise since the thread's last real exchange (a genuine message or an owner reply that is not a decline).
        last_real = max((i for i, m in enumerate(thread_messages)
                         if (m.incoming and m.label == "genuine") or (not m.incoming and not m.is_decline)), default=-1)
        noise = [m for m in thread_messages[last_real + 1:] if m.incoming and m.label in NOISE_LABELS]
        if len(noise) < thresholds.mute_min_noise:
            continue
        reason = (f"{_noise_phrase(noise)} in this thread; the rest of your exchange with "
                  f"{party.name or 'them'} is worth keeping")
        out.append(Suggestion("mute", party.external_id, party.name, party.platform, reason,
                              [m.external_id for m in noise], noise[0].thread_external_id, noise[0].sent_at))
    return out


def _replies(by_party: dict[int, PartyHistory], inbox: Inbox, thresholds: Thresholds, closed: _Closed) -> list[Suggestion]:
    out = []
    for history in by_party.values():
        party = history.party
        for thread_messages in _by_thread(history.messages).values():
            asked = [m for m in _unanswered(thread_messages)
                     if m.label == "genuine" and m.is_question and inbox.as_of - m.sent_at > thresholds.reply_after
                     and not closed.reply(m, party.id)]
            if not asked:
                continue
            waited = describe_duration(minutes_between(asked[0].sent_at, inbox.as_of))
            what = "asked you something" if len(asked) == 1 else f"asked you {len(asked)} things"
            reason = f"{party.name or 'they'} {what} {waited} ago and is still waiting for your answer"
            out.append(Suggestion("reply", party.external_id, party.name, party.platform, reason,
                                  [m.external_id for m in asked], asked[0].thread_external_id, asked[0].sent_at))
    return sorted(out, key=lambda s: (s.since, s.evidence_message_ids[0]))


def as_json(suggestions: dict[str, list[Suggestion]]) -> dict[str, list[dict]]:
    return {kind: [s.as_dict() for s in suggestions.get(kind, [])] for kind in KINDS}


def load_inbox(repo: SuggestionsRepository, as_of: datetime) -> Inbox:
    """Messages up to `as_of` (later ones are not known yet at that moment) and the owner's current choices:
    a suggestion dismissed today stays dismissed in the report of an earlier week too."""
    return Inbox(messages=repo.messages(until=as_of), parties=repo.parties(), allow_listed=repo.allow_listed(),
                 actions=repo.actions(), as_of=as_of)

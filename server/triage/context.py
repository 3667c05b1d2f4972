"""What the triage engine knows about one incoming message: its text plus the conversation around it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone

LABELS = ("genuine", "auto_dm", "pitch", "newsletter")
NOISE_LABELS = ("auto_dm", "pitch", "newsletter")
# What a signal or feature may vote for: one label, or "noise" (any noise label, e.g. copies of a template).
VOTES = LABELS + ("noise",)


@dataclass(frozen=True)
class MessageContext:
    text: str
    message_id: str = ""
    # Template fingerprint of the masked text (copies of one template share it).
    fingerprint: str = ""
    platform: str = "linkedin"
    sender_id: str = ""
    sender_name: str = ""
    sent_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))
    # When the connection or follow began, if something says so (connected_at, or a message whose text says it);
    # None when unknown. The first message the service saw is never taken for the start.
    relationship_began_at: datetime | None = None
    connection_known: bool = False
    # The client sent this thread from its first message (imports); False for what a page happened to render.
    history_complete: bool = True
    # "inmail" | "sponsored" when the site marked the message so.
    channel: str | None = None
    # Only known with complete history: a partial thread's first visible message is not its first message.
    owner_started_thread: bool = False
    # The owner's latest message in this thread asked something and this is the party's answer.
    answers_owner_question: bool = False
    # The owner has written to this party before this message (an ongoing exchange).
    owner_wrote_before: bool = False
    # Incoming messages from this party since the owner last wrote, counted only where the owner's side of that
    # stretch is visible (complete history, or an owner message seen before the run); else 0.
    unanswered_before: int = 0
    # Earlier verdicts for this party, by label.
    earlier_labels: tuple[str, ...] = ()
    # Those of the earlier verdicts that a rule showed (the text model's reading alone is a guess, not evidence that
    # later messages can build on: one misread letter would make every later message of that person noise too).
    earlier_labels_shown_by_rules: tuple[str, ...] = ()
    template_other_senders: int = 0
    template_same_sender: int = 0

    @property
    def minutes_since_relationship_began(self) -> float | None:
        if self.relationship_began_at is None:
            return None
        return max(0.0, (self.sent_at - self.relationship_began_at).total_seconds() / 60)


def describe_duration(minutes: float) -> str:
    if minutes < 1:
        return "less than a minute"
    if minutes < 60:
        n = round(minutes)
        return f"{n} minute{'s' if n != 1 else ''}"
    if minutes < 48 * 60:
        n = round(minutes / 60)
        return f"{n} hour{'s' if n != 1 else ''}"
    n = round(minutes / 1440)
    return f"{n} day{'s' if n != 1 else ''}"

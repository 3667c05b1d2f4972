"""Which single action to suggest for a verdict, with a one-line reason a person can read."""

from __future__ import annotations

import re
from dataclasses import dataclass

from server.triage.context import MessageContext, describe_duration

DECLINE_RE = re.compile(
    r"\b(?:no,? thanks|no thank you|not interested|not (?:a fit|for me|for us|right now)|please (?:stop|remove)|"
    r"unsubscribe|we'?re (?:all )?(?:set|good)|pass(?:ing)? on this|i'?ll pass)\b",
    re.I,
)


def is_decline(text: str) -> bool:
    """An owner reply that only turns the other party down does not make the relationship genuine."""
    return bool(DECLINE_RE.search(text)) and len(text) < 300


@dataclass(frozen=True)
class Action:
    kind: str  # reply | mute | unfollow | none
    why: str


_NOUNS = {"pitch": ("pitch", "pitches"), "auto_dm": ("auto-DM", "auto-DMs"), "newsletter": ("newsletter", "newsletters")}


def _count_phrase(labels: list[str]) -> str:
    parts = []
    for label in ("pitch", "auto_dm", "newsletter"):
        n = labels.count(label)
        if n:
            singular, plural = _NOUNS[label]
            parts.append(f"{n} {singular if n == 1 else plural}")
    return " and ".join(parts)


def suggest_action(label: str, ctx: MessageContext, *, allow_listed: bool = False, asks_something: bool = False) -> Action:
    name = ctx.sender_name or "this sender"
    if label == "genuine":
        if asks_something:
            return Action("reply", f"{name} asked you something and is waiting for your answer")
        return Action("reply", f"a personal message from {name} you have not answered yet")
    if allow_listed:
        return Action("none", f"{name} is on your allow list")
    noise = [l for l in ctx.earlier_labels if l != "genuine"] + [label]
    relationship_is_real = ctx.owner_wrote_before or "genuine" in ctx.earlier_labels
    if len(noise) >= 2 and not relationship_is_real:
        since = ""
        minutes = ctx.minutes_since_relationship_began
        if minutes is not None and ctx.connection_known:
            since = f" since you connected {describe_duration(minutes)} ago"
        return Action("unfollow", f"{_count_phrase(noise)}{since}, no reply from you")
    if relationship_is_real:
        return Action("mute", f"noise in a conversation with {name} that is otherwise worth keeping")
    return Action("mute", f"first {_NOUNS[label][0]} from {name}: mute this thread")

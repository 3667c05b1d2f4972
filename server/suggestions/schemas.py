"""Response shapes of /v1/suggestions and /v1/relationships."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel


class SuggestionOut(BaseModel):
    kind: Literal["unfollow", "mute", "reply"]
    party_id: str  # the party's external id, e.g. "li:marcus-o"
    party_name: str
    platform: str
    thread_id: str | None  # external thread id for mute and reply; null for unfollow
    reason: str
    evidence_message_ids: list[str]


class SuggestionsOut(BaseModel):
    unfollow: list[SuggestionOut]
    mute: list[SuggestionOut]
    reply: list[SuggestionOut]


class MessageCounts(BaseModel):
    incoming: int
    outgoing: int


class ExchangeOut(BaseModel):
    message_id: str
    direction: str
    sent_at: str


class TimelineItem(BaseModel):
    message_id: str
    thread_id: str
    direction: str
    sent_at: str
    label: str | None
    is_decline: bool


class RelationshipOut(BaseModel):
    party_id: str
    party_name: str
    platform: str
    connected_at: str | None
    first_seen_at: str
    messages: MessageCounts
    by_label: dict[str, int]
    labels_over_time: list[dict[str, int | str]]
    minutes_to_first_pitch: float | None
    first_pitch_message_id: str | None
    owner_replied: bool
    owner_declined: bool
    me_ratio: float | None
    last_genuine_exchange: ExchangeOut | None
    timeline: list[TimelineItem]

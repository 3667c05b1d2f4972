"""Request and response shapes of the inbox API, exactly as contract.md names them."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, StringConstraints

Platform = Literal["linkedin", "x"]
Direction = Literal["incoming", "outgoing"]
Label = Literal["genuine", "auto_dm", "pitch", "newsletter"]
Id = Annotated[str, StringConstraints(min_length=1, max_length=200, strip_whitespace=True)]


class PartyIn(BaseModel):
    model_config = ConfigDict(extra="ignore")

    id: Id
    name: Annotated[str, StringConstraints(max_length=200)] = ""
    headline: Annotated[str, StringConstraints(max_length=500)] | None = None
    profile_url: Annotated[str, StringConstraints(max_length=1000)] | None = None


class MessageIn(BaseModel):
    model_config = ConfigDict(extra="ignore")

    platform: Platform
    thread_id: Id
    message_id: Id | None = None
    sender: PartyIn
    participant: PartyIn | None = None
    direction: Direction
    text: Annotated[str, StringConstraints(min_length=1, max_length=20000)]
    sent_at: AwareDatetime
    connected_at: AwareDatetime | None = None


class IngestRequest(BaseModel):
    messages: list[MessageIn] = Field(min_length=1, max_length=500)


class ReasonOut(BaseModel):
    signal: str
    weight: float
    detail: str


class ActionOut(BaseModel):
    kind: Literal["reply", "mute", "unfollow", "none"]
    why: str


class VerdictOut(BaseModel):
    message_id: str
    label: Label | None
    confidence: float
    patterns: list[str]
    reasons: list[ReasonOut]
    action: ActionOut
    model_version: str


class IngestResponse(BaseModel):
    verdicts: list[VerdictOut]


class StoredPartyOut(BaseModel):
    id: str
    name: str


class StoredMessageOut(BaseModel):
    platform: Platform
    thread_id: str
    message_id: str
    sender: StoredPartyOut
    participant: StoredPartyOut | None
    direction: Direction
    text: str | None
    sent_at: AwareDatetime
    connected_at: AwareDatetime | None
    verdict: VerdictOut | None


class MessagePage(BaseModel):
    messages: list[StoredMessageOut]
    next_cursor: str | None

from __future__ import annotations

from typing import Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, model_validator

from server.inbox.schemas import Id, Label, PartyId, Platform, VerdictOut



class FeedbackIn(BaseModel):
    model_config = ConfigDict(extra="ignore")

    message_id: Id
    label: Label
    scope: Literal["message", "sender", "template"] = "message"
    platform: Platform | None = None


class CorrectionOut(BaseModel):
    id: int
    scope: str
    label: str
    party_id: str | None
    party_name: str | None
    message_id: str | None
    active: bool
    ended_reason: str | None
    created_at: AwareDatetime


class FeedbackOut(BaseModel):
    correction: CorrectionOut
    verdict: VerdictOut


class ActionIn(BaseModel):
    model_config = ConfigDict(extra="ignore")

    kind: Literal["mute", "unfollow", "reply"]
    sender_id: PartyId | None = None
    message_id: Id | None = None
    status: Literal["done", "dismissed"] = "done"
    platform: Platform | None = None

    @model_validator(mode="after")
    def _one_target(self) -> ActionIn:
        if not self.sender_id and not self.message_id:
            raise ValueError("give sender_id or message_id")
        return self


class ActionOut(BaseModel):
    id: int
    kind: str
    status: str
    sender_id: str | None
    message_id: str | None
    created_at: AwareDatetime


class ListEntryIn(BaseModel):
    model_config = ConfigDict(extra="ignore")

    party_id: PartyId
    kind: Literal["allow", "block"]
    platform: Platform | None = None


class ListEntryOut(BaseModel):
    id: int
    kind: str
    party_id: str
    party_name: str
    platform: str
    created_at: AwareDatetime


class LearnedOut(BaseModel):
    corrections: list[CorrectionOut]
    allow: list[ListEntryOut]
    block: list[ListEntryOut]

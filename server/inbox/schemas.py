"""Request and response shapes of the inbox API, exactly as contract.md names them."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AfterValidator, AwareDatetime, BaseModel, ConfigDict, Field, StringConstraints, model_validator

from server.bounds import in_time_range, without_nul
from server.inbox.identity import canonical_party_id, canonical_thread_id

Platform = Literal["linkedin", "x"]
Direction = Literal["incoming", "outgoing"]
Label = Literal["genuine", "auto_dm", "pitch", "newsletter"]
History = Literal["complete", "partial"]
Channel = Literal["inmail", "sponsored"]
# On every text the service stores: PostgreSQL cannot hold NUL characters.
NoNul = AfterValidator(without_nul)
Id = Annotated[str, StringConstraints(min_length=1, max_length=200, strip_whitespace=True), NoNul]
# A time the service stores or computes with: aware, and inside the span every window and week can be computed in.
Moment = Annotated[AwareDatetime, AfterValidator(in_time_range)]
# A person's id as clients spell it, stored in one canonical form (identity.py).
PartyId = Annotated[Id, AfterValidator(canonical_party_id)]


class PartyIn(BaseModel):
    model_config = ConfigDict(extra="ignore")

    id: PartyId
    name: Annotated[str, StringConstraints(max_length=200), NoNul] = ""
    headline: Annotated[str, StringConstraints(max_length=500), NoNul] | None = None
    profile_url: Annotated[str, StringConstraints(max_length=1000), NoNul] | None = None


class MessageIn(BaseModel):
    model_config = ConfigDict(extra="ignore")

    platform: Platform
    thread_id: Id
    message_id: Id | None = None
    sender: PartyIn
    participant: PartyIn | None = None
    direction: Direction
    text: Annotated[str, StringConstraints(min_length=1, max_length=20000), NoNul]
    sent_at: Moment
    connected_at: Moment | None = None
    # "complete": the client sent the thread from its first message; "partial" (the default for the API): earlier
    # messages may exist that it has not sent, so nothing is concluded from their absence (contract.md).
    history: History | None = None
    channel: Channel | None = None
    # The page showed no time: sent_at is when it was read. How long after a connection it came is then unknown.
    sent_at_estimated: bool = False
    # An inbox list's snippet of the conversation's latest message (previews.py): one message with it, never two.
    preview: bool = False

    @model_validator(mode="after")
    def _one_thread_id(self) -> MessageIn:
        self.thread_id = canonical_thread_id(self.platform, self.thread_id)
        return self

    @property
    def history_complete(self) -> bool:
        return self.history == "complete"


class IngestRequest(BaseModel):
    messages: list[MessageIn] = Field(min_length=1, max_length=500)


class ReasonOut(BaseModel):
    signal: str
    weight: float
    detail: str


class CounterEvidenceOut(ReasonOut):
    # The label this evidence pointed to instead of the verdict's.
    toward: Label


class ActionOut(BaseModel):
    kind: Literal["reply", "mute", "unfollow", "none"]
    why: str


class VerdictOut(BaseModel):
    message_id: str
    label: Label | None
    confidence: float
    patterns: list[str]
    # Every reason argues for `label`; evidence that pointed elsewhere is listed apart, as such.
    reasons: list[ReasonOut]
    counter_evidence: list[CounterEvidenceOut] = []
    action: ActionOut
    model_version: str
    # A list preview answered with its conversation's message: that message's id (corrections and actions go there).
    same_as: str | None = None


class ItemErrorOut(BaseModel):
    code: Literal["conflict"]
    message: str


class MessageErrorOut(BaseModel):
    """In place of a verdict: this message alone was refused, the rest of the batch was judged. `conflict` (as a 409
    would say): its message_id already names another message, of another conversation or sender."""

    message_id: str
    error: ItemErrorOut


class IngestResponse(BaseModel):
    # One per posted message, in order: its verdict, or the error that refused it.
    verdicts: list[VerdictOut | MessageErrorOut]


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

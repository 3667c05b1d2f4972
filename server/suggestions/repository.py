"""The only place that queries for suggestions, relationships and reports: flat facts, no ORM objects leak out."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.feedback.models import ActionRecord, ListEntry
from server.inbox.models import Message, Party, Thread, Verdict
from server.inbox.repository import aliased_parties


@dataclass(frozen=True)
class MessageFact:
    """One stored message with what the suggestion and report rules need."""

    id: int
    external_id: str
    platform: str
    thread_id: int
    thread_external_id: str
    party_id: int | None
    direction: str  # incoming | outgoing
    sent_at: datetime
    is_question: bool
    is_decline: bool
    label: str | None  # None for the owner's own messages
    patterns: tuple[str, ...] = ()
    fingerprint: str = ""
    word_count: int = 0
    text: str | None = None

    @property
    def incoming(self) -> bool:
        return self.direction == "incoming"


@dataclass(frozen=True)
class PartyFact:
    id: int
    external_id: str
    name: str
    platform: str
    connected_at: datetime | None
    first_seen_at: datetime

    @property
    def relationship_began_at(self) -> datetime:
        return self.connected_at or self.first_seen_at


@dataclass(frozen=True)
class ActionFact:
    kind: str
    status: str
    party_id: int | None
    message_id: int | None
    created_at: datetime


class SuggestionsRepository:
    def __init__(self, session: Session, user_id: int) -> None:
        self.session = session
        self.user_id = user_id

    def messages(self, *, since: datetime | None = None, until: datetime | None = None, party_id: int | None = None,
                 incoming_only: bool = False, with_text: bool = False) -> list[MessageFact]:
        """Messages with sent_at in [since, until), oldest first."""
        columns = [Message.id, Message.external_id, Message.platform, Message.thread_id, Thread.external_id, Message.party_id,
                   Message.direction, Message.sent_at, Message.is_question, Message.is_decline, Verdict.label, Verdict.patterns,
                   Message.fingerprint, Message.word_count]
        if with_text:
            columns.append(Message.text)
        query = (
            select(*columns)
            .join(Thread, Thread.id == Message.thread_id)
            .outerjoin(Verdict, Verdict.message_id == Message.id)
            .where(Message.user_id == self.user_id)
            .order_by(Message.sent_at, Message.id)
        )
        if since is not None:
            query = query.where(Message.sent_at >= since)
        if until is not None:
            query = query.where(Message.sent_at < until)
        if party_id is not None:
            query = query.where(Message.party_id == party_id)
        if incoming_only:
            query = query.where(Message.direction == "incoming")
        facts = []
        for row in self.session.execute(query):
            facts.append(MessageFact(
                id=row[0], external_id=row[1], platform=row[2], thread_id=row[3], thread_external_id=row[4], party_id=row[5],
                direction=row[6], sent_at=row[7], is_question=row[8], is_decline=row[9], label=row[10],
                patterns=tuple(row[11] or ()), fingerprint=row[12], word_count=row[13], text=row[14] if with_text else None,
            ))
        return facts

    def parties(self, ids: Iterable[int] | None = None) -> dict[int, PartyFact]:
        query = select(Party).where(Party.user_id == self.user_id)
        if ids is not None:
            ids = set(ids)
            if not ids:
                return {}
            query = query.where(Party.id.in_(ids))
        return {p.id: _party_fact(p) for p in self.session.scalars(query)}

    def find_party(self, external_id: str, platform: str | None = None) -> list[PartyFact]:
        query = select(Party).where(Party.user_id == self.user_id, Party.external_id == external_id)
        if platform:
            query = query.where(Party.platform == platform)
        found = list(self.session.scalars(query.limit(2))) or aliased_parties(self.session, self.user_id, external_id, platform)
        return [_party_fact(p) for p in found]

    def allow_listed(self) -> set[int]:
        return set(self.session.scalars(
            select(ListEntry.party_id).where(ListEntry.user_id == self.user_id, ListEntry.kind == "allow")
        ))

    def actions(self) -> list[ActionFact]:
        rows = self.session.execute(
            select(ActionRecord.kind, ActionRecord.status, ActionRecord.party_id, ActionRecord.message_id, ActionRecord.created_at)
            .where(ActionRecord.user_id == self.user_id)
        )
        return [ActionFact(*row) for row in rows]


def _party_fact(p: Party) -> PartyFact:
    return PartyFact(id=p.id, external_id=p.external_id, name=p.name, platform=p.platform,
                     connected_at=p.connected_at, first_seen_at=p.first_seen_at)

from __future__ import annotations

from fastapi import APIRouter, Response
from sqlalchemy import select

from server.deps import CurrentUser, RowId, SessionDep
from server.feedback import service
from server.feedback.models import Correction, ListEntry
from server.feedback.schemas import (
    ActionIn, ActionOut, CorrectionOut, FeedbackIn, FeedbackOut, LearnedOut, ListEntryIn, ListEntryOut,
)
from server.inbox.models import Message, Party
from server.inbox.service import to_verdict_out

router = APIRouter(prefix="/v1", tags=["feedback"])


def _correction_out(session, c: Correction) -> CorrectionOut:  # noqa: ANN001
    message = session.get(Message, c.message_id) if c.message_id else None
    party = session.get(Party, c.party_id or (message.party_id if message else None)) if (c.party_id or message) else None
    return CorrectionOut(
        id=c.id, scope=c.scope, label=c.label, party_id=party.external_id if party else None,
        party_name=party.name if party else None, message_id=message.external_id if message else None,
        active=c.active, ended_reason=c.ended_reason, created_at=c.created_at,
    )


def _entry_out(session, e: ListEntry) -> ListEntryOut:  # noqa: ANN001
    party = session.get(Party, e.party_id)
    return ListEntryOut(id=e.id, kind=e.kind, party_id=party.external_id, party_name=party.name,
                        platform=party.platform, created_at=e.created_at)


@router.post("/feedback", response_model=FeedbackOut, status_code=201)
def post_feedback(body: FeedbackIn, session: SessionDep, user: CurrentUser) -> FeedbackOut:
    """Correct a verdict for this message, every message from this sender, or every copy of this template."""
    message = service.find_message(session, user.id, body.message_id, body.platform)
    correction = service.record_correction(session, user.id, message, body.label, body.scope)
    return FeedbackOut(correction=_correction_out(session, correction), verdict=to_verdict_out(message))


@router.post("/actions", response_model=ActionOut, status_code=201)
def post_action(body: ActionIn, session: SessionDep, user: CurrentUser) -> ActionOut:
    """Record what the owner did with a suggestion (done) or that they dismissed it."""
    message = service.find_message(session, user.id, body.message_id, body.platform) if body.message_id else None
    if body.sender_id:
        party = service.find_party(session, user.id, body.sender_id, body.platform)
    else:
        party = session.get(Party, message.party_id) if message and message.party_id else None
    record = service.record_action(session, user.id, body.kind, body.status, party, message)
    return ActionOut(id=record.id, kind=record.kind, status=record.status,
                     sender_id=party.external_id if party else None,
                     message_id=message.external_id if message else None, created_at=record.created_at)


@router.get("/learned", response_model=LearnedOut)
def get_learned(session: SessionDep, user: CurrentUser) -> LearnedOut:
    """Everything the owner has taught: corrections (active and ended) and the allow and block lists."""
    corrections = session.scalars(select(Correction).where(Correction.user_id == user.id).order_by(Correction.created_at.desc())).all()
    entries = session.scalars(select(ListEntry).where(ListEntry.user_id == user.id).order_by(ListEntry.created_at.desc())).all()
    return LearnedOut(
        corrections=[_correction_out(session, c) for c in corrections],
        allow=[_entry_out(session, e) for e in entries if e.kind == "allow"],
        block=[_entry_out(session, e) for e in entries if e.kind == "block"],
    )


@router.delete("/learned/corrections/{correction_id}", response_model=CorrectionOut)
def undo_correction(correction_id: RowId, session: SessionDep, user: CurrentUser) -> CorrectionOut:
    return _correction_out(session, service.undo_correction(session, user.id, correction_id))


@router.post("/lists", response_model=ListEntryOut, status_code=201)
def add_list_entry(body: ListEntryIn, session: SessionDep, user: CurrentUser) -> ListEntryOut:
    party = service.find_party(session, user.id, body.party_id, body.platform)
    return _entry_out(session, service.set_list_entry(session, user.id, party, body.kind))


@router.delete("/lists/{entry_id}", status_code=204)
def delete_list_entry(entry_id: RowId, session: SessionDep, user: CurrentUser) -> Response:
    service.remove_list_entry(session, user.id, entry_id)
    return Response(status_code=204)

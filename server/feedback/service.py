"""The owner's corrections (message / sender / template scope), allow and block lists, and actions taken.

Precedence when judging a new message: allow list, then a template or sender correction, then block list.
A sender correction is released as soon as the owner writes to that sender (a real reply changes things).
"""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from server.db import utcnow
from server.errors import Invalid, NotFound
from server.feedback.models import ActionRecord, Correction, ListEntry
from server.inbox.models import Message, Party, Verdict
from server.triage.engine import Override
from server.triage.templates import NEAR_DUPLICATE_THRESHOLD, similarity


def find_message(session: Session, user_id: int, external_id: str, platform: str | None = None) -> Message:
    query = select(Message).where(Message.user_id == user_id, Message.external_id == external_id)
    if platform:
        query = query.where(Message.platform == platform)
    rows = session.scalars(query.limit(2)).all()
    if not rows:
        raise NotFound(f"no message with id {external_id!r}")
    if len(rows) > 1:
        raise Invalid("message_id exists on both platforms: add \"platform\"")
    return rows[0]


def find_party(session: Session, user_id: int, external_id: str, platform: str | None = None) -> Party:
    query = select(Party).where(Party.user_id == user_id, Party.external_id == external_id)
    if platform:
        query = query.where(Party.platform == platform)
    rows = session.scalars(query.limit(2)).all()
    if not rows:
        raise NotFound(f"no sender with id {external_id!r}")
    if len(rows) > 1:
        raise Invalid("sender_id exists on both platforms: add \"platform\"")
    return rows[0]


def record_correction(session: Session, user_id: int, message: Message, label: str, scope: str) -> Correction:
    if message.direction != "incoming":
        raise Invalid("only incoming messages carry a label")
    correction = Correction(
        user_id=user_id,
        scope=scope,
        label=label,
        message_id=message.id,
        party_id=message.party_id if scope == "sender" else None,
        fingerprint=message.fingerprint if scope == "template" else None,
        minhash=message.minhash if scope == "template" else None,
    )
    session.add(correction)
    _apply_to_verdict(message.verdict, label, _detail(scope, label))
    session.flush()
    return correction


def _detail(scope: str, label: str) -> str:
    return {
        "message": f"you marked this message as {label}",
        "sender": f"you marked this sender as {label}",
        "template": f"you marked this template as {label}",
    }[scope]


def _apply_to_verdict(verdict: Verdict | None, label: str, detail: str) -> None:
    if verdict is None:
        return
    verdict.label = label
    verdict.confidence = 1.0
    reasons = [r for r in (verdict.reasons or []) if r.get("signal") != "OWNER_CORRECTION"]
    verdict.reasons = [{"signal": "OWNER_CORRECTION", "weight": 10.0, "detail": detail}, *reasons]
    if label == "genuine":
        verdict.action_kind, verdict.action_why = "reply", "you marked this as genuine"
        verdict.patterns = [p for p in (verdict.patterns or []) if p not in ("pitch_after_connect", "follow_up_nag")]
    elif verdict.action_kind == "reply":
        verdict.action_kind, verdict.action_why = "mute", f"you marked this as {label}"


def resolve_override(session: Session, user_id: int, party: Party | None, fingerprint: str, minhash: bytes, _external_id: str) -> Override | None:
    allowed = blocked = False
    if party is not None:
        kinds = set(session.scalars(select(ListEntry.kind).where(ListEntry.user_id == user_id, ListEntry.party_id == party.id)))
        allowed, blocked = "allow" in kinds, "block" in kinds
    corrections = session.scalars(
        select(Correction)
        .where(Correction.user_id == user_id, Correction.active.is_(True), Correction.scope.in_(("sender", "template")))
        .order_by(Correction.created_at.desc(), Correction.id.desc())
    ).all()
    label = detail = None
    for c in corrections:
        if c.scope == "template" and (c.fingerprint == fingerprint or (c.minhash and similarity(c.minhash, minhash) >= NEAR_DUPLICATE_THRESHOLD)):
            label, detail = c.label, _detail("template", c.label)
            break
        if c.scope == "sender" and party is not None and c.party_id == party.id:
            label, detail = c.label, _detail("sender", c.label)
            break
    if allowed:
        return Override(allow_listed=True)
    if not (label or blocked):
        return None
    return Override(label=label, detail=detail or "", blocked=blocked)


def owner_replied(session: Session, user_id: int, party: Party) -> None:
    session.execute(
        update(Correction)
        .where(Correction.user_id == user_id, Correction.party_id == party.id, Correction.scope == "sender", Correction.active.is_(True))
        .values(active=False, ended_reason="released: you replied to them", ended_at=utcnow())
    )


def undo_correction(session: Session, user_id: int, correction_id: int) -> Correction:
    correction = session.scalar(select(Correction).where(Correction.id == correction_id, Correction.user_id == user_id))
    if correction is None:
        raise NotFound(f"no correction {correction_id}")
    correction.active = False
    correction.ended_reason = "undone by you"
    correction.ended_at = utcnow()
    session.flush()
    return correction


def set_list_entry(session: Session, user_id: int, party: Party, kind: str) -> ListEntry:
    # A party is on at most one list: allowing someone removes them from the block list and vice versa.
    for entry in session.scalars(select(ListEntry).where(ListEntry.user_id == user_id, ListEntry.party_id == party.id)):
        session.delete(entry)
    entry = ListEntry(user_id=user_id, party_id=party.id, kind=kind)
    session.add(entry)
    session.flush()
    return entry


def remove_list_entry(session: Session, user_id: int, entry_id: int) -> None:
    entry = session.scalar(select(ListEntry).where(ListEntry.id == entry_id, ListEntry.user_id == user_id))
    if entry is None:
        raise NotFound(f"no list entry {entry_id}")
    session.delete(entry)
    session.flush()


def record_action(session: Session, user_id: int, kind: str, status: str, party: Party | None, message: Message | None) -> ActionRecord:
    record = ActionRecord(user_id=user_id, kind=kind, status=status, party_id=party.id if party else None,
                          message_id=message.id if message else None)
    session.add(record)
    session.flush()
    return record

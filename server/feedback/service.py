"""The owner's corrections (message / sender / template scope), allow and block lists, and actions taken.

Precedence when judging a new message: allow list, then a template or sender correction, then block list.
A sender correction is released as soon as the owner writes to that sender (a real reply changes things).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import bindparam, or_, select, update
from sqlalchemy.orm import Session

from server.db import lock_user, utcnow
from server.errors import Invalid, NotFound
from server.feedback.models import ActionRecord, Correction, ListEntry
from server.inbox.models import Message, Party, Verdict
from server.inbox.repository import aliased_messages, aliased_parties
from server.triage.engine import Override
from server.triage.templates import NEAR_DUPLICATE_THRESHOLD, similarity


def _find_one(session: Session, model: type[Message] | type[Party], user_id: int, external_id: str,
              platform: str | None, noun: str, aliased: Callable[..., list]):  # noqa: ANN202
    """One of the user's messages or parties by its external id, or else by an alias of it (a list row's id for
    its conversation's message, a person's other id); ids can repeat across platforms."""
    query = select(model).where(model.user_id == user_id, model.external_id == external_id)
    if platform:
        query = query.where(model.platform == platform)
    rows = session.scalars(query.limit(2)).all() or aliased(session, user_id, external_id, platform)
    if not rows:
        raise NotFound(f"no {noun} with id {external_id!r}")
    if len(rows) > 1:
        raise Invalid(f"that {noun} id exists on both platforms: add \"platform\"")
    return rows[0]


def find_message(session: Session, user_id: int, external_id: str, platform: str | None = None) -> Message:
    return _find_one(session, Message, user_id, external_id, platform, "message", aliased_messages)


def find_party(session: Session, user_id: int, external_id: str, platform: str | None = None) -> Party:
    return _find_one(session, Party, user_id, external_id, platform, "sender", aliased_parties)


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
    verdict = message.verdict
    if verdict is not None and verdict.before_correction is None:
        # Kept so that undoing the owner's corrections can give the message back its judged verdict.
        verdict.before_correction = {name: getattr(verdict, name) for name in _JUDGED_FIELDS}
    _apply_to_verdict(verdict, label, _detail(scope, label))
    session.flush()
    return correction


# What a correction changes in a verdict (see _apply_to_verdict).
_JUDGED_FIELDS = ("label", "confidence", "patterns", "reasons", "action_kind", "action_why")


def _detail(scope: str, label: str) -> str:
    return {
        "message": f"you marked this message as {label}",
        "sender": f"you marked this sender as {label}",
        "template": f"you marked this template as {label}",
    }[scope]


def _apply_to_verdict(verdict: Verdict | None, label: str, detail: str) -> None:
    if verdict is None:
        return
    old_label = verdict.label
    verdict.label = label
    verdict.confidence = 1.0
    reasons = [r for r in (verdict.reasons or []) if r.get("signal") != "OWNER_CORRECTION"]
    if old_label and old_label != label:
        # What argued for the machine's label now argues against the owner's: kept, as counter-evidence.
        reasons = [r if "toward" in r else {**r, "toward": old_label} for r in reasons]
    verdict.reasons = [{"signal": "OWNER_CORRECTION", "weight": 10.0, "detail": detail}, *reasons]
    if label == "genuine":
        verdict.action_kind, verdict.action_why = "reply", "you marked this as genuine"
        verdict.patterns = []
    elif verdict.action_kind == "reply":
        verdict.action_kind, verdict.action_why = "mute", f"you marked this as {label}"


@dataclass
class OwnerRules:
    """The owner's allow/block lists and active sender/template corrections, loaded once per ingest batch."""

    user_id: int
    allow: set[int] = field(default_factory=set)
    block: set[int] = field(default_factory=set)
    corrections: list[Correction] = field(default_factory=list)  # newest first

    def override_for(self, party: Party | None, fingerprint: str, minhash: bytes) -> Override | None:
        party_id = party.id if party is not None else None
        if party_id in self.allow:
            return Override(allow_listed=True)
        label = detail = None
        for c in self.corrections:
            if c.scope == "template" and (c.fingerprint == fingerprint or (c.minhash and similarity(c.minhash, minhash) >= NEAR_DUPLICATE_THRESHOLD)):
                label, detail = c.label, _detail("template", c.label)
                break
            if c.scope == "sender" and party_id is not None and c.party_id == party_id:
                label, detail = c.label, _detail("sender", c.label)
                break
        blocked = party_id in self.block
        if not (label or blocked):
            return None
        return Override(label=label, detail=detail or "", blocked=blocked)

    def owner_replied(self, session: Session, party: Party) -> None:
        """A real reply releases the sender corrections for that person (here and in the database)."""
        if not any(c.scope == "sender" and c.party_id == party.id for c in self.corrections):
            return
        self.corrections = [c for c in self.corrections if not (c.scope == "sender" and c.party_id == party.id)]
        session.execute(
            update(Correction)
            .where(Correction.user_id == self.user_id, Correction.party_id == party.id, Correction.scope == "sender",
                   Correction.active.is_(True))
            .values(active=False, ended_reason="released: you replied to them", ended_at=utcnow())
        )


def load_owner_rules(session: Session, user_id: int) -> OwnerRules:
    rules = OwnerRules(user_id)
    for party_id, kind in session.execute(_LIST_ENTRIES, {"user_id": user_id}):
        (rules.allow if kind == "allow" else rules.block).add(party_id)
    rules.corrections = list(session.scalars(_ACTIVE_CORRECTIONS, {"user_id": user_id}))
    return rules


# Loaded for every ingested batch: built once (see inbox.repository).
_LIST_ENTRIES = select(ListEntry.party_id, ListEntry.kind).where(ListEntry.user_id == bindparam("user_id"))
_ACTIVE_CORRECTIONS = (
    select(Correction)
    .where(Correction.user_id == bindparam("user_id"), Correction.active.is_(True), Correction.scope.in_(("sender", "template")))
    .order_by(Correction.created_at.desc(), Correction.id.desc())
)


def undo_correction(session: Session, user_id: int, correction_id: int) -> Correction:
    correction = session.scalar(select(Correction).where(Correction.id == correction_id, Correction.user_id == user_id))
    if correction is None:
        raise NotFound(f"no correction {correction_id}")
    correction.active = False
    correction.ended_reason = UNDONE
    correction.ended_at = utcnow()
    session.flush()
    if correction.message_id is not None:
        _restore_verdict(session, correction.message_id)
    return correction


UNDONE = "undone by you"


def _restore_verdict(session: Session, message_id: int) -> None:
    """The message's verdict as it would be without the corrections the owner undid: its judged verdict, with the
    corrections of it that still stand (active, or a sender correction released by a reply) applied in order."""
    verdict = session.scalar(select(Verdict).where(Verdict.message_id == message_id))
    if verdict is None or verdict.before_correction is None:
        return  # no correction was applied to this verdict (e.g. one made on a list preview, moved to its message)
    judged = verdict.before_correction
    for name in _JUDGED_FIELDS:
        setattr(verdict, name, judged[name])
    standing = session.scalars(
        select(Correction)
        .where(Correction.message_id == message_id,
               or_(Correction.ended_reason.is_(None), Correction.ended_reason != UNDONE))
        .order_by(Correction.created_at, Correction.id)
    ).all()
    for c in standing:
        _apply_to_verdict(verdict, c.label, _detail(c.scope, c.label))
    verdict.before_correction = judged if standing else None


def set_list_entry(session: Session, user_id: int, party: Party, kind: str) -> ListEntry:
    # A party is on at most one list: allowing someone removes them from the block list and vice versa. Concurrent
    # updates take turns, or each would delete the entries it saw and add its own (both lists, or several entries).
    lock_user(session, user_id)
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

"""The only place that queries inbox tables."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import String, and_, bindparam, cast, delete, literal, or_, select, text, update
from sqlalchemy.orm import Session, joinedload

from server.bounds import MAX_ROW_ID, in_time_range
from server.inbox.models import Message, MessageAlias, Party, PartyAlias, Thread, Verdict


# The ingest path's queries, built once with bound parameters: building a statement per call costs more than
# running it on an indexed table.
_STORED_KEYS = (
    select(Message.platform, Message.external_id)
    .where(Message.user_id == bindparam("user_id"), Message.platform.in_(bindparam("platforms", expanding=True)),
           Message.external_id.in_(bindparam("ids", expanding=True)))
)
_STORED_VERDICTS = (
    select(Message.platform, Message.external_id, Verdict.label, Verdict.confidence, Verdict.patterns, Verdict.reasons,
           Verdict.action_kind, Verdict.action_why, Verdict.model_version)
    .join(Verdict, Verdict.message_id == Message.id)
    .where(Message.user_id == bindparam("user_id"), Message.platform.in_(bindparam("platforms", expanding=True)),
           Message.external_id.in_(bindparam("ids", expanding=True)))
)
_PARTIES = select(Party).where(Party.user_id == bindparam("user_id"), Party.platform == bindparam("platform"),
                               Party.external_id.in_(bindparam("ids", expanding=True)))
_THREADS = select(Thread).where(Thread.user_id == bindparam("user_id"), Thread.platform == bindparam("platform"),
                                Thread.external_id.in_(bindparam("ids", expanding=True)))
_PARTY_HISTORY = (
    select(Message.party_id, Message.thread_id, Message.direction, Message.sent_at, Message.is_question, Message.is_decline, Verdict.label,
           Message.notes_connection, Verdict.reasons)
    .outerjoin(Verdict, Verdict.message_id == Message.id)
    .where(Message.user_id == bindparam("user_id"), Message.party_id.in_(bindparam("party_ids", expanding=True)))
    .order_by(Message.sent_at, Message.id)
)
_TEMPLATE_ROWS_AFTER = (
    select(Message.id, Message.party_id, Message.fingerprint, Message.minhash, Message.word_count)
    .where(Message.user_id == bindparam("user_id"), Message.direction == "incoming", Message.id > bindparam("last_id"),
           Message.id <= bindparam("through"))
    .order_by(Message.id)
)


_STORED_AS = (
    select(Message.platform, Message.external_id, Message.id, Thread.external_id, Message.sender_external_id,
           Message.party_id, Party.external_id, Message.text, Message.fingerprint)
    .join(Thread, Thread.id == Message.thread_id)
    .outerjoin(Party, Party.id == Message.party_id)
    .where(Message.user_id == bindparam("user_id"), Message.platform.in_(bindparam("platforms", expanding=True)),
           Message.external_id.in_(bindparam("ids", expanding=True)))
)


@dataclass
class StoredAs:
    row_id: int
    thread_id: str
    sender_id: str
    party_row_id: int | None
    party_id: str | None
    text: str | None
    fingerprint: str


_PREVIEWS_IN_THREADS = (
    select(Message.id, Message.platform, Thread.external_id, Message.preview_digest, Message.party_id, Message.fingerprint,
           Message.channel)
    .join(Thread, Thread.id == Message.thread_id)
    .where(Message.user_id == bindparam("user_id"), Message.preview_digest.is_not(None),
           Thread.external_id.in_(bindparam("threads", expanding=True)))
)
_SHOWN_IN_THREADS = (
    select(Message.platform, Thread.external_id, Message.text, Message.external_id, Verdict.label, Verdict.confidence,
           Verdict.patterns,
           Verdict.reasons, Verdict.action_kind, Verdict.action_why, Verdict.model_version)
    .join(Thread, Thread.id == Message.thread_id)
    .join(Verdict, Verdict.message_id == Message.id)
    .where(Message.user_id == bindparam("user_id"), Message.direction == "incoming", Message.preview_digest.is_(None),
           Thread.external_id.in_(bindparam("threads", expanding=True)))
    .order_by(Message.sent_at.desc(), Message.id.desc())
)


class InboxRepository:
    def __init__(self, session: Session, user_id: int) -> None:
        self.session = session
        self.user_id = user_id

    def stored_keys(self, platform_ids: Iterable[tuple[str, str]]) -> set[tuple[str, str]]:
        """Which of these (platform, external id) messages are stored already (ids only: cheap, one query)."""
        wanted = set(platform_ids)
        rows = self.session.execute(_STORED_KEYS, self._id_params(wanted)) if wanted else []
        return {(platform, external_id) for platform, external_id in rows if (platform, external_id) in wanted}

    def stored_verdicts(self, platform_ids: Iterable[tuple[str, str]]) -> dict[tuple[str, str], dict]:
        """The verdicts of stored messages, as the API returns them, by (platform, external id)."""
        wanted = set(platform_ids)
        rows = self.session.execute(_STORED_VERDICTS, self._id_params(wanted)) if wanted else []
        return {(platform, external_id): verdict_json(external_id, *verdict)
                for platform, external_id, *verdict in rows if (platform, external_id) in wanted}

    def _id_params(self, wanted: set[tuple[str, str]]) -> dict:
        return {"user_id": self.user_id, "platforms": list({p for p, _ in wanted}), "ids": list({i for _, i in wanted})}

    def parties(self, platform: str, external_ids: Iterable[str]) -> dict[str, Party]:
        rows = self.session.scalars(_PARTIES, {"user_id": self.user_id, "platform": platform, "ids": list(set(external_ids))})
        return {p.external_id: p for p in rows}

    def threads(self, platform: str, external_ids: Iterable[str]) -> dict[str, Thread]:
        rows = self.session.scalars(_THREADS, {"user_id": self.user_id, "platform": platform, "ids": list(set(external_ids))})
        return {t.external_id: t for t in rows}

    def party_history(self, party_ids: Sequence[int]) -> list[tuple[int, int, str, datetime, bool, bool, str | None, bool, list | None]]:
        """(party_id, thread_id, direction, sent_at, is_question, is_decline, label, notes_connection, verdict reasons) for
        every message with these parties."""
        if not party_ids:
            return []
        rows = self.session.execute(_PARTY_HISTORY, {"user_id": self.user_id, "party_ids": list(party_ids)})
        return [tuple(r) for r in rows]

    def previews_in_threads(self, threads: Iterable[tuple[str, str]]) -> list[tuple[int, int | None, str, str, tuple[str, str], str | None]]:
        """(row id, party id, fingerprint, digest, (platform, thread), channel) of the stored previews in these
        (platform, thread external id)."""
        wanted = set(threads)
        if not wanted:
            return []
        rows = self.session.execute(_PREVIEWS_IN_THREADS, {"user_id": self.user_id, "threads": list({t for _, t in wanted})})
        return [(row_id, party_id, fingerprint, digest, (platform, thread), channel)
                for row_id, platform, thread, digest, party_id, fingerprint, channel in rows if (platform, thread) in wanted]

    def incoming_in_threads(self, threads: Iterable[tuple[str, str]]) -> dict[tuple[str, str], list[tuple[str | None, str, tuple]]]:
        """The stored incoming messages (not previews) of these threads, latest first: (text, external id, verdict
        fields)."""
        wanted = set(threads)
        out: dict[tuple[str, str], list[tuple[str | None, str, tuple]]] = {}
        if wanted:
            rows = self.session.execute(_SHOWN_IN_THREADS, {"user_id": self.user_id, "threads": list({t for _, t in wanted})})
            for platform, thread, body, external_id, *verdict in rows:
                if (platform, thread) in wanted:
                    out.setdefault((platform, thread), []).append((body, external_id, tuple(verdict)))
        return out

    def thread_ids_of(self, party_ids: Iterable[int]) -> dict[int, list[str]]:
        """party id → the external ids of the threads held with that party."""
        wanted = list(set(party_ids))
        out: dict[int, list[str]] = {}
        if wanted:
            rows = self.session.execute(select(Thread.party_id, Thread.external_id)
                                        .where(Thread.user_id == self.user_id, Thread.party_id.in_(wanted)))
            for party_id, external_id in rows:
                out.setdefault(party_id, []).append(external_id)
        return out

    def party_of(self, platform: str, external_id: str) -> Party | None:
        """The party this id names: its own, or the one it is an alias of."""
        own = self.parties(platform, [external_id]).get(external_id)
        return own or next(iter(aliased_parties(self.session, self.user_id, external_id, platform)), None)

    def aliases(self, platform: str, external_ids: Iterable[str]) -> dict[str, str]:
        """alias id → the external id of the party it names."""
        wanted = list(set(external_ids))
        if not wanted:
            return {}
        rows = self.session.execute(
            select(PartyAlias.external_id, Party.external_id).join(Party, Party.id == PartyAlias.party_id)
            .where(PartyAlias.user_id == self.user_id, PartyAlias.platform == platform, PartyAlias.external_id.in_(wanted)))
        return {alias: party for alias, party in rows}

    def one_person(self, platform: str, primary: str, alias_id: str) -> bool:
        """The parties stored under `primary` and `alias_id` are one person, kept as `primary` with `alias_id` as its
        alias: a party only stored under `alias_id` takes the primary id; if both are stored, the alias's messages,
        threads and the owner's lists, corrections and actions move to the primary. True if rows moved."""
        keep, other = (self.session.scalar(select(Party).where(Party.user_id == self.user_id, Party.platform == platform,
                                                               Party.external_id == i)) for i in (primary, alias_id))
        merged = False
        if keep is None:
            keep = other
            keep.external_id = primary
        elif other is not None and other.id != keep.id:
            for table in ("messages", "threads", "list_entries", "corrections", "actions", "party_aliases"):
                self.session.execute(text(f"update {table} set party_id = :into where party_id = :other"),
                                     {"into": keep.id, "other": other.id})
            keep.first_seen_at = min(keep.first_seen_at, other.first_seen_at)
            keep.connected_at = keep.connected_at or other.connected_at
            if other.name and (not keep.name or keep.name.isdigit()):
                keep.name = other.name
            self.session.execute(delete(Party).where(Party.id == other.id))
            merged = True
        self.session.flush()
        known = self.session.scalar(select(PartyAlias).where(PartyAlias.user_id == self.user_id, PartyAlias.platform == platform,
                                                             PartyAlias.external_id == alias_id))
        if known is None:
            self.session.add(PartyAlias(user_id=self.user_id, platform=platform, external_id=alias_id, party_id=keep.id))
        else:
            known.party_id = keep.id
        self.session.flush()
        return merged

    def row_ids(self, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], int]:
        """Row ids of stored messages by (platform, external id), one query."""
        wanted = set(keys)
        if not wanted:
            return {}
        rows = self.session.execute(select(Message.platform, Message.external_id, Message.id)
                                    .where(Message.user_id == self.user_id, Message.external_id.in_([i for _, i in wanted])))
        return {(platform, external_id): row_id for platform, external_id, row_id in rows if (platform, external_id) in wanted}

    def replace_previews(self, replaced_by: dict[int, int]) -> None:
        """Previews give way to their conversation's messages (preview row id → message row id): what the owner did
        about a preview (a correction, an action) now refers to the message, and the preview goes."""
        if not replaced_by:
            return
        # The client keeps the preview's id for its list row: it now names the message.
        rows = self.session.execute(select(Message.id, Message.platform, Message.external_id)
                                    .where(Message.id.in_(list(replaced_by)))).all()
        self.session.execute(delete(MessageAlias).where(MessageAlias.user_id == self.user_id,
                                                        MessageAlias.external_id.in_([r.external_id for r in rows])))
        self.session.add_all([MessageAlias(user_id=self.user_id, platform=platform, external_id=external_id,
                                           message_id=replaced_by[row_id]) for row_id, platform, external_id in rows])
        self.hand_over(replaced_by)

    def hand_over(self, replaced_by: dict[int, int]) -> None:
        """Old message rows give way to new ones (old row id → new row id): the rows that name a message (the owner's
        corrections and actions, list rows' ids) name the new one, and the old rows go with their verdicts."""
        for table in ("corrections", "actions", "message_aliases"):
            self.session.execute(text(f"update {table} set message_id = :new where message_id = :old"),
                                 [{"old": old, "new": new} for old, new in replaced_by.items()])
        self.session.execute(delete(Verdict).where(Verdict.message_id.in_(list(replaced_by))))
        self.session.execute(delete(Message).where(Message.id.in_(list(replaced_by))))

    def stored_as(self, platform_ids: Iterable[tuple[str, str]]) -> dict[tuple[str, str], StoredAs]:
        """What stored messages with these (platform, external id) are: their conversation, sender and text."""
        wanted = set(platform_ids)
        rows = self.session.execute(_STORED_AS, self._id_params(wanted)) if wanted else []
        return {(platform, external_id): StoredAs(*rest) for platform, external_id, *rest in rows
                if (platform, external_id) in wanted}

    def set_aside(self, row_ids: Iterable[int]) -> None:
        """Stored messages about to be stored again with an edited text: out of the way until hand_over() (their
        id free, out of their party's history and conversation, no verdict)."""
        ids = list(row_ids)
        self.session.execute(delete(Verdict).where(Verdict.message_id.in_(ids)))
        self.session.execute(update(Message).where(Message.id.in_(ids))
                             .values(external_id=literal("edited:") + cast(Message.id, String), party_id=None, preview_digest=None))

    def template_rows_after(self, last_id: int, through: int = MAX_ROW_ID) -> list[tuple[int, int | None, str, bytes, int]]:
        """(row id, party id, fingerprint, minhash, word count) of incoming messages after last_id, up to `through`."""
        rows = self.session.execute(_TEMPLATE_ROWS_AFTER, {"user_id": self.user_id, "last_id": last_id, "through": through})
        return [tuple(r) for r in rows]

    def page(
        self,
        *,
        label: str | None,
        platform: str | None,
        since: datetime | None,
        until: datetime | None,
        limit: int,
        cursor: tuple[datetime, int] | None,
    ) -> list[Message]:
        query = (
            select(Message)
            .options(joinedload(Message.verdict))
            .where(Message.user_id == self.user_id)
            .order_by(Message.sent_at.desc(), Message.id.desc())
            .limit(limit)
        )
        if label:
            query = query.join(Verdict, Verdict.message_id == Message.id).where(Verdict.label == label)
        if platform:
            query = query.where(Message.platform == platform)
        if since:
            query = query.where(Message.sent_at >= since)
        if until:
            query = query.where(Message.sent_at < until)
        if cursor:
            sent_at, row_id = cursor
            query = query.where(or_(Message.sent_at < sent_at, and_(Message.sent_at == sent_at, Message.id < row_id)))
        return list(self.session.scalars(query).unique())

    def parties_by_id(self, ids: Iterable[int]) -> dict[int, Party]:
        ids = set(ids)
        if not ids:
            return {}
        return {p.id: p for p in self.session.scalars(select(Party).where(Party.id.in_(ids)))}

    def threads_by_id(self, ids: Iterable[int]) -> dict[int, Thread]:
        ids = set(ids)
        if not ids:
            return {}
        return {t.id: t for t in self.session.scalars(select(Thread).where(Thread.id.in_(ids)))}


def aliased_messages(session: Session, user_id: int, external_id: str, platform: str | None = None) -> list[Message]:
    """The messages a replaced preview's id names (a list row's id after its conversation's message took its place)."""
    return _named_by_alias(session, Message, MessageAlias, MessageAlias.message_id, user_id, external_id, platform)


def aliased_parties(session: Session, user_id: int, external_id: str, platform: str | None = None) -> list[Party]:
    """The parties an alias id names (identity.py): a person may be asked for by either of their ids."""
    return _named_by_alias(session, Party, PartyAlias, PartyAlias.party_id, user_id, external_id, platform)


def _named_by_alias(session: Session, model, alias, link, user_id: int, external_id: str, platform: str | None) -> list:  # noqa: ANN001
    query = select(model).join(alias, link == model.id).where(alias.user_id == user_id, alias.external_id == external_id)
    if platform:
        query = query.where(alias.platform == platform)
    return list(session.scalars(query.limit(2)))


def verdict_json(external_id: str, label: str | None, confidence: float, patterns: list[str] | None,
                 reasons: list[dict] | None, action_kind: str, action_why: str, model_version: str) -> dict:
    """One verdict in the contract's shape (see schemas.VerdictOut), as plain JSON-ready data.

    The stored reasons hold the counter-evidence too: an item naming the label it pointed to (`toward`) argued
    against the verdict and is returned apart, as `counter_evidence`."""
    stored = reasons or []
    return {"message_id": external_id, "label": label, "confidence": confidence, "patterns": list(patterns or []),
            "reasons": [r for r in stored if "toward" not in r],
            "counter_evidence": [r for r in stored if "toward" in r],
            "action": {"kind": action_kind, "why": action_why}, "model_version": model_version}


def encode_cursor(sent_at: datetime, row_id: int) -> str:
    raw = json.dumps([sent_at.isoformat(), row_id]).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[datetime, int]:
    """(sent_at, row id) of a cursor encode_cursor made; ValueError or TypeError for anything else, including a
    forged one whose time or id no stored row can have (it would overflow the query)."""
    padded = cursor + "=" * (-len(cursor) % 4)
    sent_at, row_id = json.loads(base64.urlsafe_b64decode(padded.encode()))
    if not isinstance(row_id, int) or not 1 <= row_id <= MAX_ROW_ID:
        raise ValueError("row id out of range")
    return in_time_range(datetime.fromisoformat(sent_at)), row_id

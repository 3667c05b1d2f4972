"""Idempotent ingest: store each new message once, in sent_at order, and judge it in its conversation."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from sqlalchemy import event
from sqlalchemy.orm import Session

from server.bounds import MAX_ROW_ID
from server.db import insert_rows, lock_user
from server.inbox import previews
from server.inbox.identity import (
    is_bare_id, is_two_person_conversation, is_x_account, person_of_thread, person_threads, same_person_in_conversation,
)
from server.inbox.models import Message, Party, Thread, Verdict
from server.inbox.repository import InboxRepository, verdict_json
from server.inbox.schemas import MessageIn, VerdictOut
from server.triage.context import MessageContext
from server.triage.engine import Override, TriageEngine, shown_by_a_rule
from server.triage.policy import is_decline
from server.triage.signals import mentions_new_connection
from server.triage.templates import TemplateIndex, TextPrint, text_print

OUTGOING_VERSION = "owner-message"


_user_locks: dict[int, threading.Lock] = {}
_user_locks_guard = threading.Lock()


def _process_lock(user_id: int) -> threading.Lock:
    """Requests of one user inside this process queue here, without a time limit, rather than in the database's
    lock wait (SQLite gives up after its busy timeout); the database lock then only orders processes."""
    with _user_locks_guard:
        return _user_locks.setdefault(user_id, threading.Lock())


def derive_message_id(m: MessageIn) -> str:
    """A stable id for messages posted without one (the same message always gets the same id)."""
    key = "\x1f".join([m.platform, m.thread_id, m.sender.id, m.sent_at.isoformat(), m.text])
    return "d-" + hashlib.sha256(key.encode()).hexdigest()[:32]


@dataclass
class HistoryItem:
    thread_id: int
    direction: str
    sent_at: datetime
    is_question: bool
    is_decline: bool
    label: str | None
    notes_connection: bool = False
    # A rule showed the verdict's label (not the text model's reading alone): see shown_by_a_rule().
    label_shown_by_rule: bool = False


@dataclass
class Relationship:
    """Everything exchanged with one party, in time order; grows as the batch is ingested."""

    items: list[HistoryItem] = field(default_factory=list)

    def add(self, item: HistoryItem) -> None:
        self.items.append(item)
        if len(self.items) > 1 and self.items[-2].sent_at > item.sent_at:
            self.items.sort(key=lambda i: i.sent_at)

    def before(self, moment: datetime) -> list[HistoryItem]:
        return [i for i in self.items if i.sent_at <= moment]


class _NewRow:
    """A row first seen in this batch: its table's columns as fields, inserted in bulk (then `id` is set)."""

    def values(self) -> dict:
        return {k: v for k, v in vars(self).items() if k != "id"}


@dataclass
class NewParty(_NewRow):
    """A party first seen in this batch."""

    user_id: int
    platform: str
    external_id: str
    name: str
    headline: str | None
    profile_url: str | None
    first_seen_at: datetime
    connected_at: datetime | None = None
    id: int | None = None


@dataclass
class NewThread(_NewRow):
    """A thread first seen in this batch."""

    user_id: int
    platform: str
    external_id: str
    party_id: int | None
    started_at: datetime
    started_by_owner: bool
    history_complete: bool
    id: int | None = None


@dataclass
class _Pending:
    """A new message on its way through _store_new: what it is, where it belongs, and (later) its verdict."""

    message: MessageIn
    external_id: str
    party: Party | NewParty | None
    thread: Thread | NewThread
    relationship: Relationship
    printed: TextPrint
    row: dict
    copies: list[str]
    verdict: dict = field(default_factory=dict)


@dataclass
class _Own:
    """What one transaction did to one user's template index, kept with its session until the transaction ends."""

    first_row_id: int | None = None  # its first stored message: rows from here on are its own, not committed yet
    read_through: int = 0
    index: TemplateIndex = field(default_factory=TemplateIndex)
    # It removed copies from the shared index (replaced previews): undone by reloading.
    changed_shared: bool = False


@dataclass
class TemplateIndexes:
    """The shared index of committed messages and the transaction's own, asked as one."""

    committed: TemplateIndex
    own: TemplateIndex

    def similar_senders(self, fingerprint: str, signature: bytes, word_count: int) -> list[str]:
        return (self.committed.similar_senders(fingerprint, signature, word_count)
                + self.own.similar_senders(fingerprint, signature, word_count))


_OWN_TEMPLATES = "inchdeep.own_templates"


class TemplateCache:
    """Per-user template indexes of committed messages kept in memory and topped up from the database before each
    batch.

    Each worker process has its own; topping up by row id keeps several workers consistent. The rows a transaction
    stores itself (an import judges several batches before it commits) are indexed apart, with its session, and
    dropped when it ends: the shared index holds only committed rows, so a rollback leaves nothing behind (and on
    SQLite, where a rolled-back row id is used again, no later row is skipped).
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._indexes: dict[int, tuple[TemplateIndex, int]] = {}

    def refreshed(self, repo: InboxRepository) -> TemplateIndexes:
        own = self._own(repo.session, repo.user_id)
        with self._lock:
            index, last_id = self._indexes.get(repo.user_id, (TemplateIndex(), 0))
            # Rows before this transaction's first are committed (its user lock keeps other writers out).
            through = own.first_row_id - 1 if own.first_row_id is not None else MAX_ROW_ID
            for row_id, party_id, fingerprint, minhash, word_count in repo.template_rows_after(last_id, through):
                index.add(str(party_id), fingerprint, minhash, word_count)
                last_id = row_id
            self._indexes[repo.user_id] = (index, last_id)
        if own.first_row_id is not None:
            for row_id, party_id, fingerprint, minhash, word_count in repo.template_rows_after(max(own.read_through, own.first_row_id - 1)):
                own.index.add(str(party_id), fingerprint, minhash, word_count)
                own.read_through = row_id
        return TemplateIndexes(index, own.index)

    def stored(self, session: Session, user_id: int, row_ids: list[int]) -> None:
        """The transaction stored these message rows."""
        own = self._own(session, user_id)
        if row_ids and own.first_row_id is None:
            own.first_row_id = min(row_ids)

    def discard(self, session: Session, user_id: int, sender: str, fingerprint: str) -> None:
        """One copy of a text leaves the index (a preview its conversation's message replaced). Other worker processes keep it until they restart: a preview counts there as one more sender of its
        text. If the transaction rolls back, the user's index is reloaded."""
        own = self._own(session, user_id)
        own.index.discard(sender, fingerprint)
        own.changed_shared = True
        with self._lock:
            cached = self._indexes.get(user_id)
            if cached is not None:
                cached[0].discard(sender, fingerprint)

    def forget(self, user_id: int) -> None:
        with self._lock:
            self._indexes.pop(user_id, None)

    def _own(self, session: Session, user_id: int) -> _Own:
        return session.info.setdefault(_OWN_TEMPLATES, {}).setdefault((self, user_id), _Own())


@event.listens_for(Session, "after_commit")
def _templates_committed(session: Session) -> None:
    # The transaction's rows are committed now: the next batch reads them into the shared index.
    session.info.pop(_OWN_TEMPLATES, None)


@event.listens_for(Session, "after_transaction_end")
def _templates_ended(session: Session, transaction) -> None:  # noqa: ANN001
    # Rolled back (or closed without commit): what it took out of the shared index comes back with a reload.
    if transaction.parent is None:
        for (cache, user_id), own in session.info.pop(_OWN_TEMPLATES, {}).items():
            if own.changed_shared:
                cache.forget(user_id)


class OwnerRules(Protocol):
    """The owner's corrections and lists (see feedback.service.OwnerRules)."""

    def override_for(self, party: Party | None, fingerprint: str, minhash: bytes) -> Override | None: ...

    def owner_replied(self, session: Session, party: Party) -> None: ...


RulesLoader = Callable[[Session, int], OwnerRules]


@dataclass
class IngestService:
    session: Session
    user_id: int
    engine: TriageEngine
    templates: TemplateCache
    store_text: bool = True
    rules_loader: RulesLoader | None = None

    def __post_init__(self) -> None:
        self.repo = InboxRepository(self.session, self.user_id)

    def ingest(self, items: list[MessageIn]) -> list[dict]:
        """One verdict per posted message (contract shape, plain data), in the posted order."""
        keyed = [((m.platform, m.message_id or derive_message_id(m)), m) for m in items]
        # Fingerprints first, then the embeddings of the messages that look new start in the background (outside
        # the lock); the locked part below does its storage work meanwhile and judges once they are ready.
        looks_new = _not_in(keyed, self.repo.stored_keys(key for key, _ in keyed))
        printed = {key: text_print(m.text, names=_names(m)) for key, m in looks_new.items()}
        incoming = [(m.text, printed[key]) for key, m in looks_new.items() if m.direction == "incoming"]
        embedded = self.engine.prepare([t for t, _ in incoming], [p.fingerprint for _, p in incoming], [p.minhash for _, p in incoming])

        with _process_lock(self.user_id):
            self._lock_user()
            verdicts = self.repo.stored_verdicts(key for key, _ in keyed)  # every stored message has one
            errors, edited = self._reused_ids(keyed, verdicts)
            for key in edited:
                del verdicts[key]
            new = _not_in([(key, m) for i, (key, m) in enumerate(keyed) if i not in errors], verdicts)
            if new:
                missing = {key: text_print(m.text, names=_names(m)) for key, m in new.items() if key not in printed}
                prints = printed | missing
                posted_previews = {key: m for key, m in new.items() if _is_preview(m)}
                messages = {key: m for key, m in new.items() if key not in posted_previews}
                if messages:
                    replaced, marks = self._previews_shown_by(messages, posted_previews)
                    # The list row's Sponsored / InMail mark belongs to the message (a conversation does not show it).
                    messages = {key: m.model_copy(update={"channel": marks[key]}) if key in marks and not m.channel else m
                                for key, m in messages.items()}
                    verdicts.update(self._store_new(messages, prints, embedded))
                    row_ids = self.repo.row_ids(replaced.values())
                    self.repo.replace_previews({row_id: row_ids[key] for row_id, key in replaced.items()})
                shown = self._verdicts_of_shown(posted_previews, messages, verdicts)
                verdicts.update(shown)
                unseen = {key: m for key, m in posted_previews.items() if key not in shown}
                if unseen:
                    verdicts.update(self._store_new(unseen, prints, embedded))
                if edited:
                    now = self.repo.row_ids(edited)
                    self.repo.hand_over({row_id: now[key] for key, row_id in edited.items()})
        embedded.result()  # surfaces an embedding error even when nothing was new after all
        return [errors.get(i) or verdicts[key] for i, (key, _) in enumerate(keyed)]

    def _reused_ids(self, keyed: list[tuple[tuple[str, str], MessageIn]], stored: dict[tuple[str, str], dict]
                    ) -> tuple[dict[int, dict], dict[tuple[str, str], int]]:
        """Posted ids that name another message: a different conversation or sender than the stored message (or an
        earlier one in the batch) is refused for that message alone (position → its error); the same conversation
        and sender with a new text is the message edited on the site (key → the stored row, set aside to be stored
        again with the new text and judged afresh)."""
        known = self.repo.stored_as(key for key, _ in keyed if key in stored)
        aliases = {p: self.repo.aliases(p, {m.sender.id for key, m in keyed if key in known and p == key[0]})
                   for p in {key[0] for key in known}}
        first: dict[tuple[str, str], int] = {}
        errors: dict[int, dict] = {}
        edited: dict[tuple[str, str], int] = {}
        for i, (key, m) in enumerate(keyed):
            if key in first:  # the id again in this batch: the same message (its answer), or another one
                earlier = keyed[first[key]][1]
                if first[key] in errors or _identity(earlier) != _identity(m):
                    errors[i] = errors.get(first[key]) or _id_conflict(key[1], "another message in this batch")
                continue
            first[key] = i
            was = known.get(key)
            if was is None:
                continue
            sender = aliases[key[0]].get(m.sender.id, m.sender.id)
            if m.thread_id != was.thread_id or sender not in (was.sender_id, was.party_id):
                errors[i] = _id_conflict(key[1], "a stored message of another conversation or sender")
            elif not _is_preview(m) and (_words(m.text) != _words(was.text) if was.text is not None
                                         else text_print(m.text, names=_names(m)).fingerprint != was.fingerprint):
                edited[key] = was.row_id
                if was.party_row_id is not None:  # its old text is no copy of the new one
                    self.templates.discard(self.session, self.user_id, str(was.party_row_id), was.fingerprint)
        if edited:
            self.repo.set_aside(edited.values())
        return errors, edited

    def _lock_user(self) -> None:
        """Batches of one user arriving at once (several tabs, several workers) would race between "already
        stored?" and the insert (unique violations → 500); a lock held until commit makes them take turns."""
        lock_user(self.session, self.user_id)

    # -- previews (previews.py) ------------------------------------------------------------------

    def _previews_shown_by(self, messages: dict[tuple[str, str], MessageIn], posted: dict[tuple[str, str], MessageIn]
                           ) -> tuple[dict[int, tuple[str, str]], dict[tuple[str, str], str]]:
        """Stored previews that these messages show in full (preview row id → message key), and the channel marks of
        the previews (stored, or `posted` in this batch) that each message shows. The stored ones leave the template
        index now, so the message is not judged a copy of its own preview."""
        by_thread: dict[tuple[str, str], list[tuple[tuple[str, str], MessageIn]]] = {}
        for key, m in messages.items():
            if m.direction == "incoming":
                # its conversation, and what an inbox row without a link calls this person's conversation
                for thread in {m.thread_id, *person_threads(m.platform, m.sender.id)}:
                    by_thread.setdefault((m.platform, thread), []).append((key, m))
        replaced: dict[int, tuple[str, str]] = {}
        marks: dict[tuple[str, str], str] = {}
        for row_id, party_id, fingerprint, digest, thread, channel in self.repo.previews_in_threads(by_thread):
            key = next((k for k, m in by_thread[thread] if previews.shows(digest, m.text)), None)
            if key is not None:
                replaced[row_id] = key
                self.templates.discard(self.session, self.user_id, str(party_id), fingerprint)
                if channel:
                    marks[key] = channel
        for p in posted.values():
            key = next((k for k, m in by_thread.get((p.platform, p.thread_id), []) if previews.begins(p.text, m.text)), None)
            if key is not None and p.channel:
                marks[key] = p.channel
        return replaced, marks

    def _verdicts_of_shown(self, posted: dict[tuple[str, str], MessageIn], batch: dict[tuple[str, str], MessageIn],
                           verdicts: dict[tuple[str, str], dict]) -> dict[tuple[str, str], dict]:
        """Previews whose conversation's message is known (in this batch, or stored) get that message's verdict."""
        if not posted:
            return {}
        threads = {(m.platform, m.thread_id) for m in posted.values()}
        stored = self.repo.incoming_in_threads(threads) | self._incoming_in_persons_conversations(threads)
        shown: dict[tuple[str, str], dict] = {}
        for key, m in posted.items():
            thread = (m.platform, m.thread_id)
            # its conversation, or (a row without a link) any conversation with its person, as _previews_shown_by
            in_batch = next((k for k, full in batch.items()
                             if full.platform == m.platform
                             and (full.thread_id == m.thread_id or m.thread_id in person_threads(full.platform, full.sender.id))
                             and full.direction == "incoming" and previews.begins(m.text, full.text)), None)
            # The verdict keeps the posted id (the client finds its row by it) and names the message it shows in
            # `same_as`: corrections and actions go to that one.
            if in_batch is not None:
                shown[key] = {**verdicts[in_batch], "message_id": key[1], "same_as": in_batch[1]}
                continue
            candidates = stored.get(thread, [])
            # Without stored text (INCHDEEP_STORE_TEXT=false) a list shows the conversation's latest message.
            match = next(((external_id, v) for body, external_id, v in candidates if body is not None and previews.begins(m.text, body)),
                         candidates[0][1:] if candidates and candidates[0][0] is None else None)
            if match is not None:
                shown[key] = {**verdict_json(key[1], *match[1]), "same_as": match[0]}
        return shown

    def _incoming_in_persons_conversations(self, threads: set[tuple[str, str]]) -> dict[tuple[str, str], list[tuple[str | None, str, tuple]]]:
        """For the threads that name a person, not a conversation (an X inbox row without a link): the stored incoming
        messages of every conversation with that person, looked up for all of them at once."""
        people = {t: who for t in threads if (who := person_of_thread(*t))}
        out: dict[tuple[str, str], list[tuple[str | None, str, tuple]]] = {}
        for platform in {p for p, _ in people}:
            wanted = {t: who for t, who in people.items() if t[0] == platform}
            aliases = self.repo.aliases(platform, wanted.values())
            parties = self.repo.parties(platform, {aliases.get(who, who) for who in wanted.values()})
            theirs = self.repo.thread_ids_of(p.id for p in parties.values())
            stored = self.repo.incoming_in_threads((platform, t) for ts in theirs.values() for t in ts)
            for t, who in wanted.items():
                party = parties.get(aliases.get(who, who))
                if party is not None:
                    out[t] = [found for th in theirs.get(party.id, []) for found in stored.get((platform, th), [])]
        return out

    # -- internals -------------------------------------------------------------------------------

    def _store_new(self, new: dict[tuple[str, str], MessageIn], printed_by_key: dict[tuple[str, str], TextPrint],
                   embedded: Future[None]) -> dict[tuple[str, str], dict]:
        ordered = self._one_party_per_person(sorted(new.items(), key=lambda kv: kv[1].sent_at))
        parties = self._parties(ordered)
        threads = self._threads(ordered, parties)
        # Parties first seen in this batch have no history to load.
        relationships = self._relationships([p.id for p in parties.values() if isinstance(p, Party)])
        rules = self.rules_loader(self.session, self.user_id) if self.rules_loader else None
        shared_index = self.templates.refreshed(self.repo)
        batch_index = TemplateIndex()

        # Pass 1, in time order: rows, and for incoming messages their template copies (earlier batch messages
        # count, later ones do not). Nothing here depends on a verdict.
        items: list[_Pending] = []
        parties_by_row_id = {p.id: p for p in parties.values()}
        for (platform, external_id), m in ordered:
            thread = threads[(platform, m.thread_id)]
            party = parties.get((platform, _other_party_id(m)))
            if party is None and thread.party_id is not None:
                # An outgoing message posted without a participant belongs to the thread's party.
                party = parties_by_row_id.get(thread.party_id) or self.session.get(Party, thread.party_id)
                if party is not None and party.id not in relationships:
                    relationships[party.id] = self._relationships([party.id]).get(party.id, Relationship())
            printed = printed_by_key[(platform, external_id)]
            row = {
                "user_id": self.user_id,
                "platform": platform,
                "external_id": external_id,
                "thread_id": thread.id,
                "party_id": party.id if party else None,
                "sender_external_id": m.sender.id,
                "sender_name": m.sender.name,
                "direction": m.direction,
                "text": m.text if self.store_text else None,
                "word_count": printed.word_count,
                "is_question": "?" in m.text,
                "is_decline": m.direction == "outgoing" and is_decline(m.text),
                "notes_connection": m.direction == "incoming" and mentions_new_connection(m.text),
                "channel": m.channel,
                "preview_digest": previews.digest(m.text) if _is_preview(m) else None,
                "fingerprint": printed.fingerprint,
                "minhash": printed.minhash,
                "sent_at": m.sent_at,
            }
            copies: list[str] = []
            if m.direction == "incoming":
                copies = shared_index.similar_senders(printed.fingerprint, printed.minhash, printed.word_count) + \
                    batch_index.similar_senders(printed.fingerprint, printed.minhash, printed.word_count)
                batch_index.add(str(party.id) if party else m.sender.id, printed.fingerprint, printed.minhash, printed.word_count)
            relationship = relationships.setdefault(party.id, Relationship()) if party else Relationship()
            items.append(_Pending(m, external_id, party, thread, relationship, printed, row, copies))

        # Plain rows, one multi-row INSERT per table (far cheaper than the ORM's per-object bookkeeping). The messages'
        # rows do not depend on their verdicts: they are stored while the embeddings finish.
        message_rows = [item.row for item in items]
        message_ids = _insert_returning_ids(self.session, Message, message_rows)
        self.templates.stored(self.session, self.user_id, message_ids)
        embedded.result()
        # Pass 2, in rounds: round r holds each party's r-th message of the batch. A message's context depends on
        # its own party's earlier messages only, so a whole round is judged in one call to the engine.
        rounds: list[list[_Pending]] = []
        position: dict[int, int] = {}
        for item in items:
            r = position.get(item.party.id, -1) + 1 if item.party else 0
            if item.party:
                position[item.party.id] = r
            if r == len(rounds):
                rounds.append([])
            rounds[r].append(item)
        for round_items in rounds:
            judged: list[_Pending] = []
            contexts: list[MessageContext] = []
            overrides: list[Override | None] = []
            for item in round_items:
                if item.message.direction == "incoming":
                    judged.append(item)
                    contexts.append(self._context(item))
                    overrides.append(rules.override_for(item.party, item.printed.fingerprint, item.printed.minhash) if rules else None)
                else:
                    item.verdict = {"label": None, "confidence": 1.0, "patterns": [], "reasons": [], "action_kind": "none",
                                    "action_why": "", "model_version": OUTGOING_VERSION}
                    if item.party and rules and not item.row["is_decline"]:
                        rules.owner_replied(self.session, item.party)
            for item, v in zip(judged, self.engine.judge_batch(contexts, overrides), strict=True):
                item.verdict = {
                    "label": v.label,
                    "confidence": v.confidence,
                    "patterns": v.patterns,
                    "reasons": [r.as_dict() for r in v.reasons + v.counter_evidence],
                    "action_kind": v.action.kind,
                    "action_why": v.action.why,
                    "model_version": v.model_version,
                }
            for item in round_items:
                row = item.row
                item.relationship.add(HistoryItem(item.thread.id, row["direction"], row["sent_at"], row["is_question"],
                                                  row["is_decline"], item.verdict["label"], row["notes_connection"],
                                                  shown_by_a_rule(item.verdict["reasons"])))

        verdict_rows = [{"user_id": self.user_id, "message_id": message_id, **item.verdict}
                        for item, message_id in zip(items, message_ids, strict=True)]
        insert_rows(self.session, Verdict.__table__, verdict_rows)
        return {
            (row["platform"], row["external_id"]): verdict_json(
                row["external_id"], verdict["label"], verdict["confidence"], verdict["patterns"], verdict["reasons"],
                verdict["action_kind"], verdict["action_why"], verdict["model_version"])
            for row, verdict in zip(message_rows, verdict_rows, strict=True)
        }

    @staticmethod
    def _context(item: _Pending) -> MessageContext:
        """What is known around the message. With partial history (a page shows only part of a thread) nothing is
        concluded from what was not seen: who started the thread is unknown, a run of their messages counts as
        unanswered only after an owner message that is visible, and the relationship's start is known only from
        `connected_at` or a message of theirs that says the connection just began."""
        m, party, thread, printed = item.message, item.party, item.thread, item.printed
        sender_key = str(party.id) if party else m.sender.id
        prior = item.relationship.before(m.sent_at)
        in_thread = [i for i in prior if i.thread_id == thread.id]
        complete = bool(thread.history_complete)
        last_owner = max((i for i in prior if i.direction == "outgoing"), key=lambda i: i.sent_at, default=None)
        answers_question = bool(in_thread) and in_thread[-1].direction == "outgoing" and in_thread[-1].is_question
        unanswered = 0
        if complete or last_owner is not None:
            unanswered = sum(1 for i in prior if i.direction == "incoming" and (last_owner is None or i.sent_at > last_owner.sent_at))
        began = party.connected_at if party is not None else None
        if began is None:
            said = [i.sent_at for i in prior if i.direction == "incoming" and i.notes_connection]
            if item.row["notes_connection"]:
                said.append(m.sent_at)
            began = min(said, default=None)
        if m.sent_at_estimated and not item.row["notes_connection"]:
            began = None  # sent_at is when the page was read: how long after the start it came is unknown
        return MessageContext(
            text=m.text,
            message_id=item.external_id,
            fingerprint=printed.fingerprint,
            platform=m.platform,
            sender_id=m.sender.id,
            sender_name=m.sender.name,
            sent_at=m.sent_at,
            relationship_began_at=began,
            connection_known=began is not None,
            history_complete=complete,
            channel=m.channel,
            owner_started_thread=complete and thread.started_by_owner,
            answers_owner_question=answers_question,
            owner_wrote_before=any(i.direction == "outgoing" and not i.is_decline for i in prior),
            unanswered_before=unanswered,
            earlier_labels=tuple(i.label for i in prior if i.direction == "incoming" and i.label),
            earlier_labels_shown_by_rules=tuple(i.label for i in prior if i.direction == "incoming" and i.label and i.label_shown_by_rule),
            template_other_senders=len({s for s in item.copies if s != sender_key}),
            template_same_sender=sum(1 for s in item.copies if s == sender_key),
        )

    def _one_party_per_person(self, ordered: list[tuple[tuple[str, str], MessageIn]]) -> list[tuple[tuple[str, str], MessageIn]]:
        """The messages with each person's party id: a stored alias becomes its party's id, and an X handle met in a
        two-person conversation whose stored person has an account id (or the other way round) becomes an alias of
        that person (identity.py)."""
        x_messages = [m for (platform, _), m in ordered if platform == "x" and _other_party(m) is not None]
        if not x_messages:
            return ordered
        aliases = self.repo.aliases("x", {_other_party(m).id for m in x_messages})
        # Only a two-person conversation's id says who its other person is.
        learnable = [m for m in x_messages if is_two_person_conversation(m.thread_id)]
        threads = self.repo.threads("x", {m.thread_id for m in learnable}) if learnable else {}
        people = self.repo.parties_by_id({t.party_id for t in threads.values() if t.party_id is not None})
        for m in learnable:
            said = _other_party(m).id
            thread = threads.get(m.thread_id)
            person = people.get(thread.party_id) if thread is not None and thread.party_id is not None else None
            if (person is not None and said not in aliases
                    and same_person_in_conversation(m.thread_id, said, person.external_id)):
                # The handle leads (profile links and actions need it); the account id becomes its alias.
                handle, account = (person.external_id, said) if is_x_account(said) else (said, person.external_id)
                if self.repo.one_person("x", handle, account):
                    self.templates.forget(self.user_id)  # its copies were counted under the other party's row
                aliases[account] = handle
        if not aliases:
            return ordered
        return [(key, _with_party_id(m, aliases.get(_other_party_id(m))) if key[0] == "x" else m) for key, m in ordered]

    def _parties(self, ordered: list[tuple[tuple[str, str], MessageIn]]) -> dict[tuple[str, str], Party | NewParty]:
        wanted: dict[tuple[str, str], MessageIn] = {}
        for (platform, _), m in ordered:
            other = _other_party(m)
            if other is not None:
                wanted.setdefault((platform, other.id), m)
        parties: dict[tuple[str, str], Party | NewParty] = {}
        for platform in {p for p, _ in wanted}:
            for external_id, party in self.repo.parties(platform, [i for p, i in wanted if p == platform]).items():
                parties[(platform, external_id)] = party
        created: list[NewParty] = []
        for (platform, _), m in ordered:
            other = _other_party(m)
            if other is None:
                continue
            key = (platform, other.id)
            party = parties.get(key)
            if party is None:
                party = NewParty(user_id=self.user_id, platform=platform, external_id=other.id, name=other.name,
                                 headline=other.headline, profile_url=other.profile_url, first_seen_at=m.sent_at)
                created.append(party)
                parties[key] = party
            else:
                party.first_seen_at = min(party.first_seen_at, m.sent_at)
                if other.name and m.direction == "incoming" and not is_bare_id(other.name, party.name):
                    party.name = other.name
                party.headline = other.headline or party.headline
                party.profile_url = other.profile_url or party.profile_url
            if m.connected_at is not None:
                party.connected_at = m.connected_at
        self._insert_new(Party, created)
        self.session.flush()  # the changes to parties seen before
        return parties

    def _threads(self, ordered: list[tuple[tuple[str, str], MessageIn]],
                 parties: dict[tuple[str, str], Party | NewParty]) -> dict[tuple[str, str], Thread | NewThread]:
        threads: dict[tuple[str, str], Thread | NewThread] = {}
        for platform in {p for (p, _), _ in ordered}:
            for external_id, thread in self.repo.threads(platform, [m.thread_id for (p, _), m in ordered if p == platform]).items():
                threads[(platform, external_id)] = thread
        created: list[NewThread] = []
        for (platform, _), m in ordered:
            key = (platform, m.thread_id)
            party = parties.get((platform, _other_party_id(m)))
            thread = threads.get(key)
            if thread is None:
                thread = NewThread(user_id=self.user_id, platform=platform, external_id=m.thread_id,
                                   party_id=party.id if party else None, started_at=m.sent_at,
                                   started_by_owner=m.direction == "outgoing", history_complete=m.history_complete)
                created.append(thread)
                threads[key] = thread
            else:
                if m.sent_at < thread.started_at:
                    thread.started_at = m.sent_at
                    thread.started_by_owner = m.direction == "outgoing"
                    thread.history_complete = m.history_complete
                if thread.party_id is None and party is not None:
                    thread.party_id = party.id
        self._insert_new(Thread, created)
        self.session.flush()
        return threads

    def _insert_new(self, model: type[Party] | type[Thread], rows: list[NewParty] | list[NewThread]) -> None:
        """One INSERT … RETURNING for a batch's new rows: far cheaper than the ORM's per-object bookkeeping."""
        if rows:
            ids = _insert_returning_ids(self.session, model, [row.values() for row in rows])
            for row, row_id in zip(rows, ids, strict=True):
                row.id = row_id

    def _relationships(self, party_ids: list[int]) -> dict[int, Relationship]:
        relationships: dict[int, Relationship] = {}
        for party_id, thread_id, direction, sent_at, is_question, declined, label, notes_connection, reasons in self.repo.party_history(party_ids):
            relationships.setdefault(party_id, Relationship()).items.append(
                HistoryItem(thread_id, direction, sent_at, is_question, declined, label, notes_connection, shown_by_a_rule(reasons))
            )
        return relationships


def _insert_returning_ids(session: Session, model: type[Message] | type[Party] | type[Thread], rows: list[dict]) -> list[int]:
    """Multi-row INSERT … RETURNING on the table itself (no ORM bulk bookkeeping); the ids in the rows' order.

    The ids are matched by each row's unique (platform, external id): neither SQLite nor PostgreSQL promises that
    RETURNING lists a multi-row INSERT's rows in the order they were given.
    """
    returned = insert_rows(session, model.__table__, rows, returning=("id", "platform", "external_id"))
    ids = {(platform, external_id): row_id for row_id, platform, external_id in returned}
    return [ids[(row["platform"], row["external_id"])] for row in rows]


def _id_conflict(message_id: str, used_by: str) -> dict:
    """The answer for a message refused because its id names another message (409 in the error shape, per item)."""
    return {"message_id": message_id,
            "error": {"code": "conflict", "message": f"message_id {message_id!r} is already used by {used_by}: "
                                                     "this message was not stored; send it with an id of its own"}}


def _identity(m: MessageIn) -> tuple[str, str, str]:
    return m.thread_id, m.sender.id, _words(m.text)


def _words(text: str) -> str:
    """A text as compared for edits: spacing aside."""
    return " ".join(text.split())


def _is_preview(m: MessageIn) -> bool:
    return m.preview and m.direction == "incoming"


def _not_in(keyed: list[tuple[tuple[str, str], MessageIn]], existing: set | dict) -> dict[tuple[str, str], MessageIn]:
    """The posted messages not stored yet, each once (a batch may repeat a message)."""
    new: dict[tuple[str, str], MessageIn] = {}
    for key, m in keyed:
        if key not in existing and key not in new:
            new[key] = m
    return new


def _other_party(m: MessageIn):  # noqa: ANN202
    if m.direction == "incoming":
        return m.sender
    return m.participant


def _with_party_id(m: MessageIn, party_id: str | None) -> MessageIn:
    """The message with its other party named by `party_id` (its sender too, for an incoming message)."""
    if party_id is None or party_id == _other_party_id(m):
        return m
    update: dict = {}
    if m.participant is not None:
        update["participant"] = m.participant.model_copy(update={"id": party_id})
    if m.direction == "incoming":
        update["sender"] = m.sender.model_copy(update={"id": party_id})
    return m.model_copy(update=update)


def _other_party_id(m: MessageIn) -> str:
    other = _other_party(m)
    return other.id if other else ""


def _names(m: MessageIn) -> tuple[str, ...]:
    names = [m.sender.name]
    if m.participant:
        names.append(m.participant.name)
    return tuple(n for n in names if n)


def to_verdict_out(row: Message) -> VerdictOut:
    v = row.verdict
    assert v is not None, "every stored message has a verdict"
    return VerdictOut.model_validate(verdict_json(row.external_id, v.label, v.confidence, v.patterns, v.reasons,
                                                  v.action_kind, v.action_why, v.model_version))

"""Imports an official export into one user's inbox: the same verdicts as live ingest, all or nothing.

Pass 1 streams the export's records into a temporary on-disk staging table (flat memory whatever the export's
size); pass 2 reads them back in sent_at order and feeds them, in batches, through the live ingest service,
so every message is judged with the conversation that preceded it. The whole import is one transaction: a
broken file leaves the database as it was.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from server.importers import (
    DEFAULT_MAX_MEMBER_BYTES,
    ExportFormatError,
    ExportTooLarge,
    ImportedMessage,
    ImportedParty,
    Skipped,
    read_export,
)
from server.importers.staging import staging_directory
from server.inbox.models import Message, Party, Thread
from server.inbox.repository import InboxRepository
from server.inbox.schemas import MessageIn, PartyIn
from server.inbox.service import IngestService, TemplateCache
from server.triage.engine import TriageEngine

BATCH = 500


@dataclass
class ImportSummary:
    platform: str
    messages_read: int = 0
    messages_added: int = 0
    already_present: int = 0
    threads: int = 0
    parties: int = 0
    skipped: Counter = field(default_factory=Counter)
    skipped_examples: list[str] = field(default_factory=list)

    def skip(self, reason: str, example: str) -> None:
        self.skipped[reason] += 1
        if len(self.skipped_examples) < 20:
            self.skipped_examples.append(example)

    def as_dict(self) -> dict:
        return {
            "platform": self.platform,
            "messages_read": self.messages_read,
            "messages_added": self.messages_added,
            "already_present": self.already_present,
            "threads": self.threads,
            "parties": self.parties,
            "skipped": sum(self.skipped.values()),
            "skipped_by_reason": dict(self.skipped.most_common()),
            "skipped_examples": self.skipped_examples,
        }


def _skip_reason(record: Skipped) -> str:
    # Group "bad DATE 'x'" and "bad DATE 'y'" under one reason.
    return record.reason.split(":")[0].split("'")[0].strip()


class _Staging:
    """A throwaway SQLite file that sorts any number of messages by time without holding them in memory."""

    def __init__(self, directory: str) -> None:
        self.db = sqlite3.connect(str(Path(directory) / "staging.sqlite3"))
        self.db.execute("PRAGMA journal_mode=OFF")
        self.db.execute("PRAGMA synchronous=OFF")
        self.db.execute("CREATE TABLE m (sent_at TEXT, seq INTEGER, body TEXT)")
        self.db.execute("CREATE TABLE p (seq INTEGER, body TEXT)")
        self.count = 0

    def add_message(self, record: ImportedMessage) -> None:
        body = record.to_message_dict()
        self.db.execute("INSERT INTO m VALUES (?, ?, ?)", (body["sent_at"], self.count, json.dumps(body)))
        self.count += 1

    def add_party(self, record: ImportedParty) -> None:
        body = {"platform": record.platform, "id": record.party_id, "name": record.name, "profile_url": record.profile_url,
                "connected_at": record.connected_at.isoformat() if record.connected_at else None}
        self.db.execute("INSERT INTO p VALUES (?, ?)", (self.count, json.dumps(body)))

    def messages_in_time_order(self) -> Iterator[dict]:
        self.db.execute("CREATE INDEX m_time ON m (sent_at, seq)")
        for (body,) in self.db.execute("SELECT body FROM m ORDER BY sent_at, seq"):
            yield json.loads(body)

    def parties(self) -> Iterator[dict]:
        for (body,) in self.db.execute("SELECT body FROM p ORDER BY seq"):
            yield json.loads(body)

    def close(self) -> None:
        self.db.close()


def import_export(
    session: Session,
    user_id: int,
    platform: str,
    path: Path,
    engine: TriageEngine,
    templates: TemplateCache,
    *,
    store_text: bool = True,
    progress: Callable[[int, int], None] | None = None,
    max_member_bytes: int = DEFAULT_MAX_MEMBER_BYTES,
) -> ImportSummary:
    """Import `path` for the user inside the caller's transaction (the caller commits or rolls back)."""
    from server.feedback.service import load_owner_rules

    summary = ImportSummary(platform)
    before = _counts(session, user_id)
    with staging_directory() as tmp:
        staging = _Staging(tmp)
        try:
            for record in read_export(platform, path, max_member_bytes):
                if isinstance(record, ImportedMessage):
                    staging.add_message(record)
                elif isinstance(record, ImportedParty):
                    problem = _party_problem(record)
                    if problem:
                        summary.skip("invalid party", f"{record.party_id[:200]}: {problem}")
                    else:
                        staging.add_party(record)
                elif isinstance(record, Skipped):
                    summary.skip(_skip_reason(record), str(record))
            summary.messages_read = staging.count
            service = IngestService(session, user_id, engine, templates, store_text=store_text, rules_loader=load_owner_rules)
            batch: list[MessageIn] = []
            done = 0
            for body in staging.messages_in_time_order():
                try:
                    batch.append(MessageIn.model_validate(body))
                except ValidationError as exc:
                    summary.skip("invalid message", f"{body.get('message_id')}: {exc.errors()[0]['msg']}")
                    continue
                if len(batch) == BATCH:
                    done += _ingest(service, session, batch)
                    batch = []
                    if progress:
                        progress(done, staging.count)
            if batch:
                done += _ingest(service, session, batch)
            if progress:
                progress(staging.count, staging.count)
            _apply_parties(session, user_id, staging.parties())
        finally:
            staging.close()
    after = _counts(session, user_id)
    summary.messages_added = after[0] - before[0]
    summary.already_present = summary.messages_read - summary.messages_added - summary.skipped.get("invalid message", 0)
    summary.threads, summary.parties = after[1] - before[1], after[2] - before[2]
    return summary


def _party_problem(record: ImportedParty) -> str | None:
    """Why the API would refuse this person (the same limits as a message's sender), or None."""
    try:
        PartyIn.model_validate({"id": record.party_id, "name": record.name, "profile_url": record.profile_url})
    except ValidationError as exc:
        return exc.errors()[0]["msg"]
    return None


def _ingest(service: IngestService, session: Session, batch: list[MessageIn]) -> int:
    service.ingest(batch)
    session.flush()
    # Keep memory flat on huge exports: rows are in the transaction, not needed in the identity map.
    session.expunge_all()
    return len(batch)


def _apply_parties(session: Session, user_id: int, parties: Iterator[dict]) -> None:
    """Connections and followings: remember when each relationship began, also for people with no messages."""
    from datetime import datetime, timezone

    for p in parties:
        existing = InboxRepository(session, user_id).party_of(p["platform"], p["id"])  # an alias names its person
        connected = datetime.fromisoformat(p["connected_at"]) if p["connected_at"] else None
        if existing is None:
            session.add(Party(user_id=user_id, platform=p["platform"], external_id=p["id"], name=p["name"] or p["id"],
                              profile_url=p["profile_url"], connected_at=connected,
                              first_seen_at=connected or datetime.now(timezone.utc)))
        else:
            existing.connected_at = existing.connected_at or connected
            existing.profile_url = existing.profile_url or p["profile_url"]
    session.flush()


def _counts(session: Session, user_id: int) -> tuple[int, int, int]:
    return (
        session.scalar(select(func.count()).select_from(Message).where(Message.user_id == user_id)) or 0,
        session.scalar(select(func.count()).select_from(Thread).where(Thread.user_id == user_id)) or 0,
        session.scalar(select(func.count()).select_from(Party).where(Party.user_id == user_id)) or 0,
    )


__all__ = ["import_export", "ImportSummary", "ExportFormatError", "ExportTooLarge"]

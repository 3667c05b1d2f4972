"""LinkedIn "Download your data" export → ImportedParty / ImportedMessage / Skipped.

Files used (found anywhere in the folder or zip, names matched case-insensitively):

* ``messages.csv``    (required) every message, both header variants:
  base ``CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,
  RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER``; newer exports append
  ``ATTACHMENTS,IS MESSAGE DRAFT,IS CONVERSATION ARCHIVED``. Unknown extra
  columns are ignored.
* ``Connections.csv`` (optional) "Notes:" preamble, then
  ``First Name,Last Name,URL,Email Address,Company,Position,Connected On``.
* ``Invitations.csv`` (optional) ``From,To,Sent At,Message,Direction,
  inviterProfileUrl,inviteeProfileUrl``.
* ``Profile.csv``     (optional) the owner's name, a tie-breaker for owner detection.

Output order: connections (ImportedParty), then invitation notes, then
messages in file order. Every structural check (missing messages.csv,
missing columns, unreadable zip) happens before the first record is yielded,
so a caller never half-imports an export that was never valid.

Decisions worth knowing:

* The export has no "me" marker on messages. The owner is the party that
  takes part in the most conversations (one side of every conversation);
  ties are broken by Invitations.csv (the inviter of OUTGOING / invitee of
  INCOMING invitations is the owner), then Profile.csv's name, then by who
  received the most messages.
* Party ids are ``li:<slug>`` from the ``/in/<slug>`` URL, lower-cased
  (LinkedIn vanity names are case-insensitive); without a URL,
  ``li:name:<name key>`` (server/inbox/identity.py, shared with live pages).
* The export has no message ids: ``li-imp-<hash>`` of conversation id, DATE,
  sender id and raw CONTENT is stable across re-imports, so ingest stays idempotent.
* Invalid UTF-8 bytes are replaced with U+FFFD and the row is kept: one bad
  byte should not lose a message or abort a 100,000-row import.
* An export with no files at all, or without messages.csv, raises
  ExportFormatError: importing only connections gives nothing to triage and
  almost always means the user picked the wrong archive. A messages.csv with
  only its header is a valid (empty) inbox and yields just the connections.
"""

from __future__ import annotations

import csv
import hashlib
import os
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from typing import IO
from urllib.parse import unquote

from server.inbox.identity import linkedin_name_id, name_key

from .dates import parse_export_datetime
from .htmltext import html_to_text
from .records import (
    MAX_ID_CHARS,
    MAX_TEXT_CHARS,
    TEXT_TOO_LONG,
    ExportFormatError,
    ImportedMessage,
    ImportedParty,
    ImportRecord,
    Skipped,
)
from .source import DEFAULT_MAX_MEMBER_BYTES, ExportSource, member_label, reading

PLATFORM = "linkedin"

MESSAGES_FILE = "messages.csv"
CONNECTIONS_FILE = "connections.csv"
INVITATIONS_FILE = "invitations.csv"
PROFILE_FILE = "profile.csv"

# Column names are compared upper-cased and stripped.
MESSAGE_COLUMNS = ("CONVERSATION ID", "FROM", "SENDER PROFILE URL", "TO", "RECIPIENT PROFILE URLS", "DATE", "CONTENT")
CONNECTION_COLUMNS = ("FIRST NAME", "LAST NAME", "URL", "CONNECTED ON")
# Older Invitations.csv files lack the profile URL columns; names then stand in.
INVITATION_COLUMNS = ("FROM", "TO", "SENT AT", "DIRECTION")

_PROFILE_SLUG = re.compile(r"linkedin\.com/(?:in|pub)/([^/?#\s]+)", re.IGNORECASE)
_URL_SEPARATORS = re.compile(r"[,;\s]+")
_TRUE_VALUES = frozenset({"true", "yes", "y", "1"})
# A real row's line is a few thousand characters (a message's HTML may be longer, never near this).
MAX_LINE_CHARS = 1 << 20


# --------------------------------------------------------------------------- identities


def profile_slug(url: str | None) -> str | None:
    """"https://www.linkedin.com/in/Jane-Doe-12/?x=1" → "jane-doe-12"."""
    if not url:
        return None
    match = _PROFILE_SLUG.search(url)
    if not match:
        return None
    return unquote(match.group(1)).strip().lower() or None


@lru_cache(maxsize=65_536)  # the same few thousand URLs repeat across 100,000+ rows
def party_id(url: str | None, name: str | None) -> str:
    slug = profile_slug(url)
    if slug:
        return ("li:" + slug)[:MAX_ID_CHARS]
    return linkedin_name_id(name or "")


def _display_name(pid: str, known: dict[str, str]) -> str:
    """Best name for a party: one seen in the export, else its slug."""
    return known.get(pid) or pid.split(":")[-1]


def _stable_id(prefix: str, *parts: str) -> str:
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()
    return prefix + digest[:24]


def _thread_id(prefix: str, key: str) -> str:
    thread = prefix + key
    # Conversation ids are ~60 chars; hash anything that would break the 200-char contract limit.
    return thread if len(thread) <= MAX_ID_CHARS else _stable_id(prefix + "h-", key)


# --------------------------------------------------------------------------- CSV plumbing


@dataclass
class _Row:
    line: int  # 1-based physical line where the record starts
    cells: dict[str, str]
    short: bool  # stops before a required column: a damaged or truncated row

    def get(self, column: str) -> str:
        return (self.cells.get(column) or "").strip()


def _csv_rows(
    source: ExportSource,
    member: str,
    required: Iterable[str],
    header_marker: tuple[str, ...] | None = None,
) -> Iterator[_Row]:
    """Stream a CSV member as rows keyed by upper-cased column name.

    ``header_marker``: columns that identify the header row; rows before it
    (Connections.csv's "Notes:" preamble) are skipped. Without it the first
    non-blank row is the header.
    """
    name = member_label(member)
    required = tuple(required)
    with source.open_text(member) as text, reading(member):
        reader = csv.reader(_bounded_lines(text, name))
        header: list[str] | None = None
        min_fields = 0
        previous_line = 0
        try:
            for fields in reader:
                line, previous_line = previous_line + 1, reader.line_num
                if not any(f.strip() for f in fields):
                    continue  # blank line
                if header is None:
                    normalised = [f.strip().upper() for f in fields]
                    if header_marker and not all(m in normalised for m in header_marker):
                        continue  # preamble line
                    missing = [c for c in required if c not in normalised]
                    if missing:
                        raise ExportFormatError(name, line, "missing column " + ", ".join(missing))
                    header = normalised
                    # Trailing optional columns may be absent; a row that stops
                    # before a required column is damaged.
                    min_fields = 1 + max((header.index(c) for c in required), default=-1)
                    continue
                yield _Row(line, dict(zip(header, fields)), short=len(fields) < min_fields)
        except csv.Error as exc:
            raise ExportFormatError(name, previous_line + 1, f"malformed CSV: {exc}") from exc
    if header is None:
        expected = ",".join(header_marker or required)
        raise ExportFormatError(name, None, f"no header row found (expected columns {expected})")


def _bounded_lines(text: IO[str], name: str) -> Iterator[str]:
    """The member's physical lines, refusing one longer than MAX_LINE_CHARS: the csv module is handed whole lines, so
    a file without line breaks would otherwise be read into memory at once. (A quoted field spanning lines is bounded
    by the csv module's own field limit, 131,072 characters: a clear "malformed CSV" error beyond it.)"""
    number = 0
    while line := text.readline(MAX_LINE_CHARS + 1):
        number += 1
        if len(line) > MAX_LINE_CHARS:
            raise ExportFormatError(name, number, f"a line longer than {MAX_LINE_CHARS:,} characters: not a LinkedIn export")
        yield line


def _is_true(value: str) -> bool:
    return value.strip().lower() in _TRUE_VALUES


# --------------------------------------------------------------------------- side files


@dataclass
class _Relationships:
    """When each relationship began, by party id (and by name for URL-less rows)."""

    parties: list[ImportedParty] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    connected_by_id: dict[str, datetime] = field(default_factory=dict)
    connected_by_name: dict[str, datetime | None] = field(default_factory=dict)
    invited_by_id: dict[str, datetime] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)

    def connected_at(self, pid: str, name: str) -> datetime | None:
        if pid in self.connected_by_id:
            return self.connected_by_id[pid]
        # Newer messages.csv rows may carry URN-style URLs that never match the
        # vanity URL in Connections.csv; a unique full name is the next best key.
        by_name = self.connected_by_name.get(name_key(name))
        if by_name is not None:
            return by_name
        return self.invited_by_id.get(pid)


def _read_connections(source: ExportSource, member: str, rel: _Relationships) -> None:
    name = member_label(member)
    for row in _csv_rows(source, member, CONNECTION_COLUMNS, header_marker=("FIRST NAME", "CONNECTED ON")):
        full_name = " ".join(p for p in (row.get("FIRST NAME"), row.get("LAST NAME")) if p)
        url = row.get("URL") or None
        if not full_name and not url:
            rel.skipped.append(Skipped(name, row.line, "connection without name or URL"))
            continue
        pid = party_id(url, full_name)
        connected_at = parse_export_datetime(row.get("CONNECTED ON"))
        rel.parties.append(ImportedParty(PLATFORM, pid, full_name or pid, url, connected_at, "connection"))
        rel.names.setdefault(pid, full_name)
        if connected_at is not None:
            rel.connected_by_id[pid] = connected_at
            key = name_key(full_name)
            # Two connections with the same name: the name is no key at all.
            rel.connected_by_name[key] = None if key in rel.connected_by_name else connected_at


@dataclass
class _Invitation:
    line: int
    incoming: bool
    other_id: str
    other_name: str
    other_url: str | None
    owner_id: str  # as written in this row (inviter of outgoing, invitee of incoming)
    sent_at: datetime
    note: str


def _read_invitations(source: ExportSource, member: str, rel: _Relationships) -> list[_Invitation]:
    name = member_label(member)
    invitations: list[_Invitation] = []
    for row in _csv_rows(source, member, INVITATION_COLUMNS):
        direction = row.get("DIRECTION").upper()
        if direction not in ("INCOMING", "OUTGOING"):
            rel.skipped.append(Skipped(name, row.line, f"unknown Direction {direction!r}"))
            continue
        sent_at = parse_export_datetime(row.get("SENT AT"))
        if sent_at is None:
            rel.skipped.append(Skipped(name, row.line, f"unparseable Sent At {row.get('SENT AT')!r}"))
            continue
        inviter = (row.get("INVITERPROFILEURL") or None, row.get("FROM"))
        invitee = (row.get("INVITEEPROFILEURL") or None, row.get("TO"))
        incoming = direction == "INCOMING"
        other, owner = (inviter, invitee) if incoming else (invitee, inviter)
        other_id = party_id(*other)
        invitations.append(
            _Invitation(row.line, incoming, other_id, other[1], other[0], party_id(*owner), sent_at, row.get("MESSAGE"))
        )
        rel.names.setdefault(other_id, other[1])
        if incoming:
            # The relationship cannot have begun before they invited us: a lower bound,
            # used only where Connections.csv has no date.
            earliest = rel.invited_by_id.get(other_id)
            rel.invited_by_id[other_id] = sent_at if earliest is None else min(earliest, sent_at)
    return invitations


def _read_profile_name(source: ExportSource, member: str) -> str | None:
    """The owner's name from Profile.csv; only a hint, so any problem means "no hint"."""
    try:
        for row in _csv_rows(source, member, ("FIRST NAME", "LAST NAME")):
            return " ".join(p for p in (row.get("FIRST NAME"), row.get("LAST NAME")) if p) or None
    except ExportFormatError:
        return None
    return None


# --------------------------------------------------------------------------- owner detection


@dataclass
class _ConversationScan:
    """What one cheap pass over messages.csv learns: who is in which conversation."""

    conversations: dict[str, list[str]] = field(default_factory=dict)  # conv id → party ids, first seen first
    received: Counter = field(default_factory=Counter)  # party id → messages received
    names: dict[str, str] = field(default_factory=dict)  # party id → display name


def _recipients(row: _Row) -> tuple[tuple[str, str | None, str], ...]:
    """(party id, url, name) of each recipient."""
    return _parse_recipients(row.get("RECIPIENT PROFILE URLS"), row.get("TO"))


@lru_cache(maxsize=65_536)
def _parse_recipients(urls_cell: str, names_cell: str) -> tuple[tuple[str, str | None, str], ...]:
    # TO names are paired with URLs by position only when the counts agree:
    # a name may itself contain a comma ("Doe, Jane").
    urls = [u for u in _URL_SEPARATORS.split(urls_cell) if u]
    names = [n.strip() for n in names_cell.split(",") if n.strip()]
    if not urls:
        return tuple((party_id(None, n), None, n) for n in names[:1])
    paired = names if len(names) == len(urls) else [""] * len(urls)
    return tuple((party_id(u, n), u, n) for u, n in zip(urls, paired))


def _scan_conversations(source: ExportSource, member: str) -> _ConversationScan:
    scan = _ConversationScan()
    for row in _csv_rows(source, member, MESSAGE_COLUMNS):
        conversation = row.get("CONVERSATION ID")
        if not conversation:
            continue
        members = scan.conversations.setdefault(conversation, [])
        sender_name = row.get("FROM")
        sender = party_id(row.get("SENDER PROFILE URL"), sender_name)
        if sender_name:
            scan.names[sender] = sender_name  # FROM is the most reliable name source
        recipients = _recipients(row)
        for pid, _url, name in [(sender, None, sender_name), *recipients]:
            if pid not in members:
                members.append(pid)
            if name:
                scan.names.setdefault(pid, name)
        for pid, _url, _name in recipients:
            scan.received[pid] += 1
    return scan


def _detect_owner(scan: _ConversationScan, owner_hints: set[str], owner_name: str | None) -> str | None:
    participation = Counter(pid for members in scan.conversations.values() for pid in members)
    if not participation:
        return None
    owner_key = name_key(owner_name) if owner_name else None

    def rank(pid: str) -> tuple:
        named = owner_key is not None and name_key(scan.names.get(pid, "")) == owner_key
        # min() below: negate "more is better" criteria; pid last for a deterministic answer.
        return (-participation[pid], pid not in owner_hints, not named, -scan.received[pid], pid)

    return min(participation, key=rank)


# --------------------------------------------------------------------------- messages


def _message_records(
    source: ExportSource,
    member: str,
    owner_id: str,
    scan: _ConversationScan,
    rel: _Relationships,
) -> Iterator[ImportedMessage | Skipped]:
    name = member_label(member)
    names = {**rel.names, **scan.names}
    for row in _csv_rows(source, member, MESSAGE_COLUMNS):
        if row.short:
            yield Skipped(name, row.line, f"row has only {len(row.cells)} columns (damaged or truncated row)")
            continue
        if _is_true(row.get("IS MESSAGE DRAFT")):
            yield Skipped(name, row.line, "draft message (never sent)")
            continue
        conversation = row.get("CONVERSATION ID")
        if not conversation:
            yield Skipped(name, row.line, "empty CONVERSATION ID")
            continue
        raw_date = row.get("DATE")
        sent_at = parse_export_datetime(raw_date)
        if sent_at is None:
            yield Skipped(name, row.line, f"unparseable DATE {raw_date!r}")
            continue
        raw_content = row.cells.get("CONTENT") or ""
        text = html_to_text(raw_content)
        if not text:
            yield Skipped(name, row.line, "empty CONTENT (attachment-only or deleted message)")
            continue
        if len(text) > MAX_TEXT_CHARS:
            yield Skipped(name, row.line, TEXT_TOO_LONG)
            continue

        sender_url = row.get("SENDER PROFILE URL") or None
        sender_name = row.get("FROM")
        sender_id = party_id(sender_url, sender_name)
        if sender_id == owner_id:
            direction = "outgoing"
            others = [pid for pid, _u, _n in _recipients(row) if pid != owner_id]
            # No usable recipient on the row: fall back to whoever else is in the conversation.
            others = others or [p for p in scan.conversations.get(conversation, []) if p != owner_id]
            if not others:
                yield Skipped(name, row.line, "outgoing message with no other party in the conversation")
                continue
            participant_id = others[0]
        else:
            direction = "incoming"
            participant_id = sender_id
        participant_name = _display_name(participant_id, names)

        yield ImportedMessage(
            platform=PLATFORM,
            thread_id=_thread_id("li-", conversation),
            message_id=_stable_id("li-imp-", conversation, raw_date, sender_id, raw_content),
            sender_id=sender_id,
            sender_name=sender_name or _display_name(sender_id, names),
            sender_profile_url=sender_url,
            participant_id=participant_id,
            participant_name=participant_name,
            direction=direction,
            text=text,
            sent_at=sent_at,
            connected_at=rel.connected_at(participant_id, participant_name),
        )


def _invitation_records(
    file: str, invitations: list[_Invitation], owner_id: str | None, owner_name: str, rel: _Relationships
) -> Iterator[ImportedMessage | Skipped]:
    """Invitation notes are often the first pitch or auto-DM: import them as messages."""
    for inv in invitations:
        text = html_to_text(inv.note)
        if not text:
            continue
        if len(text) > MAX_TEXT_CHARS:
            yield Skipped(file, inv.line, TEXT_TOO_LONG)
            continue
        me = owner_id or inv.owner_id
        sender_id, sender_name, sender_url = (
            (inv.other_id, inv.other_name, inv.other_url) if inv.incoming else (me, owner_name, None)
        )
        yield ImportedMessage(
            platform=PLATFORM,
            thread_id=_thread_id("li-inv-", inv.other_id.removeprefix("li:")),
            message_id=_stable_id("li-inv-", inv.other_id, inv.sent_at.isoformat(), sender_id, inv.note),
            sender_id=sender_id,
            sender_name=sender_name or _display_name(sender_id, rel.names),
            sender_profile_url=sender_url,
            participant_id=inv.other_id,
            participant_name=inv.other_name or _display_name(inv.other_id, rel.names),
            direction="incoming" if inv.incoming else "outgoing",
            text=text,
            sent_at=inv.sent_at,
            connected_at=rel.connected_at(inv.other_id, inv.other_name),
        )


# --------------------------------------------------------------------------- entry point


def read_linkedin_export(path: str | os.PathLike, max_member_bytes: int = DEFAULT_MAX_MEMBER_BYTES) -> Iterator[ImportRecord]:
    """Stream the records of a LinkedIn export (folder or .zip).

    Yields ImportedParty (connections), ImportedMessage (invitation notes, then
    messages.csv in file order) and Skipped (rows not imported, with the reason).
    Raises ExportFormatError (on first iteration) when the export is unusable.
    messages.csv is read twice (owner detection, then records) and never held in memory.
    """
    with ExportSource(path, max_member_bytes) as source:
        if not source.members:
            raise ExportFormatError(None, None, "export is empty: it holds no files")
        messages = source.find(MESSAGES_FILE)
        if messages is None:
            raise ExportFormatError(None, None, "no messages.csv found in the export")

        rel = _Relationships()
        connections = source.find(CONNECTIONS_FILE)
        if connections:
            _read_connections(source, connections, rel)
        invitations_file = source.find(INVITATIONS_FILE)
        invitations = _read_invitations(source, invitations_file, rel) if invitations_file else []
        profile = source.find(PROFILE_FILE)
        profile_name = _read_profile_name(source, profile) if profile else None

        scan = _scan_conversations(source, messages)
        owner_hints = {inv.owner_id for inv in invitations}
        owner_id = _detect_owner(scan, owner_hints, profile_name)
        owner_name = (scan.names.get(owner_id) if owner_id else None) or profile_name or ""

        yield from rel.parties
        yield from rel.skipped
        if invitations_file:
            yield from _invitation_records(member_label(invitations_file), invitations, owner_id, owner_name, rel)
        if owner_id is not None:
            yield from _message_records(source, messages, owner_id, scan, rel)

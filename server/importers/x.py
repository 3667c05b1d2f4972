"""X (Twitter) archive → ImportedParty / ImportedMessage / Skipped.

Files used (found anywhere in the folder or zip, names matched case-insensitively):

* ``data/account.js``        (required) the owner's ``accountId`` and ``username``.
* ``data/direct-messages.js`` and ``data/direct-messages-group.js`` (at least one
  required), plus their ``-partN.js`` continuations and the older singular
  ``direct-message*.js`` names.
* ``data/following.js`` / ``data/follower.js`` (optional, also ``-partN``).

Each file is JavaScript: ``window.YTD.<name>.partN = [ ... ]``. The array is
decoded one item at a time with ``json.JSONDecoder.raw_decode`` over a
growing/compacting buffer, so memory holds one item (one conversation for
DMs) rather than the whole file; a single huge conversation is still held
whole while it is decoded.

Output order: following, followers (ImportedParty, connected_at None: the
archive has no dates for them), then messages conversation by conversation.
Party ids are ``x:<accountId>``; names are the handle when a userLink gives
one, else the owner's username for the owner, else the account id.
Only ``messageCreate`` events become messages; other events
(joinConversation, participantsJoin, reactions...) are ignored silently.
"""

from __future__ import annotations

import html
import json
import os
import re
from collections.abc import Iterator
from datetime import datetime
from typing import IO, Any

from .dates import parse_export_datetime
from .htmltext import tidy_whitespace
from .records import (
    MAX_ID_CHARS,
    MAX_TEXT_CHARS,
    TEXT_TOO_LONG,
    ExportFormatError,
    ExportTooLarge,
    ImportedMessage,
    ImportedParty,
    ImportRecord,
    Skipped,
)
from .source import DEFAULT_MAX_MEMBER_BYTES, ExportSource, member_label, reading

PLATFORM = "x"

_DM_FILE = re.compile(r"(^|/)direct-messages?(-group)?(-part\d+)?\.js$")
_FOLLOWING_FILE = re.compile(r"(^|/)following(-part\d+)?\.js$")
_FOLLOWER_FILE = re.compile(r"(^|/)follower(-part\d+)?\.js$")
_HANDLE_LINK = re.compile(r"^https?://(?:www\.)?(?:twitter|x)\.com/(?!intent/|i/)([A-Za-z0-9_]{1,15})/?$")
_SKIP_SEPARATORS = re.compile(r"[\s,]*")

_CHUNK_CHARS = 1 << 20  # 1 Mi characters per read
# One item (one conversation) is decoded whole; beyond this it is refused rather than held (≈ 64,000 real messages).
MAX_ITEM_CHARS = 32 << 20
# A string literal is held in memory until it closes; one longer than a read cannot be a real field (a text is
# at most 20,000 characters, 240,000 as \u escapes) and is replaced by OVERSIZED as it streams past.
MAX_STRING_CHARS = _CHUNK_CHARS
OVERSIZED = "\x00oversized"  # a NUL: the API refuses it in every field, so it can never be stored
_OVERSIZED_BODY = json.dumps(OVERSIZED)[1:-1]
_COMPLETE = re.compile(r'(?:[^"]++|"(?:[^"\\]++|\\.)*+")*+', re.DOTALL)  # text and the string literals it closes
_STRING_BODY = re.compile(r'(?:[^"\\]++|\\.)*+', re.DOTALL)  # the rest of a literal, up to its closing quote


class _CappedStrings:
    """A read() view of an archive file in which no string literal is longer than MAX_STRING_CHARS.

    The file is read _CHUNK_CHARS at a time: a literal that closes within a read is passed on as it is (it is no
    longer than the read); one still open is held back until it closes, and replaced by OVERSIZED once it grows past
    MAX_STRING_CHARS, so memory never holds more of it. A longer literal always spans reads: the rule is exact."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.held: list[str] | None = None  # the open literal's body so far (None: not inside a literal)
        self.held_chars = 0
        self.carry = ""  # a lone backslash ending a read: it escapes the next read's first character

    def read(self, size: int) -> str:
        out: list[str] = []
        produced = 0
        while produced < size:
            chunk = self.stream.read(_CHUNK_CHARS)
            if not chunk:
                if self.held is not None:  # the file ends inside a literal: the decoder reports the truncation
                    out.append(self._release() + self.carry)
                    self.held, self.carry = None, ""
                break
            piece = self._filter(self.carry + chunk)
            out.append(piece)
            produced += len(piece)
        return "".join(out)

    def _filter(self, text: str) -> str:
        self.carry = ""
        out: list[str] = []
        pos = 0
        if self.held is not None:
            end = _STRING_BODY.match(text).end()
            self._hold(text[:end])
            if end == len(text) or text[end] == "\\":  # still open (perhaps with a lone backslash left over)
                self.carry = text[end:]
                return ""
            out.append(self._release() + '"')  # text[end] is the closing quote
            self.held, pos = None, end + 1
        end = _COMPLETE.match(text, pos).end()
        out.append(text[pos:end])
        if end < len(text):  # text[end] opens a literal this read does not close
            out.append('"')
            self.held, self.held_chars = [], 0
            rest = _STRING_BODY.match(text, end + 1).end()
            self._hold(text[end + 1 : rest])
            self.carry = text[rest:]
        return "".join(out)

    def _hold(self, piece: str) -> None:
        self.held_chars += len(piece)
        if self.held_chars > MAX_STRING_CHARS:
            self.held.clear()
        else:
            self.held.append(piece)

    def _release(self) -> str:
        return _OVERSIZED_BODY if self.held_chars > MAX_STRING_CHARS else "".join(self.held)


# --------------------------------------------------------------------------- JS array streaming


def iter_js_array(stream: IO[str], name: str) -> Iterator[tuple[int, Any]]:
    """Yield (line, item) for each element of ``window.YTD.x.part0 = [ ... ]``.

    ``line`` is the 1-based line where the item starts, for error messages.
    """
    decoder = json.JSONDecoder()
    buffer = ""
    eof = False

    def read_more(at_least: int) -> None:
        nonlocal buffer, eof
        chunk = stream.read(max(_CHUNK_CHARS, at_least))
        if chunk:
            buffer += chunk
        else:
            eof = True

    # Skip the "window.YTD.... = " assignment up to the opening bracket.
    while "[" not in buffer and not eof:
        read_more(0)
    start = buffer.find("[")
    if start < 0:
        if not buffer.strip():
            return  # an empty file is an empty list
        raise ExportFormatError(name, 1, "not an X archive data file (no '[' found)")
    line = 1 + buffer.count("\n", 0, start)
    pos = start + 1

    while True:
        skip_end = _SKIP_SEPARATORS.match(buffer, pos).end()
        line += buffer.count("\n", pos, skip_end)
        pos = skip_end
        if pos >= len(buffer):
            if eof:
                raise ExportFormatError(name, line, "file ends before the closing ']' (truncated?)")
            buffer, pos = buffer[pos:], 0  # compact only when we must read anyway
            read_more(0)
            continue
        if buffer[pos] == "]":
            return
        try:
            item, end = decoder.raw_decode(buffer, pos)
        except RecursionError:
            # No archive nests this deep (the decoder stops at the interpreter's recursion limit, ≈ 1,000 levels):
            # refused whole, as the decoder cannot tell where the item ends.
            raise ExportFormatError(name, line, "item nested too deeply") from None
        except json.JSONDecodeError as exc:
            if eof:
                raise ExportFormatError(name, line, f"invalid JSON: {exc.msg}") from exc
            if len(buffer) - pos > MAX_ITEM_CHARS:
                raise ExportTooLarge(name, line, f"one item is larger than {MAX_ITEM_CHARS:,} characters") from None
            # Probably an item cut by the chunk boundary: read at least as much
            # again, so a huge item costs O(size) decoding attempts, not O(size²).
            buffer, pos = buffer[pos:], 0
            read_more(len(buffer))
            continue
        except ValueError:  # an integer of thousands of digits: Python refuses to convert it
            raise ExportFormatError(name, line, "invalid JSON: a number with too many digits") from None
        yield line, item
        line += buffer.count("\n", pos, end)
        pos = end


def _iter_file_items(source: ExportSource, member: str) -> Iterator[tuple[int, Any]]:
    with source.open_text(member) as text, reading(member):
        yield from iter_js_array(_CappedStrings(text), member_label(member))


# --------------------------------------------------------------------------- parties


def _party_id(account_id: str) -> str:
    return ("x:" + account_id)[:MAX_ID_CHARS]


def _read_owner(source: ExportSource, member: str) -> tuple[str, str, str | None]:
    """(account id, display name, profile url) of the archive's owner."""
    for line, item in _iter_file_items(source, member):
        account = item.get("account") if isinstance(item, dict) else None
        if isinstance(account, dict) and account.get("accountId"):
            username = _string(account.get("username"))
            name = _string(account.get("accountDisplayName")) or username or str(account["accountId"])
            url = f"https://x.com/{username}" if username else None
            return str(account["accountId"]), name, url
    raise ExportFormatError(member_label(member), None, "no account.accountId found")


def _read_relations(
    source: ExportSource, pattern: re.Pattern, relation: str, names: dict[str, str]
) -> Iterator[ImportedParty | Skipped]:
    for member in source.find_all(pattern.search):
        for line, item in _iter_file_items(source, member):
            entry = item.get(relation) if isinstance(item, dict) else None
            if not isinstance(entry, dict) or not entry.get("accountId"):
                yield Skipped(member_label(member), line, f"{relation} entry without accountId")
                continue
            account_id = str(entry["accountId"])
            link = _string(entry.get("userLink")) or None
            handle = _HANDLE_LINK.match(link or "")
            name = handle.group(1) if handle else account_id
            if handle:
                names[account_id] = name
            yield ImportedParty(PLATFORM, _party_id(account_id), name, link, None, relation)


# --------------------------------------------------------------------------- messages


def _expand_links(text: str, urls: Any) -> str:
    """Replace t.co short links with the expanded URLs the archive records."""
    for url in urls if isinstance(urls, list) else []:
        if isinstance(url, dict) and _string(url.get("url")) and _string(url.get("expanded")):
            text = text.replace(url["url"], url["expanded"])
    return text


def _conversation_others(events: list, owner: str) -> list[str]:
    """Other members of a conversation, best evidence first: who wrote, then who joined."""
    others: list[str] = []

    def add(account_id: Any) -> None:
        if account_id and str(account_id) != owner and str(account_id) not in others:
            others.append(str(account_id))

    for event in events:
        create = event.get("messageCreate") if isinstance(event, dict) else None
        if isinstance(create, dict):
            add(create.get("senderId"))
            add(create.get("recipientId"))
    for event in events:
        for kind in ("joinConversation", "participantsJoin"):
            body = event.get(kind) if isinstance(event, dict) else None
            if isinstance(body, dict):
                for account_id in [body.get("initiatingUserId"), *_list(body.get("participantsSnapshot")),
                                   *_list(body.get("userIds"))]:
                    add(account_id)
    return others


def _conversation_records(
    member: str, line: int, item: Any, owner: tuple[str, str, str | None], names: dict[str, str]
) -> Iterator[ImportedMessage | Skipped]:
    file = member_label(member)
    conversation = item.get("dmConversation") if isinstance(item, dict) else None
    if not isinstance(conversation, dict) or not conversation.get("conversationId"):
        yield Skipped(file, line, "item without dmConversation.conversationId")
        return
    conversation_id = str(conversation["conversationId"])
    events = _list(conversation.get("messages"))
    owner_id, owner_name, owner_url = owner
    others = _conversation_others(events, owner_id)
    if not others:
        # 1:1 conversation ids are "<smaller id>-<larger id>".
        others = [p for p in conversation_id.split("-") if p.isdigit() and p != owner_id]

    for event in events:
        create = event.get("messageCreate") if isinstance(event, dict) else None
        if not isinstance(create, dict):
            continue  # joinConversation, participantsJoin, reactions...: not messages
        message_id = create.get("id")
        sender = str(create.get("senderId") or "")
        sent_at = parse_x_datetime(create.get("createdAt"))
        if not message_id or not sender or sent_at is None:
            yield Skipped(file, line, f"message {message_id or '?'} lacks id, senderId or a valid createdAt")
            continue
        if not isinstance(create.get("text") or "", str):
            yield Skipped(file, line, f"message {message_id}: text is not a string")
            continue
        text = tidy_whitespace(html.unescape(_expand_links(create.get("text") or "", create.get("urls"))))
        if not text:
            yield Skipped(file, line, f"message {message_id} has no text (media only)")
            continue
        if len(text) > MAX_TEXT_CHARS or create.get("text") == OVERSIZED:
            yield Skipped(file, line, f"{TEXT_TOO_LONG}: message {message_id}")
            continue
        if sender == owner_id:
            direction = "outgoing"
            recipient = str(create.get("recipientId") or "")
            participant = recipient if recipient and recipient != owner_id else (others[0] if others else "")
            if not participant:
                yield Skipped(file, line, f"message {message_id}: outgoing with no other party")
                continue
            sender_name, sender_url = owner_name, owner_url
        else:
            direction = "incoming"
            participant = sender
            sender_name, sender_url = names.get(sender, sender), f"https://x.com/i/user/{sender}"
        yield ImportedMessage(
            platform=PLATFORM,
            thread_id=("x-" + conversation_id)[:MAX_ID_CHARS],
            message_id=("x-" + str(message_id))[:MAX_ID_CHARS],
            sender_id=_party_id(sender),
            sender_name=sender_name,
            sender_profile_url=sender_url,
            participant_id=_party_id(participant),
            participant_name=names.get(participant, participant),
            direction=direction,
            text=text,
            sent_at=sent_at,
            connected_at=None,
        )


def _string(value: Any) -> str:
    """A text field of the archive, or "" when it holds anything else (a number, a list...)."""
    return value if isinstance(value, str) else ""


def _list(value: Any) -> list:
    return value if isinstance(value, list) else []


def parse_x_datetime(value: Any) -> datetime | None:
    """createdAt like "2021-01-01T00:00:00.000Z"."""
    return parse_export_datetime(value) if isinstance(value, str) else None


# --------------------------------------------------------------------------- entry point


def read_x_export(path: str | os.PathLike, max_member_bytes: int = DEFAULT_MAX_MEMBER_BYTES) -> Iterator[ImportRecord]:
    """Stream the records of an X archive (folder or .zip).

    Yields ImportedParty (following, then followers), ImportedMessage (1:1 and
    group DMs, file by file) and Skipped. Raises ExportFormatError (on first
    iteration) when the archive has no files, no account.js or no DM file.
    """
    with ExportSource(path, max_member_bytes) as source:
        if not source.members:
            raise ExportFormatError(None, None, "export is empty: it holds no files")
        account = source.find("account.js")
        if account is None:
            raise ExportFormatError(None, None, "no data/account.js found: cannot tell which messages are yours")
        dm_files = source.find_all(_DM_FILE.search)
        if not dm_files:
            raise ExportFormatError(None, None, "no data/direct-messages.js found in the export")
        owner = _read_owner(source, account)

        names: dict[str, str] = {owner[0]: owner[1]}
        yield from _read_relations(source, _FOLLOWING_FILE, "following", names)
        yield from _read_relations(source, _FOLLOWER_FILE, "follower", names)
        for member in dm_files:
            for line, item in _iter_file_items(source, member):
                yield from _conversation_records(member, line, item, owner, names)

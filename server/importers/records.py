"""Record types produced by the export parsers.

A parser yields a stream of three kinds of value:

* ``ImportedMessage`` - one message, convertible to the contract Message JSON.
* ``ImportedParty``   - a connection / following / follower, with or without messages.
* ``Skipped``         - a row that was read but deliberately not imported (and why).

Structural problems that make the whole export unusable raise ``ExportFormatError``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from server.inbox import identity

# Contract limits (contract.md, Message): the parsers clip to these so every
# record they produce is accepted by the ingest endpoint as is.
MAX_TEXT_CHARS = 20_000
MAX_ID_CHARS = identity.MAX_ID_CHARS
# A longer text is a skipped row, like every other row the API would refuse: neither site lets a message be this long
# (LinkedIn 8,000 characters, X 10,000), so such a row is damaged or hostile, and a cut copy is a text nobody sent.
TEXT_TOO_LONG = f"text longer than the {MAX_TEXT_CHARS:,} characters a message may hold"


def iso_utc(value: datetime | None) -> str | None:
    """RFC 3339 in UTC with a trailing "Z" (milliseconds only when present)."""
    if value is None:
        return None
    value = value.astimezone(timezone.utc)
    timespec = "milliseconds" if value.microsecond else "seconds"
    return value.replace(tzinfo=None).isoformat(timespec=timespec) + "Z"


@dataclass(frozen=True, slots=True)
class ImportedMessage:
    platform: str  # "linkedin" | "x"
    thread_id: str
    message_id: str
    sender_id: str  # party id, e.g. "li:marcus-okafor" or "x:12345"
    sender_name: str
    participant_id: str  # the other party of the thread (== sender for incoming)
    participant_name: str
    direction: str  # "incoming" | "outgoing" (outgoing = written by the export's owner)
    text: str  # plain text, 1..MAX_TEXT_CHARS chars
    sent_at: datetime  # aware, UTC
    sender_profile_url: str | None = None
    connected_at: datetime | None = None  # aware; when the relationship began, if known

    def to_message_dict(self) -> dict:
        """The contract Message shape (contract.md), ready for json.dumps / POST /v1/messages."""
        sender: dict = {"id": self.sender_id, "name": self.sender_name}
        if self.sender_profile_url:
            sender["profile_url"] = self.sender_profile_url
        return {
            "platform": self.platform,
            "thread_id": self.thread_id,
            "message_id": self.message_id,
            "sender": sender,
            "participant": {"id": self.participant_id, "name": self.participant_name},
            "direction": self.direction,
            "text": self.text,
            "sent_at": iso_utc(self.sent_at),
            "connected_at": iso_utc(self.connected_at),
            # An export holds every thread from its first message: nothing earlier exists that was not sent.
            "history": "complete",
        }


@dataclass(frozen=True, slots=True)
class ImportedParty:
    platform: str
    party_id: str
    name: str
    profile_url: str | None = None
    connected_at: datetime | None = None  # aware; None when the export does not say
    # Why this party is in the export: "connection" (LinkedIn Connections.csv),
    # "following" or "follower" (X). Unfollow suggestions only make sense for
    # "connection" and "following".
    relation: str = "connection"


@dataclass(frozen=True, slots=True)
class Skipped:
    file: str  # name of the file inside the export, e.g. "messages.csv"
    line: int | None  # 1-based physical line where the record starts (or record index)
    reason: str

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file} line {self.line}"
        return f"{where}: {self.reason}"


class ExportFormatError(Exception):
    """The export cannot be read at all (missing file, corrupt archive, missing column...).

    ``file`` is the file inside the export ("messages.csv"), or None when the export as a whole is at fault: the
    caller names the export itself (the upload's own name, the path the CLI was given), so no server path and no
    name twice ever reach the message."""

    def __init__(self, file: str | None, line: int | None, message: str):
        self.file = file
        self.line = line
        self.detail = message
        where = file if line is None else f"{file} line {line}"
        super().__init__(f"{where}: {message}" if file else message)


class ExportTooLarge(ExportFormatError):
    """A file of the export unpacks to more than the service accepts (a small zip can hold a huge file)."""


ImportRecord = ImportedMessage | ImportedParty | Skipped

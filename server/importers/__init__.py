"""Official data exports (LinkedIn "Download your data", X archive) → record streams.

Pure, streaming, standard library only: no database or web code. The caller
(CLI / inbox service) turns ImportedMessage.to_message_dict() into ingest
items and ImportedParty into relationship rows, and reports Skipped records.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

from .linkedin import read_linkedin_export
from .records import ExportFormatError, ExportTooLarge, ImportedMessage, ImportedParty, ImportRecord, Skipped
from .source import DEFAULT_MAX_MEMBER_BYTES
from .x import read_x_export

READERS = {"linkedin": read_linkedin_export, "x": read_x_export}


def read_export(
    platform: str, path: str | os.PathLike, max_member_bytes: int = DEFAULT_MAX_MEMBER_BYTES
) -> Iterator[ImportRecord]:
    """Stream the records of an export for ``platform`` ("linkedin" or "x"); ExportTooLarge once one of its files
    unpacks to more than ``max_member_bytes``."""
    try:
        reader = READERS[platform]
    except KeyError:
        raise ValueError(f"unknown platform {platform!r}; expected one of {', '.join(READERS)}") from None
    return reader(path, max_member_bytes)


__all__ = [
    "ExportFormatError",
    "ExportTooLarge",
    "ImportRecord",
    "ImportedMessage",
    "ImportedParty",
    "Skipped",
    "read_export",
    "read_linkedin_export",
    "read_x_export",
]

"""What the service can store and compute with: the span of times it accepts, the largest row id, text without NUL.

Checked where input enters (request schemas, query parameters, cursors, importers), so a value outside these bounds
is a 422 naming the field, or a skipped import row, never an overflow deep in the database or the triage (500).
Standard library only: the importers use it too.
"""

from __future__ import annotations

from datetime import datetime, timezone

# Messages, filters, cursors, weeks: no direct message predates 1970, and both ends stay centuries away from
# datetime's own limits (years 1 and 9999), so every window, week and trend computed from an accepted time fits.
EARLIEST = datetime(1970, 1, 1, tzinfo=timezone.utc)
LATEST = datetime(2200, 1, 1, tzinfo=timezone.utc)  # exclusive
# Primary keys are INTEGER: 32 bits on PostgreSQL.
MAX_ROW_ID = 2**31 - 1


def in_time_range(moment: datetime) -> datetime:
    """The moment as given (its offset kept); ValueError when it is naive or outside [EARLIEST, LATEST)."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("needs a time zone (RFC 3339, e.g. 2026-11-05T16:24:00Z)")
    try:
        utc = moment.astimezone(timezone.utc)
    except OverflowError:  # e.g. 0001-01-01T00:00:00+01:00 is in the year 0 in UTC
        utc = None
    if utc is None or not EARLIEST <= utc < LATEST:
        raise ValueError(f"must be on or after {EARLIEST:%Y-%m-%d} and before {LATEST:%Y-%m-%d} (UTC)")
    return moment


def without_nul(text: str) -> str:
    """PostgreSQL text cannot hold NUL characters (SQLite would store them): refused on both alike."""
    if "\x00" in text:
        raise ValueError("must not contain NUL characters")
    return text

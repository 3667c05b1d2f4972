"""Lenient date parsing for the formats the official exports use.

Every result is an aware datetime in UTC. Exports that print local times
without a zone (LinkedIn's Invitations.csv, Connections.csv) are read as UTC:
the export does not say which zone was meant, and a few hours do not matter
for "when did this relationship begin".
"""

from __future__ import annotations

from datetime import datetime, timezone

from server.bounds import in_time_range

UTC = timezone.utc

# Tried in order after the fast paths; formats seen in LinkedIn exports over the years.
_FORMATS = (
    "%m/%d/%y, %I:%M %p",  # Invitations.csv: 11/5/26, 4:20 PM
    "%m/%d/%Y, %I:%M %p",
    "%m/%d/%y, %H:%M",
    "%m/%d/%Y, %H:%M",
    "%m/%d/%y %I:%M %p",
    "%m/%d/%Y %I:%M %p",
    "%d %b %Y",  # Connections.csv: 12 Mar 2019
    "%d %B %Y",
    "%d-%b-%y",
    "%d-%b-%Y",
    "%b %d, %Y",
    "%B %d, %Y",
    "%m/%d/%y",
    "%m/%d/%Y",
    "%Y-%m-%d %H:%M:%S %Z",  # messages.csv: 2026-08-01 02:00:00 UTC
    "%Y/%m/%d %H:%M:%S",
)


def parse_export_datetime(value: str | None) -> datetime | None:
    """Parse a date/time from an export; None when empty or unrecognised."""
    if not value:
        return None
    # Newer exports put a narrow no-break space before AM/PM.
    text = " ".join(value.replace("\u202f", " ").replace("\xa0", " ").split())
    if not text:
        return None
    # Fast path for messages.csv, which can hold 100,000+ rows.
    if text.endswith(" UTC"):
        text = text[:-4]
    try:
        return _as_utc(datetime.fromisoformat(text))
    except ValueError:
        pass
    for fmt in _FORMATS:
        try:
            return _as_utc(datetime.strptime(text, fmt))
        except ValueError:
            continue
    return None


def _as_utc(value: datetime) -> datetime | None:
    """In UTC, or None (a skipped row) outside the times the service accepts (0001-01-01T00:00:00+01:00 is not
    even a datetime in UTC)."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    try:
        return in_time_range(value).astimezone(UTC)
    except ValueError:
        return None

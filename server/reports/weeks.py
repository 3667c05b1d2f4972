"""ISO weeks in the owner's time zone: parsing "2026-W46", and the local Monday-to-Monday span of a week."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from server.bounds import EARLIEST, LATEST
from server.errors import Invalid

WEEK_RE = re.compile(r"^(\d{4})-W(\d{2})$")


def user_zone(name: str | None) -> ZoneInfo:
    """The owner's IANA zone; an unknown name falls back to UTC rather than failing the request."""
    try:
        return ZoneInfo(name or "UTC")
    except (ValueError, KeyError, OSError):
        return ZoneInfo("UTC")


@dataclass(frozen=True)
class IsoWeek:
    year: int
    week: int

    @classmethod
    def parse(cls, text: str) -> IsoWeek:
        match = WEEK_RE.match(text.strip())
        if not match:
            raise Invalid(f"week: expected an ISO week like 2026-W46, got {text[:40]!r}")
        year, week = int(match[1]), int(match[2])
        # The week, the weeks before it (the trend) and its end must be computable; 9999-W52 ends in year 10000.
        if not EARLIEST.year <= year < LATEST.year:
            raise Invalid(f"week: the year must be from {EARLIEST.year} to {LATEST.year - 1}")
        try:
            date.fromisocalendar(year, week, 1)
        except ValueError:
            raise Invalid(f"week: {year} has no ISO week {week}") from None
        return cls(year, week)

    @classmethod
    def containing(cls, moment: datetime, tz: ZoneInfo) -> IsoWeek:
        year, week, _ = moment.astimezone(tz).isocalendar()
        return cls(year, week)

    @property
    def monday(self) -> date:
        return date.fromisocalendar(self.year, self.week, 1)

    def start(self, tz: ZoneInfo) -> datetime:
        """Local midnight of Monday (built from the date, so DST changes inside the week do not shift it)."""
        return datetime.combine(self.monday, time(), tzinfo=tz)

    def end(self, tz: ZoneInfo) -> datetime:
        return datetime.combine(self.monday + timedelta(weeks=1), time(), tzinfo=tz)

    def shifted(self, weeks: int) -> IsoWeek:
        year, week, _ = (self.monday + timedelta(weeks=weeks)).isocalendar()
        return IsoWeek(year, week)

    def __str__(self) -> str:
        return f"{self.year}-W{self.week:02d}"


def utc(moment: datetime) -> datetime:
    return moment.astimezone(timezone.utc)

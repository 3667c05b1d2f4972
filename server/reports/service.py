"""Gathers what the weekly report needs for one owner and builds it."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from server.auth.models import User
from server.reports.build import TREND_WEEKS, Report, ReportData, build_report
from server.reports.weeks import IsoWeek, user_zone
from server.suggestions import service as suggestions
from server.suggestions.repository import SuggestionsRepository


def weekly_report(session: Session, user: User, week: IsoWeek | None, now: datetime) -> Report:
    tz = user_zone(user.timezone)
    week = week or IsoWeek.containing(now, tz)
    end = week.end(tz)
    repo = SuggestionsRepository(session, user.id)
    incoming = repo.messages(since=week.shifted(-TREND_WEEKS).start(tz), until=end, incoming_only=True, with_text=True)
    # Suggestions and waiting people as they stood at the end of the week (or now, for the current week).
    inbox = suggestions.load_inbox(repo, min(now, end))
    data = ReportData(
        week=week,
        tz=tz,
        incoming=incoming,
        parties=inbox.parties,
        suggestions=suggestions.suggest(inbox),
        waiting=suggestions.waiting_for_reply(inbox),
        generated_at=now,
    )
    return build_report(data)

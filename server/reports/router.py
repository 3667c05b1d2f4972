"""The weekly noise report: GET /v1/reports/weekly (JSON), /v1/reports/weekly.html and /v1/reports/weekly.csv.

`week` is an ISO week like 2026-W46 in the owner's time zone (User.timezone); the default is the current week.
The HTML page also accepts the API token as `?token=` because the extension popup opens it in a browser tab,
where it cannot set an Authorization header.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import HTMLResponse, Response

from server.auth.models import User
from server.db import utcnow
from server.deps import CurrentUser, SessionDep
from server.reports import render
from server.reports.build import Report
from server.reports.service import weekly_report
from server.reports.weeks import IsoWeek

router = APIRouter(prefix="/v1/reports", tags=["reports"])

WeekParam = Annotated[str | None, Query(max_length=20, description="ISO week, e.g. 2026-W46 (default: this week)")]
# Read by CurrentUser (deps.token_from_request), like the header, so the page is authenticated and rate-limited the
# same way as every route; declared here to document and bound it.
TokenParam = Annotated[str | None, Query(max_length=200, description="the API token, for a browser tab (it cannot send "
                                                                     "the Authorization header)")]


def _report(session, user: User, week: str | None) -> Report:  # noqa: ANN001
    return weekly_report(session, user, IsoWeek.parse(week) if week else None, utcnow())


@router.get("/weekly")
def weekly_json(session: SessionDep, user: CurrentUser, week: WeekParam = None) -> dict:
    """The report as JSON: week, from, to, totals, by_platform, top_noisy_senders, templates, pitch_after_connect,
    suggestions, waiting_for_reply, trend, minutes_saved."""
    return _report(session, user, week).as_dict()


@router.get("/weekly.csv")
def weekly_csv(session: SessionDep, user: CurrentUser, week: WeekParam = None) -> Response:
    report = _report(session, user, week)
    return Response(render.to_csv(report), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="inchdeep-{report.week}.csv"'})


# The page embeds plotly.js inline and loads nothing else: no network access, no referrer leaking the token.
HTML_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'; style-src 'unsafe-inline'; "
                               "img-src data: blob:; font-src data:; base-uri 'none'; form-action 'none'",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
}


@router.get("/weekly.html", response_class=HTMLResponse)
def weekly_html(session: SessionDep, user: CurrentUser, week: WeekParam = None, token: TokenParam = None) -> HTMLResponse:
    return HTMLResponse(render.to_html(_report(session, user, week)), headers=HTML_HEADERS)

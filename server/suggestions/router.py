"""Suggestions and the relationship view.

- GET /v1/suggestions → {"unfollow": [...], "mute": [...], "reply": [...]}. Optional query parameters:
  `as_of` (judge as of this moment, default now), `unfollow_min_noise`, `mute_min_noise`, `reply_after_hours`
  (the thresholds of the rules in server/suggestions/service.py).
- GET /v1/relationships/{party_id}?platform=... → the relationship with one party (its external id, e.g.
  "li:marcus-o"): messages each way, labels over time, minutes from connection to first pitch, whether the owner
  replied, the "Me! Me! Me!" ratio and the last genuine exchange. `platform` is needed only when the same id
  exists on both platforms.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated

from fastapi import APIRouter, Path, Query

from server.db import utcnow
from server.deps import CurrentUser, SessionDep
from server.errors import Invalid, NotFound
from server.reports.weeks import user_zone
from server.inbox.schemas import Id, Moment, Platform
from server.suggestions import service
from server.suggestions.repository import SuggestionsRepository
from server.suggestions.schemas import RelationshipOut, SuggestionsOut

router = APIRouter(prefix="/v1", tags=["suggestions"])


@router.get("/suggestions", response_model=SuggestionsOut)
def get_suggestions(
    session: SessionDep,
    user: CurrentUser,
    as_of: Moment | None = None,
    unfollow_min_noise: Annotated[int, Query(ge=1, le=100)] = service.UNFOLLOW_MIN_NOISE,
    mute_min_noise: Annotated[int, Query(ge=1, le=100)] = service.MUTE_MIN_NOISE,
    reply_after_hours: Annotated[float, Query(ge=0, le=24 * 365)] = service.REPLY_AFTER.total_seconds() / 3600,
) -> dict:
    """Who to unfollow, which threads to mute and who is waiting for an answer, each with a reason and evidence."""
    inbox = service.load_inbox(SuggestionsRepository(session, user.id), as_of or utcnow())
    thresholds = service.Thresholds(unfollow_min_noise, mute_min_noise, timedelta(hours=reply_after_hours))
    return service.as_json(service.suggest(inbox, thresholds))


@router.get("/relationships/{party_id}", response_model=RelationshipOut)
def get_relationship(party_id: Annotated[Id, Path()], session: SessionDep, user: CurrentUser, platform: Platform | None = None) -> dict:
    repo = SuggestionsRepository(session, user.id)
    found = repo.find_party(party_id, platform)
    if not found:
        raise NotFound(f"no party with id {party_id!r}")
    if len(found) > 1:
        raise Invalid("party_id exists on both platforms: add ?platform=")
    party = found[0]
    history = service.PartyHistory(party, repo.messages(party_id=party.id))
    return service.relationship_view(history, user_zone(user.timezone))


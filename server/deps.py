"""Request-scoped dependencies, declared once as Annotated aliases so routes read like prose."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated

from fastapi import Depends, Path, Request
from sqlalchemy.orm import Session

from server.auth.models import User
from server.auth.service import authenticate
from server.bounds import MAX_ROW_ID
from server.config import Settings
from server.db import session_scope
from server.errors import Unauthorized
from server.triage.engine import TriageEngine


def get_session(request: Request) -> Iterator[Session]:
    """One session per request: commit at the edge on success, roll back on any error."""
    with session_scope(request.app.state.session_factory) as session:
        yield session


# scope="function": commit before the response is sent, so a 200 means the data is stored (a failed commit answers
# 503 through the error handlers instead of being lost after the client was told "ok").
SessionDep = Annotated[Session, Depends(get_session, scope="function")]


# Plain lookups are `async def`: FastAPI runs sync dependencies in the thread pool, a hop that costs more than
# the lookup itself.
async def get_settings(request: Request) -> Settings:
    return request.app.state.settings


SettingsDep = Annotated[Settings, Depends(get_settings)]


async def get_triage(request: Request) -> TriageEngine:
    return request.app.state.triage


TriageDep = Annotated[TriageEngine, Depends(get_triage)]


def bearer_token(request: Request) -> str:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise Unauthorized("missing bearer token: send 'Authorization: Bearer <token>'", headers={"WWW-Authenticate": "Bearer"})
    return token.strip()


def token_from_request(request: Request) -> str:
    """The bearer header, or `?token=` on the HTML report (opened in a browser tab, which cannot send headers)."""
    token = request.query_params.get("token", "").strip()
    if "authorization" not in request.headers and request.url.path.endswith(".html") and token:
        return token
    return bearer_token(request)


def get_current_user(request: Request, session: SessionDep) -> User:
    # The rate limit was checked before the request got here (middleware.RateLimit).
    user = authenticate(session, token_from_request(request))
    request.state.user_id = user.id
    return user


CurrentUser = Annotated[User, Depends(get_current_user)]


async def require_token(request: Request) -> None:
    """The bearer header's presence, checked before the body is validated (no header: 401, whatever the body)."""
    token_from_request(request)


@contextmanager
def authenticated_session(request: Request) -> Iterator[tuple[Session, User]]:
    """SessionDep and CurrentUser in the caller's own thread, for a sync endpoint on the hot path. FastAPI runs each
    sync dependency, and a generator dependency's exit, in a separate hop to the thread pool (≈ 0.5 ms each under
    load, four per request); called from the endpoint, the whole request is one hop. Same semantics: commit before
    the response, roll back on any error."""
    with session_scope(request.app.state.session_factory) as session:
        yield session, get_current_user(request, session)


# A stored row's id in a path: out-of-range numbers are a 422, never a database overflow (500).
RowId = Annotated[int, Path(ge=1, le=MAX_ROW_ID, description="the id the API returned for this item")]

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import orjson
from fastapi import APIRouter, Depends, Query, Request, Response

from server.deps import CurrentUser, SessionDep, SettingsDep, TriageDep, authenticated_session, require_token
from server.errors import Invalid
from server.inbox.repository import InboxRepository, decode_cursor, encode_cursor
from server.inbox.schemas import IngestRequest, IngestResponse, Label, MessagePage, Moment, Platform, StoredMessageOut
from server.inbox.service import IngestService, to_verdict_out

router = APIRouter(prefix="/v1", tags=["messages"])


def ingest_service(request: Request, session, user, triage, settings) -> IngestService:  # noqa: ANN001
    from server.feedback.service import load_owner_rules

    return IngestService(
        session=session,
        user_id=user.id,
        engine=triage,
        templates=request.app.state.templates,
        store_text=settings.store_text,
        rules_loader=load_owner_rules,
    )


@router.post("/messages", response_model=IngestResponse, dependencies=[Depends(require_token)])
def post_messages(body: IngestRequest, request: Request, triage: TriageDep, settings: SettingsDep) -> Response:
    """Store new messages (idempotently, in sent_at order) and return one verdict per posted message."""
    # The extension's hot path: session, token lookup, ingest and commit in this one thread (see authenticated_session).
    with authenticated_session(request) as (session, user):
        verdicts = ingest_service(request, session, user, triage, settings).ingest(body.messages)
    # The verdicts are built by our own code in the contract's shape (checked against IngestResponse by the
    # tests): serialising them directly skips re-validating every reason of every verdict on the hot path.
    return Response(orjson.dumps({"verdicts": verdicts}), media_type="application/json")


@router.get("/messages", response_model=MessagePage)
def list_messages(
    session: SessionDep,
    user: CurrentUser,
    label: Label | None = None,
    platform: Platform | None = None,
    since: Moment | None = None,
    until: Moment | None = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    cursor: Annotated[str | None, Query(max_length=200)] = None,
) -> MessagePage:
    try:
        position: tuple[datetime, int] | None = decode_cursor(cursor) if cursor else None
    except (ValueError, TypeError):
        raise Invalid("cursor: not a cursor returned by this API") from None
    repo = InboxRepository(session, user.id)
    rows = repo.page(label=label, platform=platform, since=since, until=until, limit=limit, cursor=position)
    parties = repo.parties_by_id(r.party_id for r in rows if r.party_id)
    threads = repo.threads_by_id(r.thread_id for r in rows)
    out = []
    for r in rows:
        party = parties.get(r.party_id) if r.party_id else None
        out.append(StoredMessageOut(
            platform=r.platform,
            thread_id=threads[r.thread_id].external_id,
            message_id=r.external_id,
            # An incoming message's sender is its party: one id and the latest name per person (identity.py).
            sender=({"id": party.external_id, "name": party.name or r.sender_name} if party and r.direction == "incoming"
                    else {"id": r.sender_external_id, "name": r.sender_name}),
            participant={"id": party.external_id, "name": party.name} if party else None,
            direction=r.direction,
            text=r.text,
            sent_at=r.sent_at,
            connected_at=party.connected_at if party else None,
            verdict=to_verdict_out(r) if r.verdict else None,
        ))
    next_cursor = encode_cursor(rows[-1].sent_at, rows[-1].id) if len(rows) == limit else None
    return MessagePage(messages=out, next_cursor=next_cursor)

"""Privacy controls: delete everything of a user in one call, and expire stored message text."""

from __future__ import annotations

import asyncio
import logging
from datetime import timedelta

from fastapi import APIRouter, FastAPI, Request
from sqlalchemy import delete, update
from sqlalchemy.orm import Session

from server.auth.models import ApiToken, User
from server.db import session_scope, utcnow
from server.deps import CurrentUser, SessionDep
from server.feedback.models import ActionRecord, Correction, ListEntry
from server.inbox.models import Message, MessageAlias, Party, PartyAlias, Thread, Verdict

log = logging.getLogger("inchdeep")
router = APIRouter(prefix="/v1", tags=["privacy"])

# Children before parents, so foreign keys hold on every backend.
USER_DATA = (ActionRecord, Correction, ListEntry, Verdict, MessageAlias, Message, Thread, PartyAlias, Party)


def delete_user_data(session: Session, user_id: int, *, include_account: bool = False) -> dict[str, int]:
    deleted: dict[str, int] = {}
    for model in USER_DATA + ((ApiToken, User) if include_account else ()):
        column = model.id if model is User else model.user_id
        deleted[model.__tablename__] = session.execute(delete(model).where(column == user_id)).rowcount or 0
    return deleted


def purge_expired_text(session: Session, days: int) -> int:
    """Forget the text of messages sent more than `days` days ago; fingerprints and verdicts stay."""
    cutoff = utcnow() - timedelta(days=days)
    result = session.execute(update(Message).where(Message.sent_at < cutoff, Message.text.is_not(None)).values(text=None))
    return result.rowcount or 0


async def retention_loop(app: FastAPI, days: int, every_seconds: float = 3600) -> None:
    while True:
        try:
            with session_scope(app.state.session_factory) as session:
                purged = await asyncio.to_thread(purge_expired_text, session, days)
            if purged:
                log.info("retention: forgot the text of %d messages older than %d days", purged, days)
        except Exception:  # noqa: BLE001 - keep the loop alive through a database hiccup
            log.warning("retention pass failed", exc_info=True)
        await asyncio.sleep(every_seconds)


@router.delete("/me/data")
def delete_my_data(request: Request, session: SessionDep, user: CurrentUser, include_account: bool = False) -> dict:
    """Delete every message, verdict, person, correction and action stored for the caller.

    With `include_account=true` the user and its tokens go too (the token stops working).
    """
    user_id = user.id
    deleted = delete_user_data(session, user_id, include_account=include_account)
    request.app.state.templates.forget(user_id)
    return {"deleted": deleted}

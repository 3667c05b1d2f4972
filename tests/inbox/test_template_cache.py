"""Issue 16 defect 4: the template cache never outlives the transaction that filled it.

An import ingests several batches in one transaction; when it fails, nothing it stored may still count as a copy
of a template (the cache used to keep the rolled-back rows, and on SQLite skipped the row ids reused afterwards)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from server.auth.models import User
from server.db import session_scope
from server.inbox.schemas import MessageIn
from server.inbox.service import IngestService
from tests.conftest import add_user, at, msg

ROLLED_BACK = "Hi {n}, we help founders like you book twenty more demos every single week with our outbound service."
COMMITTED = "Hello {n}, our community hosts a free founders breakfast next month and we would love to see you there."


def copies(text: str, senders: range, day: int) -> list[dict]:
    return [msg(f"{day}-{i}", text.format(n=f"Friend{i}"), sender=f"li:s{i}", name=f"Sam{i}", thread=f"t{i}",
                sent_at=at(day, 8, i)) for i in senders]


def template_details(verdict: dict) -> list[str]:
    return [r["detail"] for r in verdict["reasons"] + verdict["counter_evidence"] if "other senders" in r["detail"]]


def test_a_failed_import_leaves_no_copies_behind(app_factory, database_url: str) -> None:  # noqa: ANN001
    client = app_factory(database_url)
    api = add_user(client, "jordan")
    api.ingest(msg("hello", "Hi Jordan, are we still on for lunch on Friday?", sender="li:ana", name="Ana", sent_at=at(1)))
    state = client.app.state
    with session_scope(state.session_factory) as session:
        user_id = session.scalar(select(User.id).where(User.name == "jordan"))

    # Like an import: two batches judged in one transaction, then it fails and rolls back.
    with pytest.raises(RuntimeError), session_scope(state.session_factory) as session:
        service = IngestService(session, user_id, state.triage, state.templates)
        service.ingest([MessageIn.model_validate(m) for m in copies(ROLLED_BACK, range(0, 5), day=2)])
        [later] = service.ingest([MessageIn.model_validate(m) for m in copies(ROLLED_BACK, range(5, 6), day=3)])
        assert template_details(later) == ["same text as 5 other senders"]  # inside the transaction they count
        raise RuntimeError("the import fails after judging")
    assert len(api.get("/v1/messages").json()["messages"]) == 1

    # Nothing of it counts afterwards ...
    [fresh] = api.ingest(msg("new", ROLLED_BACK.format(n="Jordan"), sender="li:newcomer", name="Newcomer", thread="tn", sent_at=at(4)))
    assert template_details(fresh) == []
    # ... and messages stored since (on SQLite they reuse the rolled-back row ids) all count.
    for m in copies(COMMITTED, range(10, 13), day=5):
        api.ingest(m)
    [fourth] = api.ingest(msg("fourth", COMMITTED.format(n="Jordan"), sender="li:late", name="Late", thread="tl", sent_at=at(6)))
    assert template_details(fourth) == ["same text as 3 other senders"]

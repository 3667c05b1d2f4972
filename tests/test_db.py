"""insert_rows stores exactly what SQLAlchemy's own INSERT would, on both backends."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta, timezone

import pytest

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from server.auth.service import create_user
from server.db import insert_rows, make_engine, make_session_factory, session_scope
from server.inbox.models import Message, Party, Thread, Verdict

NOW = datetime(2026, 11, 5, 16, 24, 7, 123456, tzinfo=timezone(timedelta(hours=2)))


def _rows(user_id: int, thread_id: int, tag: str, count: int) -> list[dict]:
    return [{
        "user_id": user_id, "platform": "linkedin", "external_id": f"{tag}-{i}", "thread_id": thread_id,
        "party_id": None, "sender_external_id": "li:ana", "sender_name": "Ana — “Zeta” Labs", "direction": "incoming",
        "text": f"hello 👋 {i}\nsecond line", "word_count": 3, "is_question": i % 2 == 0, "is_decline": False,
        "fingerprint": "f" * 32, "minhash": bytes(range(i % 200, i % 200 + 40)), "sent_at": NOW + timedelta(minutes=i),
    } for i in range(count)]


def _stored(session, tag: str) -> list[tuple]:  # noqa: ANN001
    rows = session.scalars(select(Message).where(Message.external_id.like(f"{tag}-%")).order_by(Message.id)).all()
    return [(m.external_id[len(tag):], m.text, m.sender_name, m.is_question, m.minhash, m.sent_at, m.received_at is not None)
            for m in rows]


@pytest.fixture
def factory(database_url: str) -> Iterator[sessionmaker[Session]]:
    engine = make_engine(database_url)
    yield make_session_factory(engine)
    engine.dispose()


def _user_and_thread(session: Session, party_id: int | None = None) -> tuple[int, int]:
    user, _ = create_user(session, "ana")
    thread = Thread(user_id=user.id, platform="linkedin", external_id="t", party_id=party_id, started_at=NOW,
                    started_by_owner=False)
    session.add(thread)
    session.flush()
    return user.id, thread.id


def test_rows_read_back_as_sqlalchemys_own_insert_stores_them(factory: sessionmaker[Session]) -> None:
    with session_scope(factory) as session:
        user_id, thread_id = _user_and_thread(session)
        session.execute(Message.__table__.insert(), _rows(user_id, thread_id, "core", 3))
        returned = insert_rows(session, Message.__table__, _rows(user_id, thread_id, "fast", 3), returning=("id", "external_id"))
    with session_scope(factory) as session:
        assert _stored(session, "fast") == _stored(session, "core")
        assert [external_id for _, external_id in returned] == ["fast-0", "fast-1", "fast-2"]
        assert _stored(session, "fast")[0][5] == NOW  # an aware datetime, the same instant
        assert {m.id for m in session.scalars(select(Message).where(Message.external_id.like("fast-%")))} == {i for i, _ in returned}


def test_python_defaults_and_json_columns(factory: sessionmaker[Session]) -> None:
    with session_scope(factory) as session:
        user_id, thread_id = _user_and_thread(session)
        [(party_id,)] = insert_rows(session, Party.__table__, [{"user_id": user_id, "platform": "x", "external_id": "x:1",
                                                                "first_seen_at": NOW}], returning=("id",))
        [(message_id,)] = insert_rows(session, Message.__table__, _rows(user_id, thread_id, "m", 1), returning=("id",))
        reasons = [{"signal": "MEETING_ASK", "weight": 1.5, "detail": 'asks for a meeting: "<b>call</b>"'}]
        insert_rows(session, Verdict.__table__, [{"message_id": message_id, "user_id": user_id, "label": "pitch",
                                                  "confidence": 0.9, "patterns": ["templated"], "reasons": reasons,
                                                  "action_kind": "mute", "action_why": "", "model_version": "v"}])
    with session_scope(factory) as session:
        party = session.get(Party, party_id)
        assert party.name == "" and party.connected_at is None  # the column's default, as the ORM would set it
        verdict = session.scalars(select(Verdict)).one()
        assert verdict.reasons == reasons and verdict.patterns == ["templated"]
        assert verdict.created_at.tzinfo is not None


def test_large_batches_are_split_into_several_statements(factory: sessionmaker[Session]) -> None:
    with session_scope(factory) as session:
        user_id, thread_id = _user_and_thread(session)
        returned = insert_rows(session, Message.__table__, _rows(user_id, thread_id, "big", 1201), returning=("external_id",))
    assert sorted(r[0] for r in returned) == sorted(f"big-{i}" for i in range(1201))

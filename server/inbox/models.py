from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, false, LargeBinary, Boolean, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from server.db import Base, UTCDateTime, utcnow


class Party(Base):
    """Someone the owner exchanges messages with, per user and platform."""

    __tablename__ = "parties"
    __table_args__ = (UniqueConstraint("user_id", "platform", "external_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    platform: Mapped[str] = mapped_column(String(16))
    external_id: Mapped[str] = mapped_column(String(200))
    name: Mapped[str] = mapped_column(String(200), default="")
    headline: Mapped[str | None] = mapped_column(String(500), nullable=True)
    profile_url: Mapped[str | None] = mapped_column(String(1000), nullable=True)
    connected_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    # Earliest sent_at of anything seen from or to this party (fallback for connected_at).
    first_seen_at: Mapped[datetime] = mapped_column(UTCDateTime())


class PartyAlias(Base):
    """Another id of a party's person (an X account id for a handle, or the other way round): messages posted with
    it belong to `party_id` (identity.py)."""

    __tablename__ = "party_aliases"
    __table_args__ = (UniqueConstraint("user_id", "platform", "external_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    platform: Mapped[str] = mapped_column(String(16))
    external_id: Mapped[str] = mapped_column(String(200))
    party_id: Mapped[int] = mapped_column(ForeignKey("parties.id", ondelete="CASCADE"), index=True)


class Thread(Base):
    __tablename__ = "threads"
    __table_args__ = (UniqueConstraint("user_id", "platform", "external_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    platform: Mapped[str] = mapped_column(String(16))
    external_id: Mapped[str] = mapped_column(String(200))
    party_id: Mapped[int | None] = mapped_column(ForeignKey("parties.id", ondelete="SET NULL"), nullable=True)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime())
    started_by_owner: Mapped[bool] = mapped_column(Boolean, default=False)
    # The earliest stored message was posted with history "complete": who started the thread is known.
    history_complete: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class Message(Base):
    __tablename__ = "messages"
    __table_args__ = (
        UniqueConstraint("user_id", "platform", "external_id"),
        Index("ix_messages_user_sent", "user_id", "sent_at", "id"),
        Index("ix_messages_user_fingerprint", "user_id", "fingerprint"),
        Index("ix_messages_thread_sent", "thread_id", "sent_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    platform: Mapped[str] = mapped_column(String(16))
    external_id: Mapped[str] = mapped_column(String(200))
    thread_id: Mapped[int] = mapped_column(ForeignKey("threads.id", ondelete="CASCADE"))
    # The other party of the thread (sender for incoming, recipient for outgoing).
    party_id: Mapped[int | None] = mapped_column(
        ForeignKey("parties.id", ondelete="CASCADE"), nullable=True, index=True
    )
    sender_external_id: Mapped[str] = mapped_column(String(200))
    sender_name: Mapped[str] = mapped_column(String(200), default="")
    direction: Mapped[str] = mapped_column(String(8))
    # None when the service runs with store_text disabled or after retention expired it.
    text: Mapped[str | None] = mapped_column(Text, nullable=True)
    # Masked word count: very short texts are never treated as templates.
    word_count: Mapped[int] = mapped_column(Integer, default=0)
    is_question: Mapped[bool] = mapped_column(Boolean, default=False)
    # An owner message that only turns the other party down (does not count as a real reply).
    is_decline: Mapped[bool] = mapped_column(Boolean, default=False)
    # The text says the connection or follow just began ("thanks for connecting"): a known relationship start.
    notes_connection: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # "inmail" | "sponsored" when the site marked the message so.
    channel: Mapped[str | None] = mapped_column(String(16), nullable=True)
    # Set on an inbox-list preview (previews.digest of its snippet); the conversation's message replaces it.
    preview_digest: Mapped[str | None] = mapped_column(String(40), nullable=True)
    fingerprint: Mapped[str] = mapped_column(String(32))
    minhash: Mapped[bytes] = mapped_column(LargeBinary)
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime())
    received_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    verdict: Mapped[Verdict | None] = relationship(
        back_populates="message", uselist=False, cascade="all, delete-orphan"
    )


class MessageAlias(Base):
    """The id of an inbox-list preview that gave way to its conversation's message (previews.py): the client keeps
    using it for that row, so corrections and actions sent with it reach the message."""

    __tablename__ = "message_aliases"
    __table_args__ = (UniqueConstraint("user_id", "platform", "external_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    platform: Mapped[str] = mapped_column(String(16))
    external_id: Mapped[str] = mapped_column(String(200))
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"), index=True)


class Verdict(Base):
    __tablename__ = "verdicts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    label: Mapped[str | None] = mapped_column(String(16), nullable=True)
    confidence: Mapped[float] = mapped_column(Float, default=0.0)
    patterns: Mapped[list[str]] = mapped_column(JSON, default=list)
    reasons: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    action_kind: Mapped[str] = mapped_column(String(16), default="none")
    action_why: Mapped[str] = mapped_column(String(500), default="")
    model_version: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    # The verdict as judged, kept when the owner first corrects this message (None: never corrected here), so that
    # undoing a correction can give the message back the verdict it had without it (feedback.service).
    before_correction: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)

    message: Mapped[Message] = relationship(back_populates="verdict")

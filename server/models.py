"""Imports every ORM model once so Base.metadata is complete (for Alembic and the app)."""

from server.auth.models import ApiToken, User
from server.db import Base
from server.feedback.models import ActionRecord, Correction, ListEntry
from server.inbox.models import Message, Party, Thread, Verdict

__all__ = ["Base", "User", "ApiToken", "Party", "Thread", "Message", "Verdict", "Correction", "ListEntry", "ActionRecord"]

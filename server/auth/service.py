"""Users and API tokens. Tokens are random, shown once, and stored only as a SHA-256 hash."""

from __future__ import annotations

import hashlib
import hmac
import secrets

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from server.auth.models import ApiToken, User
from server.errors import Invalid, Unauthorized

TOKEN_PREFIX = "idp_"


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def issue_token(session: Session, user: User) -> str:
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    session.add(ApiToken(user_id=user.id, token_hash=hash_token(token), prefix=token[:10]))
    session.flush()
    return token


def create_user(session: Session, name: str, timezone: str = "UTC") -> tuple[User, str]:
    name = name.strip()
    if not name or len(name) > 100:
        raise Invalid("user name must be 1 to 100 characters")
    if session.scalar(select(User).where(User.name == name)):
        raise Invalid(f"a user named {name!r} already exists")
    user = User(name=name, timezone=timezone)
    session.add(user)
    session.flush()
    return user, issue_token(session, user)


# Every request runs this: built once.
_TOKEN_AND_USER = (
    select(ApiToken.token_hash, User).join(User, User.id == ApiToken.user_id).where(ApiToken.token_hash == bindparam("digest"))
)


def authenticate(session: Session, token: str) -> User:
    if not token.startswith(TOKEN_PREFIX) or len(token) > 200:
        raise Unauthorized("invalid API token")
    digest = hash_token(token)
    found = session.execute(_TOKEN_AND_USER, {"digest": digest}).first()
    # The lookup is by hash; the constant-time compare guards against any timing leak in the comparison itself.
    if found is None or not hmac.compare_digest(found[0], digest):
        raise Unauthorized("invalid API token")
    return found[1]


def user_count(session: Session) -> int:
    return len(session.scalars(select(User.id).limit(1)).all())

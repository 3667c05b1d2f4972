"""ASGI middleware: request body size limit (413 before the body is parsed), per-token rate limit on every route,
JSON as the default body type."""

from __future__ import annotations

import json

import anyio
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from server.auth.service import hash_token
from server.deps import token_from_request
from server.errors import Unauthorized, error_body
from server.ratelimit import MemoryRateLimiter


class BodySizeLimit:
    """Rejects bodies over `max_bytes` (or over a larger limit for paths like uploads) with a JSON 413."""

    def __init__(self, app: ASGIApp, max_bytes: int, larger: dict[str, int] | None = None) -> None:
        self.app = app
        self.default_max = max_bytes
        self.larger = larger or {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.larger.get(scope["path"], self.default_max)
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > limit:
            await self._reject(send, limit)
            return
        received = 0
        too_large = False

        async def limited_receive() -> Message:
            nonlocal received, too_large
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    too_large = True
                    raise _BodyTooLarge
            return message

        response_started = False

        async def tracking_send(message: Message) -> None:
            nonlocal response_started
            response_started = response_started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except _BodyTooLarge:
            if not response_started:
                await self._reject(send, limit)
        except Exception:
            if too_large and not response_started:
                await self._reject(send, limit)
            else:
                raise

    async def _reject(self, send: Send, limit: int) -> None:
        await _send_error(send, 413, "payload_too_large", f"request body is larger than {limit} bytes")


class _BodyTooLarge(Exception):
    pass


class RateLimit:
    """The per-token request limit (app.state.rate_limiter), for every route: here rather than in a route's
    dependencies, so no route can skip it (the HTML report did). A request counts against the token it presents,
    whatever its route; one without a token does no per-user work (401, /healthz, the API schema) and is not counted."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        limiter = getattr(scope["app"].state, "rate_limiter", None) if scope["type"] == "http" else None
        if limiter is None:
            await self.app(scope, receive, send)
            return
        try:
            key = hash_token(token_from_request(Request(scope)))[:32]
        except Unauthorized:
            await self.app(scope, receive, send)
            return
        if isinstance(limiter, MemoryRateLimiter):
            decision = limiter.hit(key)
        else:  # Redis answers over the network: asked from a worker thread, so it never stalls the event loop
            decision = await anyio.to_thread.run_sync(limiter.hit, key)
        if decision.allowed:
            await self.app(scope, receive, send)
            return
        await _send_error(send, 429, "rate_limited", "too many requests for this token, slow down",
                          ((b"retry-after", str(decision.retry_after).encode()),))


async def _send_error(send: Send, status: int, code: str, message: str, headers: tuple[tuple[bytes, bytes], ...] = ()) -> None:
    """An error answer in the API's shape, sent before the app has seen the request."""
    body = json.dumps(error_body(code, message)).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()), *headers]})
    await send({"type": "http.response.body", "body": body})


# Endpoints that take form uploads, not JSON.
FORM_PATHS = frozenset({"/v1/imports"})


class JsonByDefault:
    """Treat API bodies sent without a JSON content type (curl's default is a form) as JSON.

    Without this, a malformed or form-typed body is reported as "not an object" instead of its real problem.
    Multipart uploads keep their type.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (scope["type"] == "http" and scope["method"] in ("POST", "PUT", "PATCH") and scope["path"].startswith("/v1/")
                and scope["path"] not in FORM_PATHS):
            headers = [(k, v) for k, v in scope.get("headers", []) if k != b"content-type"]
            current = dict(scope.get("headers", [])).get(b"content-type", b"")
            if not current.startswith(b"multipart/") and b"json" not in current:
                scope = dict(scope, headers=[*headers, (b"content-type", b"application/json")])
        await self.app(scope, receive, send)

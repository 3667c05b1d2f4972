"""One typed error tree and the handlers that turn every failure into {"error": {"code", "message"}}."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlalchemy.exc import DBAPIError, OperationalError
from starlette.exceptions import HTTPException as StarletteHTTPException

log = logging.getLogger("inchdeep")


class AppError(Exception):
    status = 400
    code = "bad_request"

    def __init__(self, message: str, *, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.headers = headers


class Unauthorized(AppError):
    status, code = 401, "unauthorized"


class NotFound(AppError):
    status, code = 404, "not_found"


class Invalid(AppError):
    status, code = 422, "invalid"


class PayloadTooLarge(AppError):
    status, code = 413, "payload_too_large"


class ErrorDetail(BaseModel):
    field: str
    message: str


class ErrorInfo(BaseModel):
    code: str
    message: str
    details: list[ErrorDetail] | None = None


class ErrorResponse(BaseModel):
    """The body of every error answer, as published in the OpenAPI schema."""

    error: ErrorInfo


# Declared on every operation, so the schema documents the real error body (not FastAPI's default 422 shape).
ERROR_RESPONSES: dict[int | str, dict] = {
    status: {"model": ErrorResponse, "description": description,
             # Explicit too, for routes whose own response class is not JSON (the HTML report): errors are JSON.
             "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorResponse"}}}}
    for status, description in ((401, "Missing or invalid API token"), (404, "Not found"), (413, "Body too large"),
                                (422, "Invalid request"), (429, "Rate limited (see Retry-After)"),
                                (503, "Database unavailable (see Retry-After)"))
}


def error_body(code: str, message: str, **extra) -> dict:  # noqa: ANN003
    return {"error": {"code": code, "message": message, **extra}}


def _location(loc: tuple) -> str:
    parts = [str(p) for p in loc if p not in ("body",)]
    return ".".join(parts) or "body"


def error_response(status: int, code: str, message: str, headers: dict[str, str] | None = None,
                   **extra) -> JSONResponse:  # noqa: ANN003
    """An error answer in the API's shape. A 5xx says `Connection: close`: after a 500 the server drops the
    keep-alive connection (Starlette re-raises the error to it), and a client not told so sends its next request into
    a closed socket. A 503 closes it too, so a retry opens a fresh connection."""
    if status >= 500:
        headers = {**(headers or {}), "Connection": "close"}
    return JSONResponse(error_body(code, message, **extra), status_code=status, headers=headers)


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(AppError)
    async def _app_error(_: Request, exc: AppError) -> JSONResponse:
        return error_response(exc.status, exc.code, exc.message, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _validation(_: Request, exc: RequestValidationError) -> JSONResponse:
        errors = exc.errors()
        details = [{"field": _location(tuple(e.get("loc", ()))), "message": e.get("msg", "invalid")} for e in errors[:20]]
        first = details[0] if details else {"field": "body", "message": "invalid request"}
        if any(e.get("type") == "json_invalid" for e in errors):
            return error_response(422, "malformed_json", "the request body is not valid JSON")
        return error_response(422, "invalid", f"{first['field']}: {first['message']}", details=details)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = {404: "not_found", 405: "method_not_allowed", 401: "unauthorized"}.get(exc.status_code, "http_error")
        return error_response(exc.status_code, code, str(exc.detail), getattr(exc, "headers", None))

    @app.exception_handler(OperationalError)
    async def _db_down(_: Request, exc: OperationalError) -> JSONResponse:
        log.warning("database unavailable: %s", exc.orig)
        return error_response(503, "unavailable", "the database is unavailable, try again shortly", {"Retry-After": "2"})

    @app.exception_handler(DBAPIError)
    async def _db_error(_: Request, exc: DBAPIError) -> JSONResponse:
        if exc.connection_invalidated:
            return error_response(503, "unavailable", "the database connection was lost, try again", {"Retry-After": "2"})
        log.exception("database error")
        return error_response(500, "internal", "an internal error occurred")

    @app.exception_handler(Exception)
    async def _unexpected(_: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error", exc_info=exc)
        return error_response(500, "internal", "an internal error occurred")

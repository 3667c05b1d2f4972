"""The app factory: one place that builds the engine, sessions and triage model and wires the routers."""

from __future__ import annotations

import asyncio
import gc
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from server import __version__
from server.config import Settings
from server.db import make_engine, make_session_factory
from server.errors import ERROR_RESPONSES, error_response, install_error_handlers
from server.importers.staging import remove_abandoned_staging
from server.inbox.service import TemplateCache
from server.middleware import BodySizeLimit, JsonByDefault, RateLimit
from server.privacy import retention_loop
from server.ratelimit import build_rate_limiter
from server.triage.engine import TriageEngine

log = logging.getLogger("inchdeep")


def build_triage(settings: Settings) -> TriageEngine:
    from server.triage.factory import build_engine

    return build_engine(settings)


def freeze_startup_objects() -> bool:
    """Move everything built at start-up (modules, the model, SQLAlchemy's mappers: ≈ 140,000 objects) out of the
    garbage collector's view. Otherwise every full collection walks them all again: a ≈ 110 ms pause in the middle
    of some request, every few thousand messages ingested. They live as long as the app anyway. False if already frozen
    (a second app in one process, as in the tests), so only the first app unfreezes at shutdown."""
    if gc.get_freeze_count():
        return False
    gc.collect()
    gc.freeze()
    return True


def limit_malloc_arenas(arenas: int = 2) -> None:
    """glibc gives every thread its own heap arena; with a thread pool that multiplies the service's memory.
    Two arenas are plenty for a 2-core service (must run before the worker threads start)."""
    import ctypes

    try:
        ctypes.CDLL("libc.so.6").mallopt(-8, arenas)  # M_ARENA_MAX
    except (OSError, AttributeError):  # not glibc
        pass


def create_app(settings: Settings | None = None, *, triage: TriageEngine | None = None) -> FastAPI:
    settings = settings or Settings()
    limit_malloc_arenas()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        for path in remove_abandoned_staging():
            log.info("removed the staging files of an import that never finished: %s", path.name)
        engine = make_engine(settings.database_url)
        app.state.db_engine = engine
        app.state.session_factory = make_session_factory(engine)
        app.state.triage = triage or build_triage(settings)
        app.state.templates = TemplateCache()
        app.state.rate_limiter = build_rate_limiter(settings.rate_limit_per_minute, settings.redis_url)
        retention = asyncio.create_task(retention_loop(app, settings.retention_days)) if settings.retention_days > 0 else None
        app.state.triage.warm_up()
        log.info("inchdeep %s ready (triage %s)", __version__, app.state.triage.version)
        frozen = freeze_startup_objects()
        try:
            yield
        finally:
            if frozen:
                gc.unfreeze()
            if retention:
                retention.cancel()
            engine.dispose()

    app = FastAPI(title="inchdeep", version=__version__, lifespan=lifespan, responses=ERROR_RESPONSES,
                  description="Explainable triage for LinkedIn and X inboxes.")
    app.state.settings = settings
    install_error_handlers(app)
    # Inside CORS: a 429 carries the CORS headers the extension needs to read it.
    app.add_middleware(RateLimit)
    app.add_middleware(
        CORSMiddleware,
        allow_origins=settings.cors_origins,
        allow_origin_regex=r"chrome-extension://[a-p]{32}",
        allow_methods=["GET", "POST", "DELETE", "OPTIONS"],
        allow_headers=["Authorization", "Content-Type"],
    )
    app.add_middleware(JsonByDefault)
    app.add_middleware(BodySizeLimit, max_bytes=settings.max_body_bytes, larger={"/v1/imports": settings.max_import_bytes})

    from server.feedback.router import router as feedback_router
    from server.importers.router import router as imports_router
    from server.privacy import router as privacy_router
    from server.inbox.router import router as inbox_router
    from server.reports.router import router as reports_router
    from server.suggestions.router import router as suggestions_router

    app.include_router(inbox_router)
    app.include_router(feedback_router)
    app.include_router(suggestions_router)
    app.include_router(reports_router)
    app.include_router(imports_router)
    app.include_router(privacy_router)

    @app.get("/healthz", tags=["health"])
    def healthz() -> dict:
        return {"status": "ok", "version": __version__, "triage": app.state.triage.version}

    @app.get("/readyz", tags=["health"], responses={200: {"description": "The database answers with the whole schema"}})
    def readyz():  # noqa: ANN202
        """Readiness, no auth: 503 while the database is unreachable or lacks a table the service uses."""
        from sqlalchemy import inspect
        from sqlalchemy.exc import SQLAlchemyError

        from server.db import Base

        try:
            with app.state.db_engine.connect() as connection:
                missing = set(Base.metadata.tables) - set(inspect(connection).get_table_names())
        except SQLAlchemyError as exc:
            log.warning("not ready: database unreachable: %s", exc)
            return error_response(503, "unavailable", "the database is unreachable", {"Retry-After": "2"})
        if missing:
            return error_response(503, "unavailable", f"the database schema is missing {len(missing)} tables "
                                                      "(run `inchdeep serve` or the migrations)", {"Retry-After": "2"})
        return {"status": "ready"}

    return app

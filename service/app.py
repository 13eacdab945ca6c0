"""The application factory: settings, pool, the /v1 router, problem+json, OpenAPI."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from litestar import Litestar, Request, Response, Router, get
from litestar.datastructures import State
from litestar.di import Provide
from litestar.openapi import OpenAPIConfig
from litestar.openapi.plugins import ScalarRenderPlugin
from litestar.plugins.prometheus import PrometheusConfig, PrometheusController

from service.articles.controller import ArticleController
from service.db import create_pool, database_url
from service.entities.controller import EntityController
from service.errors import EXCEPTION_HANDLERS, problem_response
from service.events.controller import EventController
from service.migrate import head_revision
from service.nlp.pipeline import Pipeline, get_pipeline
from service.pagination import CursorCodec
from service.settings import Settings
from service.statements.controller import StatementController
from service.web import (
    PoolLike,
    RequestIdMiddleware,
    provide_connection,
    provide_cursor_codec,
    reject_unknown_query,
)

log = logging.getLogger(__name__)


@get("/health", operation_id="health", tags=["operations"], include_in_schema=True)
async def health() -> dict[str, str]:
    """The process is up."""
    return {"status": "ok"}


@get("/ready", operation_id="ready", tags=["operations"])
async def ready(request: Request[Any, Any, State], state: State) -> Response[Any]:
    """The database is reachable and migrated to the code's schema; 503 otherwise."""
    try:
        async with state.pool.acquire() as conn:
            version = await conn.fetchval("SELECT version_num FROM alembic_version")
    except Exception as exc:  # any failure to reach the database means "not ready"
        log.warning("not ready: %s", type(exc).__name__)
        version = None
    expected = head_revision()
    if version != expected:
        return problem_response(request, 503, "The database is unreachable or not migrated.")
    return Response({"status": "ready", "schema": version})


def create_app(
    settings: Settings | None = None,
    *,
    pool: PoolLike | None = None,
    pipeline: Pipeline | None = None,
) -> Litestar:
    """Build the ASGI app; the pool is created in the lifespan only when none is injected."""
    settings = settings or Settings.from_env()

    @asynccontextmanager
    async def lifespan(app: Litestar) -> AsyncIterator[None]:
        if pool is not None:  # injected: its owner opens and closes it
            yield
            return
        with database_url(settings) as url:
            app.state.pool = await create_pool(url, settings)
            try:
                yield
            finally:
                await app.state.pool.close()

    v1 = Router(
        path="/v1",
        route_handlers=[ArticleController, EntityController, EventController, StatementController],
    )
    prometheus = PrometheusConfig(app_name="newsgraph", group_path=True)
    return Litestar(
        route_handlers=[v1, health, ready, PrometheusController],
        lifespan=[lifespan],
        state=State(
            {
                "settings": settings,
                "pipeline": pipeline or get_pipeline(),
                "cursor_codec": CursorCodec(settings.cursor_secret),
                **({"pool": pool} if pool is not None else {}),
            }
        ),
        dependencies={
            "conn": Provide(provide_connection),
            "cursor_codec": Provide(provide_cursor_codec, sync_to_thread=False),
        },
        before_request=reject_unknown_query,
        logging_config=None,  # the CLI configures logging once for the whole process
        exception_handlers=EXCEPTION_HANDLERS,
        middleware=[RequestIdMiddleware, prometheus.middleware],
        openapi_config=OpenAPIConfig(
            title="newsgraph",
            version="1.0.0",
            description="News turned into facts: articles, entities, events and statements.",
            path="/schema",
            render_plugins=[ScalarRenderPlugin()],
        ),
    )

"""The application factory: middleware, error handlers, operation ids, routers, the web app."""

from __future__ import annotations

import gc
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.routing import APIRoute
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app import models
from app.api import include_api
from app.api_keys import service as api_keys_service
from app.auth import service as auth_service
from app.auth.dependencies import subject_of_request
from app.core.access import assert_every_model_scoped
from app.core.config import Settings, get_settings
from app.core.db import create_engine, create_sessionmaker
from app.core.errors import NotFound, install_error_handlers, problem_responses
from app.core.events import assert_every_entity_tracked
from app.core.listen import DIRECTORY_CHANNEL, listening
from app.core.logging import configure_logging
from app.core.metrics import MetricsMiddleware, metrics_answer, queue_rows
from app.core.middleware import (
    MULTIPART_ALLOWANCE,
    BodySizeLimitMiddleware,
    CompleteAllowMiddleware,
    RejectNulMiddleware,
    RequestContextMiddleware,
    SecurityHeadersMiddleware,
    shared_openapi_paths,
    web_app_csp,
)
from app.core.rate_limits import RateLimitHeadersMiddleware
from app.core.reads import document_partial_answers
from app.core.routing import answer_parameter_introspection_once
from app.discounts import service as discounts_service
from app.inventory import service as inventory_service

API_DESCRIPTION = """
The sales management API: leads, customers, pipelines, quotes, orders, deliveries,
invoices and payments, for the web dashboard, the field app and ERP integrations.

* Authenticate with `POST /api/v1/auth/login` and send `Authorization: Bearer <token>`.
  Integrations use an API key (`X-API-Key: sk_live_…`, made by an admin) or trade it
  for a token at `POST /api/v1/oauth/token` (OAuth2 client credentials).
* Lists use keyset pagination: `?limit=` (≤ 200), `?cursor=` from `next_cursor`.
* `PATCH` needs `If-Match` with the `ETag` you read; any write may carry an
  `Idempotency-Key` so a retry replays the first answer.
* Errors are RFC 9457 `application/problem+json` with a stable `code`.
* Money is a decimal string beside a `currency` code.
* Limits: an API key may make 600 requests a minute (`SALES_API_KEY_RATE_LIMIT`); every
  answer to a key carries `RateLimit-Limit`, `RateLimit-Remaining` and `RateLimit-Reset`,
  and past the limit the answer is a 429 with `Retry-After`. Bodies are at most 1 MiB
  (uploads 10 MB); a list page at most 200 items; a pushed sync batch at most 1,000
  records.
"""


# The cyclic collector's young-generation threshold while serving (Python's is 700).
YOUNG_COLLECTION_THRESHOLD = 10_000


def operation_id(route: APIRoute) -> str:
    """``{tag}_{name}`` with the tag's noun dropped from the name: ``customers_list``."""
    tag = str(route.tags[0]).replace("-", "_") if route.tags else "default"
    singular = tag[:-3] + "y" if tag.endswith("ies") else tag.removesuffix("s")
    name = route.name
    for noun in (tag, singular):
        if name.endswith(f"_{noun}"):
            name = name.removesuffix(f"_{noun}")
            break
    return f"{tag}_{name}"


def create_app(
    settings: Settings | None = None,
    sessionmaker: async_sessionmaker[AsyncSession] | None = None,
) -> FastAPI:
    settings = settings or get_settings()
    answer_parameter_introspection_once()
    configure_logging(json=settings.log_json)
    mapped = [m.class_ for m in models.Base.registry.mappers]
    assert_every_model_scoped(mapped)
    assert_every_entity_tracked(mapped)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if getattr(app.state, "sessionmaker", None) is not None:
            yield  # a sessionmaker given from outside (tests): no caches
            return
        # No pre-ping (a round trip per request); connections are recycled instead.
        engine = create_engine(
            settings.database_url, pool_recycle=1800, pool_size=settings.db_pool_size
        )
        # The routes' templates (the metrics' labels), before a first request waits for them.
        shared_openapi_paths(app.openapi).prepare()
        app.state.sessionmaker = create_sessionmaker(engine)
        async with listening(
            settings.database_url,
            DIRECTORY_CHANNEL,
            auth_service.PRINCIPALS,
            api_keys_service.CREDENTIALS,
            discounts_service.LIMITS,
            inventory_service.DEFAULT_WAREHOUSE,
        ):
            # What start-up made (modules, routes, schemas, mappers: some 400,000 objects)
            # lives as long as the process: out of the cyclic collector's sight, so its
            # full collections stop rescanning it under load (a pushed batch allocates
            # enough to trigger them).
            gc.freeze()
            # And the young generation is collected after 10,000 net allocations, not
            # Python's 700: a request's own objects (a pushed batch's records, a page's
            # rows) then mostly die by their counts before a collection walks them, and
            # fewer live on into older generations to be walked again. A push of 10,000
            # changes: 216 young and 19 middle collections (34 ms) → 2 and 0 (4 ms).
            gc.set_threshold(YOUNG_COLLECTION_THRESHOLD, *gc.get_threshold()[1:])
            yield
        await engine.dispose()

    app = FastAPI(
        title="Sales Management API",
        version="1.0.0",
        description=API_DESCRIPTION,
        lifespan=lifespan,
        generate_unique_id_function=operation_id,
        responses=problem_responses(400, 413),
    )
    app.state.settings = settings
    app.state.sessionmaker = sessionmaker
    app.state.subject_resolver = subject_of_request

    install_error_handlers(app)
    paths = shared_openapi_paths(lambda: app.openapi())
    app.add_middleware(CompleteAllowMiddleware, paths=paths)
    app.add_middleware(RejectNulMiddleware)
    app.add_middleware(
        BodySizeLimitMiddleware,
        max_bytes=settings.max_body_bytes,
        upload_max_bytes=settings.max_upload_bytes + MULTIPART_ALLOWANCE,
    )
    app.add_middleware(
        CORSMiddleware,
        allow_origins=settings.cors_origins,
        allow_methods=["*"],
        allow_headers=["*"],
        expose_headers=["ETag", "X-Request-ID", "Retry-After", "Idempotent-Replayed"],
    )
    app.add_middleware(SecurityHeadersMiddleware, web_csp=web_app_csp(settings.csp_img_sources))
    app.add_middleware(RateLimitHeadersMiddleware)
    app.add_middleware(MetricsMiddleware, paths=paths)
    app.add_middleware(RequestContextMiddleware)

    @app.get("/health", tags=["system"], include_in_schema=True)
    async def health() -> dict[str, str]:
        """Liveness: the process answers."""
        return {"status": "ok"}

    @app.get("/ready", tags=["system"], responses=problem_responses(503))
    async def ready(request: Request) -> Response:
        """Readiness: the database answers, and so does the job queue (its tables); the
        answer says how many jobs wait and how old the oldest is (a stalled worker shows
        there, without taking the API out of service)."""
        try:
            async with request.app.state.sessionmaker() as session:
                queues = await queue_rows(session)
        except Exception:
            return JSONResponse({"status": "unavailable"}, status_code=503)
        waiting = sum(row.waiting for row in queues)
        oldest = max((float(row.oldest or 0) for row in queues), default=0.0)
        return JSONResponse(
            {
                "status": "ok",
                "database": "ok",
                "queue": {"waiting": waiting, "oldest_waiting_seconds": round(oldest, 1)},
            }
        )

    @app.get("/metrics", tags=["system"], include_in_schema=False)
    async def metrics(request: Request) -> Response:
        """Prometheus exposition for a scraper with ``SALES_METRICS_TOKEN`` (core/metrics.py)."""
        async with request.app.state.sessionmaker() as session:
            return await metrics_answer(
                request, token=request.app.state.settings.metrics_token, session=session
            )

    include_api(app)
    generated = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = document_partial_answers(generated())
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    if settings.web_dist is not None:
        _serve_web_app(app, settings.web_dist)
    return app


def _serve_web_app(app: FastAPI, dist: Path) -> None:
    """Serve the built dashboard from the API's origin; unknown paths get index.html so
    the client-side router handles deep links."""
    root = dist.resolve()
    index = root / "index.html"

    @app.get("/{path:path}", include_in_schema=False)
    async def web_app(path: str) -> Response:
        if path == "api" or path.startswith("api/"):
            raise NotFound()
        candidate = (root / path).resolve()
        if path and candidate.is_file() and candidate.is_relative_to(root):
            return FileResponse(candidate)
        if not index.is_file():
            raise NotFound("The web app is not built; run `make web-build`")
        return FileResponse(index, headers={"Cache-Control": "no-cache"})

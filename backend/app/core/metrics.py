"""Prometheus metrics at ``/metrics``: what an operator graphs and alerts on.

* requests: a counter and a latency histogram per method, route *template*
  (``/api/v1/customers/{customer_id}``, never the raw path: ids would make a series
  each) and status class; unmatched paths share one label;
* the job queue: jobs waiting and the age of the oldest (procrastinate's table), jobs
  failed; read when scraped, one statement;
* what domains add, read when scraped (``on_scrape``): the webhooks' deliveries waiting
  and retrying, and the webhooks disabled;
* the database pool: connections in use and idle, per process.

The endpoint is for a scraper, not for people: it answers only a bearer token equal
to ``SALES_METRICS_TOKEN`` (compared in constant time); without one configured it is
a 404. With several API processes per host (``uvicorn --workers``), set
``PROMETHEUS_MULTIPROC_DIR`` to an empty directory so each process's counts are
summed (prometheus_client's multiprocess mode). Decision: docs/decisions/0041.
"""

from __future__ import annotations

import hmac
import os
import time
from collections.abc import Awaitable, Callable
from typing import Any

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)
from prometheus_client import multiprocess as prometheus_multiprocess
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.core.errors import NotFound
from app.core.middleware import OpenApiPaths

REQUESTS = Counter(
    "sales_http_requests_total",
    "HTTP requests answered, by method, route template and status class",
    ["method", "route", "status"],
)
LATENCY = Histogram(
    "sales_http_request_duration_seconds",
    "Time to answer, by method and route template",
    ["method", "route"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
)
QUEUE_WAITING = Gauge(
    "sales_jobs_waiting", "Jobs waiting to run, by queue", ["queue"], multiprocess_mode="max"
)
QUEUE_OLDEST = Gauge(
    "sales_jobs_oldest_waiting_seconds",
    "Age of the oldest job waiting to run, by queue",
    ["queue"],
    multiprocess_mode="max",
)
JOBS_FAILED = Gauge("sales_jobs_failed", "Jobs that failed for good", multiprocess_mode="max")
POOL_IN_USE = Gauge(
    "sales_db_pool_connections_in_use",
    "Database connections checked out by this process",
    multiprocess_mode="livesum",
)
POOL_IDLE = Gauge(
    "sales_db_pool_connections_idle",
    "Database connections idle in this process's pool",
    multiprocess_mode="livesum",
)
UNMATCHED = "unmatched"

# Jobs due now (not those scheduled for later), aged from when they became due: their
# schedule, else when they were deferred (procrastinate's first event of the job).
QUEUE_SQL = text(
    """
    SELECT j.queue_name,
           count(*) FILTER (WHERE j.status = 'todo') AS waiting,
           extract(epoch FROM now() - min(coalesce(j.scheduled_at, (
               SELECT min(e.at) FROM procrastinate_events AS e WHERE e.job_id = j.id
           ))) FILTER (WHERE j.status = 'todo')) AS oldest,
           count(*) FILTER (WHERE j.status = 'failed') AS failed
    FROM procrastinate_jobs AS j
    WHERE j.status = 'failed'
       OR (j.status = 'todo' AND (j.scheduled_at IS NULL OR j.scheduled_at <= now()))
    GROUP BY j.queue_name
    """
)


class MetricsMiddleware:
    """Counts and times every HTTP request by its route template: the OpenAPI path the
    matched route answers (found once per route, then remembered). Never the raw path:
    its ids would make a series per record. (The route's own ``path`` lacks the prefixes
    it was included under, so the template comes from the document.)"""

    def __init__(self, app: ASGIApp, paths: OpenApiPaths) -> None:
        self.app = app
        self.paths = paths
        self._templates: dict[int, str] = {}

    def route_label(self, scope: Scope) -> str:
        route = scope.get("route")
        if route is None:
            return UNMATCHED
        known = self._templates.get(id(route))
        if known is None:
            found = self.paths.template(scope["path"], scope["method"])
            known = found or str(getattr(route, "path", UNMATCHED))
            self._templates[id(route)] = known
        return known

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500

        async def send_with_status(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_with_status)
        finally:
            method, route = scope["method"], self.route_label(scope)
            REQUESTS.labels(method, route, f"{status // 100}xx").inc()
            LATENCY.labels(method, route).observe(time.perf_counter() - started)


ScrapeReader = Callable[[AsyncSession], Awaitable[None]]
_SCRAPE_READERS: list[ScrapeReader] = []


def on_scrape(reader: ScrapeReader) -> ScrapeReader:
    """Register a domain's reader of its own gauges, run (one statement, please) each time
    /metrics is scraped: core knows no domain, domains bring their figures."""
    _SCRAPE_READERS.append(reader)
    return reader


def _authorized(request: Request, token: str | None) -> bool:
    if not token:
        return False
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    return scheme.lower() == "bearer" and hmac.compare_digest(given.encode(), token.encode())


async def queue_rows(session: AsyncSession) -> list[Any]:
    """Per queue: jobs waiting (due now), the oldest one's age in seconds, jobs failed."""
    return list((await session.execute(QUEUE_SQL)).all())


async def _read_queue(session: AsyncSession) -> None:
    rows = await queue_rows(session)
    failed = 0
    QUEUE_WAITING.clear()
    QUEUE_OLDEST.clear()
    for queue, waiting, oldest, failed_here in rows:
        QUEUE_WAITING.labels(queue).set(waiting)
        QUEUE_OLDEST.labels(queue).set(float(oldest or 0))
        failed += failed_here
    JOBS_FAILED.set(failed)


def _read_pool(engine: AsyncEngine) -> None:
    pool: Any = engine.pool
    if hasattr(pool, "checkedout"):
        POOL_IN_USE.set(pool.checkedout())
        POOL_IDLE.set(pool.checkedin())


async def metrics_answer(request: Request, *, token: str | None, session: AsyncSession) -> Response:
    """The exposition, for a scraper holding the token; a 404 to anyone else."""
    if not _authorized(request, token):
        raise NotFound()
    await _read_queue(session)
    for reader in _SCRAPE_READERS:
        await reader(session)
    _read_pool((await session.connection()).engine)
    directory = os.environ.get("PROMETHEUS_MULTIPROC_DIR")
    if directory:
        registry = CollectorRegistry()
        prometheus_multiprocess.MultiProcessCollector(registry, path=directory)  # type: ignore[no-untyped-call]
        body = generate_latest(registry)
    else:
        body = generate_latest()
    return Response(body, media_type=CONTENT_TYPE_LATEST)

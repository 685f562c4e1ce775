"""The job worker: ``python -m app.worker`` (``make run`` starts it beside the API; compose
runs it as its own service).

It runs procrastinate's worker over every domain's tasks, plus the platform's own:
  * ``events.project``: run the event-stream consumers (``core/projections.py``);
    deferred whenever a transaction writes events (the worker listens for the
    ``sales_events`` notification) and once a minute as a safety net;
  * ``idempotency.purge``: forget stored Idempotency-Key answers past their retention;
  * ``rate_limits.purge``: drop past rate-limit windows (the PostgreSQL store);
  * ``files.discard``: forget the bytes of removed files (app/files/jobs.py);
  * ``webhooks.send_due``: send webhook deliveries (app/webhooks/jobs.py);
  * ``imports.run``: dry-run or run an import by external id (app/imports/jobs.py);
  * ``exports.run``: write an export's file (app/exports/jobs.py);
  * ``reports.snapshot_forecasts``: the month's forecast snapshot (app/reports/jobs.py);
  * the domains' tasks (lead rescoring, due reminders, ...).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from datetime import timedelta
from typing import Any

import psycopg
from procrastinate import App, Blueprint

from app.activities import jobs as activity_jobs
from app.core import idempotency, jobs, projections, rate_limits
from app.core.clock import utcnow
from app.core.config import get_settings
from app.core.db import create_engine, create_sessionmaker
from app.core.logging import configure_logging
from app.exports import jobs as export_jobs
from app.files import jobs as file_jobs
from app.imports import jobs as import_jobs
from app.inventory import jobs as inventory_jobs
from app.leads import jobs as lead_jobs
from app.quotes import jobs as quote_jobs
from app.reports import jobs as report_jobs
from app.webhooks import jobs as webhook_jobs

log = logging.getLogger("app.worker")
PROJECT_TASK = "events.project"
platform = Blueprint()


@platform.task(name=PROJECT_TASK, retry=jobs.DEFAULT_RETRY, queueing_lock=PROJECT_TASK)
async def project_events() -> int:
    return await project_all()


@platform.periodic(cron="* * * * *", periodic_id="safety-net")
@platform.task(name="events.project_periodically", queueing_lock="events.project_periodically")
async def project_events_periodically(timestamp: int) -> int:
    return await project_all()


async def project_all() -> int:
    """Run every consumer until it has caught up; answer how many events were read."""
    total = 0
    for consumer in projections.consumers():
        while True:
            async with jobs.job_session() as session:
                read = await projections.run_consumer(session, consumer)
            total += read
            if read < projections.BATCH:
                break
    return total


@platform.periodic(cron="17 * * * *", periodic_id="hourly")
@platform.task(name="idempotency.purge", retry=jobs.DEFAULT_RETRY)
async def purge_idempotency_keys(timestamp: int) -> int:
    retention = timedelta(hours=get_settings().idempotency_retention_hours)
    async with jobs.job_session() as session:
        return await idempotency.purge_before(session, utcnow() - retention)


@platform.periodic(cron="23 * * * *", periodic_id="hourly")
@platform.task(name="rate_limits.purge", retry=jobs.DEFAULT_RETRY)
async def purge_rate_limit_windows(timestamp: int) -> int:
    async with jobs.job_session() as session:
        return await rate_limits.purge_windows(session)


BLUEPRINTS = [
    platform,
    lead_jobs.blueprint,
    activity_jobs.blueprint,
    quote_jobs.blueprint,
    inventory_jobs.blueprint,
    file_jobs.blueprint,
    webhook_jobs.blueprint,
    import_jobs.blueprint,
    export_jobs.blueprint,
    report_jobs.blueprint,
]


def create_job_app(database_url: str | None = None, *, periodic: bool = True) -> App:
    url = database_url or get_settings().database_url
    return jobs.create_job_app(url, BLUEPRINTS, periodic=periodic)


def task_functions() -> dict[str, Any]:
    """Every task's plain function by name (tests run queued jobs through these)."""
    found: dict[str, Any] = {}
    for blueprint in BLUEPRINTS:
        for name, task in blueprint.tasks.items():
            found[name] = task.func
    return found


async def _defer_projection_on_notify(app: App, database_url: str) -> None:
    """Wake the projection when a transaction writes events (one notification per
    transaction; a burst leaves one waiting job thanks to the queueing lock)."""
    conninfo = jobs.libpq_url(database_url)
    while True:
        try:
            async with await psycopg.AsyncConnection.connect(conninfo, autocommit=True) as conn:
                await conn.execute(f"LISTEN {projections.NOTIFY_CHANNEL}")
                async for _ in conn.notifies():
                    await _defer_projection(app)
        except (psycopg.OperationalError, OSError) as error:
            log.warning("event listener lost its connection (%s); reconnecting", error)
            await asyncio.sleep(2)


async def _defer_projection(app: App) -> None:
    with contextlib.suppress(Exception):  # already queued (the queueing lock)
        await app.configure_task(PROJECT_TASK, queueing_lock=PROJECT_TASK).defer_async()


async def run(database_url: str | None = None, *, concurrency: int = 4) -> None:
    database_url = database_url or get_settings().database_url
    engine = create_engine(database_url, pool_pre_ping=True)
    jobs.runtime.sessionmaker = create_sessionmaker(engine)
    app = create_job_app(database_url)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    async with app.open_async():
        await _defer_projection(app)  # catch up with what happened while stopped
        worker = asyncio.create_task(
            app.run_worker_async(
                concurrency=concurrency,
                install_signal_handlers=False,
                worker_middleware=[jobs.record_failures],
            )
        )
        listener = asyncio.create_task(_defer_projection_on_notify(app, database_url))
        log.info("worker started")
        await stop.wait()
        listener.cancel()
        worker.cancel()
        for task in (listener, worker):
            with contextlib.suppress(asyncio.CancelledError):
                await task
    await engine.dispose()
    log.info("worker stopped")


def main() -> None:
    settings = get_settings()
    configure_logging(json=settings.log_json)
    logging.basicConfig(level=logging.INFO)
    asyncio.run(run(settings.database_url))


if __name__ == "__main__":
    main()

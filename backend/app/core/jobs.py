"""Background jobs: procrastinate, a job queue that lives in PostgreSQL.

Why procrastinate (docs/decisions/0010-background-jobs.md): PostgreSQL is already the
one server the system needs, so the queue adds no Redis to ``make run``; jobs are rows,
so a request defers a job *in its own transaction* (a rolled-back request leaves no
job behind, a committed one never loses it); workers take jobs with ``SKIP LOCKED``
and wake on ``LISTEN/NOTIFY``; retries back off exponentially; periodic tasks are
deferred once across all workers; and ``lock`` runs the jobs of one record in order.

Each domain declares its tasks in its ``jobs.py`` on a ``Blueprint``; ``app/worker.py``
gathers them. A task opens its own session with ``job_session()`` (as the system).
"""

from __future__ import annotations

import json
import logging
import traceback
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from procrastinate import App, Blueprint, JobContext, PsycopgConnector, RetryStrategy
from sqlalchemy import BigInteger, Index, String, Text, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlalchemy.orm import Mapped, mapped_column

from app.core.access import ROLE_PERMISSIONS, Principal, Role, register_unscoped
from app.core.clock import utcnow
from app.core.db import Base
from app.core.ids import new_id

log = logging.getLogger(__name__)

# 2, 4, 8, ... seconds between attempts; a job that failed 8 times stays failed (an
# admin sees it in GET /api/v1/jobs?status=failed and may retry it).
DEFAULT_RETRY = RetryStrategy(max_attempts=8, exponential_wait=2)
DEFAULT_QUEUE = "default"

SYSTEM = Principal(
    user_id=None, role=Role.ADMIN, permissions=ROLE_PERMISSIONS[Role.ADMIN], label="system"
)


class JobError(Base):
    """Why an attempt of a job failed (procrastinate keeps statuses, not errors): what an
    admin reads beside a failed job before retrying it."""

    __tablename__ = "job_errors"
    __table_args__ = (Index("ix_job_errors_job_id_occurred_at", "job_id", "occurred_at"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    job_id: Mapped[int] = mapped_column(BigInteger)
    task_name: Mapped[str] = mapped_column(String(128))
    attempt: Mapped[int]
    error: Mapped[str] = mapped_column(Text)
    occurred_at: Mapped[datetime] = mapped_column(default=utcnow)


register_unscoped(JobError, reason="read by admins through the jobs endpoint")


async def record_failures(
    call_next: Callable[[], Awaitable[Any]], context: JobContext, _worker: Any
) -> Any:
    """A worker middleware: an attempt that raises leaves its error for the admin, then
    procrastinate retries or fails the job as its retry strategy says."""
    try:
        return await call_next()
    except Exception as error:
        job = context.job
        if runtime.sessionmaker is not None and job.id is not None:
            excerpt = "".join(traceback.format_exception(error))[-4000:]
            try:
                async with runtime.sessionmaker() as session:
                    session.add(
                        JobError(
                            job_id=job.id,
                            task_name=job.task_name,
                            attempt=job.attempts + 1,
                            error=excerpt,
                        )
                    )
                    await session.commit()
            except Exception:  # the error log must never hide the job's own failure
                log.exception("could not record the failure of job %s", job.id)
        raise


def libpq_url(database_url: str) -> str:
    """The SQLAlchemy URL as a libpq connection string (procrastinate uses psycopg)."""
    url = make_url(database_url).set(drivername="postgresql")
    return url.render_as_string(hide_password=False)


def create_job_app(database_url: str, blueprints: list[Blueprint], *, periodic: bool = True) -> App:
    """The job app over ``blueprints``; without ``periodic`` its worker defers no periodic
    task by itself (tests defer what they run)."""
    connector = PsycopgConnector(conninfo=libpq_url(database_url), min_size=1, max_size=4)
    app = App(connector=connector)
    for blueprint in blueprints:
        app.add_tasks_from(blueprint, namespace="")
    if not periodic:
        app.periodic_registry.periodic_tasks.clear()
    return app


@dataclass
class _Runtime:
    """What a running task needs: set by the worker (or a test) before jobs run."""

    sessionmaker: async_sessionmaker[AsyncSession] | None = None


runtime = _Runtime()


@asynccontextmanager
async def job_session(principal: Principal = SYSTEM) -> AsyncIterator[AsyncSession]:
    """A unit of work for a job: acts (and is audited) as the system, or as the caller a
    job works for (an import runs as whoever uploaded it); commits on success."""
    if runtime.sessionmaker is None:
        raise RuntimeError("jobs.runtime.sessionmaker is not set (app/worker.py sets it)")
    async with runtime.sessionmaker() as session:
        session.info["principal"] = principal
        try:
            yield session
            await session.commit()
        except BaseException:
            await session.rollback()
            raise


async def enqueue(
    session: AsyncSession,
    task_name: str,
    *,
    args: dict[str, Any] | None = None,
    queueing_lock: str | None = None,
    lock: str | None = None,
    queue: str = DEFAULT_QUEUE,
    delay: timedelta | None = None,
) -> bool:
    """Defer a job in the caller's transaction: it exists exactly when the caller's
    change commits. With ``queueing_lock``, a job already waiting with that lock makes
    this a no-op (answered False): "rescore once more" needs one job, not a hundred."""
    scheduled_at: datetime | None = utcnow() + delay if delay else None
    statement = text(
        "SELECT procrastinate_defer_jobs_v1(ARRAY[ROW(:queue, :task, 0, :lock, :qlock, "
        "CAST(:args AS jsonb), :at)::procrastinate_job_to_defer_v1])"
    )
    params = {
        "queue": queue,
        "task": task_name,
        "lock": lock,
        "qlock": queueing_lock,
        "args": json.dumps(args or {}),
        "at": scheduled_at,
    }
    if queueing_lock is None:
        await session.execute(statement, params)
        return True
    try:
        async with session.begin_nested():
            await session.execute(statement, params)
    except IntegrityError:
        return False
    return True

"""The job queue's tables are procrastinate's (created from its SQL, so they are not in
our models' metadata): read here through a description of the columns we show."""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    BigInteger,
    Column,
    DateTime,
    Integer,
    MetaData,
    String,
    Table,
    cast,
    func,
    select,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.jobs import JobError
from app.jobs.schemas import JobStatus

_procrastinate = MetaData()
jobs_table = Table(
    "procrastinate_jobs",
    _procrastinate,
    Column("id", BigInteger, primary_key=True),
    Column("queue_name", String),
    Column("task_name", String),
    Column("status", String),
    Column("attempts", Integer),
    Column("args", JSONB),
    Column("scheduled_at", DateTime(timezone=True)),
)
events_table = Table(
    "procrastinate_events",
    _procrastinate,
    Column("id", BigInteger, primary_key=True),
    Column("job_id", BigInteger),
    Column("type", String),
    Column("at", DateTime(timezone=True)),
)


class JobRepository:
    """Admins only (``jobs:manage``): the queue is the company's, not a record's."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    def _select(self) -> Any:
        last_error = (
            select(JobError.error, JobError.occurred_at)
            .where(JobError.job_id == jobs_table.c.id)
            .order_by(JobError.occurred_at.desc())
            .limit(1)
            .lateral("last_error")
        )
        deferred = (
            select(func.min(events_table.c.at))
            .where(
                events_table.c.job_id == jobs_table.c.id,
                cast(events_table.c.type, String) == "deferred",
            )
            .scalar_subquery()
        )
        return select(
            jobs_table.c.id,
            jobs_table.c.queue_name.label("queue"),
            jobs_table.c.task_name,
            jobs_table.c.status,
            jobs_table.c.attempts,
            jobs_table.c.args,
            jobs_table.c.scheduled_at,
            deferred.label("deferred_at"),
            last_error.c.error.label("last_error"),
            last_error.c.occurred_at.label("last_error_at"),
        ).outerjoin(last_error, text("true"))

    async def page(
        self,
        *,
        status: JobStatus | None,
        task_name: str | None,
        before_id: int | None,
        limit: int,
    ) -> list[Any]:
        stmt = self._select()
        if status is not None:
            stmt = stmt.where(cast(jobs_table.c.status, String) == status.value)
        if task_name:
            stmt = stmt.where(jobs_table.c.task_name == task_name)
        if before_id is not None:
            stmt = stmt.where(jobs_table.c.id < before_id)
        stmt = stmt.order_by(jobs_table.c.id.desc()).limit(limit + 1)
        return list((await self.session.execute(stmt)).all())

    async def get(self, job_id: int) -> Any:
        stmt = self._select().where(jobs_table.c.id == job_id)
        return (await self.session.execute(stmt)).first()

    async def retry(self, job_id: int) -> None:
        await self.session.execute(
            text("SELECT procrastinate_retry_job_v2(:id, now(), NULL, NULL, NULL)"),
            {"id": job_id},
        )

"""The job queue as an admin sees it: what ran, what failed and why, and a retry."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.access import Permission, Principal
from app.core.errors import UnprocessableEntity, field_error
from app.jobs.errors import JobNotFound, JobNotRetryable
from app.jobs.repository import JobRepository
from app.jobs.schemas import JobRead, JobStatus


def _read(row: Any) -> JobRead:
    return JobRead.model_validate(row._mapping)


async def list_jobs(
    session: AsyncSession,
    principal: Principal,
    *,
    status: JobStatus | None,
    task_name: str | None,
    cursor: str | None,
    limit: int,
) -> tuple[list[JobRead], str | None]:
    """Newest first; the cursor is the last job id of the previous page."""
    principal.require(Permission.JOBS_MANAGE)
    before_id = None
    if cursor is not None:
        if not cursor.isdigit():
            raise UnprocessableEntity(
                errors=[field_error("cursor", "invalid cursor", "cursor", where="query")]
            )
        before_id = int(cursor)
    rows = await JobRepository(session).page(
        status=status, task_name=task_name, before_id=before_id, limit=limit
    )
    more = len(rows) > limit
    rows = rows[:limit]
    return [_read(r) for r in rows], (str(rows[-1].id) if more else None)


async def retry_job(session: AsyncSession, principal: Principal, job_id: int) -> JobRead:
    """Put a failed job back in the queue (its attempts keep counting)."""
    principal.require(Permission.JOBS_MANAGE)
    repo = JobRepository(session)
    row = await repo.get(job_id)
    if row is None:
        raise JobNotFound()
    if row.status != JobStatus.FAILED:
        raise JobNotRetryable()
    await repo.retry(job_id)
    return _read(await repo.get(job_id))

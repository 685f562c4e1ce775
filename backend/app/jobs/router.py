"""Background jobs, for admins: failed jobs with their errors, and retrying them."""

from __future__ import annotations

from typing import Annotated

from fastapi import Path, Query

from app.auth.dependencies import DB, requires
from app.core.access import Permission, Principal
from app.core.errors import problem_responses
from app.core.pagination import DEFAULT_LIMIT, MAX_LIMIT, Page
from app.core.routing import DomainRouter
from app.jobs import service
from app.jobs.schemas import JobRead, JobStatus

router = DomainRouter(prefix="/jobs", tags=["jobs"])
CAN_MANAGE = requires(Permission.JOBS_MANAGE)


@router.get("", response_model=Page[JobRead], responses=problem_responses(401, 403, 422))
async def list_jobs(
    session: DB,
    principal: Principal = CAN_MANAGE,
    status: JobStatus | None = None,
    task_name: Annotated[str | None, Query(max_length=128)] = None,
    cursor: Annotated[str | None, Query(max_length=20)] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = DEFAULT_LIMIT,
) -> Page[JobRead]:
    """Newest first. `status=failed` lists what needs an admin: each with its last error."""
    items, next_cursor = await service.list_jobs(
        session, principal, status=status, task_name=task_name, cursor=cursor, limit=limit
    )
    return Page(items=items, next_cursor=next_cursor)


@router.post(
    "/{job_id:int}/retry",
    response_model=JobRead,
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def retry_job(
    job_id: Annotated[int, Path(ge=1, le=2**62)],
    session: DB,
    principal: Principal = CAN_MANAGE,
) -> JobRead:
    """Queue a failed job again; it runs as soon as a worker is free."""
    return await service.retry_job(session, principal, job_id)

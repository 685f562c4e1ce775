"""Duty days: an engineer starts and ends the working day from the phone."""

from __future__ import annotations

import uuid

from fastapi import Request, Response

from app.auth.dependencies import DB, requires
from app.core.access import Permission, Principal
from app.core.concurrency import answer_saved, set_etag
from app.core.errors import problem_responses
from app.core.pagination import ListParams, Page, list_params
from app.core.reads import NOT_MODIFIED, dumps, json_answer, version_etag
from app.core.routing import DomainRouter
from app.duty import service
from app.duty.dependencies import DutyDayFilters, VisibleDutyDay
from app.duty.schemas import DutyDayRead, DutyEnd, DutyStart

router = DomainRouter(prefix="/duty-days", tags=["duty"])
READ = {**problem_responses(401, 403, 404, 422), **NOT_MODIFIED}
CREATE = problem_responses(401, 403, 409, 422)
WRITE = problem_responses(401, 403, 404, 409, 422)
CAN_READ = requires(Permission.FIELD_READ)
CAN_WRITE = requires(Permission.FIELD_WRITE)


@router.get("", response_model=Page[DutyDayRead], responses=READ)
async def list_duty_days(
    request: Request,
    session: DB,
    filters: DutyDayFilters,
    principal: Principal = CAN_READ,
    params: ListParams = list_params(service.DUTY_DAY_SORT),
) -> Response:
    """Working days the caller may see (own; a head's team; all for admins), newest
    first; `is_open=true` lists the days still running."""
    body = await service.duty_days_page(session, principal, params=params, **filters)
    return json_answer(request, body)


@router.post("", response_model=DutyDayRead, status_code=201, responses=CREATE)
async def start_duty(
    body: DutyStart, response: Response, session: DB, principal: Principal = CAN_WRITE
) -> DutyDayRead:
    """Start my working day with where and when (and the odometer). One day may be open
    at a time: starting another while one runs is `duty.already_started` (409)."""
    saved = await service.start_duty(session, principal, data=body)
    return DutyDayRead.model_validate(answer_saved(response, saved))


@router.get("/{duty_day_id:uuid}", response_model=DutyDayRead, responses=READ)
async def read_duty_day(
    duty_day_id: uuid.UUID, request: Request, session: DB, principal: Principal = CAN_READ
) -> Response:
    item = await service.duty_day_item(session, principal, duty_day_id)
    return json_answer(request, dumps(item), etag=version_etag(item))


@router.post("/{duty_day_id:uuid}/end", response_model=DutyDayRead, responses=WRITE)
async def end_duty(
    body: DutyEnd,
    day: VisibleDutyDay,
    response: Response,
    session: DB,
    principal: Principal = CAN_WRITE,
) -> DutyDayRead:
    """End my working day; ending it again is `duty.already_ended` (409)."""
    day = await service.end_duty(session, principal, day, data=body)
    set_etag(response, day.version)
    return DutyDayRead.model_validate(day)

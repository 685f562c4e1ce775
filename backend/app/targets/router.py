"""Sales targets and their attainment: set by admins (anyone's) and heads (their team's,
its members' and its territories'); read by whoever may see them (an engineer: their
own)."""

from __future__ import annotations

import uuid

from fastapi import Request, Response

from app.auth.dependencies import DB, requires
from app.core.access import Permission, Principal
from app.core.concurrency import IfMatch, answer_saved, check_if_match
from app.core.errors import problem_responses
from app.core.pagination import ListParams, Page, list_params
from app.core.reads import NOT_MODIFIED, dumps, json_answer, version_etag
from app.core.routing import DomainRouter
from app.targets import service
from app.targets.dependencies import TargetFilters, VisibleTarget
from app.targets.schemas import TargetCreate, TargetRead, TargetUpdate

router = DomainRouter(prefix="/targets", tags=["targets"])
READ = {**problem_responses(401, 403, 404, 422), **NOT_MODIFIED}
CREATE = problem_responses(401, 403, 409, 422)
WRITE = problem_responses(401, 403, 404, 409, 412, 422, 428)
CAN_READ = requires(Permission.REPORTS_READ)
CAN_MANAGE = requires(Permission.TARGETS_MANAGE)


@router.get("", response_model=Page[TargetRead], responses=READ)
async def list_targets(
    request: Request,
    session: DB,
    filters: TargetFilters,
    principal: Principal = CAN_READ,
    params: ListParams = list_params(service.TARGET_SORT),
) -> Response:
    """Targets with their attainment so far (booked order value, units, visits done),
    newest period first by default (`sort=-period_start`); `on=` a day gives the
    targets running then."""
    body = await service.targets_page(session, principal, params=params, **filters)
    return json_answer(request, body)


@router.post("", response_model=TargetRead, status_code=201, responses=CREATE)
async def create_target(
    body: TargetCreate,
    request: Request,
    response: Response,
    session: DB,
    principal: Principal = CAN_MANAGE,
) -> Response:
    """Set a target for one engineer, team or territory, for a month, a fiscal quarter
    or a fiscal year (`period_start` its first day). One per subject, period and
    currency (409 for a second: change the first)."""
    saved = await service.create_target(session, principal, data=body)
    answer_saved(response, saved)
    item = await service.target_item(session, principal, saved.entity.id)
    return json_answer(
        request, dumps(item), etag=version_etag(item), status_code=response.status_code
    )


@router.get("/{target_id:uuid}", response_model=TargetRead, responses=READ)
async def read_target(
    target_id: uuid.UUID, request: Request, session: DB, principal: Principal = CAN_READ
) -> Response:
    item = await service.target_item(session, principal, target_id)
    return json_answer(request, dumps(item), etag=version_etag(item))


@router.patch("/{target_id:uuid}", response_model=TargetRead, responses=WRITE)
async def update_target(
    body: TargetUpdate,
    target: VisibleTarget,
    request: Request,
    session: DB,
    if_match: IfMatch,
    principal: Principal = CAN_MANAGE,
) -> Response:
    """Change a target's figures or notes (the subject and the period stay)."""
    check_if_match(if_match, target.version)
    target = await service.update_target(session, principal, target, data=body)
    item = await service.target_item(session, principal, target.id)
    return json_answer(request, dumps(item), etag=version_etag(item))


@router.delete("/{target_id:uuid}", status_code=204, response_class=Response, responses=WRITE)
async def delete_target(
    target: VisibleTarget, session: DB, if_match: IfMatch, principal: Principal = CAN_MANAGE
) -> Response:
    check_if_match(if_match, target.version)
    await service.delete_target(session, principal, target)
    return Response(status_code=204)

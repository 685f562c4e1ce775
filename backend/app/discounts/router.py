"""Discount limits: the largest line discount each role gives without approval.

Everyone reads them (a quote screen shows when a discount will wait for a head);
admins (`discounts:manage`) change them. Defaults: engineer 10 %, head 25 %, admin no
limit. A discount above the author's limit sends a quote for approval.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Request, Response

from app.auth.dependencies import DB, requires
from app.core.access import Permission, Principal
from app.core.concurrency import IfMatch, check_if_match, set_etag
from app.core.errors import problem_responses
from app.core.reads import NOT_MODIFIED, dumps, json_answer
from app.core.routing import DomainRouter
from app.discounts import service
from app.discounts.dependencies import RoleDiscountLimit
from app.discounts.schemas import DiscountLimitRead, DiscountLimitUpdate

router = DomainRouter(prefix="/discount-limits", tags=["discount-limits"])
READ = {**problem_responses(401, 403, 422), **NOT_MODIFIED}
WRITE = problem_responses(401, 403, 404, 409, 412, 422, 428)
CAN_READ = requires(Permission.PRODUCTS_READ)
Manager = Annotated[Principal, requires(Permission.DISCOUNTS_MANAGE)]


@router.get("", response_model=list[DiscountLimitRead], responses=READ)
async def list_discount_limits(
    request: Request, session: DB, principal: Principal = CAN_READ
) -> Response:
    """Each role's limit (`max_percent`; null: no limit)."""
    return json_answer(request, dumps(await service.discount_limit_items(session, principal)))


@router.patch("/{role}", response_model=DiscountLimitRead, responses=WRITE)
async def update_discount_limit(
    principal: Manager,
    body: DiscountLimitUpdate,
    limit: RoleDiscountLimit,
    response: Response,
    session: DB,
    if_match: IfMatch,
) -> DiscountLimitRead:
    """Set a role's limit (If-Match); `max_percent: null` removes the limit. Quotes
    already waiting keep waiting; new discounts are checked against the new limit."""
    check_if_match(if_match, limit.version)
    limit = await service.update_discount_limit(session, principal, limit, data=body)
    set_etag(response, limit.version)
    return DiscountLimitRead.model_validate(limit)

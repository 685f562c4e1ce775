"""Deliveries (delivery orders): the goods of a confirmed sales order leave the
warehouse, in part or in full, and reach the customer.

A delivery is seen by whoever sees its order (an engineer their own orders', a head
their team's, an admin all); anything else is a 404. Status: picking -> packed ->
shipped -> delivered, or cancelled before shipping. Each action is a POST
sub-resource that needs the delivery's ETag in `If-Match` (428 without it, 412 when
stale: someone acted on it since) and may be retried with an `Idempotency-Key`.
Shipping takes the goods out of stock (from the order's reservation) and counts them
in transit; delivering records the quantities on the order, whose status follows.
Decision record: docs/decisions/0021-deliveries.md.
"""

from __future__ import annotations

import uuid

from fastapi import Request, Response

from app.auth.dependencies import DB, requires
from app.core.access import Permission, Principal
from app.core.concurrency import IfMatch, check_if_match
from app.core.errors import problem_responses
from app.core.pagination import ListParams, Page, list_params
from app.core.reads import NOT_MODIFIED, FieldsQuery, dumps, json_answer, version_etag
from app.core.routing import DomainRouter
from app.deliveries import service
from app.deliveries.dependencies import DeliveryFilters, VisibleDelivery
from app.deliveries.schemas import (
    DeliveryCancel,
    DeliveryCreate,
    DeliveryDeliver,
    DeliveryPack,
    DeliveryRead,
    DeliveryShip,
)

router = DomainRouter(prefix="/deliveries", tags=["deliveries"])
READ = {**problem_responses(401, 403, 404, 422), **NOT_MODIFIED}
CREATE = problem_responses(401, 403, 409, 422)
ACTION = problem_responses(401, 403, 404, 409, 412, 422, 428)
CAN_READ = requires(Permission.DELIVERIES_READ)
CAN_WRITE = requires(Permission.DELIVERIES_WRITE)


async def _answer(
    request: Request,
    session: DB,
    principal: Principal,
    delivery_id: uuid.UUID,
    *,
    status_code: int = 200,
) -> Response:
    item = await service.delivery_item(session, principal, delivery_id)
    return json_answer(request, dumps(item), etag=version_etag(item), status_code=status_code)


@router.get("", response_model=Page[DeliveryRead], responses=READ)
async def list_deliveries(
    request: Request,
    session: DB,
    filters: DeliveryFilters,
    principal: Principal = CAN_READ,
    params: ListParams = list_params(service.DELIVERY_SORT),
    fields: str | None = FieldsQuery,
) -> Response:
    """Deliveries the caller may see, newest first unless `sort` says otherwise; filter
    by order, customer or status; `q` matches the number, the order's number, the
    tracking or vehicle number."""
    body = await service.deliveries_page(
        session, principal, params=params, fields=fields, **filters
    )
    return json_answer(request, body)


@router.post("", response_model=DeliveryRead, status_code=201, responses=CREATE)
async def create_delivery(
    body: DeliveryCreate, request: Request, session: DB, principal: Principal = CAN_WRITE
) -> Response:
    """A delivery (picking) for a confirmed or partly delivered order the caller may see
    (else 422 naming `sales_order_id`; another status is 409
    `deliveries.order_not_deliverable`). Each line at most what the order line still
    owes: ordered less delivered less what other open deliveries hold (422 naming
    `lines[i].quantity`). Without `lines`, everything still owed. Numbered gaplessly
    per fiscal year (`DO/2026-27/00001`). Sending an `id` already created answers 200."""
    saved = await service.create_delivery(session, principal, data=body)
    return await _answer(
        request, session, principal, saved.entity.id, status_code=201 if saved.created else 200
    )


@router.get("/{delivery_id:uuid}", response_model=DeliveryRead, responses=READ)
async def read_delivery(
    delivery_id: uuid.UUID,
    request: Request,
    session: DB,
    principal: Principal = CAN_READ,
    fields: str | None = FieldsQuery,
) -> Response:
    item = await service.delivery_item(session, principal, delivery_id, fields=fields)
    return json_answer(request, dumps(item), etag=version_etag(item) if not fields else None)


@router.post("/{delivery_id:uuid}/pack", response_model=DeliveryRead, responses=ACTION)
async def pack_delivery(
    body: DeliveryPack,
    delivery: VisibleDelivery,
    request: Request,
    session: DB,
    if_match: IfMatch,
    principal: Principal = CAN_WRITE,
) -> Response:
    """picking -> packed, with the number of packages and the gross weight (packing
    again corrects them). Another status is 409 `deliveries.invalid_transition`."""
    locked = await service.lock_delivery(session, principal, delivery)
    check_if_match(if_match, locked.version)
    await service.pack_delivery(session, principal, locked, data=body)
    return await _answer(request, session, principal, locked.id)


@router.post("/{delivery_id:uuid}/ship", response_model=DeliveryRead, responses=ACTION)
async def ship_delivery(
    body: DeliveryShip,
    delivery: VisibleDelivery,
    request: Request,
    session: DB,
    if_match: IfMatch,
    principal: Principal = CAN_WRITE,
) -> Response:
    """packed -> shipped, with the carrier, vehicle and tracking number: the goods leave
    the warehouse (from the order's reservation, then free stock; 409
    `stock.insufficient` when short) and count as in transit."""
    locked = await service.lock_delivery(session, principal, delivery)
    check_if_match(if_match, locked.version)
    await service.ship_delivery(session, principal, locked, data=body)
    return await _answer(request, session, principal, locked.id)


@router.post("/{delivery_id:uuid}/deliver", response_model=DeliveryRead, responses=ACTION)
async def deliver_delivery(
    body: DeliveryDeliver,
    delivery: VisibleDelivery,
    request: Request,
    session: DB,
    if_match: IfMatch,
    principal: Principal = CAN_WRITE,
) -> Response:
    """shipped -> delivered, with the date and who received it: the order's delivered
    quantities grow and its status follows (partially delivered or delivered)."""
    locked = await service.lock_delivery(session, principal, delivery)
    check_if_match(if_match, locked.version)
    await service.deliver_delivery(session, principal, locked, data=body)
    return await _answer(request, session, principal, locked.id)


@router.post("/{delivery_id:uuid}/cancel", response_model=DeliveryRead, responses=ACTION)
async def cancel_delivery(
    body: DeliveryCancel,
    delivery: VisibleDelivery,
    request: Request,
    session: DB,
    if_match: IfMatch,
    principal: Principal = CAN_WRITE,
) -> Response:
    """picking | packed -> cancelled, with a reason; its quantities may be delivered
    again. Shipped or later is 409 `deliveries.invalid_transition`."""
    locked = await service.lock_delivery(session, principal, delivery)
    check_if_match(if_match, locked.version)
    await service.cancel_delivery(session, principal, locked, reason=body.reason)
    return await _answer(request, session, principal, locked.id)

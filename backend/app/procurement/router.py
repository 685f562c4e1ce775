"""Procurement requests: purchase requests (trading goods) and job orders (manufactured
goods) raised when a confirmed order finds stock short.

Heads and admins see and act on them (`procurement:read`, `procurement:write`); an
engineer follows the stock (`GET /stock`: on order) and their order's lines instead.
Status: requested -> ordered -> received, or cancelled. Each action is a POST
sub-resource that needs the request's ETag in `If-Match` (428 without it, 412 when
stale: someone acted on it since) and may be retried with an `Idempotency-Key`.
Receiving adds stock (a receipt move) and hands it to the order lines waiting for it,
oldest first, in the same transaction. Decision record:
docs/decisions/0019-stock-ledger-and-reservations.md.
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
from app.procurement import service
from app.procurement.dependencies import RequestFilters, VisibleRequest
from app.procurement.schemas import (
    ProcurementCancel,
    ProcurementOrder,
    ProcurementReceipt,
    ProcurementRequestRead,
)

router = DomainRouter(prefix="/procurement-requests", tags=["procurement-requests"])
READ = {**problem_responses(401, 403, 404, 422), **NOT_MODIFIED}
ACTION = problem_responses(401, 403, 404, 409, 412, 422, 428)
CAN_READ = requires(Permission.PROCUREMENT_READ)
CAN_WRITE = requires(Permission.PROCUREMENT_WRITE)


async def _answer(
    request: Request, session: DB, principal: Principal, request_id: uuid.UUID
) -> Response:
    item = await service.request_item(session, principal, request_id)
    return json_answer(request, dumps(item), etag=version_etag(item))


@router.get("", response_model=Page[ProcurementRequestRead], responses=READ)
async def list_procurement_requests(
    request: Request,
    session: DB,
    filters: RequestFilters,
    principal: Principal = CAN_READ,
    params: ListParams = list_params(service.PROCUREMENT_SORT),
    fields: str | None = FieldsQuery,
) -> Response:
    """Procurement requests, newest first unless `sort` says otherwise; `q` matches the
    number, supplier or supplier reference."""
    body = await service.requests_page(session, principal, params=params, fields=fields, **filters)
    return json_answer(request, body)


@router.get("/{request_id:uuid}", response_model=ProcurementRequestRead, responses=READ)
async def read_procurement_request(
    request_id: uuid.UUID,
    request: Request,
    session: DB,
    principal: Principal = CAN_READ,
    fields: str | None = FieldsQuery,
) -> Response:
    item = await service.request_item(session, principal, request_id, fields=fields)
    return json_answer(request, dumps(item), etag=version_etag(item) if not fields else None)


@router.post("/{request_id:uuid}/order", response_model=ProcurementRequestRead, responses=ACTION)
async def order_procurement_request(
    body: ProcurementOrder,
    procurement: VisibleRequest,
    request: Request,
    session: DB,
    if_match: IfMatch,
    principal: Principal = CAN_WRITE,
) -> Response:
    """requested -> ordered: with the supplier (required for a purchase request; 422
    naming `supplier`), its reference and the expected date. Another status is 409
    `procurement.invalid_transition`."""
    locked = await service.lock_request(session, principal, procurement)
    check_if_match(if_match, locked.version)
    await service.order_request(session, principal, locked, data=body)
    return await _answer(request, session, principal, locked.id)


@router.post("/{request_id:uuid}/receive", response_model=ProcurementRequestRead, responses=ACTION)
async def receive_procurement_request(
    body: ProcurementReceipt,
    procurement: VisibleRequest,
    request: Request,
    session: DB,
    if_match: IfMatch,
    principal: Principal = CAN_WRITE,
) -> Response:
    """Goods of an ordered request arrived (partial receipts allowed): stock is added and
    handed to waiting order lines oldest first; the whole quantity received -> received.
    More than outstanding is 409 `procurement.over_receipt`."""
    locked = await service.lock_request(session, principal, procurement)
    check_if_match(if_match, locked.version)
    await service.receive_request(session, principal, locked, quantity=body.quantity)
    return await _answer(request, session, principal, locked.id)


@router.post("/{request_id:uuid}/cancel", response_model=ProcurementRequestRead, responses=ACTION)
async def cancel_procurement_request(
    body: ProcurementCancel,
    procurement: VisibleRequest,
    request: Request,
    session: DB,
    if_match: IfMatch,
    principal: Principal = CAN_WRITE,
) -> Response:
    """requested | ordered -> cancelled, with a reason: what was not received leaves
    `on_order`. Received or cancelled already is 409."""
    locked = await service.lock_request(session, principal, procurement)
    check_if_match(if_match, locked.version)
    await service.cancel_request(session, principal, locked, reason=body.reason)
    return await _answer(request, session, principal, locked.id)

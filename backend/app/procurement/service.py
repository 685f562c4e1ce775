"""Procurement rules: one request per shortfall, numbered per kind and fiscal year
(PR/2026-27/00001, JO/2026-27/00001); requested -> ordered -> received | cancelled;
receiving adds stock and hands it to the lines waiting for it, in one transaction.

The interface the order side calls when a confirm finds stock short:
``raise_for_shortfall(session, *, product_id, warehouse_id, quantity, document,
line_id=None)``. It is idempotent per document line and product while the request is
open (a replayed confirm does not raise a second request).
"""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core import events
from app.core.access import Principal
from app.core.clock import company_today, utcnow
from app.core.errors import InvalidReference, UnprocessableEntity, field_error
from app.core.jobs import SYSTEM
from app.core.money import format_decimal
from app.core.numbering import next_number
from app.core.pagination import ListParams
from app.inventory import service as stock
from app.inventory.service import Allocation, StockDocument
from app.procurement import repository
from app.procurement.errors import OverReceipt, ProcurementStatusConflict
from app.procurement.models import (
    OPEN_STATUSES,
    ProcurementKind,
    ProcurementRequest,
    ProcurementStatus,
)
from app.procurement.repository import (
    PROCUREMENT_READ,
    PROCUREMENT_SORT,
    ProcurementRequestRepository,
)
from app.procurement.schemas import ProcurementOrder
from app.products import service as products

__all__ = ["PROCUREMENT_SORT", "ProcurementKind", "ProcurementRequest", "ProcurementStatus"]

DOCUMENT_TYPE = "procurement_request"
_PREFIX = {ProcurementKind.PURCHASE_REQUEST: "PR", ProcurementKind.JOB_ORDER: "JO"}


def _document(request: ProcurementRequest) -> StockDocument:
    return StockDocument(DOCUMENT_TYPE, request.id, request.number)


async def requests_page(
    session: AsyncSession,
    principal: Principal,
    *,
    params: ListParams,
    fields: str | None,
    **filters: Any,
) -> bytes:
    repo = ProcurementRequestRepository(session, principal)
    return await repo.read_page(PROCUREMENT_READ, repo.filtered(**filters), params, fields=fields)


async def request_item(
    session: AsyncSession, principal: Principal, request_id: uuid.UUID, *, fields: str | None = None
) -> dict[str, Any]:
    return await ProcurementRequestRepository(session, principal).read_item(
        PROCUREMENT_READ, request_id, fields=fields
    )


async def get_request(
    session: AsyncSession, principal: Principal, request_id: uuid.UUID
) -> ProcurementRequest:
    return await ProcurementRequestRepository(session, principal).get_or_404(request_id)


async def lock_request(
    session: AsyncSession, principal: Principal, request: ProcurementRequest
) -> ProcurementRequest:
    """The request locked and as committed now (check its version after this)."""
    return await ProcurementRequestRepository(session, principal).lock(request)


async def raise_for_shortfall(
    session: AsyncSession,
    *,
    product_id: uuid.UUID,
    warehouse_id: uuid.UUID,
    quantity: Decimal,
    document: StockDocument,
    line_id: uuid.UUID | None = None,
) -> ProcurementRequest:
    """A request for ``quantity`` of a product short in a warehouse, for ``document``
    (its ``line_id``): a purchase request for a product bought in, a job order for one
    made (the product's ``supply_method``). It counts in the stock's ``on_order`` at
    once. An open request of the same document line and product is answered as is."""
    if quantity <= 0:
        raise UnprocessableEntity(errors=[field_error("quantity", "must be more than 0")])
    principal: Principal = session.info.get("principal", SYSTEM)
    repo = ProcurementRequestRepository(session, principal)
    existing = await repo.open_for_line(
        document_type=document.type,
        document_id=document.id,
        line_id=line_id,
        product_id=product_id,
    )
    if existing is not None:
        return existing
    method = await products.supply_method_of(session, product_id)
    if method is None:
        raise InvalidReference("product_id")
    kind = (
        ProcurementKind.JOB_ORDER
        if method is products.SupplyMethod.MANUFACTURE
        else ProcurementKind.PURCHASE_REQUEST
    )
    number = await next_number(session, kind.value, prefix=_PREFIX[kind], on=company_today())
    request = ProcurementRequest(
        number=number,
        kind=kind,
        status=ProcurementStatus.REQUESTED,
        product_id=product_id,
        warehouse_id=warehouse_id,
        quantity=quantity,
        quantity_received=Decimal(0),
        document_type=document.type,
        document_id=document.id,
        document_number=document.number,
        document_line_id=line_id,
        requested_by_id=principal.user_id,
    )
    events.note(
        request,
        "procurement_request.requested",
        data={"document_type": document.type, "document_id": document.id},
    )
    await repo.insert(request)
    await stock.change_on_order(
        session, product_id=product_id, warehouse_id=warehouse_id, delta=quantity
    )
    return request


def _require(request: ProcurementRequest, *allowed: ProcurementStatus) -> None:
    if request.status not in allowed:
        raise ProcurementStatusConflict(
            f"A {request.status.value} request cannot do this "
            f"(allowed from: {', '.join(s.value for s in allowed)})"
        )


async def order_request(
    session: AsyncSession,
    principal: Principal,
    request: ProcurementRequest,
    *,
    data: ProcurementOrder,
) -> ProcurementRequest:
    """requested -> ordered, with the supplier (required for a purchase request), its
    reference and the expected date."""
    _require(request, ProcurementStatus.REQUESTED)
    if request.kind is ProcurementKind.PURCHASE_REQUEST and not data.supplier:
        raise UnprocessableEntity(
            errors=[field_error("supplier", "a purchase request is ordered from a supplier")]
        )
    events.note(request, "procurement_request.ordered")
    return await ProcurementRequestRepository(session, principal).update(
        request,
        {
            **data.model_dump(exclude_unset=True),
            "status": ProcurementStatus.ORDERED,
            "ordered_at": utcnow(),
        },
    )


async def receive_request(
    session: AsyncSession,
    principal: Principal,
    request: ProcurementRequest,
    *,
    quantity: Decimal,
) -> tuple[ProcurementRequest, list[Allocation]]:
    """Goods of an ordered request arrive (partial receipts allowed): a receipt move,
    the quantity off ``on_order``, and the stock handed to the lines waiting for it,
    oldest first. The whole quantity received -> received."""
    _require(request, ProcurementStatus.ORDERED)
    outstanding = request.quantity - request.quantity_received
    if quantity > outstanding:
        raise OverReceipt(f"{outstanding.normalize():f} is outstanding")
    _, given = await stock.receive(
        session,
        product_id=request.product_id,
        warehouse_id=request.warehouse_id,
        quantity=quantity,
        document=_document(request),
        reason=f"{request.kind.value.replace('_', ' ')} {request.number}",
    )
    changes: dict[str, Any] = {"quantity_received": request.quantity_received + quantity}
    complete = quantity == outstanding
    if complete:
        changes |= {"status": ProcurementStatus.RECEIVED, "received_at": utcnow()}
    events.note(
        request,
        "procurement_request.received" if complete else "procurement_request.partially_received",
        data={"quantity": format_decimal(quantity), "allocated_lines": len(given)},
    )
    request = await ProcurementRequestRepository(session, principal).update(request, changes)
    return request, given


async def cancel_request(
    session: AsyncSession, principal: Principal, request: ProcurementRequest, *, reason: str
) -> ProcurementRequest:
    """requested | ordered -> cancelled: what was not received leaves ``on_order`` (what
    was received stays in stock)."""
    _require(request, *OPEN_STATUSES)
    outstanding = request.quantity - request.quantity_received
    if outstanding > 0:
        await stock.change_on_order(
            session,
            product_id=request.product_id,
            warehouse_id=request.warehouse_id,
            delta=-outstanding,
        )
    events.note(request, "procurement_request.cancelled", data={"reason": reason})
    return await ProcurementRequestRepository(session, principal).update(
        request,
        {"status": ProcurementStatus.CANCELLED, "cancelled_at": utcnow(), "cancel_reason": reason},
    )


# --- for reports ---------------------------------------------------------------------


def open_requests(principal: Principal) -> Any:
    """Per product and warehouse, the open procurement requests and what they still
    bring: a subquery for the inventory report."""
    return repository.open_requests(principal)

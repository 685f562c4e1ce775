"""Sales orders: made from an accepted quote (at its approved prices) or directly, with
GST totals computed by the server, invoice milestones, and the status the deliveries
drive.

An engineer sees the orders they own, a head their team's, an admin all; anything else
is a 404. Status: draft -> confirmed -> partially_delivered -> delivered -> closed, or
cancelled from draft or confirmed. Every action is a POST sub-resource (as the quotes'
actions, it locks the order: concurrent actions take turns, the second answering from
the first's result); retry it safely with an `Idempotency-Key`. Money is decimal
strings at the order's currency's minor unit.
Decision record: docs/decisions/0018-sales-orders-and-milestones.md.
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
from app.core.upsert import (
    ExternalIdPath,
    IfMatchOptional,
    IfNoneMatchOptional,
    Preconditions,
    upsert_responses,
    upserted_answer,
)
from app.invoices import service as invoices
from app.invoices.schemas import InvoiceRead
from app.sales_orders import billing, service
from app.sales_orders.dependencies import (
    LockedSalesOrder,
    SalesOrderFilters,
    VisibleSalesOrder,
)
from app.sales_orders.schemas import (
    CreditPositionRead,
    MilestonePlan,
    SalesOrderCancel,
    SalesOrderConfirm,
    SalesOrderCreate,
    SalesOrderInvoiceCreate,
    SalesOrderRead,
    SalesOrderSummaryRead,
    SalesOrderUpdate,
    SalesOrderUpsert,
)

router = DomainRouter(prefix="/sales-orders", tags=["sales_orders"])
READ = {**problem_responses(401, 403, 404, 422), **NOT_MODIFIED}
CREATE = problem_responses(401, 403, 404, 409, 422)
WRITE = problem_responses(401, 403, 404, 409, 412, 422, 428)
ACTION = problem_responses(401, 403, 404, 409, 422)
CAN_READ = requires(Permission.SALES_ORDERS_READ)
CAN_WRITE = requires(Permission.SALES_ORDERS_WRITE)
CAN_BILL = requires(Permission.INVOICES_WRITE)


async def _answer(
    request: Request,
    session: DB,
    principal: Principal,
    order_id: uuid.UUID,
    *,
    status_code: int = 200,
) -> Response:
    item = await service.sales_order_item(session, principal, order_id)
    return json_answer(request, dumps(item), etag=version_etag(item), status_code=status_code)


@router.get("", response_model=Page[SalesOrderSummaryRead], responses=READ)
async def list_sales_orders(
    request: Request,
    session: DB,
    filters: SalesOrderFilters,
    principal: Principal = CAN_READ,
    params: ListParams = list_params(service.SALES_ORDER_SORT),
    fields: str | None = FieldsQuery,
) -> Response:
    """Orders the caller may see, newest first unless `sort` says otherwise; `q` matches
    the order number or the customer's PO number."""
    body = await service.sales_orders_page(
        session, principal, params=params, fields=fields, **filters
    )
    return json_answer(request, body)


@router.post("", response_model=SalesOrderRead, status_code=201, responses=CREATE)
async def create_sales_order(
    body: SalesOrderCreate, request: Request, session: DB, principal: Principal = CAN_WRITE
) -> Response:
    """A direct draft order for a customer the caller may see, numbered gaplessly per
    fiscal year (`SO/2026-27/00042`). A line without `unit_price` takes the price list's
    price; the server computes every amount. `milestones` default to one, 100% on
    delivery; they must add up to the grand total (422 naming `milestones`). Sending an
    `id` that was already created answers 200 with that order."""
    saved = await service.create_sales_order(session, principal, data=body)
    return await _answer(
        request, session, principal, saved.entity.id, status_code=201 if saved.created else 200
    )


@router.get("/by-external-id/{external_id:path}", response_model=SalesOrderRead, responses=READ)
async def read_sales_order_by_external_id(
    external_id: ExternalIdPath, request: Request, session: DB, principal: Principal = CAN_READ
) -> Response:
    """The order with this ERP id (404 when none the caller may see has it)."""
    item = await service.sales_order_by_external_id(session, principal, external_id)
    return json_answer(request, dumps(item), etag=version_etag(item))


@router.put(
    "/by-external-id/{external_id:path}",
    response_model=SalesOrderRead,
    responses=upsert_responses(SalesOrderRead),
)
async def upsert_sales_order(
    external_id: ExternalIdPath,
    body: SalesOrderUpsert,
    session: DB,
    if_match: IfMatchOptional = None,
    if_none_match: IfNoneMatchOptional = None,
    principal: Principal = CAN_WRITE,
) -> Response:
    """Create or update the order the ERP knows by `external_id` (decision 0046): 201
    when created, 200 when updated or unchanged (`Upsert-Outcome` says which; unchanged
    keeps the version and writes no event). The customer may be named by
    `customer_external_id`, the owner by `owner_email`, each line's product by
    `product_external_id` or `product_sku`. A draft takes what is sent; a confirmed
    order's content is fixed (the same content again is `unchanged`, a change a 409
    `sales_orders.not_editable`); `status` confirms (with the credit check) or cancels
    through the rules of `POST …/confirm` and `…/cancel`. `If-Match` /
    `If-None-Match: *` as on customers."""
    upserted = await service.upsert_sales_order(
        session,
        principal,
        external_id=external_id,
        data=body,
        preconditions=Preconditions(if_match, if_none_match),
    )
    item = await service.sales_order_item(session, principal, upserted.entity.id)
    return upserted_answer(item, upserted)


@router.get("/{sales_order_id:uuid}", response_model=SalesOrderRead, responses=READ)
async def read_sales_order(
    sales_order_id: uuid.UUID,
    request: Request,
    session: DB,
    principal: Principal = CAN_READ,
    fields: str | None = FieldsQuery,
) -> Response:
    """An order with its lines (ordered, delivered and invoiced quantities), its
    milestones (planned, invoiced and collected), tax per component and rate, totals."""
    item = await service.sales_order_item(session, principal, sales_order_id, fields=fields)
    return json_answer(request, dumps(item), etag=version_etag(item) if not fields else None)


@router.get(
    "/{sales_order_id:uuid}/credit",
    response_model=CreditPositionRead,
    responses=problem_responses(401, 403, 404, 422),
)
async def read_credit_position(
    order: VisibleSalesOrder, session: DB, principal: Principal = CAN_READ
) -> CreditPositionRead:
    """The order against its customer's credit limit, as a confirm would compare them now:
    open invoices less unallocated payments, the part not yet invoiced of the customer's
    other open orders, this order, their sum (the exposure) and whether it is over the
    limit. A customer without a limit (0), or an order in another currency than the
    customer's, is not checked: `is_checked` is false and no figure is given. What a head
    reads before approving an order on `credit_hold`."""
    figures = await service.credit_position(session, principal, order)
    return CreditPositionRead.model_validate(figures)


@router.patch("/{sales_order_id:uuid}", response_model=SalesOrderRead, responses=WRITE)
async def update_sales_order(
    body: SalesOrderUpdate,
    order: LockedSalesOrder,
    request: Request,
    session: DB,
    if_match: IfMatch,
    principal: Principal = CAN_WRITE,
) -> Response:
    """Change a draft order (needs `If-Match`); `lines` and `milestones` each replace
    every row, and new lines re-plan the milestones. Any other status is a 409
    (`sales_orders.not_editable`)."""
    check_if_match(if_match, order.version)
    order = await service.update_sales_order(session, principal, order, data=body)
    return await _answer(request, session, principal, order.id)


@router.put("/{sales_order_id:uuid}/milestones", response_model=SalesOrderRead, responses=WRITE)
async def replace_milestones(
    body: MilestonePlan,
    order: LockedSalesOrder,
    request: Request,
    session: DB,
    if_match: IfMatch,
    principal: Principal = CAN_WRITE,
) -> Response:
    """Replace the invoice milestones (needs `If-Match`) of a draft or confirmed order of
    which nothing is invoiced (else 409 `sales_orders.milestones_locked`). They must add
    up to the grand total; percent milestones round to the paisa, the last one taking
    the remainder."""
    check_if_match(if_match, order.version)
    order = await service.replace_milestones(session, principal, order, incoming=body.milestones)
    return await _answer(request, session, principal, order.id)


@router.post("/{sales_order_id:uuid}/confirm", response_model=SalesOrderRead, responses=ACTION)
async def confirm_sales_order(
    order: LockedSalesOrder,
    request: Request,
    session: DB,
    body: SalesOrderConfirm | None = None,
    principal: Principal = CAN_WRITE,
) -> Response:
    """Draft (or credit_hold) -> confirmed. Every goods line is reserved in the order's
    warehouse; what is short waits for stock, and a purchase request or job order is
    raised for exactly that shortfall (the lines show `quantity_reserved` and
    `quantity_waiting`). The order's deal, when still open, is won. When the customer's
    exposure (open invoices less unallocated payments, the part not yet invoiced of
    their open orders, and this order) is over their `credit_limit` (when above 0): an
    engineer's confirm puts the order on `credit_hold` for their head (listed by
    `?status=credit_hold`); a head's or an admin's is a 409
    `sales_orders.credit_limit_exceeded` naming the limit and the exposure unless it
    sends `approve_credit: true`."""
    order = await service.confirm_sales_order(
        session, principal, order, approve_credit=body.approve_credit if body else False
    )
    return await _answer(request, session, principal, order.id)


@router.post("/{sales_order_id:uuid}/cancel", response_model=SalesOrderRead, responses=ACTION)
async def cancel_sales_order(
    body: SalesOrderCancel,
    order: LockedSalesOrder,
    request: Request,
    session: DB,
    principal: Principal = CAN_WRITE,
) -> Response:
    """Draft or confirmed -> cancelled, with a reason, while nothing is delivered or
    invoiced; the stock it held is released at once (to orders waiting for it)."""
    order = await service.cancel_sales_order(session, principal, order, reason=body.reason)
    return await _answer(request, session, principal, order.id)


@router.post("/{sales_order_id:uuid}/close", response_model=SalesOrderRead, responses=ACTION)
async def close_sales_order(
    order: LockedSalesOrder,
    request: Request,
    session: DB,
    principal: Principal = CAN_WRITE,
) -> Response:
    """Delivered -> closed."""
    order = await service.close_sales_order(session, principal, order)
    return await _answer(request, session, principal, order.id)


@router.post(
    "/{sales_order_id:uuid}/invoices",
    response_model=InvoiceRead,
    status_code=201,
    responses=ACTION,
    # The permission before the order's lookup: an engineer is told 403, not 404.
    dependencies=[CAN_BILL],
)
async def create_order_invoice(
    body: SalesOrderInvoiceCreate,
    order: VisibleSalesOrder,
    request: Request,
    session: DB,
    principal: Principal = CAN_BILL,
) -> Response:
    """A draft invoice of a confirmed (or later) order, for heads and admins: with
    `milestone_id`, what is left of that milestone (one line per order line, its share of
    the amount, GST per rate); with `lines`, delivered quantities not yet invoiced (more is
    a 422 naming `lines.<n>.quantity`). An order is billed by milestones or by quantities,
    not both (409 `sales_orders.billing_mode`). The order records the invoice when it is
    issued (`POST /invoices/{id}/issue`), a credit note takes it back, and payments on a
    milestone's invoice are collected on the milestone. Sending an `id` already created
    answers 200 with that invoice."""
    saved = await billing.create_order_invoice(session, principal, order, data=body)
    item = await invoices.invoice_item(session, principal, saved.entity.id)
    return json_answer(
        request,
        dumps(item),
        etag=version_etag(item),
        status_code=201 if saved.created else 200,
    )

"""Sales orders: made from an accepted quote or directly, confirmed, delivered (as the
deliveries domain records), closed or cancelled; their invoice milestones.

Rules (docs/decisions/0018-sales-orders-and-milestones.md):

* An order made from a quote copies the quote's counted lines (not optional, or chosen)
  with their approved prices, discounts and tax, and is priced by the same
  ``core.pricing`` rule, so it prints the quote's amounts to the paisa. It is made in
  the quote's acceptance transaction (``core.followups``): a replayed acceptance answers
  the same order.
* A direct order's lines take the price list's price unless one is sent
  (``price_lists.price_document_lines``, as quotes do). Only a draft is edited.
* Status: draft -> confirmed -> partially_delivered -> delivered -> closed, or cancelled
  from draft or confirmed (nothing delivered or invoiced). The delivery statuses follow
  ``record_deliveries``, called by the deliveries domain.
* Confirming an order reserves its goods in its warehouse and raises procurement for
  each shortfall; cancelling releases them, in the same transaction (decision 0021).
* Confirming an order wins its open deal (``opportunities.win_for_order``).
* Milestones (``milestones.py``) add up to the grand total; they change while the order
  is draft or confirmed and nothing is invoiced.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Mapping, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core import events, followups
from app.core.access import Principal
from app.core.clock import company_today, utcnow
from app.core.errors import InvalidReference, NotFound, UnprocessableEntity, field_error
from app.core.export import ExportSource
from app.core.feed import FeedRecord, load_feed
from app.core.money import format_decimal
from app.core.numbering import next_number
from app.core.pagination import ListParams
from app.core.pricing import store_totals
from app.core.repository import Saved
from app.core.upsert import (
    NO_PRECONDITIONS,
    Found,
    Preconditions,
    StatusWords,
    Upserted,
    built,
    changed_fields,
    check_fixed,
    prefetch,
    same_lines,
    upsert,
    without_defaulted_nulls,
)
from app.customers import service as customers
from app.inventory import service as stock
from app.inventory.service import ReserveLine, StockDocument
from app.opportunities import service as opportunities
from app.price_lists import service as price_lists
from app.procurement import service as procurement
from app.products import service as products
from app.products.schemas import REFERENCE_FIELDS
from app.quotes.service import AcceptedQuote
from app.sales_orders import credit
from app.sales_orders.errors import (
    AmountBeyondPlanned,
    ExternalIdTaken,
    MilestonesLocked,
    QuantityBeyondOrdered,
    SalesOrderHasNoLines,
    SalesOrderNotEditable,
    SalesOrderStatusConflict,
)
from app.sales_orders.milestones import DEFAULT_PLAN, MilestoneTerms, plan_amounts
from app.sales_orders.models import (
    SalesOrder,
    SalesOrderLine,
    SalesOrderMilestone,
    SalesOrderStatus,
)
from app.sales_orders.repository import (
    SALES_ORDER_READ,
    SALES_ORDER_SORT,
    SALES_ORDER_SUMMARY_READ,
    MilestoneRepository,
    SalesOrderLineRepository,
    SalesOrderRepository,
)
from app.sales_orders.schemas import (
    MilestoneIn,
    SalesOrderCreate,
    SalesOrderLineIn,
    SalesOrderUpdate,
    SalesOrderUpsert,
    UpsertStatus,
)
from app.taxes import service as taxes
from app.users import service as users

__all__ = ["SALES_ORDER_SORT", "SalesOrder", "SalesOrderLine", "SalesOrderStatus"]
DOCUMENT_TYPE, PREFIX = "sales_order", "SO"
ZERO = Decimal(0)
CANCELLABLE = {SalesOrderStatus.DRAFT, SalesOrderStatus.CREDIT_HOLD, SalesOrderStatus.CONFIRMED}
CONFIRMABLE = {SalesOrderStatus.DRAFT, SalesOrderStatus.CREDIT_HOLD}
DELIVERING = {
    SalesOrderStatus.CONFIRMED,
    SalesOrderStatus.PARTIALLY_DELIVERED,
    SalesOrderStatus.DELIVERED,
}
INVOICEABLE = DELIVERING | {SalesOrderStatus.CLOSED}


# --- reading -------------------------------------------------------------------------


async def sales_orders_page(
    session: AsyncSession,
    principal: Principal,
    *,
    params: ListParams,
    fields: str | None,
    **filters: Any,
) -> bytes:
    repo = SalesOrderRepository(session, principal)
    return await repo.read_page(
        SALES_ORDER_SUMMARY_READ, repo.filtered(**filters), params, fields=fields
    )


async def sales_order_item(
    session: AsyncSession, principal: Principal, order_id: uuid.UUID, *, fields: str | None = None
) -> dict[str, Any]:
    return await SalesOrderRepository(session, principal).read_item(
        SALES_ORDER_READ, order_id, fields=fields
    )


async def sales_order_feed(
    session: AsyncSession, principal: Principal, ids: Collection[uuid.UUID]
) -> list[FeedRecord]:
    """The caller's visible orders among ``ids`` as ``GET /sales-orders`` lists them
    (number, status, totals, the quote they came from): what the phone shows on an
    accepted quote and under its customer."""
    return await load_feed(SalesOrderRepository(session, principal), SALES_ORDER_SUMMARY_READ, ids)


async def credit_position(
    session: AsyncSession, principal: Principal, order: SalesOrder
) -> dict[str, Any]:
    """The credit figures of a visible order (``credit.credit_position``)."""
    return await credit.credit_position(session, order)


async def get_sales_order(
    session: AsyncSession, principal: Principal, order_id: uuid.UUID
) -> SalesOrder:
    return await SalesOrderRepository(session, principal).get_or_404(order_id)


async def order_lines(
    session: AsyncSession, principal: Principal, order_id: uuid.UUID
) -> list[SalesOrderLine]:
    """For other domains (deliveries, invoices): an order's lines, in order."""
    return await SalesOrderLineRepository(session, principal).of_order(order_id)


async def lock_sales_order(
    session: AsyncSession, principal: Principal, order_id: uuid.UUID
) -> SalesOrder:
    """For other domains (deliveries): the order as committed now, its row locked until
    the transaction ends, so documents made against its lines take turns (404 when the
    caller may not see it)."""
    return await SalesOrderRepository(session, principal).lock_id(order_id)


async def order_milestones(
    session: AsyncSession, principal: Principal, order_id: uuid.UUID
) -> list[SalesOrderMilestone]:
    """For other domains (invoices): an order's milestones, in order."""
    return await MilestoneRepository(session, principal).of_order(order_id)


# --- building ------------------------------------------------------------------------


def _delivery_address(customer: Any) -> str | None:
    """The customer's shipping address (else billing) as printed on the order."""
    by_kind = {address.kind.value: address for address in customer.addresses}
    address = by_kind.get("shipping") or by_kind.get("billing")
    if address is None:
        return None
    parts = [address.line1, address.line2, address.city, address.state, address.postal_code]
    return ", ".join(part for part in parts if part)


async def _build_lines(
    session: AsyncSession,
    principal: Principal,
    order: SalesOrder,
    incoming: list[SalesOrderLineIn],
    *,
    segments: list[str] | None = None,
) -> list[SalesOrderLine]:
    prices = await price_lists.price_document_lines(
        session,
        principal,
        customer_id=order.customer_id,
        lines=[
            price_lists.DocumentLineRequest(
                data.product_id, data.quantity, data.unit_price, data.description
            )
            for data in incoming
        ],
        on=order.order_date,
        currency=order.currency,
        segments=segments,
    )
    return [
        SalesOrderLine(
            position=index + 1,
            quantity=data.quantity,
            discount_percent=data.discount_percent,
            **price.line_columns(),
            currency=order.currency,
            quantity_delivered=ZERO,
            quantity_invoiced=ZERO,
        )
        for index, (data, price) in enumerate(zip(incoming, prices, strict=True))
    ]


def _price(order: SalesOrder, lines: Sequence[SalesOrderLine]) -> None:
    store_totals(
        order,
        lines,
        company_state=taxes.company_state_code(),
        place_of_supply=order.place_of_supply,
    )
    order.quantity_total = sum((line.quantity for line in lines), ZERO)


def _terms_of(incoming: Sequence[MilestoneIn] | None) -> tuple[MilestoneTerms, ...]:
    if not incoming:
        return DEFAULT_PLAN
    return tuple(MilestoneTerms(m.label, m.kind, m.value, m.trigger, m.due_date) for m in incoming)


def _plan(order: SalesOrder, terms: Sequence[MilestoneTerms]) -> list[SalesOrderMilestone]:
    """The milestone rows of ``terms`` (422 when they do not add up to the total)."""
    planned = plan_amounts(terms, grand_total=order.grand_total, currency=order.currency)
    return [
        SalesOrderMilestone(
            position=index + 1,
            label=m.label,
            kind=m.kind,
            value=m.value,
            trigger=m.trigger,
            due_date=m.due_date,
            currency=order.currency,
            planned_amount=amount,
            invoiced_amount=ZERO,
            collected_amount=ZERO,
        )
        for index, (m, amount) in enumerate(zip(terms, planned, strict=True))
    ]


def _stage_children(
    session: AsyncSession,
    principal: Principal,
    order: SalesOrder,
    *,
    lines: Sequence[SalesOrderLine] = (),
    milestones: Sequence[SalesOrderMilestone] = (),
) -> None:
    """``lines`` and ``milestones`` become the (existing) order's, written at the next
    flush."""
    _children_of(order, lines=lines, milestones=milestones)
    line_repo = SalesOrderLineRepository(session, principal)
    for line in lines:
        line_repo.add(line)
    milestone_repo = MilestoneRepository(session, principal)
    for milestone in milestones:
        milestone_repo.add(milestone)


def _children_of(
    order: SalesOrder,
    *,
    lines: Sequence[SalesOrderLine] = (),
    milestones: Sequence[SalesOrderMilestone] = (),
) -> list[SalesOrderLine | SalesOrderMilestone]:
    """``lines`` and ``milestones`` made the order's (their ``sales_order``: its id once
    its row is written)."""
    for line in lines:
        line.sales_order = order
    for milestone in milestones:
        milestone.sales_order = order
    return [*lines, *milestones]


async def _warehouse(session: AsyncSession, warehouse_id: uuid.UUID | None) -> uuid.UUID | None:
    """The warehouse sent (existing and active, else 422 / 409), or the default one."""
    if warehouse_id is not None:
        return await stock.usable_warehouse_id(session, warehouse_id)
    return await stock.default_warehouse_id(session)


def stock_document(order: SalesOrder) -> StockDocument:
    """The order as the stock's reservations and moves name it."""
    return StockDocument(DOCUMENT_TYPE, order.id, order.number)


async def _reserve(
    session: AsyncSession, order: SalesOrder, lines: Sequence[SalesOrderLine]
) -> dict[str, Decimal]:
    """Set aside stock for every goods line (of ``lines``, the order's) in the order's
    warehouse and raise a procurement request for each shortfall (decision 0021).
    Answers the totals."""
    goods = await products.goods_ids(session, {line.product_id for line in lines})
    wanted = [
        ReserveLine(line.id, line.product_id, line.quantity)
        for line in lines
        if line.product_id in goods
    ]
    if order.warehouse_id is None:  # made before the company had a warehouse
        order.warehouse_id = await stock.default_warehouse_id(session)
    if not wanted or order.warehouse_id is None:  # services only, or no stock kept
        return {"reserved": ZERO, "waiting": ZERO}
    document = stock_document(order)
    held = await stock.reserve(
        session, lines=wanted, warehouse_id=order.warehouse_id, document=document
    )
    for line in wanted:
        short = held[line.line_id].short
        if short > 0:
            await procurement.raise_for_shortfall(
                session,
                product_id=line.product_id,
                warehouse_id=order.warehouse_id,
                quantity=short,
                document=document,
                line_id=line.line_id,
            )
    return {
        "reserved": sum((h.reserved for h in held.values()), ZERO),
        "waiting": sum((h.short for h in held.values()), ZERO),
    }


async def _number(session: AsyncSession, order: SalesOrder) -> None:
    # The number last: a refused request takes no number (and the counter row is locked
    # for the shortest time).
    order.number = await next_number(session, DOCUMENT_TYPE, prefix=PREFIX, on=order.order_date)


# --- creating and editing ------------------------------------------------------------


async def create_sales_order(
    session: AsyncSession, principal: Principal, *, data: SalesOrderCreate
) -> Saved[SalesOrder]:
    """A direct draft order (no quote)."""
    repo = SalesOrderRepository(session, principal)
    if replayed := await repo.find_replayed_create(data.id):
        return Saved(replayed, created=False)
    if data.external_id and await repo.unscoped_external_id_taken(data.external_id):
        raise ExternalIdTaken()
    owner_id = await users.owner_for_new_record(session, principal, data.owner_id)
    customer = await customers.customer_for_document(
        session, principal, data.customer_id, with_contacts=data.contact_id is not None
    )
    await opportunities.check_document_links(
        session, principal, customer, contact_id=data.contact_id, opportunity_id=data.opportunity_id
    )
    location = data.location
    warehouse_id = await _warehouse(session, data.warehouse_id)
    order = SalesOrder(
        warehouse_id=warehouse_id,
        customer_id=customer.id,
        contact_id=data.contact_id,
        opportunity_id=data.opportunity_id,
        owner_id=owner_id,
        territory_id=customer.territory_id,
        status=SalesOrderStatus.DRAFT,
        currency=data.currency or customer.currency,
        order_date=data.order_date or company_today(),
        customer_po_number=data.customer_po_number,
        customer_po_date=data.customer_po_date,
        external_id=data.external_id,
        delivery_terms=data.delivery_terms,
        payment_terms_days=(
            data.payment_terms_days
            if data.payment_terms_days is not None
            else customer.payment_terms_days
        ),
        delivery_address=data.delivery_address or _delivery_address(customer),
        terms=data.terms,
        notes=data.notes,
        place_of_supply=customers.place_of_supply(customer),
        created_lat=location.lat if location else None,
        created_lon=location.lon if location else None,
        created_accuracy_m=location.accuracy_m if location else None,
    )
    if data.id is not None:
        order.id = data.id
    lines = await _build_lines(
        session, principal, order, data.lines, segments=customers.pricing_segments(customer)
    )
    _price(order, lines)
    milestones = _plan(order, _terms_of(data.milestones))
    await _number(session, order)
    await repo.insert_with(order, _children_of(order, lines=lines, milestones=milestones))
    return Saved(order, created=True)


async def create_order_from_quote(
    session: AsyncSession, principal: Principal, accepted: AcceptedQuote
) -> uuid.UUID:
    """The draft order of an accepted quote (``core.followups``), in the acceptance's
    transaction, with the id the quote chose for it: the quote's counted lines at its
    approved prices, its customer, deal, owner and terms, and the location the
    acceptance was stamped with. The quote's pending acceptance is written with the
    order (the first flush here writes both). Only a sent quote's acceptance makes one
    (an accepted quote answers its order without coming here), under the quote's row
    lock, and an order's quote is unique: no order of the quote is looked for."""
    quote = accepted.quote
    repo = SalesOrderRepository(session, principal)
    try:
        customer = await customers.get_customer_with_addresses(
            session, principal, quote.customer_id
        )
        payment_terms, address = customer.payment_terms_days, _delivery_address(customer)
    except NotFound:  # the quote's owner's deal with a customer the accepter cannot see
        payment_terms, address = 30, None
    order = SalesOrder(
        id=accepted.order_id,
        customer_id=quote.customer_id,
        contact_id=quote.contact_id,
        opportunity_id=quote.opportunity_id,
        quote_id=quote.id,
        owner_id=quote.owner_id,
        territory_id=quote.territory_id,
        status=SalesOrderStatus.DRAFT,
        currency=quote.currency,
        order_date=company_today(),
        payment_terms_days=payment_terms,
        delivery_address=address,
        terms=quote.terms,
        place_of_supply=quote.place_of_supply,
        warehouse_id=await stock.default_warehouse_id(session),
        created_lat=quote.accepted_lat,
        created_lon=quote.accepted_lon,
        created_accuracy_m=quote.accepted_accuracy_m,
    )
    lines = [
        SalesOrderLine(
            position=index + 1,
            quote_line_id=line.id,
            product_id=line.product_id,
            description=line.description,
            quantity=line.quantity,
            unit=line.unit,
            unit_price=line.unit_price,
            price_source=line.price_source,
            discount_percent=line.discount_percent,
            tax_category_id=line.tax_category_id,
            tax_rate=line.tax_rate,
            tax_treatment=line.tax_treatment,
            currency=quote.currency,
            quantity_delivered=ZERO,
            quantity_invoiced=ZERO,
        )
        for index, line in enumerate(accepted.lines)
    ]
    _price(order, lines)
    milestones = _plan(order, DEFAULT_PLAN)
    await _number(session, order)
    events.note(order, "sales_order.created", data={"quote_id": str(quote.id)})
    await repo.insert_with(order, _children_of(order, lines=lines, milestones=milestones))
    return order.id


followups.provide(followups.SALES_ORDER_FROM_QUOTE, create_order_from_quote)


def _terms_of_rows(rows: Sequence[SalesOrderMilestone]) -> tuple[MilestoneTerms, ...]:
    return tuple(MilestoneTerms(m.label, m.kind, m.value, m.trigger, m.due_date) for m in rows)


async def update_sales_order(
    session: AsyncSession, principal: Principal, order: SalesOrder, *, data: SalesOrderUpdate
) -> SalesOrder:
    """Change a draft order; new lines re-plan the milestones (those sent, else the
    current ones, which must still add up)."""
    repo = SalesOrderRepository(session, principal)
    order = await repo.lock(order)
    if order.status is not SalesOrderStatus.DRAFT:
        raise SalesOrderNotEditable(f"The order is {order.status}")
    changes = data.model_dump(exclude_unset=True)
    if changes.get("payment_terms_days", 0) is None:
        raise UnprocessableEntity(
            errors=[field_error("payment_terms_days", "may not be empty", "missing")]
        )
    if "warehouse_id" in changes:
        if changes["warehouse_id"] is None:
            raise UnprocessableEntity(
                errors=[field_error("warehouse_id", "may not be empty", "missing")]
            )
        order.warehouse_id = await _warehouse(session, changes["warehouse_id"])
    if "contact_id" in changes or "opportunity_id" in changes:
        customer = await customers.get_customer(session, principal, order.customer_id)
        await opportunities.check_document_links(
            session,
            principal,
            customer,
            contact_id=changes.get("contact_id"),
            opportunity_id=changes.get("opportunity_id"),
        )
    simple = (
        "contact_id",
        "opportunity_id",
        "customer_po_number",
        "customer_po_date",
        "delivery_terms",
        "payment_terms_days",
        "delivery_address",
        "terms",
        "notes",
    )
    for name in simple:
        if name in changes:
            setattr(order, name, changes[name])
    milestone_repo = MilestoneRepository(session, principal)
    if data.lines is not None:
        await SalesOrderLineRepository(session, principal).delete_of_order(order.id)
        lines = await _build_lines(session, principal, order, data.lines)
        _price(order, lines)
        _stage_children(session, principal, order, lines=lines)
    if data.lines is not None or data.milestones is not None:
        terms = (
            _terms_of(data.milestones)
            if data.milestones is not None
            else _terms_of_rows(await milestone_repo.of_order(order.id))
        )
        milestones = _plan(order, terms)
        await milestone_repo.delete_of_order(order.id)
        _stage_children(session, principal, order, milestones=milestones)
    await repo.flush()
    return order


async def replace_milestones(
    session: AsyncSession, principal: Principal, order: SalesOrder, *, incoming: list[MilestoneIn]
) -> SalesOrder:
    """A new milestone plan for a draft or confirmed order of which nothing is invoiced."""
    repo = SalesOrderRepository(session, principal)
    order = await repo.lock(order)
    milestone_repo = MilestoneRepository(session, principal)
    current = await milestone_repo.of_order(order.id)
    lines = await SalesOrderLineRepository(session, principal).of_order(order.id)
    if (
        order.status not in (SalesOrderStatus.DRAFT, SalesOrderStatus.CONFIRMED)
        or any(m.invoiced_amount for m in current)
        or any(line.quantity_invoiced for line in lines)
    ):
        raise MilestonesLocked()
    milestones = _plan(order, _terms_of(incoming))
    await milestone_repo.delete_of_order(order.id)
    _stage_children(session, principal, order, milestones=milestones)
    events.note(order, "sales_order.milestones_changed", data={"milestones": len(milestones)})
    order.updated_at = utcnow()
    await repo.flush()
    return order


# --- the status machine --------------------------------------------------------------


async def confirm_sales_order(
    session: AsyncSession, principal: Principal, order: SalesOrder, *, approve_credit: bool = False
) -> SalesOrder:
    """Draft (or on credit hold) -> confirmed; an open deal of the order is won
    (decision 0018). Over the customer's credit limit it goes on credit hold instead,
    or needs a head's approval (``credit.py``, decision 0025)."""
    repo = SalesOrderRepository(session, principal)
    order = await repo.lock(order)
    if order.status not in CONFIRMABLE:
        raise SalesOrderStatusConflict(f"Only a draft is confirmed; this order is {order.status}")
    lines = await SalesOrderLineRepository(session, principal).of_order(order.id)
    if not lines:
        raise SalesOrderHasNoLines()
    if await credit.hold_for_credit(session, principal, order, approve=approve_credit):
        order.updated_at = utcnow()
        await repo.flush()
        return order
    deal_won = False
    if order.opportunity_id is not None:
        deal_won = await opportunities.win_for_order(
            session, principal, order.opportunity_id, order_number=order.number
        )
    held = await _reserve(session, order, lines)
    order.status = SalesOrderStatus.CONFIRMED
    order.confirmed_at = utcnow()
    events.note(
        order,
        "sales_order.confirmed",
        data={
            "deal_won": deal_won,
            "reserved": format_decimal(held["reserved"]),
            "waiting": format_decimal(held["waiting"]),
        },
    )
    await repo.flush()
    return order


async def cancel_sales_order(
    session: AsyncSession, principal: Principal, order: SalesOrder, *, reason: str | None
) -> SalesOrder:
    """Draft or confirmed -> cancelled, while nothing is delivered or invoiced; the
    stock it held is released in the same transaction (and goes to waiting orders)."""
    repo = SalesOrderRepository(session, principal)
    order = await repo.lock(order)
    if order.status not in CANCELLABLE:
        raise SalesOrderStatusConflict(
            f"Only a draft or confirmed order is cancelled; this order is {order.status}"
        )
    lines = await SalesOrderLineRepository(session, principal).of_order(order.id)
    milestones = await MilestoneRepository(session, principal).of_order(order.id)
    if any(line.quantity_delivered or line.quantity_invoiced for line in lines) or any(
        m.invoiced_amount for m in milestones
    ):
        raise SalesOrderStatusConflict("Part of the order is delivered or invoiced")
    await stock.release(session, document=stock_document(order))
    order.status = SalesOrderStatus.CANCELLED
    order.cancelled_at = utcnow()
    order.cancellation_reason = reason
    events.note(order, "sales_order.cancelled", data={"reason": reason})
    await repo.flush()
    return order


async def close_sales_order(
    session: AsyncSession, principal: Principal, order: SalesOrder
) -> SalesOrder:
    """Delivered -> closed: nothing more happens on it (invoices may still be recorded)."""
    repo = SalesOrderRepository(session, principal)
    order = await repo.lock(order)
    if order.status is not SalesOrderStatus.DELIVERED:
        raise SalesOrderStatusConflict(
            f"Only a delivered order is closed; this order is {order.status}"
        )
    order.status = SalesOrderStatus.CLOSED
    order.closed_at = utcnow()
    events.note(order, "sales_order.closed")
    await repo.flush()
    return order


# --- what other domains record on an order ---------------------------------------------


def _lines_by_id(
    lines: Sequence[SalesOrderLine], wanted: Mapping[uuid.UUID, Decimal]
) -> dict[uuid.UUID, SalesOrderLine]:
    by_id = {line.id: line for line in lines}
    for line_id in wanted:
        if line_id not in by_id:
            raise InvalidReference("line_id")
    return by_id


async def record_deliveries(
    session: AsyncSession,
    principal: Principal,
    order_id: uuid.UUID,
    *,
    delivered: Mapping[uuid.UUID, Decimal],
) -> SalesOrder:
    """For the deliveries domain: add ``delivered`` (line id -> quantity, negative to
    take a delivery back) to the lines' delivered quantities, and set the order's status
    from them: nothing delivered -> confirmed, some -> partially_delivered, every line
    in full -> delivered. A confirmed, partially delivered or delivered order only; a
    line's delivered quantity stays within 0 and its ordered quantity (409)."""
    repo = SalesOrderRepository(session, principal)
    order = await repo.lock_id(order_id)
    if order.status not in DELIVERING:
        raise SalesOrderStatusConflict(f"A {order.status} order is not delivered")
    lines = await SalesOrderLineRepository(session, principal).of_order(order.id)
    by_id = _lines_by_id(lines, delivered)
    for line_id, quantity in delivered.items():
        line = by_id[line_id]
        after = line.quantity_delivered + quantity
        if after < 0 or after > line.quantity:
            raise QuantityBeyondOrdered(
                f"Line {line.position}: {after} of {line.quantity} would be delivered"
            )
        line.quantity_delivered = after
    if all(line.quantity_delivered == line.quantity for line in lines):
        status = SalesOrderStatus.DELIVERED
    elif any(line.quantity_delivered for line in lines):
        status = SalesOrderStatus.PARTIALLY_DELIVERED
    else:
        status = SalesOrderStatus.CONFIRMED
    before = order.status
    order.status = status
    order.delivered_at = utcnow() if status is SalesOrderStatus.DELIVERED else None
    event = "sales_order.delivered" if status is SalesOrderStatus.DELIVERED else None
    events.note(
        order,
        event or "sales_order.delivery_recorded",
        data={"from": before.value, "to": status.value},
    )
    order.updated_at = utcnow()
    await repo.flush()
    return order


async def record_invoiced(
    session: AsyncSession,
    principal: Principal,
    order_id: uuid.UUID,
    *,
    line_quantities: Mapping[uuid.UUID, Decimal] | None = None,
    milestone_amounts: Mapping[uuid.UUID, Decimal] | None = None,
) -> SalesOrder:
    """For the invoicing domain: add invoiced quantities to lines and invoiced amounts
    to milestones (negative for a credit note); each stays within 0 and the ordered
    quantity or the planned amount (409). Not on a draft or cancelled order."""
    repo = SalesOrderRepository(session, principal)
    order = await repo.lock_id(order_id)
    if order.status not in INVOICEABLE:
        raise SalesOrderStatusConflict(f"A {order.status} order is not invoiced")
    quantities = line_quantities or {}
    lines = await SalesOrderLineRepository(session, principal).of_order(order.id)
    by_id = _lines_by_id(lines, quantities)
    for line_id, quantity in quantities.items():
        line = by_id[line_id]
        after = line.quantity_invoiced + quantity
        if after < 0 or after > line.quantity:
            raise QuantityBeyondOrdered(
                f"Line {line.position}: {after} of {line.quantity} would be invoiced"
            )
        line.quantity_invoiced = after
    amounts = milestone_amounts or {}
    milestones = await _milestones_by_id(session, principal, order, amounts)
    for milestone_id, amount in amounts.items():
        milestone = milestones[milestone_id]
        after = milestone.invoiced_amount + amount
        if after < milestone.collected_amount or after > milestone.planned_amount:
            raise AmountBeyondPlanned(f"{milestone.label}: {after} would be invoiced")
        milestone.invoiced_amount = after
    events.note(order, "sales_order.invoiced")
    order.updated_at = utcnow()
    await repo.flush()
    return order


async def _milestones_by_id(
    session: AsyncSession,
    principal: Principal,
    order: SalesOrder,
    wanted: Mapping[uuid.UUID, Decimal],
) -> dict[uuid.UUID, SalesOrderMilestone]:
    rows = await MilestoneRepository(session, principal).of_order(order.id)
    by_id = {m.id: m for m in rows}
    for milestone_id in wanted:
        if milestone_id not in by_id:
            raise InvalidReference("milestone_id")
    return by_id


async def record_collected(
    session: AsyncSession,
    principal: Principal,
    order_id: uuid.UUID,
    *,
    milestone_amounts: Mapping[uuid.UUID, Decimal],
) -> SalesOrder:
    """For the payments domain: add collected amounts to milestones (negative for a
    reversed payment); each stays within 0 and its invoiced amount (409)."""
    repo = SalesOrderRepository(session, principal)
    order = await repo.lock_id(order_id)
    milestones = await _milestones_by_id(session, principal, order, milestone_amounts)
    for milestone_id, amount in milestone_amounts.items():
        milestone = milestones[milestone_id]
        after = milestone.collected_amount + amount
        if after < 0 or after > milestone.invoiced_amount:
            raise AmountBeyondPlanned(f"{milestone.label}: {after} would be collected")
        milestone.collected_amount = after
    events.note(order, "sales_order.collected")
    order.updated_at = utcnow()
    await repo.flush()
    return order


# --- for reports ---------------------------------------------------------------------


def booked_orders(principal: Principal, *, start: date, end: date) -> Any:
    """The caller's booked orders dated ``start`` to ``end``, one row each: a subquery
    for the sales report (``SalesOrderRepository.booked_orders`` names the columns)."""
    return SalesOrderRepository.booked_orders(principal, start=start, end=end)


def booked_sum(measure: str, *, start: Any, end: Any, currency: Any, sold_by: Any) -> Any:
    """Taxable value (``value``) or units (``quantity``) booked in a span, a currency and
    by whom ``sold_by(owner_id, territory_id)`` says, whoever asks: a correlated scalar
    subquery for a target's attainment (``SalesOrderRepository.unscoped_booked_sum``)."""
    return SalesOrderRepository.unscoped_booked_sum(
        measure, start=start, end=end, currency=currency, sold_by=sold_by
    )


def booked_lines(principal: Principal, *, start: date, end: date) -> Any:
    """The caller's booked order lines of orders dated ``start`` to ``end``: a subquery
    for the sales report (``SalesOrderRepository.booked_lines`` names the columns)."""
    return SalesOrderRepository.booked_lines(principal, start=start, end=end)


def booked_milestones(principal: Principal) -> Any:
    """The invoicing plans of the caller's booked orders, a row per milestone: a
    subquery for the receivables report (``SalesOrderRepository.booked_milestones``)."""
    return SalesOrderRepository.booked_milestones(principal)


def order_history(principal: Principal, *, start: date, end: date) -> Any:
    """The caller's orders dated ``start`` to ``end`` and what became of them: a
    subquery for the order history report (``SalesOrderRepository.history``)."""
    return SalesOrderRepository.history(principal, start=start, end=end)


def unscoped_sellers() -> Any:
    """(order_id, seller_id) of every order: who sold what an invoice bills."""
    return SalesOrderRepository.unscoped_sellers()


# --- by external id (an ERP's upsert, decision 0046) -----------------------------------

# The order's own fields an upsert compares and, on a draft, changes.
_UPSERT_EDITABLE = (
    "customer_po_number",
    "customer_po_date",
    "delivery_terms",
    "payment_terms_days",
    "delivery_address",
    "terms",
    "notes",
)
# Set when the order is made; sent later, they must be what the order has.
_UPSERT_FIXED = ("customer_id", "owner_id", "currency", "order_date")
# What a new order takes a default for when it is not sent (or sent as null).
_UPSERT_DEFAULTED = (
    "customer_id",
    "owner_id",
    "currency",
    "order_date",
    "payment_terms_days",
    "delivery_address",
)
# A status an ERP asks for, met by the order's: a confirm over the credit limit waits
# on hold (a head decides), and the deliveries move a confirmed order on.
STATUS_WORDS = StatusWords(
    {
        UpsertStatus.DRAFT: {SalesOrderStatus.DRAFT},
        UpsertStatus.CONFIRMED: {SalesOrderStatus.CREDIT_HOLD, *INVOICEABLE},
        UpsertStatus.CANCELLED: {SalesOrderStatus.CANCELLED},
    }
)


def sales_orders_file_source(session: AsyncSession, principal: Principal) -> ExportSource:
    """What an export job of orders reads: every order the caller may see, with its
    lines and milestones."""
    repo = SalesOrderRepository(session, principal)
    return ExportSource(SALES_ORDER_READ, repo.filtered(), [], "sales-orders")


async def sales_order_by_external_id(
    session: AsyncSession, principal: Principal, external_id: str
) -> dict[str, Any]:
    """The visible order with this ERP id, as ``GET /sales-orders/{id}`` answers it."""
    order_id = await SalesOrderRepository(session, principal).id_by_external_id(external_id)
    return await sales_order_item(session, principal, order_id)


async def prefetch_sales_orders(
    session: AsyncSession, principal: Principal, external_ids: Collection[str]
) -> dict[str, Found[SalesOrder]]:
    """The orders with these ERP ids looked up at once (an import's chunk)."""
    return await prefetch(SalesOrderRepository(session, principal), external_ids)


def _same_plan(current: Sequence[SalesOrderMilestone], wanted: Sequence[MilestoneIn]) -> bool:
    return _terms_of_rows(current) == _terms_of(wanted)


async def _upsert_content(
    session: AsyncSession,
    principal: Principal,
    order: SalesOrder,
    *,
    fields: Mapping[str, Any],
    sent_as: Mapping[str, str],
    lines: list[SalesOrderLineIn] | None,
    milestones: list[MilestoneIn] | None,
) -> SalesOrder:
    """Apply what differs from the order; anything that differs on an order past draft
    (or a field set when it was made) is refused, naming it."""
    check_fixed(order, fields, _UPSERT_FIXED, what="order", sent_as=sent_as)
    changes = changed_fields(order, fields, _UPSERT_EDITABLE)
    if lines is not None:
        current_lines = await SalesOrderLineRepository(session, principal).of_order(order.id)
        if same_lines(current_lines, lines):
            lines = None
    if milestones is not None:
        current_plan = await MilestoneRepository(session, principal).of_order(order.id)
        if _same_plan(current_plan, milestones):
            milestones = None
    if not changes and lines is None and milestones is None:
        return order
    if order.status is not SalesOrderStatus.DRAFT:
        what = [*changes, *(["lines"] if lines is not None else [])]
        what += ["milestones"] if milestones is not None else []
        raise SalesOrderNotEditable(
            f"The order is {order.status}: its content is fixed ({', '.join(what)} differ)"
        )
    data = SalesOrderUpdate(**changes, lines=lines, milestones=milestones)
    return await update_sales_order(session, principal, order, data=data)


async def _move_to(
    session: AsyncSession, principal: Principal, order: SalesOrder, data: SalesOrderUpsert
) -> SalesOrder:
    """The status the ERP asks for, through the confirm and cancel of every caller."""
    wanted = data.status
    approving = (
        order.status is SalesOrderStatus.CREDIT_HOLD
        and data.approve_credit
        and credit.may_approve(principal)
    )
    if wanted is None or (STATUS_WORDS.met(wanted, order.status) and not approving):
        return order
    if wanted is UpsertStatus.CONFIRMED and approving:
        return await confirm_sales_order(session, principal, order, approve_credit=True)
    if wanted is UpsertStatus.CONFIRMED and order.status is SalesOrderStatus.DRAFT:
        return await confirm_sales_order(
            session, principal, order, approve_credit=data.approve_credit
        )
    if wanted is UpsertStatus.CANCELLED:
        return await cancel_sales_order(session, principal, order, reason=None)
    raise SalesOrderStatusConflict(f"An order that is {order.status} does not become {wanted}")


async def upsert_sales_order(
    session: AsyncSession,
    principal: Principal,
    *,
    external_id: str,
    data: SalesOrderUpsert,
    preconditions: Preconditions = NO_PRECONDITIONS,
    found: Found[SalesOrder] | None = None,
) -> Upserted[SalesOrder]:
    """Create or update the order with this ERP id through ``create_sales_order``,
    ``update_sales_order``, ``confirm_sales_order`` and ``cancel_sales_order`` (the
    rules of ``SalesOrderUpsert``)."""
    repo = SalesOrderRepository(session, principal)
    fields = without_defaulted_nulls(
        data.model_dump(
            exclude_unset=True,
            exclude={
                "customer_external_id",
                "owner_email",
                "status",
                "approve_credit",
                "lines",
                "milestones",
            },
        ),
        _UPSERT_DEFAULTED,
    )
    sent_as = {
        "customer_id": "customer_id" if data.customer_id else "customer_external_id",
        "owner_id": "owner_id" if data.owner_id else "owner_email",
    }
    customer_id = await customers.customer_named(
        session, principal, data.customer_id, data.customer_external_id
    )
    owner_id = await users.owner_named(session, data.owner_id, data.owner_email)
    if customer_id is not None:
        fields["customer_id"] = customer_id
    if owner_id is not None:
        fields["owner_id"] = owner_id
    lines = None
    if data.lines is not None:
        product_ids = await products.products_of_references(session, principal, data.lines)
        lines = [
            built(
                SalesOrderLineIn,
                product_id=product_id,
                **line.model_dump(exclude_unset=True, exclude=set(REFERENCE_FIELDS)),
            )
            for product_id, line in zip(product_ids, data.lines, strict=True)
        ]

    async def create() -> SalesOrder:
        if fields.get("customer_id") is None:
            raise UnprocessableEntity(
                errors=[field_error("customer_id", "required to create an order", "missing")]
            )
        new = built(
            SalesOrderCreate,
            **fields,
            external_id=external_id,
            lines=lines or [],
            milestones=data.milestones,
        )
        order = (await create_sales_order(session, principal, data=new)).entity
        return await _move_to(session, principal, order, data)

    async def update(order: SalesOrder) -> SalesOrder:
        order = await _upsert_content(
            session,
            principal,
            order,
            fields=fields,
            sent_as=sent_as,
            lines=lines,
            milestones=data.milestones,
        )
        return await _move_to(session, principal, order, data)

    return await upsert(
        session,
        find=lambda: repo.by_external_id(external_id),
        create=create,
        update=update,
        taken=ExternalIdTaken,
        held_elsewhere=lambda: repo.unscoped_external_id_taken(external_id),
        preconditions=preconditions,
        found=found,
    )

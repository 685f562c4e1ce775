"""Deliveries: the goods of a confirmed order leave the warehouse, in part or in full,
and reach the customer.

Rules (docs/decisions/0021-deliveries.md):

* Made for a confirmed or partly delivered order the caller may see, under the order's
  row lock: each line at most its ordered quantity less what is delivered and what
  other open deliveries (picking, packed, shipped) hold, so two deliveries made at once
  never promise the same units twice. Numbered ``DO/2026-27/00001`` (gapless per
  fiscal year, taken last: a refused create takes no number).
* picking -> packed (packages, gross weight) -> shipped (carrier, vehicle, tracking
  number): every goods line is consumed from the order line's reservation
  (``inventory.consume``; the move belongs to the delivery) and counted in transit ->
  delivered (date, received by): off in transit, and the order's delivered quantities
  grow (``sales_orders.record_deliveries``: partially delivered / delivered). Picking or
  packed -> cancelled (nothing left the warehouse; the order's reservation stays).
* Every action locks the delivery's row, then checks the caller's ETag, then the
  status: of two concurrent ships one wins, the other answers 412 (or 409).
"""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core import events
from app.core.access import Principal
from app.core.clock import company_today, utcnow
from app.core.errors import InvalidReference, NotFound, UnprocessableEntity, field_error
from app.core.money import format_decimal
from app.core.numbering import next_number
from app.core.pagination import ListParams
from app.core.repository import Saved
from app.deliveries.errors import (
    DeliveryStatusConflict,
    NothingToDeliver,
    OrderNotDeliverable,
)
from app.deliveries.models import Delivery, DeliveryLine, DeliveryStatus
from app.deliveries.repository import (
    DELIVERY_READ,
    DELIVERY_SORT,
    DeliveryLineRepository,
    DeliveryRepository,
)
from app.deliveries.schemas import (
    DeliveryCreate,
    DeliveryDeliver,
    DeliveryLineIn,
    DeliveryPack,
    DeliveryShip,
)
from app.inventory import service as stock
from app.inventory.service import StockDocument
from app.products import service as products
from app.sales_orders import service as sales_orders
from app.sales_orders.service import SalesOrderStatus

__all__ = ["DELIVERY_SORT", "Delivery", "DeliveryStatus"]
DOCUMENT_TYPE, PREFIX = "delivery", "DO"
ZERO = Decimal(0)
DELIVERABLE = {SalesOrderStatus.CONFIRMED, SalesOrderStatus.PARTIALLY_DELIVERED}


def _document(delivery: Delivery) -> StockDocument:
    return StockDocument(DOCUMENT_TYPE, delivery.id, delivery.number)


# --- reading -------------------------------------------------------------------------


async def deliveries_page(
    session: AsyncSession,
    principal: Principal,
    *,
    params: ListParams,
    fields: str | None,
    **filters: Any,
) -> bytes:
    repo = DeliveryRepository(session, principal)
    return await repo.read_page(DELIVERY_READ, repo.filtered(**filters), params, fields=fields)


async def delivery_item(
    session: AsyncSession,
    principal: Principal,
    delivery_id: uuid.UUID,
    *,
    fields: str | None = None,
) -> dict[str, Any]:
    return await DeliveryRepository(session, principal).read_item(
        DELIVERY_READ, delivery_id, fields=fields
    )


async def get_delivery(
    session: AsyncSession, principal: Principal, delivery_id: uuid.UUID
) -> Delivery:
    return await DeliveryRepository(session, principal).get_or_404(delivery_id)


async def lock_delivery(
    session: AsyncSession, principal: Principal, delivery: Delivery
) -> Delivery:
    """The delivery locked and as committed now (check its version after this)."""
    return await DeliveryRepository(session, principal).lock(delivery)


# --- creating --------------------------------------------------------------------------


async def create_delivery(
    session: AsyncSession, principal: Principal, *, data: DeliveryCreate
) -> Saved[Delivery]:
    """A delivery (picking) of some or all of what a confirmed order still owes."""
    repo = DeliveryRepository(session, principal)
    if replayed := await repo.find_replayed_create(data.id):
        return Saved(replayed, created=False)
    try:
        order = await sales_orders.lock_sales_order(session, principal, data.sales_order_id)
    except NotFound:
        raise InvalidReference("sales_order_id") from None
    if order.status not in DELIVERABLE:
        raise OrderNotDeliverable(f"The order is {order.status.value}")
    order_lines = await sales_orders.order_lines(session, principal, order.id)
    held = await repo.unscoped_open_quantities(order.id)
    outstanding = {
        line.id: line.quantity - line.quantity_delivered - held.get(line.id, ZERO)
        for line in order_lines
    }
    wanted = data.lines
    if wanted is None:
        wanted = [
            DeliveryLineIn(sales_order_line_id=line_id, quantity=quantity)
            for line_id, quantity in outstanding.items()
            if quantity > 0
        ]
        if not wanted:
            raise NothingToDeliver()
    _check_lines(wanted, outstanding)
    by_id = {line.id: line for line in order_lines}
    goods = await products.goods_ids(session, {line.product_id for line in order_lines})
    if order.warehouse_id is None and any(
        by_id[w.sales_order_line_id].product_id in goods for w in wanted
    ):
        raise UnprocessableEntity(
            errors=[
                field_error("sales_order_id", "the order has no warehouse to ship from", "missing")
            ]
        )
    delivery = Delivery(
        sales_order_id=order.id,
        sales_order_number=order.number,
        customer_id=order.customer_id,
        owner_id=order.owner_id,
        warehouse_id=order.warehouse_id,
        status=DeliveryStatus.PICKING,
        delivery_address=data.delivery_address or order.delivery_address,
        notes=data.notes,
    )
    if data.id is not None:
        delivery.id = data.id
    delivery.number = await next_number(session, DOCUMENT_TYPE, prefix=PREFIX, on=company_today())
    await repo.insert(delivery)
    line_repo = DeliveryLineRepository(session, principal)
    for index, item in enumerate(wanted):
        source = by_id[item.sales_order_line_id]
        line_repo.add(
            DeliveryLine(
                delivery_id=delivery.id,
                position=index + 1,
                sales_order_line_id=source.id,
                product_id=source.product_id,
                description=source.description,
                unit=source.unit,
                quantity=item.quantity,
                is_goods=source.product_id in goods,
            )
        )
    await line_repo.flush()
    return Saved(delivery, created=True)


def _check_lines(wanted: list[DeliveryLineIn], outstanding: dict[uuid.UUID, Decimal]) -> None:
    """Each line of the order (422 naming ``lines[i].sales_order_line_id``), once, and
    at most what it still owes (422 naming ``lines[i].quantity``); all errors at once."""
    errors = []
    seen: set[uuid.UUID] = set()
    for index, item in enumerate(wanted):
        where = f"lines[{index}]"
        if item.sales_order_line_id not in outstanding:
            errors.append(
                field_error(
                    f"{where}.sales_order_line_id",
                    "is not a line of the order",
                    "invalid_reference",
                )
            )
        elif item.sales_order_line_id in seen:
            errors.append(
                field_error(f"{where}.sales_order_line_id", "is on the delivery twice", "duplicate")
            )
        elif item.quantity > outstanding[item.sales_order_line_id]:
            left = max(outstanding[item.sales_order_line_id], ZERO)
            errors.append(
                field_error(
                    f"{where}.quantity",
                    f"at most {format_decimal(left)} is still to deliver on this line",
                    "beyond_outstanding",
                )
            )
        seen.add(item.sales_order_line_id)
    if errors:
        raise UnprocessableEntity(errors=errors)


# --- the status machine ----------------------------------------------------------------


def _require(delivery: Delivery, *allowed: DeliveryStatus) -> None:
    if delivery.status not in allowed:
        raise DeliveryStatusConflict(
            f"A {delivery.status.value} delivery cannot do this "
            f"(allowed from: {', '.join(s.value for s in allowed)})"
        )


async def pack_delivery(
    session: AsyncSession, principal: Principal, delivery: Delivery, *, data: DeliveryPack
) -> Delivery:
    """picking -> packed (or packed again: the count and weight corrected)."""
    _require(delivery, DeliveryStatus.PICKING, DeliveryStatus.PACKED)
    events.note(delivery, "delivery.packed", data={"packages": data.packages_count})
    return await DeliveryRepository(session, principal).update(
        delivery,
        {
            "status": DeliveryStatus.PACKED,
            "packages_count": data.packages_count,
            "gross_weight_kg": data.gross_weight_kg,
            "packed_at": utcnow(),
        },
    )


async def ship_delivery(
    session: AsyncSession, principal: Principal, delivery: Delivery, *, data: DeliveryShip
) -> Delivery:
    """packed -> shipped: the goods leave the warehouse (consumed from the order line's
    reservation, then free stock; 409 ``stock.insufficient`` when neither covers it)
    and count as in transit."""
    _require(delivery, DeliveryStatus.PACKED)
    order = await sales_orders.lock_sales_order(session, principal, delivery.sales_order_id)
    if order.status not in DELIVERABLE:
        raise OrderNotDeliverable(f"The order is {order.status.value}")
    order_document = sales_orders.stock_document(order)
    for line in await DeliveryLineRepository(session, principal).of_delivery(delivery.id):
        if line.is_goods:
            await stock.consume(
                session,
                document=order_document,
                line_id=line.sales_order_line_id,
                quantity=line.quantity,
                shipped_by=_document(delivery),
            )
    events.note(delivery, "delivery.shipped", data={"carrier": data.carrier})
    return await DeliveryRepository(session, principal).update(
        delivery,
        {**data.model_dump(), "status": DeliveryStatus.SHIPPED, "shipped_at": utcnow()},
    )


async def deliver_delivery(
    session: AsyncSession, principal: Principal, delivery: Delivery, *, data: DeliveryDeliver
) -> Delivery:
    """shipped -> delivered: off in transit, and the order's delivered quantities grow
    (its status follows: partially delivered or delivered)."""
    _require(delivery, DeliveryStatus.SHIPPED)
    lines = await DeliveryLineRepository(session, principal).of_delivery(delivery.id)
    for line in lines:
        if line.is_goods and delivery.warehouse_id is not None:
            await stock.deliver_in_transit(
                session,
                product_id=line.product_id,
                warehouse_id=delivery.warehouse_id,
                quantity=line.quantity,
            )
    delivered: dict[uuid.UUID, Decimal] = {}
    for line in lines:
        delivered[line.sales_order_line_id] = (
            delivered.get(line.sales_order_line_id, ZERO) + line.quantity
        )
    order = await sales_orders.record_deliveries(
        session, principal, delivery.sales_order_id, delivered=delivered
    )
    events.note(
        delivery,
        "delivery.delivered",
        data={"received_by": data.received_by, "order_status": order.status.value},
    )
    return await DeliveryRepository(session, principal).update(
        delivery,
        {
            "status": DeliveryStatus.DELIVERED,
            "delivered_on": data.delivered_on or company_today(),
            "received_by": data.received_by,
            "delivered_at": utcnow(),
        },
    )


async def cancel_delivery(
    session: AsyncSession, principal: Principal, delivery: Delivery, *, reason: str
) -> Delivery:
    """picking | packed -> cancelled: nothing left the warehouse, the order's lines are
    free to deliver again (their reservations stay with the order)."""
    _require(delivery, DeliveryStatus.PICKING, DeliveryStatus.PACKED)
    events.note(delivery, "delivery.cancelled", data={"reason": reason})
    return await DeliveryRepository(session, principal).update(
        delivery,
        {"status": DeliveryStatus.CANCELLED, "cancelled_at": utcnow(), "cancel_reason": reason},
    )

"""Demo sales orders in every state: the orders the accepted demo quotes made, and a few
direct orders per engineer, taken through the sales orders service as the team would
(milestone plans of 30 % advance, 60 % on delivery, 10 % after installation; confirmed,
partly or fully delivered through deliveries, closed, cancelled). Confirming reserves
their goods in the Bengaluru warehouse; a rate-contract order for more than is in stock
waits for its purchase request. Deliveries in every state: being picked, packed,
shipped (the confirmed orders'), delivered (partly and fully delivered orders) and
cancelled. Deterministic; a second run adds nothing (any order past draft means it
ran)."""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.access import Principal, Role

# Imported for its side effect too: it provides the accepted quotes' orders
# (core.followups), which the quotes part, loaded first, asks for.
from app.core.jobs import SYSTEM
from app.customers.models import Customer
from app.deliveries import service as deliveries
from app.deliveries.schemas import (
    DeliveryCreate,
    DeliveryDeliver,
    DeliveryLineIn,
    DeliveryPack,
    DeliveryShip,
)
from app.products.models import Product, ProductKind
from app.sales_orders import service
from app.sales_orders.models import MilestoneKind, MilestoneTrigger, SalesOrder, SalesOrderStatus
from app.sales_orders.schemas import MilestoneIn, SalesOrderCreate, SalesOrderLineIn
from app.users.models import User
from app.users.service import principal_for_user

NAME = "sales orders"
DIRECT_PER_ENGINEER = 3
PLAN = [
    SalesOrderStatus.CONFIRMED,
    SalesOrderStatus.PARTIALLY_DELIVERED,
    SalesOrderStatus.DELIVERED,
    SalesOrderStatus.CLOSED,
    SalesOrderStatus.CANCELLED,
    SalesOrderStatus.DRAFT,
]
MILESTONES = [
    MilestoneIn(
        label="Advance",
        kind=MilestoneKind.PERCENT,
        value=Decimal(30),
        trigger=MilestoneTrigger.ON_CONFIRMATION,
    ),
    MilestoneIn(
        label="On delivery",
        kind=MilestoneKind.PERCENT,
        value=Decimal(60),
        trigger=MilestoneTrigger.ON_DELIVERY,
    ),
    MilestoneIn(
        label="After installation",
        kind=MilestoneKind.PERCENT,
        value=Decimal(10),
        trigger=MilestoneTrigger.ON_INSTALLATION,
    ),
]


async def already_loaded(session: AsyncSession) -> bool:
    stmt = select(func.count(SalesOrder.id)).where(SalesOrder.status != SalesOrderStatus.DRAFT)
    return (await session.scalar(stmt) or 0) > 0


async def _direct_orders(session: AsyncSession, products: list[Product]) -> int:
    engineers = list(
        await session.scalars(
            select(User).where(User.role == Role.SALES_ENGINEER).order_by(User.email)
        )
    )
    made = 0
    for n, engineer in enumerate(engineers):
        author = await principal_for_user(session, engineer.id)
        if author is None:
            continue
        customers = await session.scalars(
            select(Customer)
            .where(Customer.owner_id == engineer.id, Customer.is_archived.is_(False))
            .order_by(Customer.name.desc())
            .limit(DIRECT_PER_ENGINEER)
        )
        for index, customer in enumerate(customers):
            picked = [products[(n * 7 + index * 3 + k) % len(products)] for k in range(2)]
            data = SalesOrderCreate(
                customer_id=customer.id,
                customer_po_number=f"PO/{customer.name[:3].upper()}/{100 + n * 10 + index}",
                delivery_terms="Door delivery, freight paid",
                lines=[
                    SalesOrderLineIn(product_id=p.id, quantity=Decimal(2 + k))
                    for k, p in enumerate(picked)
                ],
            )
            await service.create_sales_order(session, author, data=data)
            made += 1
    return made


async def _rate_contract(session: AsyncSession, products: list[Product]) -> int:
    """One order for more than the warehouse holds: confirmed, it waits for stock and
    raises a purchase request (or a job order) for the shortfall."""
    goods = [p for p in products if p.kind is ProductKind.GOODS]
    engineer = await session.scalar(
        select(User).where(User.role == Role.SALES_ENGINEER).order_by(User.email).limit(1)
    )
    if not goods or engineer is None:
        return 0
    customer = await session.scalar(
        select(Customer)
        .where(Customer.owner_id == engineer.id, Customer.is_archived.is_(False))
        .order_by(Customer.name)
        .limit(1)
    )
    author = await principal_for_user(session, engineer.id)
    if customer is None or author is None:
        return 0
    data = SalesOrderCreate(
        customer_id=customer.id,
        customer_po_number="RC/2026/001",
        delivery_terms="Annual rate contract: deliveries as stock arrives",
        lines=[SalesOrderLineIn(product_id=goods[0].id, quantity=Decimal(250))],
    )
    order = (await service.create_sales_order(session, author, data=data)).entity
    await service.confirm_sales_order(session, author, order)
    return 1


async def _deliver(
    session: AsyncSession,
    owner: Principal,
    order: SalesOrder,
    wanted: dict[uuid.UUID, Decimal] | None,
    *,
    to: str,
) -> None:
    """A delivery of ``wanted`` (line -> quantity; None: everything owed) taken as far as
    ``to``: picking, packed, shipped, delivered or cancelled."""
    lines = None
    if wanted is not None:
        lines = [DeliveryLineIn(sales_order_line_id=k, quantity=v) for k, v in wanted.items()]
    data = DeliveryCreate(sales_order_id=order.id, lines=lines)
    delivery = (await deliveries.create_delivery(session, owner, data=data)).entity
    if to == "picking":
        return
    if to == "cancelled":
        await deliveries.cancel_delivery(session, owner, delivery, reason="Customer site closed")
        return
    pack = DeliveryPack(packages_count=2, gross_weight_kg=Decimal("38.5"))
    await deliveries.pack_delivery(session, owner, delivery, data=pack)
    if to == "packed":
        return
    ship = DeliveryShip(
        carrier="VRL Logistics",
        vehicle_number="KA-51-C-4821",
        tracking_number=f"VRL{order.number[-5:]}",
    )
    await deliveries.ship_delivery(session, owner, delivery, data=ship)
    if to == "shipped":
        return
    await deliveries.deliver_delivery(
        session, owner, delivery, data=DeliveryDeliver(received_by="Stores in-charge")
    )


def _fully_reserved(order: dict[str, Any]) -> bool:
    return all(line["quantity_waiting"] == "0" for line in order["lines"])


async def load(session: AsyncSession) -> int:
    products = list(
        await session.scalars(select(Product).where(Product.is_active).order_by(Product.sku))
    )
    made = await _direct_orders(session, products) if products else 0
    made += await _rate_contract(session, products)
    early = ["picking", "packed", "shipped", "cancelled", None]
    orders = list(
        await session.scalars(
            select(SalesOrder)
            .where(SalesOrder.status == SalesOrderStatus.DRAFT)
            .order_by(SalesOrder.number)
        )
    )
    confirmed = 0
    for index, order in enumerate(orders):
        target = PLAN[index % len(PLAN)]
        owner = await principal_for_user(session, order.owner_id)
        if owner is None or target is SalesOrderStatus.DRAFT:
            continue
        if target is SalesOrderStatus.CANCELLED:
            await service.cancel_sales_order(session, owner, order, reason="Budget withdrawn")
            continue
        if index % 2 == 0:
            order = await service.replace_milestones(session, owner, order, incoming=MILESTONES)
        order = await service.confirm_sales_order(session, owner, order)
        if order.status is SalesOrderStatus.CREDIT_HOLD:
            # Over the customer's credit limit: the demo's head approves it.
            order = await service.confirm_sales_order(session, SYSTEM, order, approve_credit=True)
        # Only what is in stock ships: an order still waiting for goods stays confirmed.
        if not _fully_reserved(await service.sales_order_item(session, owner, order.id)):
            continue
        if target is SalesOrderStatus.CONFIRMED:
            step = early[confirmed % len(early)]
            confirmed += 1
            if step is not None:
                await _deliver(session, owner, order, None, to=step)
            continue
        lines = await service.order_lines(session, owner, order.id)
        if target is SalesOrderStatus.PARTIALLY_DELIVERED:
            half = {lines[0].id: lines[0].quantity / 2}
            await _deliver(session, owner, order, half, to="delivered")
            continue
        await _deliver(session, owner, order, None, to="delivered")
        if target is SalesOrderStatus.CLOSED:
            order = await service.get_sales_order(session, owner, order.id)
            await service.close_sales_order(session, owner, order)
    return made

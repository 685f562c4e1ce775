"""The demo has sales orders in every state, from accepted quotes and direct."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.quotes.models import Quote, QuoteStatus
from app.sales_orders.models import SalesOrder, SalesOrderMilestone, SalesOrderStatus
from app.seed import load_demo_data
from tests.support.demo import DEMO

pytestmark = DEMO


async def test_the_demo_has_orders_in_every_state_and_loads_once(
    sessionmaker: async_sessionmaker[AsyncSession], session: AsyncSession
) -> None:
    await load_demo_data(sessionmaker)
    orders = list(await session.scalars(select(SalesOrder)))
    # Credit holds are approved as the demo is built (the head's decision is in events).
    assert {o.status for o in orders} == set(SalesOrderStatus) - {SalesOrderStatus.CREDIT_HOLD}
    accepted = list(
        await session.scalars(select(Quote).where(Quote.status == QuoteStatus.ACCEPTED))
    )
    assert accepted and all(q.sales_order_id is not None for q in accepted)
    assert {q.sales_order_id for q in accepted} <= {o.id for o in orders}
    milestones = list(await session.scalars(select(SalesOrderMilestone)))
    for order in orders:
        planned = [m.planned_amount for m in milestones if m.sales_order_id == order.id]
        assert sum(planned, Decimal(0)) == order.grand_total
    again = await load_demo_data(sessionmaker)
    assert "sales orders: already loaded" in again
    assert len(list(await session.scalars(select(SalesOrder)))) == len(orders)


async def test_the_demo_has_deliveries_in_every_state_and_a_waiting_order(
    sessionmaker: async_sessionmaker[AsyncSession], session: AsyncSession
) -> None:
    from app.deliveries.models import Delivery, DeliveryStatus
    from app.inventory import service as stock
    from app.inventory.models import StockReservation
    from app.procurement.models import ProcurementRequest

    await load_demo_data(sessionmaker)
    deliveries = list(await session.scalars(select(Delivery)))
    assert {d.status for d in deliveries} == set(DeliveryStatus)
    orders = {o.id: o for o in await session.scalars(select(SalesOrder))}
    for delivery in deliveries:
        order = orders[delivery.sales_order_id]
        if delivery.status is DeliveryStatus.DELIVERED:
            assert order.status in (
                SalesOrderStatus.PARTIALLY_DELIVERED,
                SalesOrderStatus.DELIVERED,
                SalesOrderStatus.CLOSED,
            )
    waiting = list(
        await session.scalars(select(StockReservation).where(StockReservation.quantity_waiting > 0))
    )
    assert waiting, "an order waits for stock"
    requests = {
        r.document_line_id
        for r in await session.scalars(
            select(ProcurementRequest).where(ProcurementRequest.document_type == "sales_order")
        )
    }
    assert {w.line_id for w in waiting} <= requests
    assert await stock.ledger_disagreements(session) == []
    assert "sales orders: already loaded" in await load_demo_data(sessionmaker)
    assert len(list(await session.scalars(select(Delivery)))) == len(deliveries)

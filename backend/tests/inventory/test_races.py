"""Stock on real concurrent PostgreSQL transactions (the ``live`` database): documents
confirming the last units at once never reserve more than is on hand."""

from __future__ import annotations

import asyncio
from decimal import Decimal

from sqlalchemy import func, select

from app.core.ids import new_id
from app.inventory import service as stock
from app.inventory.models import StockReservation
from app.inventory.schemas import ReserveLine
from tests.conftest import Live, auth
from tests.factories.catalogue import create_product
from tests.factories.inventory import create_warehouse, order_document, put_stock

ORDERS = 12


async def test_concurrent_orders_reserving_the_last_units_never_over_reserve(live: Live) -> None:
    async with live.sessionmaker() as session:
        warehouse = await create_warehouse(session)
        first, second = await create_product(session), await create_product(session)
        await put_stock(session, first, warehouse, "10")
        await put_stock(session, second, warehouse, "10")
        await session.commit()
    start = asyncio.Event()

    async def confirm(n: int) -> tuple[Decimal, Decimal]:
        # Half the orders list the products the other way round: the fixed lock order
        # keeps them from deadlocking.
        products = [first, second] if n % 2 else [second, first]
        lines = [ReserveLine(new_id(), p.id, Decimal(3)) for p in products]
        async with live.sessionmaker() as session:
            await start.wait()
            got = await stock.reserve(
                session, lines=lines, warehouse_id=warehouse.id, document=order_document()
            )
            await session.commit()
        return (
            sum((g.reserved for g in got.values()), Decimal(0)),
            sum((g.short for g in got.values()), Decimal(0)),
        )

    tasks = [asyncio.create_task(confirm(n)) for n in range(ORDERS)]
    await asyncio.sleep(0)
    start.set()
    results = await asyncio.gather(*tasks)
    assert sum(r for r, _ in results) == Decimal(20)  # every unit, not one more
    assert sum(s for _, s in results) == Decimal(ORDERS * 6 - 20)
    async with live.sessionmaker() as session:
        for product in (first, second):
            levels = await stock.stock_levels(
                session, product_id=product.id, warehouse_id=warehouse.id
            )
            assert levels is not None
            assert (levels.on_hand, levels.reserved, levels.available) == (10, 10, 0)
            held = await session.scalar(
                select(func.sum(StockReservation.quantity_reserved)).where(
                    StockReservation.product_id == product.id
                )
            )
            assert held == 10
        assert await stock.ledger_disagreements(session) == []


async def test_concurrent_adjustments_all_land_in_the_ledger_and_the_balance(live: Live) -> None:
    world = live.world
    async with live.sessionmaker() as session:
        warehouse = await create_warehouse(session)
        product = await create_product(session)
        await session.commit()
    body = {"product_id": str(product.id), "warehouse_id": str(warehouse.id), "reason": "count"}
    async with live.client() as client:
        answers = await asyncio.gather(
            *(
                client.post(
                    "/api/v1/stock/adjustments",
                    json={**body, "quantity": "2"},
                    headers=auth(world.head),
                )
                for _ in range(10)
            )
        )
        assert [a.status_code for a in answers] == [201] * 10, [a.text for a in answers]
        # Ten removals of 3 from 20: six fit, four are refused, none goes below zero.
        answers = await asyncio.gather(
            *(
                client.post(
                    "/api/v1/stock/adjustments",
                    json={**body, "quantity": "-3"},
                    headers=auth(world.head),
                )
                for _ in range(10)
            )
        )
        codes = sorted(a.status_code for a in answers)
        assert codes == [201] * 6 + [409] * 4, [a.text for a in answers]
    async with live.sessionmaker() as session:
        levels = await stock.stock_levels(session, product_id=product.id, warehouse_id=warehouse.id)
        assert levels is not None and levels.on_hand == 2
        assert await stock.ledger_disagreements(session) == []


async def test_a_cancelled_sales_order_gives_its_stock_back_through_the_event_stream(
    live: Live,
) -> None:
    from app.core.events import DomainEvent
    from tests.support.jobs import drain_projections

    async with live.sessionmaker() as session:
        warehouse = await create_warehouse(session)
        product = await create_product(session)
        await put_stock(session, product, warehouse, "4")
        order = order_document()
        await stock.reserve(
            session,
            lines=[ReserveLine(new_id(), product.id, Decimal(3))],
            warehouse_id=warehouse.id,
            document=order,
        )
        # What the orders domain writes when an order is cancelled.
        session.add(
            DomainEvent(
                type="sales_order.cancelled",
                entity_type="sales_orders",
                entity_id=order.id,
                operation="updated",
                actor_kind="system",
                actor_label="system",
                data={},
            )
        )
        await session.commit()
    await drain_projections(live.sessionmaker)
    async with live.sessionmaker() as session:
        levels = await stock.stock_levels(session, product_id=product.id, warehouse_id=warehouse.id)
        assert levels is not None and (levels.reserved, levels.available) == (0, 4)
        assert await stock.ledger_disagreements(session) == []

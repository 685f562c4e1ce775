"""Sales orders on real concurrent PostgreSQL transactions (the ``live`` database)."""

from __future__ import annotations

import asyncio
from collections import Counter

from sqlalchemy import func, select

from app.core.events import DomainEvent
from app.sales_orders.models import SalesOrder
from tests.conftest import Live, auth
from tests.factories.catalogue import create_product
from tests.factories.customers import create_customer

COPIES = 20
URL = "/api/v1/sales-orders"


async def test_concurrent_creations_never_repeat_or_skip_a_number(live: Live) -> None:
    world = live.world
    async with live.sessionmaker() as session:
        customer = await create_customer(session, owner=world.engineer, territory=world.north)
        product = await create_product(session)
        await session.commit()
    body = {
        "customer_id": str(customer.id),
        "order_date": "2026-06-01",
        "lines": [{"product_id": str(product.id), "quantity": "1", "unit_price": "10"}],
    }
    async with live.client() as client:
        answers = await asyncio.gather(
            *(client.post(URL, json=body, headers=auth(world.engineer)) for _ in range(COPIES))
        )
    assert Counter(a.status_code for a in answers) == {201: COPIES}, [a.text for a in answers]
    async with live.sessionmaker() as session:
        numbers = list(await session.scalars(select(SalesOrder.number)))
    assert len(numbers) == len(set(numbers)) == COPIES
    assert sorted(int(n.rsplit("/", 1)[1]) for n in numbers) == list(range(1, COPIES + 1))
    assert {n.rsplit("/", 1)[0] for n in numbers} == {"SO/2026-27"}


async def test_twenty_confirmations_at_once_confirm_the_order_once(live: Live) -> None:
    world = live.world
    async with live.sessionmaker() as session:
        customer = await create_customer(session, owner=world.engineer, territory=world.north)
        product = await create_product(session)
        await session.commit()
    body = {
        "customer_id": str(customer.id),
        "lines": [{"product_id": str(product.id), "quantity": "1", "unit_price": "10"}],
    }
    async with live.client() as client:
        order = (await client.post(URL, json=body, headers=auth(world.engineer))).json()
        answers = await asyncio.gather(
            *(
                client.post(f"{URL}/{order['id']}/confirm", headers=auth(world.engineer))
                for _ in range(COPIES)
            )
        )
    assert Counter(a.status_code for a in answers) == {200: 1, 409: COPIES - 1}
    async with live.sessionmaker() as session:
        stmt = select(func.count()).where(
            DomainEvent.entity_id == order["id"], DomainEvent.type == "sales_order.confirmed"
        )
        assert await session.scalar(stmt) == 1

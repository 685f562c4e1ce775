"""Quotes on real concurrent PostgreSQL transactions (the ``live`` database)."""

from __future__ import annotations

import asyncio
from collections import Counter

from sqlalchemy import func, select

from app.core.events import DomainEvent
from app.quotes.models import Quote
from tests.conftest import Live, auth
from tests.factories.catalogue import create_product
from tests.factories.customers import create_customer
from tests.factories.quotes import create_quote

COPIES = 20
URL = "/api/v1/quotes"


async def _events(live: Live, quote_id: object, type_: str) -> int:
    async with live.sessionmaker() as session:
        stmt = select(func.count()).where(
            DomainEvent.entity_id == quote_id, DomainEvent.type == type_
        )
        return int(await session.scalar(stmt) or 0)


async def test_twenty_submits_and_accepts_with_one_key_have_one_effect(live: Live) -> None:
    world = live.world
    async with live.sessionmaker() as session:
        customer = await create_customer(session, owner=world.engineer, territory=world.north)
        product = await create_product(session)
        quote = await create_quote(
            session, owner=world.engineer, customer=customer, lines=[(product, "2", "500", "5")]
        )
        await session.commit()
    headers = {**auth(world.engineer), "Idempotency-Key": "submit-once"}
    async with live.client() as client:
        answers = await asyncio.gather(
            *(client.post(f"{URL}/{quote.id}/submit", headers=headers) for _ in range(COPIES))
        )
        assert Counter(a.status_code for a in answers) == {200: COPIES}, [a.text for a in answers]
        assert {a.json()["status"] for a in answers} == {"approved"}
        assert len({a.json()["version"] for a in answers}) == 1
        sent = await client.post(f"{URL}/{quote.id}/send", headers=auth(world.engineer))
        assert sent.status_code == 200, sent.text
        body = {"location": {"lat": 28.6, "lon": 77.2, "accuracy_m": 12}}
        headers = {**auth(world.engineer), "Idempotency-Key": "accept-once"}
        answers = await asyncio.gather(
            *(
                client.post(f"{URL}/{quote.id}/accept", json=body, headers=headers)
                for _ in range(COPIES)
            )
        )
        assert Counter(a.status_code for a in answers) == {200: COPIES}, [a.text for a in answers]
        assert {(a.json()["status"], a.json()["version"]) for a in answers} == {
            ("accepted", answers[0].json()["version"])
        }
    assert await _events(live, quote.id, "quote.submitted") == 1
    assert await _events(live, quote.id, "quote.accepted") == 1


async def test_concurrent_creations_never_repeat_or_skip_a_number(live: Live) -> None:
    world = live.world
    async with live.sessionmaker() as session:
        customer = await create_customer(session, owner=world.engineer, territory=world.north)
        product = await create_product(session)
        await session.commit()
    body = {
        "customer_id": str(customer.id),
        "quote_date": "2026-06-01",
        "lines": [{"product_id": str(product.id), "quantity": "1", "unit_price": "10"}],
    }
    async with live.client() as client:
        answers = await asyncio.gather(
            *(client.post(URL, json=body, headers=auth(world.engineer)) for _ in range(COPIES))
        )
    assert Counter(a.status_code for a in answers) == {201: COPIES}, [a.text for a in answers]
    async with live.sessionmaker() as session:
        numbers = list(await session.scalars(select(Quote.number)))
    assert len(numbers) == len(set(numbers)) == COPIES
    assert sorted(int(n.rsplit("/", 1)[1]) for n in numbers) == list(range(1, COPIES + 1))
    assert {n.rsplit("/", 1)[0] for n in numbers} == {"Q/2026-27"}

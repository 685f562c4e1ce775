"""GET /api/v1/prices: which price applies (decision 0015). The customer's own list beats
its segment's, which beats the default; only active lists in the currency valid on the
date count; within a list the highest break at or below the quantity; no line: the
product's list price when it is in the currency."""

from __future__ import annotations

import uuid
from datetime import date

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from app.price_lists.models import PriceListScope
from tests.conftest import World, auth
from tests.factories.catalogue import create_price_list, create_product
from tests.factories.customers import create_customer

URL = "/api/v1/prices"


async def _price(client: AsyncClient, user, customer, product, **params):
    return await client.get(
        URL,
        params={"customer_id": str(customer.id), "product_id": str(product.id), **params},
        headers=auth(user),
    )


async def _setup(session: AsyncSession, world: World):
    customer = await create_customer(
        session, owner=world.engineer, territory=world.north, segment_tags=["sme", "export"]
    )
    pump = await create_product(session, list_price="1200")
    default = await create_price_list(
        session,
        name="Default",
        lines=[(pump, "1", "1100"), (pump, "10", "1000"), (pump, "100", "900")],
    )
    segment = await create_price_list(
        session,
        name="SME",
        scope=PriceListScope.SEGMENT,
        segment="sme",
        lines=[(pump, "1", "1050"), (pump, "20", "980")],
    )
    return customer, pump, default, segment


async def test_the_customers_own_list_beats_its_segments_which_beats_the_default(
    client: AsyncClient, session: AsyncSession, world: World
):
    customer, pump, default, segment = await _setup(session, world)
    other = await create_customer(session, owner=world.engineer, territory=world.north)
    await session.commit()
    plain = (await _price(client, world.engineer, other, pump, date="2026-06-01")).json()
    assert (plain["source"], plain["unit_price"], plain["price_list_id"]) == (
        "default_list",
        "1100.0000",
        str(default.id),
    )
    by_segment = (await _price(client, world.engineer, customer, pump, date="2026-06-01")).json()
    assert (by_segment["source"], by_segment["unit_price"], by_segment["segment"]) == (
        "segment_list",
        "1050.0000",
        "sme",
    )
    assert by_segment["price_list_id"] == str(segment.id)
    own = await create_price_list(
        session,
        name="Own",
        scope=PriceListScope.CUSTOMER,
        customer=customer,
        lines=[(pump, "1", "999.5")],
    )
    await session.commit()
    answer = (await _price(client, world.engineer, customer, pump, date="2026-06-01")).json()
    assert answer == {
        "customer_id": str(customer.id),
        "product_id": str(pump.id),
        "quantity": "1",
        "priced_on": "2026-06-01",
        "currency": "INR",
        "unit_price": "999.5000",
        "source": "customer_list",
        "price_list_id": str(own.id),
        "price_list_name": "Own",
        "segment": None,
        "line_id": answer["line_id"],
        "min_quantity": "1",
    }


async def test_within_a_list_the_highest_break_at_or_below_the_quantity(
    client: AsyncClient, session: AsyncSession, world: World
):
    _, pump, _, _ = await _setup(session, world)
    other = await create_customer(session, owner=world.engineer, territory=world.north)
    await session.commit()
    for quantity, price, minimum in [
        ("1", "1100.0000", "1"),
        ("9.99", "1100.0000", "1"),
        ("10", "1000.0000", "10"),
        ("99", "1000.0000", "10"),
        ("250", "900.0000", "100"),
    ]:
        body = (
            await _price(client, world.engineer, other, pump, quantity=quantity, date="2026-06-01")
        ).json()
        assert (body["unit_price"], body["min_quantity"]) == (price, minimum), quantity


async def test_a_list_without_a_low_enough_break_gives_way_to_the_next(
    client: AsyncClient, session: AsyncSession, world: World
):
    customer = await create_customer(
        session, owner=world.engineer, territory=world.north, segment_tags=["sme"]
    )
    pump = await create_product(session)
    await create_price_list(session, lines=[(pump, "1", "1100")])
    await create_price_list(
        session, scope=PriceListScope.SEGMENT, segment="sme", lines=[(pump, "50", "800")]
    )
    await session.commit()
    few = (await _price(client, world.engineer, customer, pump, quantity="5")).json()
    assert (few["source"], few["unit_price"]) == ("default_list", "1100.0000")
    many = (await _price(client, world.engineer, customer, pump, quantity="50")).json()
    assert (many["source"], many["unit_price"]) == ("segment_list", "800.0000")


async def test_only_active_lists_valid_on_the_date_count(
    client: AsyncClient, session: AsyncSession, world: World
):
    customer = await create_customer(session, owner=world.engineer, territory=world.north)
    pump = await create_product(session, list_price="1500")
    await create_price_list(
        session,
        name="Last year",
        valid_from=date(2025, 4, 1),
        valid_to=date(2026, 3, 31),
        lines=[(pump, "1", "1300")],
    )
    await create_price_list(
        session, name="This year", valid_from=date(2026, 4, 1), lines=[(pump, "1", "1400")]
    )
    await create_price_list(
        session,
        name="Festival",
        valid_from=date(2026, 10, 1),
        valid_to=date(2026, 10, 31),
        lines=[(pump, "1", "1250")],
    )
    await create_price_list(session, name="Switched off", is_active=False, lines=[(pump, "1", "1")])
    await session.commit()
    for day, name, price in [
        ("2026-03-31", "Last year", "1300.0000"),  # valid_to is inclusive
        ("2026-04-01", "This year", "1400.0000"),
        ("2026-10-15", "Festival", "1250.0000"),  # the list that started last wins its tier
        ("2026-11-01", "This year", "1400.0000"),
    ]:
        body = (await _price(client, world.engineer, customer, pump, date=day)).json()
        assert (body["price_list_name"], body["unit_price"]) == (name, price), day
    before = (await _price(client, world.engineer, customer, pump, date="2025-01-01")).json()
    assert (before["source"], before["unit_price"], before["price_list_id"]) == (
        "list_price",
        "1500.0000",
        None,
    )


async def test_the_currency_decides_and_a_product_priced_in_another_is_a_422(
    client: AsyncClient, session: AsyncSession, world: World
):
    customer = await create_customer(session, owner=world.engineer, territory=world.north)
    pump = await create_product(session, list_price="100", currency="USD")
    await create_price_list(session, currency="USD", lines=[(pump, "1", "95")])
    await session.commit()
    inr = await _price(client, world.engineer, customer, pump)
    assert inr.status_code == 422
    assert (inr.json()["code"], inr.json()["errors"][0]["loc"]) == (
        "prices.no_price",
        ["query", "currency"],
    )
    usd = (await _price(client, world.engineer, customer, pump, currency="USD")).json()
    assert (usd["currency"], usd["unit_price"], usd["source"]) == ("USD", "95.0000", "default_list")


async def test_a_customer_the_caller_cannot_see_is_a_404(
    client: AsyncClient, session: AsyncSession, world: World
):
    foreign = await create_customer(session, owner=world.engineer_other_team, territory=world.south)
    pump = await create_product(session)
    await create_price_list(
        session, scope=PriceListScope.CUSTOMER, customer=foreign, lines=[(pump, "1", "1")]
    )
    await session.commit()
    hidden = await _price(client, world.engineer, foreign, pump)
    assert (hidden.status_code, hidden.json()["code"]) == (404, "customers.not_found")
    seen = (await _price(client, world.admin, foreign, pump)).json()
    assert seen["source"] == "customer_list"


async def test_bad_questions(client: AsyncClient, session: AsyncSession, world: World):
    customer = await create_customer(session, owner=world.engineer, territory=world.north)
    pump = await create_product(session)
    retired = await create_product(session, is_active=False)
    await session.commit()
    for params, field in [
        ({"quantity": "0"}, "quantity"),
        ({"quantity": "abc"}, "quantity"),
        ({"date": "2026-13-01"}, "date"),
        ({"date": "1.7e9"}, "date"),
        ({"currency": "ZZZ"}, "currency"),
    ]:
        answer = await _price(client, world.engineer, customer, pump, **params)
        assert answer.status_code == 422, params
        assert ["query", field] in [e["loc"] for e in answer.json()["errors"]], answer.text
    unknown = await client.get(
        URL,
        params={"customer_id": str(customer.id), "product_id": str(uuid.uuid4())},
        headers=auth(world.engineer),
    )
    assert (unknown.status_code, unknown.json()["code"]) == (404, "products.not_found")
    inactive = await _price(client, world.engineer, customer, retired)
    assert (inactive.status_code, inactive.json()["code"]) == (422, "products.inactive")
    missing = await client.get(
        URL, params={"customer_id": str(customer.id)}, headers=auth(world.engineer)
    )
    assert ["query", "product_id"] in [e["loc"] for e in missing.json()["errors"]]

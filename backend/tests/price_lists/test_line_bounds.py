"""A quote's or an order's line too large to price is a 422 naming the field, never a
500 (a huge quantity times a huge price overflowed Decimal's context in rounding), and
a refused request leaves nothing behind."""

from __future__ import annotations

from typing import Any

import pytest
from httpx import AsyncClient
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from app.price_lists.models import PriceListScope
from tests.conftest import World, auth
from tests.factories.catalogue import create_price_list, create_product, create_tax_category
from tests.factories.customers import create_customer


@pytest.fixture
async def setup(session: AsyncSession, world: World) -> dict[str, Any]:
    gst = await create_tax_category(session, rate="18")
    pump = await create_product(session, tax_category=gst, list_price="1000", name="Pump")
    await create_price_list(
        session, scope=PriceListScope.DEFAULT, lines=[(pump, "1", "99999999999")]
    )
    customer = await create_customer(session, owner=world.engineer, territory=world.north)
    await session.commit()
    return {"pump": pump, "customer": customer}


@pytest.mark.parametrize("url", ["/api/v1/quotes", "/api/v1/sales-orders"])
@pytest.mark.parametrize(
    ("line", "field"),
    [
        # Each alone beyond its bound: the schema refuses it.
        ({"quantity": "99999999999999.9999", "unit_price": "1"}, "quantity"),
        ({"quantity": "1", "unit_price": "99999999999999.9999"}, "unit_price"),
        # Both within bounds, their product beyond the line's: the price is named.
        ({"quantity": "1000000", "unit_price": "99999999999"}, "unit_price"),
        # The price list's price times the quantity: the quantity is named.
        ({"quantity": "1000000"}, "quantity"),
    ],
)
async def test_a_line_too_large_to_price_is_a_422_naming_the_field(
    client: AsyncClient,
    session: AsyncSession,
    world: World,
    setup: dict[str, Any],
    url: str,
    line: dict[str, str],
    field: str,
):
    table = "quotes" if "quotes" in url else "sales_orders"
    before = (await session.execute(text(f"select count(*) from {table}"))).scalar_one()
    body = {
        "customer_id": str(setup["customer"].id),
        "lines": [{"product_id": str(setup["pump"].id), **line}],
    }
    answer = await client.post(url, json=body, headers=auth(world.engineer))
    assert answer.status_code == 422, answer.text
    assert answer.headers["content-type"].startswith("application/problem+json")
    assert ["body", "lines", 0, field] in [e["loc"] for e in answer.json()["errors"]]
    after = (await session.execute(text(f"select count(*) from {table}"))).scalar_one()
    assert after == before


@pytest.mark.parametrize("url", ["/api/v1/quotes", "/api/v1/sales-orders"])
async def test_the_largest_line_allowed_is_priced(
    client: AsyncClient, world: World, setup: dict[str, Any], url: str
):
    body = {
        "customer_id": str(setup["customer"].id),
        "lines": [
            {"product_id": str(setup["pump"].id), "quantity": "1", "unit_price": "99999999999"}
        ],
    }
    answer = await client.post(url, json=body, headers=auth(world.engineer))
    assert answer.status_code == 201, answer.text
    assert answer.json()["grand_total"] == "117999999998.82"

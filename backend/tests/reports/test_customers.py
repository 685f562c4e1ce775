"""The customers report through HTTP: new and returning buyers, top customers and
segments, recomputed from the orders; scoping; filters."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from app.customers.models import Customer
from app.products.models import Product
from app.users.models import User
from tests.conftest import World, auth
from tests.factories.catalogue import create_product
from tests.factories.customers import create_customer
from tests.support.files import read_csv

API = "/api/v1"
URL = f"{API}/reports/customers"
WINDOW = {"from": "2026-01-01", "to": "2026-03-31"}


async def _order(
    client: AsyncClient, owner: User, customer: Customer, product: Product, price: str, day: str
) -> Decimal:
    made = await client.post(
        f"{API}/sales-orders",
        json={
            "customer_id": str(customer.id),
            "order_date": day,
            "lines": [{"product_id": str(product.id), "quantity": "1", "unit_price": price}],
        },
        headers=auth(owner),
    )
    assert made.status_code == 201, made.text
    done = await client.post(f"{API}/sales-orders/{made.json()['id']}/confirm", headers=auth(owner))
    assert done.status_code == 200, done.text
    return Decimal(done.json()["taxable_total"])


@pytest.fixture
async def buyers(client: AsyncClient, session: AsyncSession, world: World) -> dict[str, Any]:
    product = await create_product(session)
    eng = world.engineer
    old = await create_customer(session, owner=eng, territory=world.north, segment_tags=["oem"])
    fresh = await create_customer(
        session, owner=eng, territory=world.north, segment_tags=["oem", "pharma"]
    )
    quiet = await create_customer(session, owner=eng, territory=world.north)
    theirs = await create_customer(session, owner=world.engineer_other_team, territory=world.south)
    await session.commit()
    values = {
        "old_before": await _order(client, eng, old, product, "500", "2025-11-15"),
        "old": await _order(client, eng, old, product, "1200", "2026-02-01"),
        "fresh_1": await _order(client, eng, fresh, product, "3000", "2026-01-05"),
        "fresh_2": await _order(client, eng, fresh, product, "700.50", "2026-03-30"),
        "quiet_before": await _order(client, eng, quiet, product, "99", "2025-06-01"),
        "theirs": await _order(
            client, world.engineer_other_team, theirs, product, "10", "2026-01-09"
        ),
    }
    return {"old": old, "fresh": fresh, "values": values}


async def test_new_and_returning_top_and_segments(
    client: AsyncClient, world: World, buyers: dict[str, Any]
):
    answer = await client.get(URL, params=WINDOW, headers=auth(world.engineer))
    assert answer.status_code == 200, answer.text
    report = answer.json()
    values = buyers["values"]
    fresh_value = values["fresh_1"] + values["fresh_2"]
    (summary,) = report["summary"]
    assert (summary["customers"], summary["new_customers"], summary["returning_customers"]) == (
        2,
        1,
        1,
    )
    assert (summary["orders"], Decimal(summary["order_value"])) == (3, fresh_value + values["old"])
    assert Decimal(summary["new_order_value"]) == fresh_value
    assert [(t["rank"], t["customer_name"], t["is_new"]) for t in report["top"]] == [
        (1, buyers["fresh"].name, True),
        (2, buyers["old"].name, False),
    ]
    assert report["top"][1]["first_order_day"] == "2025-11-15"
    segments = {s["tag"]: s for s in report["segments"]}
    assert set(segments) == {"oem", "pharma"}
    assert (segments["oem"]["customers"], Decimal(segments["oem"]["order_value"])) == (
        2,
        fresh_value + values["old"],
    )
    assert segments["pharma"]["new_customers"] == 1


async def test_the_admin_sees_everyone_and_filters_and_top_narrow(
    client: AsyncClient, world: World, buyers: dict[str, Any]
):
    everyone = (await client.get(URL, params=WINDOW, headers=auth(world.admin))).json()
    assert everyone["summary"][0]["customers"] == 3
    assert None in {s["tag"] for s in everyone["segments"]}  # the untagged
    one = await client.get(
        URL, params={**WINDOW, "top": 1, "segment": "pharma"}, headers=auth(world.admin)
    )
    assert [t["customer_name"] for t in one.json()["top"]] == [buyers["fresh"].name]
    as_csv = await client.get(URL, params={**WINDOW, "format": "csv"}, headers=auth(world.admin))
    sections = [line["section"] for line in read_csv(as_csv.content)]
    assert sections.count("top") == 3 and sections[0] == "summary"
    too_many = await client.get(URL, params={**WINDOW, "top": 101}, headers=auth(world.admin))
    assert too_many.json()["errors"][0]["loc"] == ["query", "top"]

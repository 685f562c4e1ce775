"""The order history report through HTTP: every order of the window in pages, what
became of each (billed, collected, delivered, the days between), scoping, the file."""

from __future__ import annotations

from typing import Any

import pytest
from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from tests.conftest import World, auth
from tests.factories.catalogue import create_product
from tests.factories.customers import create_customer
from tests.support.files import read_xlsx_typed

API = "/api/v1"
URL = f"{API}/reports/order-history"
WINDOW = {"from": "2026-01-01", "to": "2026-01-31"}


@pytest.fixture
async def orders(client: AsyncClient, session: AsyncSession, world: World) -> list[dict[str, Any]]:
    product = await create_product(session)
    mine = await create_customer(session, owner=world.engineer, territory=world.north)
    theirs = await create_customer(session, owner=world.engineer_other_team, territory=world.south)
    await session.commit()
    made = []
    for owner, customer, day, confirm in (
        (world.engineer, mine, "2026-01-03", True),
        (world.engineer, mine, "2026-01-09", False),
        (world.engineer, mine, "2026-01-20", True),
        (world.engineer_other_team, theirs, "2026-01-15", True),
        (world.engineer, mine, "2026-02-02", True),
    ):
        answer = await client.post(
            f"{API}/sales-orders",
            json={
                "customer_id": str(customer.id),
                "order_date": day,
                "lines": [{"product_id": str(product.id), "quantity": "4", "unit_price": "250"}],
            },
            headers=auth(owner),
        )
        assert answer.status_code == 201, answer.text
        order = answer.json()
        if confirm:
            order = (
                await client.post(f"{API}/sales-orders/{order['id']}/confirm", headers=auth(owner))
            ).json()
        made.append(order)
    return made


async def test_pages_of_the_windows_orders_newest_first(
    client: AsyncClient, world: World, orders: list[dict[str, Any]]
):
    first = await client.get(URL, params={**WINDOW, "limit": 2}, headers=auth(world.engineer))
    assert first.status_code == 200, first.text
    page = first.json()
    assert [item["order_date"] for item in page["items"]] == ["2026-01-20", "2026-01-09"]
    assert page["next_cursor"]
    second = await client.get(
        URL,
        params={**WINDOW, "limit": 2, "cursor": page["next_cursor"]},
        headers=auth(world.engineer),
    )
    rest = second.json()
    assert [item["number"] for item in rest["items"]] == [orders[0]["number"]]
    assert rest["next_cursor"] is None
    newest = page["items"][0]
    assert (newest["status"], newest["grand_total"], newest["invoiced"]) == (
        "confirmed",
        orders[2]["grand_total"],
        "0.00",
    )
    assert (newest["customer_name"], newest["seller_name"], newest["territory_name"]) == (
        orders[2]["customer_name"],
        world.engineer.full_name,
        "North",
    )
    assert newest["delivered_percent"] == "0"
    assert newest["confirmed_at"] is not None and newest["days_to_confirm"] is not None
    drafts = await client.get(
        URL, params={**WINDOW, "status": "draft"}, headers=auth(world.engineer)
    )
    assert [item["number"] for item in drafts.json()["items"]] == [orders[1]["number"]]


async def test_everyone_sees_their_reach_and_the_file_holds_every_order(
    client: AsyncClient, world: World, orders: list[dict[str, Any]]
):
    admin = (await client.get(URL, params=WINDOW, headers=auth(world.admin))).json()
    assert len(admin["items"]) == 4
    south = await client.get(
        URL, params={**WINDOW, "territory_id": str(world.south.id)}, headers=auth(world.admin)
    )
    assert [item["number"] for item in south.json()["items"]] == [orders[3]["number"]]
    as_xlsx = await client.get(
        URL, params={**WINDOW, "format": "xlsx", "limit": 1}, headers=auth(world.engineer)
    )
    header, *rows = read_xlsx_typed(as_xlsx.content)
    assert len(rows) == 3  # every order of the window, whatever the page size
    assert {row[header.index("number")] for row in rows} == {o["number"] for o in orders[:3]}
    bad = await client.get(URL, params={**WINDOW, "cursor": "nonsense"}, headers=auth(world.admin))
    assert (bad.status_code, bad.json()["errors"][0]["loc"]) == (422, ["query", "cursor"])
    wrong = await client.get(URL, params={**WINDOW, "status": "lost"}, headers=auth(world.admin))
    assert wrong.json()["errors"][0]["loc"] == ["query", "status"]

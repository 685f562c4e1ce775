"""The receivables report through HTTP: aging as of the window's last day per seller,
and collection against the milestones' plan per period, recomputed from the documents;
scoping; the table; filters that do not apply."""

from __future__ import annotations

from datetime import date
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
from tests.support.files import read_csv, read_xlsx_typed

API = "/api/v1"
URL = f"{API}/reports/receivables"
WINDOW = {"from": "2026-01-01", "to": "2026-02-28"}


async def _issued(
    client: AsyncClient, world: World, customer: Customer, product: Product, price: str, day: str
) -> dict[str, Any]:
    made = await client.post(
        f"{API}/invoices",
        json={
            "customer_id": str(customer.id),
            "lines": [{"product_id": str(product.id), "quantity": "1", "unit_price": price}],
        },
        headers=auth(world.admin),
    )
    assert made.status_code == 201, made.text
    return await _issue(client, world, made.json()["id"], day)


async def _issue(client: AsyncClient, world: World, invoice_id: str, day: str) -> dict[str, Any]:
    issued = await client.post(
        f"{API}/invoices/{invoice_id}/issue", json={"invoice_date": day}, headers=auth(world.admin)
    )
    assert issued.status_code == 200, issued.text
    return issued.json()  # type: ignore[no-any-return]


async def _pay(
    client: AsyncClient, user: User, customer: Customer, invoice: dict[str, Any], amount: str
) -> None:
    paid = await client.post(
        f"{API}/payments",
        json={
            "customer_id": str(customer.id),
            "payment_date": "2026-02-01",
            "amount": amount,
            "method": "bank_transfer",
            "allocations": [{"invoice_id": invoice["id"], "amount": amount}],
        },
        headers=auth(user),
    )
    assert paid.status_code == 201, paid.text


@pytest.fixture
async def books(client: AsyncClient, session: AsyncSession, world: World) -> dict[str, Any]:
    product = await create_product(session, list_price="1000")
    mine = await create_customer(session, owner=world.engineer, territory=world.north)
    mates = await create_customer(session, owner=world.teammate, territory=world.north)
    theirs = await create_customer(session, owner=world.engineer_other_team, territory=world.south)
    await session.commit()
    made = await client.post(
        f"{API}/sales-orders",
        json={
            "customer_id": str(mine.id),
            "order_date": "2026-01-10",
            "lines": [{"product_id": str(product.id), "quantity": "10", "unit_price": "1234.50"}],
            "milestones": [
                {
                    "label": "Advance",
                    "kind": "percent",
                    "value": "40",
                    "trigger": "on_date",
                    "due_date": "2026-01-20",
                },
                {
                    "label": "Balance",
                    "kind": "percent",
                    "value": "50",
                    "trigger": "on_date",
                    "due_date": "2026-02-15",
                },
                {"label": "Retention", "kind": "percent", "value": "10", "trigger": "on_delivery"},
            ],
        },
        headers=auth(world.engineer),
    )
    assert made.status_code == 201, made.text
    order = made.json()
    confirmed = await client.post(
        f"{API}/sales-orders/{order['id']}/confirm", headers=auth(world.engineer)
    )
    assert confirmed.status_code == 200, confirmed.text
    billed = await client.post(
        f"{API}/sales-orders/{order['id']}/invoices",
        json={"milestone_id": order["milestones"][0]["id"]},
        headers=auth(world.head),
    )
    assert billed.status_code == 201, billed.text
    advance = await _issue(client, world, billed.json()["id"], "2026-01-20")  # due 19 February
    await _pay(client, world.head, mine, advance, "1000.00")
    # The teammate's customer: due 31 December 2025, 59 days late on 28 February.
    late = await _issued(client, world, mates, product, "500", "2025-12-01")
    # The other team's: due 31 March, not yet due.
    theirs_open = await _issued(client, world, theirs, product, "700", "2026-03-01")
    early = await _issued(client, world, theirs, product, "300", "2026-02-20")
    order = (
        await client.get(f"{API}/sales-orders/{order['id']}", headers=auth(world.engineer))
    ).json()
    return {
        "order": order,
        "advance": advance,
        "late": late,
        "after_window": theirs_open,
        "early": early,
    }


async def _report(client: AsyncClient, user: User, **params: Any) -> dict[str, Any]:
    answer = await client.get(URL, params={**WINDOW, **params}, headers=auth(user))
    assert answer.status_code == 200, answer.text
    return answer.json()  # type: ignore[no-any-return]


async def test_aging_per_seller_as_of_the_last_day(
    client: AsyncClient, world: World, books: dict[str, Any]
):
    report = await _report(client, world.admin, dimension="engineer")
    assert report["as_of"] == "2026-02-28"
    aging = {row["label"]: row for row in report["aging"]}
    advance_open = Decimal(books["advance"]["grand_total"]) - Decimal("1000.00")
    assert aging[world.engineer.full_name]["days_1_30"] == str(advance_open)  # 9 days late
    assert aging[world.engineer.full_name]["total_open"] == str(advance_open)
    assert aging[world.teammate.full_name]["days_31_60"] == books["late"]["grand_total"]
    # Dated after the as-of day: not there; dated before and due later: current.
    other = aging[world.engineer_other_team.full_name]
    assert (other["current"], other["total_open"], other["invoices"]) == (
        books["early"]["grand_total"],
        books["early"]["grand_total"],
        1,
    )
    (total,) = report["aging_totals"]
    assert Decimal(total["total_open"]) == advance_open + Decimal(
        books["late"]["grand_total"]
    ) + Decimal(books["early"]["grand_total"])
    assert Decimal(total["overdue_total"]) == advance_open + Decimal(books["late"]["grand_total"])


async def test_collection_against_the_milestones_plan(
    client: AsyncClient, world: World, books: dict[str, Any]
):
    report = await _report(client, world.engineer)
    advance, balance, retention = books["order"]["milestones"]
    plan = {row["period_start"]: row for row in report["plan"]}
    january = plan["2026-01-01"]
    assert (january["planned"], january["invoiced"], january["collected"]) == (
        advance["planned_amount"],
        advance["planned_amount"],
        "1000.00",
    )
    assert Decimal(january["due_uncollected"]) == Decimal(advance["planned_amount"]) - 1000
    february = plan["2026-02-01"]
    assert (february["planned"], february["invoiced"], february["due_uncollected"]) == (
        balance["planned_amount"],
        "0.00",
        balance["planned_amount"],
    )
    undated = plan[None]
    assert (undated["planned"], undated["due_uncollected"], undated["period_end"]) == (
        retention["planned_amount"],
        "0.00",
        None,
    )
    (total,) = report["plan_totals"]
    assert total["planned"] == books["order"]["grand_total"]
    assert total["collected"] == "1000.00"
    expected_rate = (Decimal(1000) * 100 / Decimal(total["planned"])).quantize(Decimal("0.1"))
    assert Decimal(total["collection_rate"]) == expected_rate
    # An engineer's report is their own: no one else's receivables.
    assert {row["label"] for row in report["aging"]} == {None}
    (mine,) = report["aging"]
    assert Decimal(mine["total_open"]) == Decimal(books["advance"]["grand_total"]) - 1000


async def test_a_head_sees_the_team_and_filters_narrow(
    client: AsyncClient, world: World, books: dict[str, Any]
):
    report = await _report(client, world.head, dimension="engineer")
    assert {row["label"] for row in report["aging"]} == {
        world.engineer.full_name,
        world.teammate.full_name,
    }
    south = await _report(client, world.admin, territory_id=str(world.south.id))
    assert [row["total_open"] for row in south["aging"]] == [books["early"]["grand_total"]]
    assert south["plan"] == []
    mate = await _report(client, world.admin, engineer_id=str(world.teammate.id))
    assert [row["total_open"] for row in mate["aging"]] == [books["late"]["grand_total"]]


async def test_the_table_and_what_does_not_apply(
    client: AsyncClient, world: World, books: dict[str, Any]
):
    as_csv = await client.get(URL, params={**WINDOW, "format": "csv"}, headers=auth(world.admin))
    assert as_csv.status_code == 200
    sections = [line["section"] for line in read_csv(as_csv.content)]
    assert sections == ["aging", "aging_total", "plan", "plan", "plan", "plan_total"]
    as_xlsx = await client.get(URL, params={**WINDOW, "format": "xlsx"}, headers=auth(world.admin))
    header, *rows = read_xlsx_typed(as_xlsx.content)
    column = {name: index for index, name in enumerate(header)}
    aging = rows[0]
    assert aging[column["period_end"]] == date(2026, 2, 28)
    assert isinstance(aging[column["total_open"]], Decimal)
    for params, field in (
        ({"product_group_id": str(world.north.id)}, "product_group_id"),
        ({"dimension": "product_group"}, "dimension"),
    ):
        refused = await client.get(URL, params={**WINDOW, **params}, headers=auth(world.admin))
        assert refused.status_code == 422
        assert refused.json()["errors"][0]["loc"] == ["query", field]

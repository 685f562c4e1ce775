"""Targets through HTTP: who may set them, the periods they take, and attainment that
equals what the documents say (booked order value and units of the subject's orders,
visits done), for an engineer, a team and a territory."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from httpx import AsyncClient
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.customers.models import Customer
from app.products.models import Product
from app.targets.models import Target
from app.users.models import User
from app.visits.models import VisitStatus
from tests.conftest import World, auth
from tests.factories.catalogue import create_product
from tests.factories.customers import create_customer
from tests.factories.field import create_visit

API = "/api/v1"
NOVEMBER = {"period": "month", "period_start": "2026-11-01"}


async def _order(
    client: AsyncClient,
    owner: User,
    customer: Customer,
    product: Product,
    quantity: str,
    price: str,
    day: str,
    *,
    confirm: bool = True,
) -> dict[str, Any]:
    made = await client.post(
        f"{API}/sales-orders",
        json={
            "customer_id": str(customer.id),
            "order_date": day,
            "lines": [
                {
                    "product_id": str(product.id),
                    "quantity": quantity,
                    "unit_price": price,
                    "discount_percent": "0",
                }
            ],
        },
        headers=auth(owner),
    )
    assert made.status_code == 201, made.text
    order: dict[str, Any] = made.json()
    if confirm:
        confirmed = await client.post(
            f"{API}/sales-orders/{order['id']}/confirm", headers=auth(owner)
        )
        assert confirmed.status_code == 200, confirmed.text
        order = confirmed.json()
    return order


async def _target(client: AsyncClient, by: User, **body: Any) -> dict[str, Any]:
    answer = await client.post(f"{API}/targets", json=body, headers=auth(by))
    assert answer.status_code == 201, answer.text
    return dict(answer.json())


def _percent(actual: Decimal, goal: Decimal) -> str:
    return format((actual * 100 / goal).quantize(Decimal("0.1")).normalize(), "f")


async def test_attainment_equals_the_documents_for_engineer_team_and_territory(
    client: AsyncClient, session: AsyncSession, world: World
) -> None:
    north_customer = await create_customer(session, owner=world.engineer, territory=world.north)
    mate_customer = await create_customer(session, owner=world.teammate, territory=world.north)
    pump = await create_product(session)
    await session.commit()
    counted = [
        await _order(client, world.engineer, north_customer, pump, "3", "1000.50", "2026-11-03"),
        await _order(client, world.engineer, north_customer, pump, "2", "250", "2026-11-30"),
    ]
    mate = await _order(client, world.teammate, mate_customer, pump, "1", "999.99", "2026-11-12")
    # Not counted: outside the month, or never confirmed.
    await _order(client, world.engineer, north_customer, pump, "5", "100", "2026-10-31")
    await _order(client, world.engineer, north_customer, pump, "5", "100", "2026-12-01")
    await _order(
        client, world.engineer, north_customer, pump, "7", "100", "2026-11-15", confirm=False
    )
    for day, status in (
        (date(2026, 11, 2), VisitStatus.COMPLETED),
        (date(2026, 11, 20), VisitStatus.COMPLETED),
        (date(2026, 11, 21), VisitStatus.PLANNED),  # not done
        (date(2026, 12, 1), VisitStatus.COMPLETED),  # another month
    ):
        await create_visit(
            session, owner=world.engineer, customer=north_customer, planned_date=day, status=status
        )
    await session.commit()

    own_value = sum(Decimal(o["taxable_total"]) for o in counted)
    mine = await _target(
        client,
        world.head,
        engineer_id=str(world.engineer.id),
        revenue="5000",
        quantity="10",
        visits=4,
        **NOVEMBER,
    )
    assert mine["subject"] == "engineer" and mine["subject_name"] == world.engineer.full_name
    assert mine["period_end"] == "2026-11-30"
    assert Decimal(mine["revenue_actual"]) == own_value
    assert mine["revenue_percent"] == _percent(own_value, Decimal(5000))
    assert Decimal(mine["quantity_actual"]) == 5 and mine["quantity_percent"] == "50"
    assert mine["visits_actual"] == 2 and mine["visits_percent"] == "50"
    assert mine["revenue"] == "5000.00"  # at the currency's minor unit, a string

    team = await _target(
        client, world.admin, team_id=str(world.team.id), revenue="10000", **NOVEMBER
    )
    team_value = own_value + Decimal(mate["taxable_total"])
    assert team["subject_name"] == world.team.name
    assert Decimal(team["revenue_actual"]) == team_value
    assert team["quantity_actual"] is None and team["visits_actual"] is None

    territory = await _target(
        client, world.admin, territory_id=str(world.north.id), revenue="0", **NOVEMBER
    )
    assert Decimal(territory["revenue_actual"]) == team_value  # both sold in North
    assert territory["revenue_percent"] is None  # nothing to divide by

    # The engineer reads their own target, with the same figures, and nothing else.
    listed = await client.get(f"{API}/targets", headers=auth(world.engineer))
    assert listed.status_code == 200
    assert [t["id"] for t in listed.json()["items"]] == [mine["id"]]
    assert listed.json()["items"][0]["revenue_actual"] == mine["revenue_actual"]


async def test_heads_set_targets_for_their_team_only_and_engineers_not_at_all(
    client: AsyncClient, session: AsyncSession, world: World
) -> None:
    own = {"engineer_id": str(world.engineer.id), "revenue": "100", **NOVEMBER}
    refused = await client.post(f"{API}/targets", json=own, headers=auth(world.engineer))
    assert refused.status_code == 403
    for field, value in (
        ("engineer_id", world.engineer_other_team.id),
        ("team_id", world.other_team.id),
        ("territory_id", world.south.id),
    ):
        body = {field: str(value), "revenue": "100", **NOVEMBER}
        answer = await client.post(f"{API}/targets", json=body, headers=auth(world.head))
        assert answer.status_code == 422, answer.text
        assert answer.json()["errors"][0]["loc"] == ["body", field]
    assert await session.scalar(select(func.count()).select_from(Target)) == 0
    made = await client.post(f"{API}/targets", json=own, headers=auth(world.head))
    assert made.status_code == 201


async def test_a_target_is_seen_by_its_people_and_a_404_for_everyone_else(
    client: AsyncClient, world: World
) -> None:
    mine = await _target(
        client, world.admin, engineer_id=str(world.engineer.id), revenue="100", **NOVEMBER
    )
    north = await _target(
        client, world.admin, territory_id=str(world.north.id), revenue="100", **NOVEMBER
    )
    url = f"{API}/targets/{mine['id']}"
    for user in (world.engineer, world.head, world.admin):
        assert (await client.get(url, headers=auth(user))).status_code == 200
    for user in (world.teammate, world.other_head, world.engineer_other_team):
        answer = await client.get(url, headers=auth(user))
        assert answer.status_code == 404, user.email
        assert answer.json()["code"] == "targets.not_found"
    # A colleague's target cannot be changed or deleted by another team's head either.
    patch = await client.patch(
        url, json={"revenue": "1"}, headers={**auth(world.other_head), "If-Match": "*"}
    )
    assert patch.status_code == 404
    north_url = f"{API}/targets/{north['id']}"
    assert (await client.get(north_url, headers=auth(world.head))).status_code == 200
    assert (await client.get(north_url, headers=auth(world.engineer))).status_code == 404


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"period": "month", "period_start": "2026-11-02"}, "period_start"),
        ({"period": "quarter", "period_start": "2026-05-01"}, "period_start"),
        ({"period": "fiscal_year", "period_start": "2026-01-01"}, "period_start"),
        ({"period": "week", "period_start": "2026-11-01"}, "period"),
        ({**NOVEMBER, "revenue": "-1"}, "revenue"),
        ({**NOVEMBER, "revenue": 100.5}, "revenue"),
        ({**NOVEMBER, "visits": 0}, "visits"),
        ({**NOVEMBER, "currency": "XYZ"}, "currency"),
        ({**NOVEMBER, "team_id": "TEAM"}, "team_id"),
    ],
)
async def test_bad_input_names_the_field_and_makes_nothing(
    client: AsyncClient, session: AsyncSession, world: World, body: dict[str, Any], field: str
) -> None:
    sent = {"engineer_id": str(world.engineer.id), "revenue": "100", **body}
    if field == "team_id":
        sent.pop("engineer_id")
    answer = await client.post(f"{API}/targets", json=sent, headers=auth(world.admin))
    assert answer.status_code == 422, answer.text
    assert answer.headers["content-type"].startswith("application/problem+json")
    assert field in {error["loc"][-1] for error in answer.json()["errors"]}
    assert await session.scalar(select(func.count()).select_from(Target)) == 0


async def test_one_subject_exactly(client: AsyncClient, world: World) -> None:
    for subjects in ({}, {"engineer_id": str(world.engineer.id), "team_id": str(world.team.id)}):
        answer = await client.post(
            f"{API}/targets",
            json={"revenue": "1", **NOVEMBER, **subjects},
            headers=auth(world.admin),
        )
        assert answer.status_code == 422
    territory_visits = {"territory_id": str(world.north.id), "revenue": "1", "visits": 5}
    answer = await client.post(
        f"{API}/targets", json={**territory_visits, **NOVEMBER}, headers=auth(world.admin)
    )
    assert answer.status_code == 422
    assert answer.json()["errors"][0]["loc"] == ["body", "visits"]


async def test_quarters_and_years_follow_the_fiscal_year(client: AsyncClient, world: World) -> None:
    # The fiscal year starts in April (the default): Q3 is October to December.
    quarter = await _target(
        client,
        world.admin,
        team_id=str(world.team.id),
        revenue="1",
        period="quarter",
        period_start="2026-10-01",
    )
    assert quarter["period_end"] == "2026-12-31"
    year = await _target(
        client,
        world.admin,
        team_id=str(world.team.id),
        revenue="1",
        period="fiscal_year",
        period_start="2026-04-01",
    )
    assert year["period_end"] == "2027-03-31"
    running = await client.get(
        f"{API}/targets", params={"on": "2027-01-15"}, headers=auth(world.admin)
    )
    assert [t["id"] for t in running.json()["items"]] == [year["id"]]


async def test_a_second_target_for_the_same_period_is_a_conflict_and_a_retry_is_not(
    client: AsyncClient, session: AsyncSession, world: World
) -> None:
    body = {"engineer_id": str(world.engineer.id), "revenue": "100", **NOVEMBER}
    client_id = str(uuid.uuid4())
    first = await client.post(
        f"{API}/targets", json={**body, "id": client_id}, headers=auth(world.admin)
    )
    again = await client.post(
        f"{API}/targets", json={**body, "id": client_id}, headers=auth(world.admin)
    )
    assert (first.status_code, again.status_code) == (201, 200)
    assert again.json()["id"] == first.json()["id"] == client_id
    twin = await client.post(f"{API}/targets", json=body, headers=auth(world.admin))
    assert twin.status_code == 409 and twin.json()["code"] == "targets.exists"
    # Another currency is another target.
    dollars = await client.post(
        f"{API}/targets", json={**body, "currency": "USD"}, headers=auth(world.admin)
    )
    assert dollars.status_code == 201
    assert await session.scalar(select(func.count()).select_from(Target)) == 2


async def test_figures_change_with_if_match_and_a_target_can_be_deleted(
    client: AsyncClient, session: AsyncSession, world: World
) -> None:
    made = await _target(
        client, world.head, engineer_id=str(world.engineer.id), revenue="100", **NOVEMBER
    )
    url = f"{API}/targets/{made['id']}"
    missing = await client.patch(url, json={"revenue": "200"}, headers=auth(world.head))
    assert missing.status_code == 428
    stale = await client.patch(
        url, json={"revenue": "200"}, headers={**auth(world.head), "If-Match": '"0"'}
    )
    assert stale.status_code == 412
    tag = (await client.get(url, headers=auth(world.head))).headers["etag"]
    changed = await client.patch(
        url, json={"revenue": "200", "visits": 12}, headers={**auth(world.head), "If-Match": tag}
    )
    assert changed.status_code == 200, changed.text
    assert changed.json()["revenue"] == "200.00" and changed.json()["visits"] == 12
    null = await client.patch(
        url, json={"revenue": None}, headers={**auth(world.head), "If-Match": "*"}
    )
    assert null.status_code == 422 and null.json()["errors"][0]["loc"][-1] == "revenue"
    gone = await client.delete(url, headers={**auth(world.head), "If-Match": "*"})
    assert gone.status_code == 204
    assert (await client.get(url, headers=auth(world.head))).status_code == 404
    assert await session.scalar(select(func.count()).select_from(Target)) == 0


async def test_the_dashboard_shows_the_targets_running_today(
    client: AsyncClient, session: AsyncSession, world: World, company_day: date
) -> None:
    today = company_day
    this_month = today.replace(day=1).isoformat()
    customer = await create_customer(session, owner=world.engineer, territory=world.north)
    pump = await create_product(session)
    await session.commit()
    order = await _order(client, world.engineer, customer, pump, "1", "1200", today.isoformat())
    await _target(
        client,
        world.admin,
        engineer_id=str(world.engineer.id),
        revenue="2400",
        period="month",
        period_start=this_month,
    )
    await _target(
        client,
        world.admin,
        engineer_id=str(world.engineer.id),
        revenue="100",
        period="month",
        period_start="2020-01-01",
    )
    answer = await client.get(f"{API}/dashboard", headers=auth(world.engineer))
    assert answer.status_code == 200, answer.text
    [running] = answer.json()["targets"]
    assert running["period_start"] == this_month
    assert Decimal(running["revenue_actual"]) == Decimal(order["taxable_total"])
    assert running["revenue_percent"] == _percent(Decimal(order["taxable_total"]), Decimal(2400))
    other = await client.get(f"{API}/dashboard", headers=auth(world.engineer_other_team))
    assert other.json()["targets"] == []

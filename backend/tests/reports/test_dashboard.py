"""The dashboard through HTTP: the pipeline by stage summed from the open deals, sales
against the previous window, invoiced against collected, overdue receivables and
today's field work, for each role's reach, in one request."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from app.visits.models import VisitStatus
from tests.conftest import World, auth
from tests.factories.api_keys import create_api_key, key_auth
from tests.factories.catalogue import create_product
from tests.factories.customers import create_customer
from tests.factories.field import create_duty_day, create_visit, earlier_today
from tests.factories.opportunities import create_opportunity, stage_named

API = "/api/v1"
URL = f"{API}/dashboard"
WINDOW = {"from": "2026-07-01", "to": "2026-07-20"}


@pytest.fixture
async def office(
    client: AsyncClient, session: AsyncSession, world: World, company_day: date
) -> dict[str, Any]:
    eng = world.engineer
    mine = await create_customer(session, owner=eng, territory=world.north)
    theirs = await create_customer(session, owner=world.engineer_other_team, territory=world.south)
    potential, proposal = (
        await stage_named(session, "Potential"),
        await stage_named(session, "Proposal"),
    )
    deals = [
        await create_opportunity(
            session, owner=eng, customer=mine, stage=potential, amount=Decimal("100000.00")
        ),
        await create_opportunity(
            session, owner=eng, customer=mine, stage=potential, amount=Decimal("33333.33")
        ),
        await create_opportunity(
            session, owner=eng, customer=mine, stage=proposal, amount=Decimal("250000.00")
        ),
        await create_opportunity(
            session, owner=world.engineer_other_team, customer=theirs, stage=proposal
        ),
    ]
    product = await create_product(session)
    await create_duty_day(session, user=eng, started_at=earlier_today(1))
    today = company_day
    await create_visit(
        session, owner=eng, customer=mine, planned_date=today, status=VisitStatus.PLANNED
    )
    await session.commit()
    made = await client.post(
        f"{API}/invoices",
        json={
            "customer_id": str(mine.id),
            "lines": [{"product_id": str(product.id), "quantity": "2", "unit_price": "1500"}],
            "payment_terms_days": 5,
        },
        headers=auth(world.admin),
    )
    assert made.status_code == 201, made.text
    issued = await client.post(
        f"{API}/invoices/{made.json()['id']}/issue",
        json={"invoice_date": "2026-07-02"},
        headers=auth(world.admin),
    )
    invoice = issued.json()
    paid = await client.post(
        f"{API}/payments",
        json={
            "customer_id": str(mine.id),
            "payment_date": "2026-07-10",
            "amount": "1000.00",
            "method": "upi",
            "allocations": [{"invoice_id": invoice["id"], "amount": "1000.00"}],
        },
        headers=auth(world.admin),
    )
    assert paid.status_code == 201, paid.text
    return {"deals": deals, "invoice": invoice}


async def test_the_engineers_dashboard_adds_up_their_records(
    client: AsyncClient, world: World, office: dict[str, Any], company_day: date
):
    answer = await client.get(URL, params=WINDOW, headers=auth(world.engineer))
    assert answer.status_code == 200, answer.text
    board = answer.json()
    assert board["previous_window"] == {"start": "2026-06-01", "end": "2026-06-20"}
    mine = [deal for deal in office["deals"] if deal.owner_id == world.engineer.id]
    stages = {row["stage_name"]: row for row in board["pipeline"]}
    assert set(stages) == {"Potential", "Proposal"}
    potential = [deal for deal in mine if str(deal.stage_id) == stages["Potential"]["stage_id"]]
    assert (stages["Potential"]["deals"], Decimal(stages["Potential"]["amount"])) == (
        2,
        sum((deal.amount for deal in potential), Decimal(0)),
    )
    assert Decimal(stages["Potential"]["weighted_amount"]) == sum(
        (deal.weighted_amount for deal in potential), Decimal(0)
    )
    (total,) = board["pipeline_totals"]
    assert (total["deals"], Decimal(total["amount"])) == (
        3,
        sum((deal.amount for deal in mine), Decimal(0)),
    )
    (cash,) = board["cash"]
    assert (cash["invoiced"], cash["collected"], cash["invoices"], cash["payments"]) == (
        office["invoice"]["grand_total"],
        "1000.00",
        1,
        1,
    )
    expected = (Decimal(1000) * 100 / Decimal(office["invoice"]["grand_total"])).quantize(
        Decimal("0.1")
    )
    assert Decimal(cash["collected_percent"]) == expected
    (sales,) = board["sales"]
    assert sales["current"]["invoiced_revenue"] == office["invoice"]["taxable_total"]
    # Due 7 July: overdue today, what is left after the payment.
    (overdue,) = board["overdue"]
    left = Decimal(office["invoice"]["grand_total"]) - 1000
    assert (Decimal(overdue["overdue_total"]), overdue["invoices"]) == (left, 1)
    today = board["today"]
    assert today["date"] == company_day.isoformat()
    assert (today["people"], today["on_duty"], today["visits_planned"]) == (1, 1, 1)


async def test_each_role_sees_its_reach(
    client: AsyncClient, world: World, office: dict[str, Any], company_day: date
):
    admin = (await client.get(URL, params=WINDOW, headers=auth(world.admin))).json()
    assert admin["pipeline_totals"][0]["deals"] == 4
    assert admin["today"]["people"] == 3  # every active engineer of both teams
    other = (await client.get(URL, params=WINDOW, headers=auth(world.other_head))).json()
    assert other["pipeline_totals"][0]["deals"] == 1
    assert (other["cash"], other["overdue"]) == ([], [])
    default = await client.get(URL, headers=auth(world.head))
    window = default.json()["window"]
    assert window["end"] == company_day.isoformat()
    assert date.fromisoformat(window["start"]) == company_day.replace(day=1)
    bad = await client.get(
        URL, params={"from": "2026-07-20", "to": "2026-07-01"}, headers=auth(world.head)
    )
    assert bad.json()["errors"][0]["loc"] == ["query", "to"]


async def test_this_weeks_visits_count_the_callers_routes_from_monday_to_sunday(
    client: AsyncClient, session: AsyncSession, world: World, company_day: date
):
    today = company_day
    monday = today - timedelta(days=today.weekday())
    mine = await create_customer(session, owner=world.engineer, territory=world.north)
    theirs = await create_customer(session, owner=world.engineer_other_team, territory=world.south)
    routes = [
        (world.engineer, mine, monday, VisitStatus.COMPLETED, True),
        (world.engineer, mine, today, VisitStatus.PLANNED, True),
        (world.engineer, mine, monday + timedelta(days=6), VisitStatus.PLANNED, True),
        (world.engineer, mine, today, VisitStatus.CANCELLED, True),
        (world.engineer, mine, today, VisitStatus.COMPLETED, False),
        # Last week's and next week's routes are not this week's.
        (world.engineer, mine, monday - timedelta(days=1), VisitStatus.COMPLETED, True),
        (world.engineer, mine, monday + timedelta(days=7), VisitStatus.PLANNED, True),
        (world.teammate, mine, today, VisitStatus.COMPLETED, True),
        (world.engineer_other_team, theirs, today, VisitStatus.PLANNED, True),
    ]
    for position, (owner, customer, day, status, planned) in enumerate(routes, start=1):
        await create_visit(
            session,
            owner=owner,
            customer=customer,
            planned_date=day,
            status=status,
            is_planned=planned,
            route_position=position,
        )
    await session.commit()

    def week_of(board: dict[str, Any]) -> tuple[int, int, int]:
        week = board["this_week"]
        assert week["week"] == {
            "start": monday.isoformat(),
            "end": (monday + timedelta(days=6)).isoformat(),
        }
        return week["visits_planned"], week["visits_done"], week["visits_unplanned"]

    engineer = (await client.get(URL, headers=auth(world.engineer))).json()
    assert week_of(engineer) == (3, 2, 1)
    head = (await client.get(URL, headers=auth(world.head))).json()
    assert week_of(head) == (4, 3, 1)
    admin = (await client.get(URL, headers=auth(world.admin))).json()
    assert week_of(admin) == (5, 3, 1)


async def test_this_week_is_zero_without_visits_and_null_without_field_work(
    client: AsyncClient, session: AsyncSession, world: World
):
    board = (await client.get(URL, headers=auth(world.engineer))).json()
    week = board["this_week"]
    assert (week["visits_planned"], week["visits_done"], week["visits_unplanned"]) == (0, 0, 0)
    _, secret = await create_api_key(session, by=world.admin, scopes=["reports:read"])
    keyed = await client.get(URL, headers=key_auth(secret))
    assert keyed.status_code == 200, keyed.text
    assert (keyed.json()["today"], keyed.json()["this_week"]) == (None, None)

"""The forecast report through HTTP: won, commit, best case and weighted per month and
seller equal the deals they come from; an overdue deal counts today; scoped like every
report; CSV and XLSX; bad parameters name themselves."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from app.reports.periods import month_start
from tests.conftest import World, auth
from tests.factories.customers import create_customer
from tests.factories.opportunities import create_opportunity, stage_named
from tests.support.files import read_csv, read_xlsx_typed

URL = "/api/v1/reports/forecast"


async def test_the_forecast_equals_its_deals(
    client: AsyncClient, session: AsyncSession, world: World, company_day: date
) -> None:
    today = company_day
    this_month, next_month = month_start(today), month_start(today, months_back=-1)
    mine = await create_customer(session, owner=world.engineer, territory=world.north)
    theirs = await create_customer(session, owner=world.engineer_other_team, territory=world.south)
    won = await stage_named(session, "Won")
    lost = await stage_named(session, "Lost")
    deals = [
        # (owner, customer, amount, probability, expected, stage)
        (world.engineer, mine, "100000", 80, today, None),  # commit
        (world.engineer, mine, "50000", 40, today - timedelta(days=20), None),  # overdue: today
        (world.engineer, mine, "30000", 70, next_month + timedelta(days=3), None),  # commit, next
        (world.engineer, mine, "20000", 100, today, won),  # won today
        (world.engineer, mine, "99999", 0, today, lost),  # lost: never counted
        (world.engineer, mine, "77777", 90, month_start(today, months_back=-7), None),  # beyond
        (world.engineer_other_team, theirs, "40000", 90, today, None),
    ]
    for owner, customer, amount, probability, expected, stage in deals:
        await create_opportunity(
            session,
            owner=owner,
            customer=customer,
            amount=Decimal(amount),
            probability=probability,
            expected_close_date=expected,
            stage=stage,
        )
    await session.commit()

    answer = await client.get(URL, params={"dimension": "engineer"}, headers=auth(world.engineer))
    assert answer.status_code == 200, answer.text
    report = answer.json()
    assert report["window"]["start"] == this_month.isoformat()
    assert report["commit_probability"] == 70
    rows = {(r["period_start"], r["label"]): r for r in report["periods"]}
    now = rows[(this_month.isoformat(), world.engineer.full_name)]
    assert (now["won_deals"], now["open_deals"]) == (1, 2)
    assert now["won"] == "20000.00" and now["pipeline"] == "150000.00"
    assert now["commit"] == "120000.00"  # 20,000 won + 100,000 at 80 %
    assert now["best_case"] == "170000.00"
    assert now["weighted"] == "120000.00"  # 20,000 + 80,000 + 20,000
    later = rows[(next_month.isoformat(), world.engineer.full_name)]
    assert later["commit"] == "30000.00" and later["weighted"] == "21000.00"
    assert len(rows) == 2  # the other team's deal is not the engineer's to see
    [total] = report["totals"]
    assert total["best_case"] == "200000.00" and total["won"] == "20000.00"

    admin = (await client.get(URL, headers=auth(world.admin))).json()
    assert admin["totals"][0]["best_case"] == "240000.00"
    north = await client.get(
        URL, params={"territory_id": str(world.north.id)}, headers=auth(world.admin)
    )
    assert north.json()["totals"][0]["best_case"] == "200000.00"

    csv = await client.get(URL, params={"format": "csv"}, headers=auth(world.engineer))
    assert csv.status_code == 200
    lines = read_csv(csv.content)
    assert [line["period_start"] for line in lines[:2]] == [
        this_month.isoformat(),
        next_month.isoformat(),
    ]
    assert lines[-1]["label"] == "total"
    assert Decimal(lines[-1]["best_case"]) == Decimal("200000.00")
    xlsx = await client.get(URL, params={"format": "xlsx"}, headers=auth(world.engineer))
    assert read_xlsx_typed(xlsx.content)[0]


async def test_bad_parameters_name_themselves(client: AsyncClient, world: World) -> None:
    for params, name in (
        ({"interval": "week"}, "interval"),
        ({"dimension": "product_group"}, "dimension"),
        ({"product_group_id": "01a22b02-96f5-71c8-a792-73548c695106"}, "product_group_id"),
        ({"from": "2027-01-01", "to": "2026-01-01"}, "to"),
    ):
        answer = await client.get(URL, params=params, headers=auth(world.head))
        assert answer.status_code == 422, (params, answer.text)
        assert answer.json()["errors"][0]["loc"][-1] == name

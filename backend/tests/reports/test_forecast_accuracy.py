"""Forecast snapshots and their accuracy: a month's snapshot stores what the forecasts
said (once: taking it again stores nothing); afterwards each prediction of a whole month
stands beside what happened, with its error; a series is shown only to those who see
all of its documents; CSV; bad parameters name themselves."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from decimal import Decimal

from httpx import AsyncClient
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.clock import company_today, company_zone
from app.reports.models import ForecastKind, ForecastSnapshot, SnapshotDimension
from app.reports.periods import month_start
from app.reports.service.forecast_accuracy import take_snapshot
from tests.conftest import World, auth
from tests.factories.catalogue import create_product
from tests.factories.customers import create_customer
from tests.factories.opportunities import create_opportunity, stage_named
from tests.reports.booking import book
from tests.support.files import read_csv

URL = "/api/v1/reports/forecast-accuracy"


async def test_revenue_predictions_beside_what_was_booked(
    client: AsyncClient, session: AsyncSession, world: World
) -> None:
    north = await create_customer(session, owner=world.engineer, territory=world.north)
    south = await create_customer(session, owner=world.engineer_other_team, territory=world.south)
    pump = await create_product(session)
    await session.commit()
    this_month = month_start(company_today())

    def month(back: int):  # type: ignore[no-untyped-def]
        return month_start(this_month, months_back=back)

    # Seven to four months ago: ten, nine, eight, seven pumps (a falling line); since
    # then six, five and four: the line carried on, plus one surprise order.
    booked = {}
    for back in range(7, 0, -1):
        booked[back] = await book(
            client, world.engineer, north, pump, month(back).replace(day=10), 3 + back
        )
    surprise = await book(client, world.engineer, north, pump, month(2).replace(day=20), 2)
    booked[2] += surprise
    await book(client, world.engineer_other_team, south, pump, month(2).replace(day=5), 1)

    # The snapshot of three months ago, taken (backfilled) as the forecast stood then.
    stored = await take_snapshot(session, today=month(3), kinds=[ForecastKind.REVENUE])
    assert stored > 0
    assert await take_snapshot(session, today=month(3), kinds=[ForecastKind.REVENUE]) == 0
    await session.commit()
    count = await session.scalar(select(func.count()).where(ForecastSnapshot.taken_on == month(3)))
    assert count == stored  # taking it again stored nothing

    answer = await client.get(
        URL,
        params={"lead": 0, "from": month(3).isoformat()},  # per engineer
        headers=auth(world.engineer),
    )
    assert answer.status_code == 200, answer.text
    report = answer.json()
    assert report["kind"] == "revenue" and report["lead"] == 0
    # The window ends with last month: this month is not whole yet.
    assert report["window"] == {
        "start": month(3).isoformat(),
        "end": (this_month - timedelta(days=1)).isoformat(),
    }
    # Only the snapshot's own month is predicted with lead 0; the engineer sees their own.
    [row] = report["rows"]
    assert row["label"] == world.engineer.full_name and row["month"] == month(3).isoformat()
    assert row["taken_on"] == month(3).isoformat() and row["method"] == "holt"
    assert Decimal(row["actual"]) == booked[3]
    assert Decimal(row["forecast"]) == Decimal("6003.00")  # the line carried on: 6 pumps
    assert Decimal(row["error"]) == Decimal(row["actual"]) - Decimal(row["forecast"])
    assert row["within"] is True

    ahead = await client.get(
        URL,
        params={"lead": 1, "from": month(3).isoformat()},
        headers=auth(world.engineer),
    )
    [row] = ahead.json()["rows"]  # made a month ahead: last-but-one month
    assert row["month"] == month(2).isoformat()
    assert Decimal(row["forecast"]) == Decimal("5002.50")
    assert Decimal(row["actual"]) == booked[2]
    assert Decimal(row["error"]) == surprise  # what the line could not know
    assert Decimal(row["error_percent"]) == (surprise * 100 / booked[2]).quantize(Decimal("0.1"))
    [series] = ahead.json()["series"]
    assert series["months"] == 1 and series["mape"] == row["error_percent"].lstrip("-")
    assert Decimal(series["bias_percent"]) < 0  # it forecast less than was booked

    # Their head sees the team's engineers; a territory's series and the company's total
    # (sold by people of several teams) are the admins'.
    head = await client.get(
        URL, params={"lead": 0, "from": month(3).isoformat()}, headers=auth(world.head)
    )
    assert [r["label"] for r in head.json()["rows"]] == [world.engineer.full_name]
    other_head = await client.get(
        URL, params={"lead": 0, "from": month(3).isoformat()}, headers=auth(world.other_head)
    )
    assert other_head.json()["rows"] == []
    for dimension in ("territory", "none"):
        for who in (world.engineer, world.head):
            hidden = await client.get(
                URL,
                params={"lead": 0, "dimension": dimension, "from": month(3).isoformat()},
                headers=auth(who),
            )
            assert hidden.status_code == 200 and hidden.json()["rows"] == []
    north_only = await client.get(
        URL,
        params={"lead": 0, "dimension": "territory", "from": month(3).isoformat()},
        headers=auth(world.admin),
    )
    [territory] = north_only.json()["rows"]
    assert territory["label"] == world.north.name and Decimal(territory["actual"]) == booked[3]
    everyone = await client.get(
        URL,
        params={"lead": 0, "dimension": "none", "from": month(3).isoformat()},
        headers=auth(world.admin),
    )
    [whole] = everyone.json()["rows"]
    assert Decimal(whole["actual"]) == booked[3]
    other = await client.get(
        URL,
        params={"lead": 2, "dimension": "territory", "from": month(3).isoformat()},
        headers=auth(world.admin),
    )
    # South had no history yet three months ago: no prediction of it.
    assert {r["label"] for r in other.json()["rows"]} == {world.north.name}

    csv = await client.get(
        URL,
        params={"lead": 1, "from": month(3).isoformat(), "format": "csv"},
        headers=auth(world.engineer),
    )
    assert csv.status_code == 200
    [line] = read_csv(csv.content)
    assert line["label"] == world.engineer.full_name and Decimal(line["error"]) == surprise


async def test_pipeline_predictions_beside_what_was_won(
    client: AsyncClient, session: AsyncSession, world: World
) -> None:
    last_month = month_start(company_today(), months_back=1)
    mine = await create_customer(session, owner=world.engineer, territory=world.north)
    for amount, probability in (("100000", 80), ("50000", 40)):
        await create_opportunity(
            session,
            owner=world.engineer,
            customer=mine,
            amount=Decimal(amount),
            probability=probability,
            expected_close_date=last_month + timedelta(days=14),
        )
    # The snapshot of last month, taken at its start while both deals were open.
    await take_snapshot(session, today=last_month, kinds=[ForecastKind.PIPELINE])
    stored = (
        await session.scalars(
            select(ForecastSnapshot).where(
                ForecastSnapshot.kind == ForecastKind.PIPELINE,
                ForecastSnapshot.dimension == SnapshotDimension.ENGINEER,
                ForecastSnapshot.month == last_month,
            )
        )
    ).one()
    assert (stored.expected, stored.low, stored.high) == (
        Decimal("100000") * 80 / 100 + Decimal("50000") * 40 / 100,  # weighted
        Decimal("100000"),  # commit: at least 70 % likely
        Decimal("150000"),  # best case
    )
    # Then the big one was won last month.
    won = await create_opportunity(
        session,
        owner=world.engineer,
        customer=mine,
        amount=Decimal("100000"),
        stage=await stage_named(session, "Won"),
    )
    won.closed_at = datetime.combine(last_month + timedelta(days=9), time(12), company_zone())
    await session.commit()

    answer = await client.get(
        URL,
        params={"kind": "pipeline", "dimension": "engineer", "lead": 0},
        headers=auth(world.engineer),
    )
    assert answer.status_code == 200, answer.text
    [row] = answer.json()["rows"]
    assert row["label"] == world.engineer.full_name and row["method"] is None
    assert Decimal(row["forecast"]) == Decimal("100000")
    assert Decimal(row["actual"]) == Decimal("100000")
    assert Decimal(row["error"]) == 0 and row["within"] is True  # commit <= won <= best case

    # A colleague's forecast is not the engineer's to see; their head sees it.
    colleague = await client.get(
        URL,
        params={"kind": "pipeline", "dimension": "engineer", "lead": 0},
        headers=auth(world.engineer_other_team),
    )
    assert colleague.json()["rows"] == []
    head = await client.get(
        URL,
        params={"kind": "pipeline", "dimension": "engineer", "lead": 0},
        headers=auth(world.head),
    )
    assert [r["label"] for r in head.json()["rows"]] == [world.engineer.full_name]


async def test_bad_parameters_name_themselves(client: AsyncClient, world: World) -> None:
    cases = [
        ({"lead": 6}, "lead"),
        ({"kind": "guess"}, "kind"),
        ({"dimension": "product_group"}, "dimension"),
        ({"dimension": "none", "territory_id": str(world.north.id)}, "territory_id"),
        ({"dimension": "territory", "engineer_id": str(world.engineer.id)}, "engineer_id"),
        ({"segment": "retail"}, "segment"),
    ]
    for params, field in cases:
        answer = await client.get(URL, params=params, headers=auth(world.head))
        assert answer.status_code == 422, (params, answer.text)
        assert field in {e["loc"][-1] for e in answer.json()["errors"]}, answer.text

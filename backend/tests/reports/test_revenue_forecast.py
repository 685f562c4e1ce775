"""The revenue forecast through HTTP: its history equals the booked orders month by
month, it forecasts the months asked with a band, it is scoped like every report."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.clock import company_today
from app.reports.periods import month_start
from tests.conftest import World, auth
from tests.factories.catalogue import create_product
from tests.factories.customers import create_customer
from tests.reports.booking import book
from tests.support.files import read_csv, read_xlsx_typed

URL = "/api/v1/reports/revenue-forecast"


async def test_history_equals_the_orders_and_the_forecast_covers_the_months(
    client: AsyncClient, session: AsyncSession, world: World
) -> None:
    north = await create_customer(session, owner=world.engineer, territory=world.north)
    south = await create_customer(session, owner=world.engineer_other_team, territory=world.south)
    pump = await create_product(session)
    await session.commit()
    this_month = month_start(company_today())
    booked: dict[str, Decimal] = defaultdict(Decimal)
    plan = [(world.engineer, north, back, 3 + back) for back in range(1, 8)]
    plan += [(world.engineer_other_team, south, 2, 9)]
    for owner, customer, back, quantity in plan:
        day = month_start(this_month, months_back=back).replace(day=10)
        value = await book(client, owner, customer, pump, day, quantity)
        if customer is north:
            booked[day.replace(day=1).isoformat()] += value

    answer = await client.get(URL, params={"months": 4, "holdout": 2}, headers=auth(world.engineer))
    assert answer.status_code == 200, answer.text
    [series] = answer.json()["series"]  # the other team's territory is not the engineer's
    assert series["label"] == world.north.name and series["currency"] == "INR"
    assert series["method"] == "holt"  # seven months: a trend, no season yet
    history = {row["month"]: Decimal(row["value"]) for row in series["history"]}
    assert history == booked  # from the first month with sales to last month
    forecast = series["forecast"]
    assert [row["month"] for row in forecast] == [
        month_start(this_month, months_back=-n).isoformat() for n in range(4)
    ]
    for row in forecast:
        assert Decimal(row["low"]) <= Decimal(row["value"]) <= Decimal(row["high"])
    # The orders fall by 1,000.50 a month (ten pumps seven months ago, four last
    # month): the trend carries on, and a forecast never goes below zero.
    assert [row["value"] for row in forecast] == ["3001.50", "2001.00", "1000.50", "0.00"]
    assert series["held_out"]["months"] == 2 and series["held_out"]["mape"] is not None

    everyone = await client.get(URL, params={"dimension": "none"}, headers=auth(world.admin))
    [whole] = everyone.json()["series"]
    assert sum(Decimal(r["value"]) for r in whole["history"]) == sum(booked.values()) + Decimal(
        "9004.50"
    )

    # The same figures as a file: the history's months, then the forecast's with its band.
    for format in ("csv", "xlsx"):
        got = await client.get(
            URL, params={"months": 4, "holdout": 2, "format": format}, headers=auth(world.engineer)
        )
        assert got.status_code == 200, got.text
        if format == "csv":
            rows: list[dict[str, object]] = list(read_csv(got.content))
        else:
            header, *cells = read_xlsx_typed(got.content)
            rows = [dict(zip(header, line, strict=False)) for line in cells]
        past = {r["month"]: Decimal(str(r["value"])) for r in rows if r["part"] == "history"}
        assert {str(m)[:10]: v for m, v in past.items()} == booked
        ahead = [r for r in rows if r["part"] == "forecast"]
        assert [Decimal(str(r["value"])) for r in ahead] == [
            Decimal(row["value"]) for row in forecast
        ]


async def test_bad_parameters_name_themselves(client: AsyncClient, world: World) -> None:
    for params, name in (
        ({"months": 0}, "months"),
        ({"months": 25}, "months"),
        ({"holdout": -1}, "holdout"),
        ({"dimension": "product_group"}, "dimension"),
    ):
        answer = await client.get(URL, params=params, headers=auth(world.head))
        assert answer.status_code == 422, (params, answer.text)
        assert answer.json()["errors"][0]["loc"][-1] == name

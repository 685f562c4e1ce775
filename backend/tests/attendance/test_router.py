"""Attendance: every engineer's day in one request, numbers checked by hand."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.access import Role
from app.core.clock import company_today
from app.core.geo import haversine_m
from app.expenses.models import (
    ExpenseCategory,
    ExpenseLine,
    ExpenseReport,
    ExpenseStatus,
    LineDecision,
)
from app.users.models import User
from app.visits.models import VisitStatus
from tests.conftest import World, auth
from tests.factories.customers import create_customer
from tests.factories.field import create_visit
from tests.factories.users import create_user

DAY = date(2026, 11, 2)
URL = f"/api/v1/attendance?date={DAY}"
# 09:00 and 18:00 in India (the default company time zone) on DAY.
NINE = datetime(2026, 11, 2, 3, 30, tzinfo=UTC)
SIX_PM = datetime(2026, 11, 2, 12, 30, tzinfo=UTC)
PLACE = {"latitude": 28.6, "longitude": 77.2, "accuracy_m": 10.0}


def ping(at: datetime, lat: float, lon: float = 77.2, accuracy: float | None = 10.0):
    return {
        "id": str(uuid.uuid4()),
        "recorded_at": at.isoformat(),
        "latitude": lat,
        "longitude": lon,
        "accuracy_m": accuracy,
    }


async def send(client: AsyncClient, person: User, pings) -> None:
    answer = await client.post(
        "/api/v1/locations/pings", json={"pings": pings}, headers=auth(person)
    )
    assert answer.json()["applied"] == len(pings), answer.text


async def start_duty(client: AsyncClient, person: User, at: datetime) -> str:
    answer = await client.post(
        "/api/v1/duty-days", json={"started_at": at.isoformat(), **PLACE}, headers=auth(person)
    )
    assert answer.status_code == 201, answer.text
    return str(answer.json()["id"])


async def end_duty(client: AsyncClient, person: User, day_id: str, at: datetime) -> None:
    answer = await client.post(
        f"/api/v1/duty-days/{day_id}/end",
        json={"ended_at": at.isoformat(), **PLACE},
        headers=auth(person),
    )
    assert answer.status_code == 200, answer.text


async def claim(
    session: AsyncSession,
    person: User,
    status: ExpenseStatus,
    lines: list[tuple[date, str, LineDecision]],
    currency: str = "INR",
) -> None:
    report = ExpenseReport(
        owner_id=person.id,
        title="Trip",
        period_start=DAY - timedelta(days=1),
        period_end=DAY + timedelta(days=1),
        currency=currency,
        status=status,
    )
    session.add(report)
    await session.flush()
    session.add_all(
        ExpenseLine(
            report_id=report.id,
            owner_id=person.id,
            expense_date=day,
            category=ExpenseCategory.FOOD,
            amount=Decimal(amount),
            currency=currency,
            decision=decision,
        )
        for day, amount, decision in lines
    )
    await session.flush()


async def rows_of(client: AsyncClient, caller: User, url: str = URL) -> dict[str, dict]:
    answer = await client.get(url, headers=auth(caller))
    assert answer.status_code == 200, answer.text
    assert answer.json()["date"] == DAY.isoformat()
    return {row["user_id"]: row for row in answer.json()["items"]}


async def test_an_engineers_day_in_numbers_checked_by_hand(
    client: AsyncClient, session: AsyncSession, world: World
):
    engineer = world.engineer
    day_id = await start_duty(client, engineer, NINE)
    await end_duty(client, engineer, day_id, SIX_PM)
    # Due north, 11 pings a minute apart, 0.001° each: 10 hops of 111.195 m (the mean
    # Earth radius x 0.001° in radians) = 1.112 km. An imprecise fix and a GPS jump are
    # counted as pings but not measured; the evening before is another day.
    walk = [ping(NINE + timedelta(minutes=i), 28.6 + i * 0.001) for i in range(11)]
    imprecise = ping(NINE + timedelta(minutes=4, seconds=30), 28.65, accuracy=900)
    jump = ping(NINE + timedelta(minutes=6, seconds=30), 28.66)
    evening_before = ping(datetime(2026, 11, 1, 18, 0, tzinfo=UTC), 28.9)  # 23:30 on 1 Nov
    await send(client, engineer, [*walk, imprecise, jump, evening_before])

    customer = await create_customer(session, owner=engineer, territory=world.north)

    async def visit(status: VisitStatus, **fields):
        await create_visit(
            session,
            owner=engineer,
            customer=customer,
            planned_date=fields.pop("planned_date", DAY),
            status=status,
            **fields,
        )

    await visit(VisitStatus.COMPLETED, is_outside_radius=True)  # planned, done, flagged
    await visit(VisitStatus.COMPLETED)  # planned, done
    await visit(VisitStatus.PLANNED)  # planned, not done
    await visit(VisitStatus.CANCELLED)  # no longer planned
    await visit(VisitStatus.COMPLETED, is_planned=False, is_mock_location=True)  # unplanned
    await visit(VisitStatus.COMPLETED, is_poor_accuracy=True, planned_date=DAY + timedelta(1))

    pending, rejected = LineDecision.PENDING, LineDecision.REJECTED
    await claim(
        session,
        engineer,
        ExpenseStatus.SUBMITTED,
        [(DAY, "250.50", pending), (DAY, "120", pending), (DAY - timedelta(1), "75", pending)],
    )
    await claim(session, engineer, ExpenseStatus.APPROVED, [(DAY, "80", LineDecision.APPROVED)])
    await claim(session, engineer, ExpenseStatus.APPROVED, [(DAY, "40", rejected)])
    await claim(session, engineer, ExpenseStatus.DRAFT, [(DAY, "999", pending)])
    await claim(session, engineer, ExpenseStatus.REJECTED, [(DAY, "500", rejected)])
    await claim(session, engineer, ExpenseStatus.REIMBURSED, [(DAY, "12.5", pending)], "USD")

    row = (await rows_of(client, world.head))[str(engineer.id)]
    assert row["user_name"] == engineer.full_name and row["team_id"] == str(world.team.id)
    assert row["team_name"] == "Team One"
    assert datetime.fromisoformat(row["duty_started_at"]) == NINE
    assert datetime.fromisoformat(row["duty_ended_at"]) == SIX_PM
    assert row["is_duty_open"] is False
    assert datetime.fromisoformat(row["first_ping_at"]) == NINE
    assert datetime.fromisoformat(row["last_ping_at"]) == NINE + timedelta(minutes=10)
    assert row["ping_count"] == 13
    assert row["distance_km"] == 1.112
    assert (row["visits_planned"], row["visits_done"], row["visits_unplanned"]) == (3, 3, 1)
    assert row["flagged_check_ins"] == 2
    # 250.50 + 120 + 80 in rupees (the other day, the draft and the rejected left out).
    assert row["expense_lines"] == 4
    assert row["expenses_submitted"] == [
        {"currency": "INR", "amount": "450.50"},
        {"currency": "USD", "amount": "12.50"},
    ]

    # The same kilometres as the engineer's own day route.
    day = await client.get(f"/api/v1/users/{engineer.id}/day?date={DAY}", headers=auth(world.head))
    assert day.json()["distance_km"] == row["distance_km"]


async def test_everyone_is_measured_apart_in_the_same_request(client: AsyncClient, world: World):
    # Two people's pings interleaved in time: each person's route is their own.
    east = [ping(NINE + timedelta(minutes=2 * i), 28.6, 77.2 + 0.01 * i) for i in range(3)]
    north = [ping(NINE + timedelta(minutes=2 * i + 1), 28.6 + 0.001 * i) for i in range(4)]
    await send(client, world.teammate, east)
    await send(client, world.engineer, north)
    rows = await rows_of(client, world.head)
    east_km = 2 * haversine_m(28.6, 77.2, 28.6, 77.21) / 1000
    assert rows[str(world.teammate.id)]["distance_km"] == round(east_km, 3) == 1.953
    assert rows[str(world.engineer.id)]["distance_km"] == 0.334  # 3 x 111.195 m
    assert rows[str(world.teammate.id)]["ping_count"] == 3
    assert rows[str(world.engineer.id)]["ping_count"] == 4


async def test_a_day_never_ended_stays_open(client: AsyncClient, world: World):
    await start_duty(client, world.teammate, NINE)
    row = (await rows_of(client, world.head))[str(world.teammate.id)]
    assert datetime.fromisoformat(row["duty_started_at"]) == NINE
    assert row["duty_ended_at"] is None and row["is_duty_open"] is True
    # The next day it is still running, but it is not that day's duty.
    other = await client.get(
        f"/api/v1/attendance?date={DAY + timedelta(days=1)}", headers=auth(world.head)
    )
    row = {r["user_id"]: r for r in other.json()["items"]}[str(world.teammate.id)]
    assert row["duty_started_at"] is None and row["is_duty_open"] is False


async def test_pings_uploaded_late_count(client: AsyncClient, world: World):
    await send(
        client, world.engineer, [ping(NINE, 28.6), ping(NINE + timedelta(minutes=5), 28.601)]
    )
    first = (await rows_of(client, world.head))[str(world.engineer.id)]
    assert first["ping_count"] == 2 and first["distance_km"] == 0.111
    # The phone was offline in the afternoon; its pings of that day arrive days later.
    afternoon = NINE + timedelta(hours=5)
    late = [ping(afternoon + timedelta(minutes=i), 28.601 + i * 0.001) for i in range(1, 4)]
    await send(client, world.engineer, late)
    second = (await rows_of(client, world.head))[str(world.engineer.id)]
    assert second["ping_count"] == 5 and second["distance_km"] == 0.445  # 4 x 111.195 m
    assert datetime.fromisoformat(second["last_ping_at"]) == afternoon + timedelta(minutes=3)


async def test_each_caller_sees_the_people_of_their_scope(
    client: AsyncClient, session: AsyncSession, world: World
):
    await send(client, world.engineer_other_team, [ping(NINE, 12.97, 77.59)])
    engineer, teammate, foreign = (
        str(world.engineer.id),
        str(world.teammate.id),
        str(world.engineer_other_team.id),
    )
    assert set(await rows_of(client, world.engineer)) == {engineer}
    # Heads and admins are no rows of their own until they work in the field.
    assert set(await rows_of(client, world.head)) == {engineer, teammate}
    assert set(await rows_of(client, world.other_head)) == {foreign}
    assert set(await rows_of(client, world.admin)) == {engineer, teammate, foreign}
    assert (await rows_of(client, world.other_head))[foreign]["ping_count"] == 1

    # A head's own duty day makes them a row; an engineer who left stays out unless
    # they worked that day.
    await start_duty(client, world.head, NINE)
    gone = await create_user(session, team=world.team, is_active=False)
    assert set(await rows_of(client, world.admin)) == {
        engineer,
        teammate,
        foreign,
        str(world.head.id),
    }
    await create_visit(
        session,
        owner=gone,
        customer=await create_customer(session, owner=gone, territory=world.north),
        planned_date=DAY,
    )
    assert str(gone.id) in await rows_of(client, world.admin)


async def test_filters_by_team_and_person_stay_within_scope(client: AsyncClient, world: World):
    engineer, teammate, foreign = (
        str(world.engineer.id),
        str(world.teammate.id),
        str(world.engineer_other_team.id),
    )
    by_team = await rows_of(client, world.admin, f"{URL}&team_id={world.other_team.id}")
    assert set(by_team) == {foreign}
    two = await rows_of(client, world.admin, f"{URL}&user_id={engineer}&user_id={foreign}")
    assert set(two) == {engineer, foreign}
    # Someone outside the caller's scope is simply not there.
    assert await rows_of(client, world.head, f"{URL}&user_id={foreign}") == {}
    assert await rows_of(client, world.engineer, f"{URL}&user_id={teammate}") == {}
    assert await rows_of(client, world.head, f"{URL}&team_id={world.other_team.id}") == {}


async def test_bad_input_names_the_field(client: AsyncClient, world: World):
    bad_date = await client.get("/api/v1/attendance?date=02-11-2026", headers=auth(world.head))
    assert bad_date.status_code == 422 and bad_date.json()["errors"][0]["loc"] == ["query", "date"]
    bad_team = await client.get(f"{URL}&team_id=north", headers=auth(world.head))
    assert bad_team.status_code == 422
    assert bad_team.json()["errors"][0]["loc"] == ["query", "team_id"]
    assert (await client.get(URL)).status_code == 401


async def test_without_a_date_it_is_today_in_the_company_time_zone(
    client: AsyncClient, world: World
):
    answer = await client.get("/api/v1/attendance", headers=auth(world.engineer))
    assert answer.status_code == 200
    assert answer.json()["date"] == company_today().isoformat()
    assert answer.json()["timezone"] == "Asia/Kolkata"


async def test_the_statements_do_not_grow_with_the_people(
    client: AsyncClient, session: AsyncSession, world: World, count_statements
):
    async def busy(person: User) -> None:
        await send(
            client, person, [ping(NINE + timedelta(minutes=i), 28.6 + i * 0.001) for i in range(3)]
        )
        await start_duty(client, person, NINE)
        customer = await create_customer(session, owner=person, territory=world.north)
        await create_visit(session, owner=person, customer=customer, planned_date=DAY)
        await claim(session, person, ExpenseStatus.SUBMITTED, [(DAY, "10", LineDecision.PENDING)])

    await busy(world.engineer)
    with count_statements() as few:
        assert len(await rows_of(client, world.admin)) == 3
    for _ in range(5):
        await busy(await create_user(session, role=Role.SALES_ENGINEER, team=world.team))
    with count_statements() as many:
        rows = await rows_of(client, world.admin)
    assert len(rows) == 8 and sum(row["ping_count"] for row in rows.values()) == 18
    assert many.n == few.n, many.statements
    # Besides the sign-in: one statement for the people's day, one for their pings.
    ours = [s for s in many.statements if "duty_days" in s or "location_pings" in s]
    assert len(ours) == 2, many.statements

"""The activities report through HTTP: each person's activities, visits, working days
and km over a window, recounted from the records; who appears; scoping."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from app.activities.models import ActivityStatus, ActivityType
from app.expenses.models import ExpenseCategory, ExpenseLine, ExpenseReport, ExpenseStatus
from app.users.models import User
from app.visits.models import VisitStatus
from tests.conftest import World, auth
from tests.factories.activities import create_activity
from tests.factories.customers import create_customer
from tests.factories.field import create_duty_day, create_visit
from tests.support.files import read_xlsx_typed

URL = "/api/v1/reports/activities"
WINDOW = {"from": "2026-03-01", "to": "2026-03-31"}
MORNING = datetime(2026, 3, 10, 4, tzinfo=UTC)


async def _done(session: AsyncSession, owner: User, kind: ActivityType, at: datetime) -> None:
    await create_activity(
        session, owner=owner, type=kind, at=at, status=ActivityStatus.DONE, completed_at=at
    )


async def _mileage(
    session: AsyncSession, owner: User, km: str, status: ExpenseStatus, day: date
) -> None:
    report = ExpenseReport(
        owner_id=owner.id,
        title="March",
        period_start=date(2026, 3, 1),
        period_end=date(2026, 3, 31),
        currency="INR",
        status=status,
    )
    session.add(report)
    await session.flush()
    session.add(
        ExpenseLine(
            report_id=report.id,
            owner_id=owner.id,
            expense_date=day,
            category=ExpenseCategory.MILEAGE,
            amount=Decimal(km) * 8,
            currency="INR",
            distance_km=Decimal(km),
        )
    )
    await session.flush()


@pytest.fixture
async def month(session: AsyncSession, world: World) -> None:
    eng, mate = world.engineer, world.teammate
    for kind in (ActivityType.CALL, ActivityType.CALL, ActivityType.MEETING, ActivityType.EMAIL):
        await _done(session, eng, kind, MORNING)
    # Planned (not done), cancelled, and done outside the window: not counted.
    await create_activity(session, owner=eng, type=ActivityType.CALL, at=MORNING)
    await _done(session, eng, ActivityType.CALL, datetime(2026, 2, 28, 12, tzinfo=UTC))
    await _done(session, mate, ActivityType.MEETING, MORNING)
    customer = await create_customer(session, owner=eng, territory=world.north)
    for status, planned in ((VisitStatus.COMPLETED, True), (VisitStatus.COMPLETED, False)):
        await create_visit(
            session,
            owner=eng,
            customer=customer,
            planned_date=date(2026, 3, 10),
            status=status,
            is_planned=planned,
            checked_in_at=MORNING,
            checked_out_at=MORNING + timedelta(hours=1),
            is_outside_radius=not planned,
        )
    await create_visit(
        session,
        owner=eng,
        customer=customer,
        planned_date=date(2026, 3, 11),
        status=VisitStatus.CANCELLED,
    )
    for offset, start, end in (
        (0, "12000.0", "12085.5"),
        (1, "12085.5", "12140.0"),
        (2, None, None),
    ):
        await create_duty_day(
            session,
            user=eng,
            started_at=MORNING + timedelta(days=offset),
            start_odometer_km=Decimal(start) if start else None,
            end_odometer_km=Decimal(end) if end else None,
            # The last day is still open (one open day per person).
            ended_at=MORNING + timedelta(days=offset, hours=9) if offset < 2 else None,
        )
    await _mileage(session, eng, "85.5", ExpenseStatus.SUBMITTED, date(2026, 3, 10))
    await _mileage(session, eng, "40", ExpenseStatus.DRAFT, date(2026, 3, 11))  # not handed in
    await session.commit()


async def _report(client: AsyncClient, user: User, **params: Any) -> dict[str, Any]:
    answer = await client.get(URL, params={**WINDOW, **params}, headers=auth(user))
    assert answer.status_code == 200, answer.text
    return answer.json()  # type: ignore[no-any-return]


async def test_each_persons_month_recounted_from_the_records(
    client: AsyncClient, world: World, month: None
):
    report = await _report(client, world.head)
    people = {item["user_name"]: item for item in report["items"]}
    # The head sees the team's engineers (both active), not the other team's.
    assert set(people) == {world.engineer.full_name, world.teammate.full_name}
    mine = people[world.engineer.full_name]
    assert (mine["calls"], mine["meetings"], mine["emails"], mine["tasks"]) == (2, 1, 1, 0)
    assert (mine["visits_planned"], mine["visits_done"], mine["visits_unplanned"]) == (1, 2, 1)
    assert mine["flagged_check_ins"] == 1
    assert (mine["duty_days"], mine["odometer_km"], mine["claimed_km"]) == (3, "140", "85.5")
    mate = people[world.teammate.full_name]
    assert (mate["meetings"], mate["visits_done"], mate["odometer_km"]) == (1, 0, None)
    summary = report["summary"]
    assert (summary["calls"], summary["meetings"], summary["odometer_km"]) == (2, 2, "140")


async def test_an_engineer_sees_only_themself_and_filters_narrow(
    client: AsyncClient, world: World, month: None
):
    mine = await _report(client, world.engineer)
    assert [item["user_name"] for item in mine["items"]] == [world.engineer.full_name]
    everyone = await _report(client, world.admin, team_id=str(world.other_team.id))
    assert [item["user_name"] for item in everyone["items"]] == [
        world.engineer_other_team.full_name
    ]
    one = await _report(client, world.admin, engineer_id=str(world.teammate.id))
    assert [item["user_name"] for item in one["items"]] == [world.teammate.full_name]
    as_xlsx = await client.get(
        URL, params={**WINDOW, "format": "xlsx"}, headers=auth(world.engineer)
    )
    header, row, total = read_xlsx_typed(as_xlsx.content)
    assert row[header.index("calls")] == 2
    assert row[header.index("odometer_km")] == Decimal("140")
    assert total[header.index("user_name")] is None
    refused = await client.get(
        URL, params={**WINDOW, "territory_id": str(world.north.id)}, headers=auth(world.admin)
    )
    assert refused.json()["errors"][0]["loc"] == ["query", "territory_id"]

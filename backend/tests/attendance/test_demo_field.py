"""The demo's month of field work: every engineer's days, routes, visits, expenses and
to-dos, consistent with what the attendance report and the day routes measure."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from decimal import Decimal

from httpx import AsyncClient
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.core.access import Role
from app.core.clock import company_date, utcnow
from app.duty.models import DutyDay
from app.expenses.models import ExpenseCategory, ExpenseLine, ExpenseReport, ExpenseStatus
from app.locations.models import LocationPing
from app.seed import load_demo_data
from app.todos.models import Todo
from app.users.models import User
from app.visits.models import Visit, VisitReport, VisitStatus


async def _login(client: AsyncClient, email: str) -> dict[str, str]:
    answer = await client.post(
        "/api/v1/auth/login", json={"email": email, "password": "demo-pass-1"}
    )
    return {"Authorization": f"Bearer {answer.json()['access_token']}"}


async def test_every_engineer_has_a_month_of_field_work(
    sessionmaker: async_sessionmaker[AsyncSession],
    session: AsyncSession,
    client: AsyncClient,
    company_day: date,
):
    await load_demo_data(sessionmaker)
    now = utcnow()
    engineers = list(await session.scalars(select(User).where(User.role == Role.SALES_ENGINEER)))
    days = list(await session.scalars(select(DutyDay)))
    visits = list(await session.scalars(select(Visit)))
    reported = set(await session.scalars(select(VisitReport.visit_id)))
    reports = list(await session.scalars(select(ExpenseReport)))
    for engineer in engineers:
        own_days = [d for d in days if d.user_id == engineer.id]
        assert len(own_days) >= 18, engineer.email
        assert min(d.started_at for d in own_days) <= now - timedelta(days=27)
        done = [
            v for v in visits if v.owner_id == engineer.id and v.status is VisitStatus.COMPLETED
        ]
        assert len(done) >= 40 and sum(v.id in reported for v in done) >= 0.8 * len(done)
        assert {r.status for r in reports if r.owner_id == engineer.id} == set(ExpenseStatus)
        todos = await session.scalar(select(func.count()).where(Todo.owner_id == engineer.id))
        assert todos and todos >= 5
    # Nothing happened in the future; one day is left open (eng8's), and eng1 (the phone
    # demo's login) starts today on the phone.
    assert all(d.started_at <= now and (d.ended_at or now) <= now for d in days)
    assert all(v.checked_in_at is None or v.checked_in_at <= now for v in visits)
    latest = await session.scalar(select(func.max(LocationPing.recorded_at)))
    assert latest is not None and latest <= now
    emails = {e.id: e.email for e in engineers}
    left_open = [emails[d.user_id] for d in days if d.ended_at is None]
    assert "eng8@example.com" in left_open and "eng1@example.com" not in left_open
    assert all(
        company_date(d.started_at) == company_day
        for d in days
        if d.ended_at is None and emails[d.user_id] != "eng8@example.com"
    )
    assert {v.is_outside_radius for v in visits} == {True, False}

    # The head's attendance of the last worked day agrees with the mileage claimed.
    last_day = max(company_date(d.started_at) for d in days if d.ended_at is not None)
    headers = await _login(client, "head1@example.com")
    answer = await client.get(f"/api/v1/attendance?date={last_day}", headers=headers)
    rows = [row for row in answer.json()["items"] if row["duty_started_at"]]
    assert rows and all(row["distance_km"] > 0 and row["visits_planned"] for row in rows)
    mileage: dict[str, Decimal] = defaultdict(Decimal)
    for line in await session.scalars(
        select(ExpenseLine).where(
            ExpenseLine.expense_date == last_day, ExpenseLine.category == ExpenseCategory.MILEAGE
        )
    ):
        mileage[str(line.owner_id)] = line.distance_km or Decimal(0)
    for row in rows:
        if row["user_id"] in mileage:
            assert mileage[row["user_id"]] == Decimal(str(row["distance_km"])).quantize(
                Decimal("0.01")
            )

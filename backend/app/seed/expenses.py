"""Weekly expense reports of every engineer over the seeded month of field work, in
every state: this week's a draft, last week's submitted, the week before rejected by
the head, older ones approved (one line turned down) and reimbursed. The lines are each
worked day's mileage (the km measured from the day's pings, as the server measures
them), food, now and then parking, and a team dinner above the food limit (flagged).
Deterministic (a fixed seed) apart from the dates, which follow the field work."""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.access import Role
from app.core.clock import company_date, company_today, company_zone, utcnow
from app.core.config import get_settings
from app.core.ids import new_id
from app.core.money import round_amount
from app.duty.models import DutyDay
from app.expenses.models import (
    ExpenseCategory,
    ExpenseLine,
    ExpenseReport,
    ExpenseStatus,
    LineDecision,
)
from app.locations import service as locations
from app.users.models import Team, User
from app.users.service import system_principal

NAME = "expense reports"
CURRENCY = "INR"
# The state of each week's report by its age in weeks, this week first (older weeks are
# reimbursed).
STATES = [
    ExpenseStatus.DRAFT,
    ExpenseStatus.SUBMITTED,
    ExpenseStatus.REJECTED,
    ExpenseStatus.APPROVED,
]


async def already_loaded(session: AsyncSession) -> bool:
    return (await session.scalar(select(func.count(ExpenseReport.id))) or 0) > 0


def _at(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=company_zone())


def _lines(
    rng: random.Random, engineer: User, day: date, km: float, vehicle: str
) -> list[ExpenseLine]:
    settings = get_settings()
    limits = settings.expense_daily_limits
    claims: list[tuple[ExpenseCategory, Decimal, Decimal | None, str | None]] = []
    if km >= 1:
        distance = Decimal(str(km)).quantize(Decimal("0.01"))
        amount = round_amount(distance * settings.mileage_rates[vehicle], CURRENCY)
        claims.append((ExpenseCategory.MILEAGE, amount, distance, "From the day's route"))
    if rng.random() < 0.06:
        dinner = Decimal(rng.choice([1150, 1400]))
        claims.append((ExpenseCategory.FOOD, dinner, None, "Team dinner"))
    else:
        lunch = Decimal(rng.randrange(150, 650, 10))
        claims.append((ExpenseCategory.FOOD, lunch, None, "Lunch"))
    if rng.random() < 0.2:
        claims.append((ExpenseCategory.OTHER, Decimal(rng.randrange(40, 160, 20)), None, "Parking"))
    return [
        ExpenseLine(
            owner_id=engineer.id,
            expense_date=day,
            category=category,
            amount=amount,
            currency=CURRENCY,
            distance_km=distance,
            vehicle_type=vehicle if category is ExpenseCategory.MILEAGE else None,
            notes=notes,
            is_over_limit=amount > limits.get(category.value, amount),
            created_at=_at(day, 20),
        )
        for category, amount, distance, notes in claims
    ]


def _decide(rng: random.Random, report: ExpenseReport, lines: list[ExpenseLine], head: Any) -> None:
    """Take a report through the trail as the owner and the head would have."""
    now = utcnow()
    status = report.status
    if status is ExpenseStatus.DRAFT:
        return
    report.submitted_at = min(_at(report.period_end + timedelta(days=1), 10), now)
    if status is ExpenseStatus.SUBMITTED:
        return
    report.decided_at = min(report.submitted_at + timedelta(days=1, hours=3), now)
    report.decided_by_id = head
    if status is ExpenseStatus.REJECTED:
        report.decision_comment = "Two days without receipts; attach them and send it again."
        for line in lines:
            line.decision = LineDecision.REJECTED
        return
    turned_down = rng.choice(lines) if len(lines) > 2 else None
    for line in lines:
        line.decision = LineDecision.APPROVED
    if turned_down is not None:
        turned_down.decision = LineDecision.REJECTED
        turned_down.decision_comment = "Not a business expense"
    if status is ExpenseStatus.REIMBURSED:
        reimbursed = company_date(report.decided_at) + timedelta(days=4)
        report.reimbursed_on = min(reimbursed, company_today())
        report.reimbursement_reference = f"NEFT{rng.randint(10**9, 10**10 - 1)}"


async def load(session: AsyncSession) -> int:
    rng = random.Random(29)
    engineers = list(
        await session.scalars(
            select(User).where(User.role == Role.SALES_ENGINEER).order_by(User.email)
        )
    )
    heads: dict[Any, Any] = {t.id: t.head_id for t in await session.scalars(select(Team))}
    worked: dict[Any, set[date]] = defaultdict(set)
    for user_id, started_at in await session.execute(select(DutyDay.user_id, DutyDay.started_at)):
        worked[user_id].add(company_date(started_at))
    people = [e.id for e in engineers]
    km: dict[tuple[Any, date], float] = {}
    for day in sorted({d for days in worked.values() for d in days}):
        measured = await locations.days_of_people(session, system_principal(), people, day=day)
        for user_id, summary in measured.items():
            km[user_id, day] = summary["distance_km"]
    reports: list[ExpenseReport] = []
    rows: list[ExpenseLine] = []
    for n, engineer in enumerate(engineers):
        weeks: dict[date, list[date]] = defaultdict(list)
        for day in sorted(worked[engineer.id]):
            weeks[day - timedelta(days=day.weekday())].append(day)
        vehicle = "car" if n % 2 == 0 else "two_wheeler"
        this_week = company_today() - timedelta(days=company_today().weekday())
        weeks.setdefault(this_week, [])  # this week's draft, even before its first line
        for monday in sorted(weeks, reverse=True):
            age = (this_week - monday).days // 7
            report = ExpenseReport(
                id=new_id(),
                owner_id=engineer.id,
                title=f"Field week of {monday:%d %b %Y}",
                period_start=monday,
                period_end=monday + timedelta(days=6),
                currency=CURRENCY,
                status=STATES[age] if age < len(STATES) else ExpenseStatus.REIMBURSED,
                created_at=_at(monday, 19),
            )
            lines = [
                line
                for day in weeks[monday]
                for line in _lines(rng, engineer, day, km.get((engineer.id, day), 0.0), vehicle)
            ]
            _decide(rng, report, lines, heads.get(engineer.team_id))
            reports.append(report)
            for line in lines:
                line.report_id = report.id
            rows += lines
    # Without a relationship between them, the reports go in first by hand.
    session.add_all(reports)
    await session.flush()
    session.add_all(rows)
    await session.flush()
    return len(reports) + len(rows)

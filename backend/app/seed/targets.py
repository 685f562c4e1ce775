"""Targets for the demo: each engineer's month (the two before, this one, and the next,
set ahead as a head does before a month begins, so a demo left running past the month's
end still shows a target) in revenue and visits, each team's fiscal quarter and each
territory's fiscal year. Each figure is set near what was really booked (the average month
of the seeded orders, times a stretch between 0.9 and 1.3), so attainment on the dashboard
reads like a real month's.
Deterministic (a fixed seed) apart from the dates, which follow today's."""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import timedelta
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.access import Role
from app.core.clock import company_today
from app.sales_orders.models import BOOKED_STATUSES, SalesOrder
from app.targets import service as targets
from app.targets.models import Target, TargetPeriod
from app.users.models import Team, Territory, User

NAME = "targets"
CURRENCY = "INR"
ROUND = Decimal(10_000)
FLOOR = Decimal(200_000)  # a month's revenue target at least (an engineer who sold little)


async def already_loaded(session: AsyncSession) -> bool:
    return (await session.scalar(select(func.count(Target.id))) or 0) > 0


def _rounded(value: Decimal) -> Decimal:
    return max(FLOOR, (value / ROUND).quantize(Decimal(1)) * ROUND)


async def _monthly_booked(session: AsyncSession) -> dict[object, Decimal]:
    """Each seller's average booked value per month over the seeded orders."""
    rows = await session.execute(
        select(
            SalesOrder.owner_id,
            func.sum(SalesOrder.taxable_total),
            func.count(func.distinct(func.date_trunc("month", SalesOrder.order_date))),
        )
        .where(SalesOrder.status.in_(BOOKED_STATUSES), SalesOrder.currency == CURRENCY)
        .group_by(SalesOrder.owner_id)
    )
    return {owner: Decimal(total) / max(months, 1) for owner, total, months in rows}


async def load(session: AsyncSession) -> int:
    rng = random.Random(15)
    today = company_today()
    booked = await _monthly_booked(session)
    engineers = list(
        await session.scalars(
            select(User)
            .where(User.role == Role.SALES_ENGINEER, User.is_active)
            .order_by(User.email)
        )
    )
    made: list[Target] = []
    team_month: dict[object, Decimal] = defaultdict(Decimal)
    this_month = targets.period_of(TargetPeriod.MONTH, today)
    months = [targets.period_of(TargetPeriod.MONTH, this_month + timedelta(days=31)), this_month]
    for _ in range(2):
        months.append(targets.period_of(TargetPeriod.MONTH, months[-1] - timedelta(days=1)))
    for engineer in engineers:
        stretch = Decimal(str(round(rng.uniform(0.9, 1.3), 2)))
        month_value = _rounded(booked.get(engineer.id, Decimal(0)) * stretch)
        team_month[engineer.team_id] += month_value
        for start in months:
            made.append(
                Target(
                    engineer_id=engineer.id,
                    period=TargetPeriod.MONTH,
                    period_start=start,
                    period_end=targets.period_end(TargetPeriod.MONTH, start),
                    currency=CURRENCY,
                    revenue=month_value,
                    visits=rng.choice([55, 60, 65, 70]),
                )
            )
    quarter = targets.period_of(TargetPeriod.QUARTER, today)
    for team in await session.scalars(select(Team).order_by(Team.name)):
        made.append(
            Target(
                team_id=team.id,
                period=TargetPeriod.QUARTER,
                period_start=quarter,
                period_end=targets.period_end(TargetPeriod.QUARTER, quarter),
                currency=CURRENCY,
                revenue=_rounded(team_month[team.id] * 3),
                visits=60 * 3 * max(1, sum(1 for e in engineers if e.team_id == team.id)),
            )
        )
    year = targets.period_of(TargetPeriod.FISCAL_YEAR, today)
    total = sum(team_month.values(), Decimal(0))
    territories = list(await session.scalars(select(Territory).order_by(Territory.name)))
    for territory in territories:
        made.append(
            Target(
                territory_id=territory.id,
                period=TargetPeriod.FISCAL_YEAR,
                period_start=year,
                period_end=targets.period_end(TargetPeriod.FISCAL_YEAR, year),
                currency=CURRENCY,
                revenue=_rounded(total * 12 / max(len(territories), 1)),
            )
        )
    session.add_all(made)
    await session.flush()
    return len(made)

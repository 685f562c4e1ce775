"""Attendance: ONE statement over the people the caller may see, each domain handing
its own rows of the day as a subquery (duty days, visits, expense claims)."""

from __future__ import annotations

import uuid
from collections.abc import Collection
from datetime import date, datetime
from typing import Any

from sqlalchemy import and_, false, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.access import Principal, Role
from app.duty import service as duty
from app.expenses import service as expenses
from app.users import service as users
from app.visits import service as visits

VISIT_COUNTS = ("visits_planned", "visits_done", "visits_unplanned", "flagged_check_ins")


def attendance_statement(
    principal: Principal,
    *,
    day: date,
    start: datetime,
    end: datetime,
    team_id: uuid.UUID | None = None,
    user_ids: Collection[uuid.UUID] | None = None,
) -> Any:
    """Per person the caller may see: duty start and end, the visits of the day's route
    counted and the expenses claimed for the day. A person appears when they are an
    active sales engineer, or when anything of theirs happened that day (a head's own
    duty day, an engineer since deactivated)."""
    people = users.people_of_records(principal, team_id=team_id, user_ids=user_ids).subquery(
        "people"
    )
    days = duty.day_summaries(principal, start=start, end=end).subquery("days")
    counted = visits.day_counts(principal, day=day).subquery("counted")
    claims = expenses.day_claims(principal, day=day).subquery("claims")
    return (
        select(
            people.c.id.label("user_id"),
            people.c.full_name.label("user_name"),
            people.c.team_id,
            people.c.team_name,
            days.c.duty_started_at,
            days.c.duty_ended_at,
            func.coalesce(days.c.is_duty_open, false()).label("is_duty_open"),
            *(func.coalesce(counted.c[name], 0).label(name) for name in VISIT_COUNTS),
            func.coalesce(claims.c.expense_lines, 0).label("expense_lines"),
            claims.c.expense_currencies,
            claims.c.expense_amounts,
        )
        .select_from(
            people.outerjoin(days, days.c.user_id == people.c.id)
            .outerjoin(counted, counted.c.user_id == people.c.id)
            .outerjoin(claims, claims.c.user_id == people.c.id)
        )
        .where(
            or_(
                and_(people.c.role == Role.SALES_ENGINEER, people.c.is_active),
                days.c.user_id.is_not(None),
                counted.c.user_id.is_not(None),
                claims.c.user_id.is_not(None),
            )
        )
        .order_by(people.c.full_name, people.c.id)
    )


async def attendance_rows(session: AsyncSession, stmt: Any) -> list[dict[str, Any]]:
    return [dict(row) for row in (await session.execute(stmt)).mappings().all()]

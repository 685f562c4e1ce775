from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.clock import company_day_bounds, company_today, utcnow
from app.customers.models import Customer
from app.duty.models import DutyDay
from app.todos.models import Todo
from app.users.models import User
from app.visits.models import Visit, VisitReport, VisitStatus


def earlier_today(hours: float) -> datetime:
    """``hours`` ago, but not before the company's today began: a duty day or a check-in
    made with it counts today, also in the first hours after midnight in India."""
    start, _ = company_day_bounds(company_today())
    return max(utcnow() - timedelta(hours=hours), start)


async def create_duty_day(
    session: AsyncSession, *, user: User, started_at: datetime | None = None, **fields: Any
) -> DutyDay:
    day = DutyDay(
        user_id=user.id,
        started_at=started_at or earlier_today(2),
        start_latitude=28.6,
        start_longitude=77.2,
        **fields,
    )
    session.add(day)
    await session.flush()
    return day


async def create_visit(
    session: AsyncSession,
    *,
    owner: User,
    customer: Customer,
    planned_date: date | None = None,
    status: VisitStatus = VisitStatus.PLANNED,
    **fields: Any,
) -> Visit:
    visit = Visit(
        owner_id=owner.id,
        created_by_id=owner.id,
        customer_id=customer.id,
        planned_date=planned_date or company_today(),
        route_position=fields.pop("route_position", 1),
        status=status,
        **fields,
    )
    if status in (VisitStatus.CHECKED_IN, VisitStatus.COMPLETED):
        visit.checked_in_at = earlier_today(1)
        visit.check_in_latitude, visit.check_in_longitude = 28.61, 77.21
    session.add(visit)
    await session.flush()
    return visit


async def create_visit_report(session: AsyncSession, *, visit: Visit) -> VisitReport:
    report = VisitReport(
        visit_id=visit.id,
        owner_id=visit.owner_id,
        customer_id=visit.customer_id,
        outcome="Interested in a second chiller",
    )
    session.add(report)
    await session.flush()
    return report


async def create_todo(
    session: AsyncSession, *, owner: User, position: float = 1024.0, **fields: Any
) -> Todo:
    todo = Todo(
        owner_id=owner.id,
        title=fields.pop("title", "Call back about the quote"),
        position=position,
        **fields,
    )
    session.add(todo)
    await session.flush()
    return todo

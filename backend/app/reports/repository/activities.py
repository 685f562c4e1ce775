"""The activities report's statement: each person's field work over a window."""

from __future__ import annotations

from typing import Any

from sqlalchemy import and_, func, or_, select

from app.activities import service as activities
from app.core.access import Principal, Role
from app.core.clock import company_day_bounds
from app.duty import service as duty
from app.expenses import service as expenses
from app.reports.periods import Window
from app.reports.schemas import Filters
from app.users import service as users
from app.visits import service as visits

ACTIVITY_COUNTS = ("calls", "emails", "meetings", "appointments", "tasks")
VISIT_COUNTS = ("visits_planned", "visits_done", "visits_unplanned", "flagged_check_ins")


def activities_statement(principal: Principal, *, window: Window, filters: Filters) -> Any:
    """Per person the caller may see (optionally of one team, or one person): the
    activities done, the visits of their routes, the working days and the km between
    their odometer readings, and the km claimed as mileage, over the window (company
    days). A person appears when they are an active sales engineer or did anything in
    the window. ONE statement: each domain hands its per-person sums as a subquery."""
    since, _ = company_day_bounds(window.start)
    _, until = company_day_bounds(window.end)
    chosen = [filters.engineer_id] if filters.engineer_id is not None else None
    people = users.people_of_records(principal, team_id=filters.team_id, user_ids=chosen).subquery(
        "people"
    )
    done = activities.done_counts(principal, since=since, until=until).subquery("done")
    visited = visits.period_counts(principal, start=window.start, end=window.end).subquery(
        "visited"
    )
    worked = duty.period_summaries(principal, start=since, end=until).subquery("worked")
    claimed = expenses.mileage(principal, start=window.start, end=window.end).subquery("claimed")
    sources = (done, visited, worked, claimed)
    joined: Any = people
    for source in sources:
        joined = joined.outerjoin(source, source.c.user_id == people.c.id)
    return (
        select(
            people.c.id.label("user_id"),
            people.c.full_name.label("user_name"),
            people.c.team_id,
            people.c.team_name,
            *(func.coalesce(done.c[name], 0).label(name) for name in ACTIVITY_COUNTS),
            *(func.coalesce(visited.c[name], 0).label(name) for name in VISIT_COUNTS),
            func.coalesce(worked.c.duty_days, 0).label("duty_days"),
            worked.c.odometer_km,
            claimed.c.claimed_km,
        )
        .select_from(joined)
        .where(
            or_(
                and_(people.c.role == Role.SALES_ENGINEER, people.c.is_active),
                *(source.c.user_id.is_not(None) for source in sources),
            )
        )
        .order_by(people.c.full_name, people.c.id)
    )

"""The employee login report's statement: each person's sign-ins over a window."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Boolean, String, Uuid, cast, func, literal, null, or_, select, union_all

from app.auth import service as auth
from app.core.access import Principal
from app.core.clock import company_day_bounds
from app.reports.periods import Window
from app.reports.schemas import Filters
from app.users import service as users

COUNTS = ("logins", "failures", "throttled", "logouts", "active_days")


def logins_statement(principal: Principal, *, window: Window, filters: Filters) -> Any:
    """Per person whose records the caller may see (optionally of one team, or one
    person): their sign-ins over the window (company days); active people appear
    without any, so a head sees who never signed in. Failed sign-ins to no known account
    are one more row (user null) when no person is chosen. ONE statement."""
    since, _ = company_day_bounds(window.start)
    _, until = company_day_bounds(window.end)
    chosen = [filters.engineer_id] if filters.engineer_id is not None else None
    people = users.people_of_records(principal, team_id=filters.team_id, user_ids=chosen).subquery(
        "people"
    )
    seen = auth.login_summaries(principal, since=since, until=until).subquery("seen")
    figures = [
        seen.c.first_login_at,
        seen.c.last_login_at,
        *(func.coalesce(seen.c[name], 0).label(name) for name in COUNTS),
        seen.c.devices,
        seen.c.last_ip_address,
    ]
    known = (
        select(
            people.c.id.label("user_id"),
            people.c.full_name.label("user_name"),
            cast(people.c.role, String).label("role"),
            people.c.team_name,
            people.c.is_active,
            *figures,
        )
        .select_from(people.outerjoin(seen, seen.c.user_id == people.c.id))
        .where(or_(people.c.is_active, seen.c.user_id.is_not(None)))
    )
    parts = [known]
    if filters.team_id is None and filters.engineer_id is None:
        parts.append(
            select(
                cast(null(), Uuid).label("user_id"),
                cast(null(), String).label("user_name"),
                cast(null(), String).label("role"),
                cast(null(), String).label("team_name"),
                cast(literal(False), Boolean).label("is_active"),
                *figures,
            ).where(seen.c.user_id.is_(None))
        )
    everyone = union_all(*parts).subquery("everyone")
    return select(everyone).order_by(everyone.c.user_name.nulls_last(), everyone.c.user_id)

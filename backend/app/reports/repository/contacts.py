"""The contacts report's statement: interactions per contact over a window."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Date, Integer, String, cast, func, literal, select

from app.activities import service as activities
from app.core.access import Principal
from app.core.clock import company_day_bounds, company_zone
from app.customers import service as customer_records
from app.reports.periods import Window
from app.reports.schemas import Filters
from app.users import service as users

KINDS = ("calls", "emails", "meetings", "appointments", "tasks")


def contacts_statement(
    principal: Principal, *, window: Window, filters: Filters, limit: int, as_of: date
) -> Any:
    """Per contact the caller may see, the activities they may see done with them in
    the window: by type, in all, the first and last (and the days since it, as of
    ``as_of``), the last outcome and the contact's preferred channel; most interactions
    first, at most ``limit`` contacts. ONE statement."""
    since, _ = company_day_bounds(window.start)
    _, until = company_day_bounds(window.end)
    if filters.engineer_id is not None or filters.team_id is not None:
        # Whose interactions count: the activities' owners.
        chosen = users.people_of_records(
            principal,
            team_id=filters.team_id,
            user_ids=[filters.engineer_id] if filters.engineer_id else None,
        )
        interactions = activities.contact_interactions(
            principal,
            since=since,
            until=until,
            owners=chosen.with_only_columns(chosen.selected_columns.id),
        )
    else:
        interactions = activities.contact_interactions(principal, since=since, until=until)
    done = interactions.subquery("done")
    people = customer_records.visible_contacts(principal).subquery("people")
    last_day = cast(func.timezone(company_zone().key, done.c.last_at), Date)
    stmt = (
        select(
            people,
            cast(people.c.preferred_channel, String).label("channel"),
            *(done.c[name] for name in KINDS),
            done.c.interactions,
            done.c.first_at,
            done.c.last_at,
            cast(literal(as_of) - last_day, Integer).label("days_since_last"),
            done.c.last_outcome,
        )
        .select_from(people.join(done, done.c.contact_id == people.c.contact_id))
        .order_by(done.c.interactions.desc(), done.c.last_at.desc(), people.c.contact_id)
        .limit(limit)
    )
    if filters.territory_id is not None:
        stmt = stmt.where(people.c.territory_id == filters.territory_id)
    if filters.segment is not None:
        stmt = stmt.where(
            people.c.customer_id.in_(customer_records.customer_ids_in_segment(filters.segment))
        )
    return stmt

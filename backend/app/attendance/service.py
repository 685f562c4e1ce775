"""Attendance: the head's day per engineer in one request.

Two statements whatever the number of people: one for the people with their duty,
visits and expense claims of the day (``repository.attendance_statement``), one for
everyone's pings of the day, measured per person by the locations domain exactly as
one person's day route is (``locations.service.days_of_people``).
Decision record: docs/decisions/0035-attendance.md.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection
from datetime import date
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.attendance.repository import attendance_rows, attendance_statement
from app.core.access import Principal
from app.core.clock import company_day_bounds, company_today
from app.core.config import get_settings
from app.locations import service as locations

NO_PINGS: dict[str, Any] = {
    "first_ping_at": None,
    "last_ping_at": None,
    "ping_count": 0,
    "distance_km": 0.0,
}


async def attendance(
    session: AsyncSession,
    principal: Principal,
    *,
    day: date | None = None,
    team_id: uuid.UUID | None = None,
    user_ids: Collection[uuid.UUID] | None = None,
) -> dict[str, Any]:
    day = day or company_today()
    start, end = company_day_bounds(day)
    stmt = attendance_statement(
        principal, day=day, start=start, end=end, team_id=team_id, user_ids=user_ids
    )
    rows = await attendance_rows(session, stmt)
    pinged = await locations.days_of_people(
        session, principal, [row["user_id"] for row in rows], day=day
    )
    items = []
    for row in rows:
        currencies = row.pop("expense_currencies") or []
        amounts = row.pop("expense_amounts") or []
        measured = pinged.get(row["user_id"], NO_PINGS)
        items.append(
            {
                **row,
                **{name: measured[name] for name in NO_PINGS},
                "expenses_submitted": [
                    {"currency": currency, "amount": amount}
                    for currency, amount in zip(currencies, amounts, strict=True)
                ],
            }
        )
    return {"date": day, "timezone": get_settings().field_timezone, "items": items}

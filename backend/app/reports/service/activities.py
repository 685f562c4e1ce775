"""The activities report: calls, meetings, visits and km per engineer."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.access import Principal
from app.reports.periods import Window
from app.reports.repository import rows_of
from app.reports.repository.activities import (
    ACTIVITY_COUNTS,
    VISIT_COUNTS,
    activities_statement,
)
from app.reports.schemas import Filters
from app.reports.service import plain, span

COUNTS = (*ACTIVITY_COUNTS, *VISIT_COUNTS, "duty_days")
KMS = ("odometer_km", "claimed_km")


async def activities_report(
    session: AsyncSession, principal: Principal, *, window: Window, filters: Filters
) -> dict[str, Any]:
    items = await rows_of(session, activities_statement(principal, window=window, filters=filters))
    summary: dict[str, Any] = {
        "user_id": None,
        "user_name": None,
        "team_id": None,
        "team_name": None,
    }
    for name in COUNTS:
        summary[name] = sum(item[name] for item in items)
    for name in KMS:
        known = [item[name] for item in items if item[name] is not None]
        summary[name] = plain(sum(known, Decimal(0))) if known else None
        for item in items:
            if item[name] is not None:
                item[name] = plain(item[name])
    return {"window": span(window), "items": items, "summary": summary}


ACTIVITIES_HEADER = ("user_id", "user_name", "team_name", *COUNTS, *KMS)


def activities_table(report: dict[str, Any]) -> tuple[Sequence[str], list[list[Any]]]:
    """A row per person, then the summary (user empty)."""
    return ACTIVITIES_HEADER, [
        [item["user_id"], item["user_name"], item["team_name"]]
        + [item[name] for name in (*COUNTS, *KMS)]
        for item in (*report["items"], report["summary"])
    ]

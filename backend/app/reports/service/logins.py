"""The employee login report: first and last sign-in, failures, devices, per person."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.access import Principal
from app.reports.periods import Window
from app.reports.repository import rows_of
from app.reports.repository.logins import COUNTS, logins_statement
from app.reports.schemas import Filters
from app.reports.service import span


async def logins_report(
    session: AsyncSession, principal: Principal, *, window: Window, filters: Filters
) -> dict[str, Any]:
    items = await rows_of(session, logins_statement(principal, window=window, filters=filters))
    for item in items:
        item["devices"] = list(item["devices"] or [])
    return {"window": span(window), "items": items}


LOGINS_HEADER = (
    "user_id",
    "user_name",
    "role",
    "team_name",
    "is_active",
    "first_login_at",
    "last_login_at",
    *COUNTS,
    "devices",
    "last_ip_address",
)


def logins_table(report: dict[str, Any]) -> tuple[Sequence[str], list[list[Any]]]:
    """A row per person; devices joined by "; "; times in UTC."""
    return LOGINS_HEADER, [
        ["; ".join(item[name]) if name == "devices" else item[name] for name in LOGINS_HEADER]
        for item in report["items"]
    ]

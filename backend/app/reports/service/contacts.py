"""The contacts report: interactions per contact, how often, by which channel, the last
outcome."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.access import Principal
from app.reports.periods import Window
from app.reports.repository import rows_of
from app.reports.repository.contacts import KINDS, contacts_statement
from app.reports.schemas import Filters
from app.reports.service import span


async def contacts_report(
    session: AsyncSession, principal: Principal, *, window: Window, filters: Filters, limit: int
) -> dict[str, Any]:
    stmt = contacts_statement(
        principal, window=window, filters=filters, limit=limit, as_of=window.end
    )
    items = await rows_of(session, stmt)
    for item in items:
        item["per_month"] = round(item["interactions"] * 30 / window.days, 2)
    return {"window": span(window), "items": items}


CONTACTS_HEADER = (
    "name",
    "title",
    "customer_name",
    "channel",
    *KINDS,
    "interactions",
    "per_month",
    "first_at",
    "last_at",
    "days_since_last",
    "last_outcome",
    "contact_id",
    "customer_id",
)


def contacts_table(report: dict[str, Any]) -> tuple[Sequence[str], list[list[Any]]]:
    return CONTACTS_HEADER, [[item[name] for name in CONTACTS_HEADER] for item in report["items"]]

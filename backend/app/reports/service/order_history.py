"""The order history report: every order of a window and what became of it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.access import Principal
from app.core.errors import UnprocessableEntity, field_error
from app.core.pagination import split_page
from app.reports.periods import Window
from app.reports.repository.order_history import history_statement
from app.reports.schemas import Filters
from app.reports.schemas.order_history import HISTORY_AMOUNTS
from app.reports.service import TENTH, percent, rounded, span

# A file holds at most this many orders (a narrower window or a filter for more).
MAX_FILE_ROWS = 100_000


def _days(later: datetime | None, earlier: datetime | None) -> Decimal | None:
    if later is None or earlier is None:
        return None
    return (Decimal((later - earlier).total_seconds()) / 86400).quantize(TENTH)


def _item(row: Any) -> dict[str, Any]:
    item = dict(row._mapping)
    item["delivered_percent"] = percent(item.pop("quantity_delivered"), item.pop("quantity_total"))
    item["days_to_confirm"] = _days(item["confirmed_at"], item["created_at"])
    item["days_to_deliver"] = _days(item["delivered_at"], item["confirmed_at"])
    item["status"] = str(item["status"])
    return rounded(item, HISTORY_AMOUNTS)


async def order_history(
    session: AsyncSession,
    principal: Principal,
    *,
    window: Window,
    filters: Filters,
    status: str | None,
    cursor: str | None,
    limit: int,
) -> dict[str, Any]:
    stmt, order = history_statement(
        principal, window=window, filters=filters, status=status, cursor=cursor, limit=limit
    )
    rows = list((await session.execute(stmt)).all())
    kept, next_cursor = split_page(
        rows, order=order, limit=limit, sort_attr="order_date", id_attr="order_id"
    )
    return {
        "window": span(window),
        "items": [_item(row) for row in kept],
        "next_cursor": next_cursor,
    }


async def order_history_file(
    session: AsyncSession,
    principal: Principal,
    *,
    window: Window,
    filters: Filters,
    status: str | None,
) -> dict[str, Any]:
    """Every order of the window for a download (422 past ``MAX_FILE_ROWS``)."""
    report = await order_history(
        session,
        principal,
        window=window,
        filters=filters,
        status=status,
        cursor=None,
        limit=MAX_FILE_ROWS,
    )
    if report["next_cursor"] is not None:
        message = f"more than {MAX_FILE_ROWS} orders: choose a shorter window"
        raise UnprocessableEntity(message, errors=[field_error("from", message, where="query")])
    return report


HISTORY_HEADER = (
    "number",
    "order_date",
    "status",
    "customer_name",
    "seller_name",
    "territory_name",
    "currency",
    *HISTORY_AMOUNTS,
    "delivered_percent",
    "created_at",
    "confirmed_at",
    "delivered_at",
    "closed_at",
    "cancelled_at",
    "days_to_confirm",
    "days_to_deliver",
    "order_id",
)


def order_history_table(report: dict[str, Any]) -> tuple[Sequence[str], list[list[Any]]]:
    return HISTORY_HEADER, [[item[name] for name in HISTORY_HEADER] for item in report["items"]]

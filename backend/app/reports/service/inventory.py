"""The inventory report: stock by warehouse, reserved and available, slow movers, open
procurement."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.access import Principal
from app.reports.periods import Window
from app.reports.repository import rows_of
from app.reports.repository.inventory import QUANTITIES, inventory_statement
from app.reports.schemas import Filters
from app.reports.service import plain, span

FIGURES = (*QUANTITIES, "delivered", "quantity_on_request")


async def inventory_report(
    session: AsyncSession,
    principal: Principal,
    *,
    window: Window,
    filters: Filters,
    warehouse_id: uuid.UUID | None,
) -> dict[str, Any]:
    stmt = inventory_statement(principal, window=window, filters=filters, warehouse_id=warehouse_id)
    items = await rows_of(session, stmt)
    warehouses: dict[uuid.UUID, dict[str, Any]] = {}
    for item in items:
        for name in FIGURES:
            item[name] = plain(item[name])
        summary = warehouses.setdefault(
            item["warehouse_id"],
            {
                "warehouse_id": item["warehouse_id"],
                "warehouse_name": item["warehouse_name"],
                "products": 0,
                "products_in_stock": 0,
                "slow_movers": 0,
                "open_requests": 0,
            },
        )
        summary["products"] += 1
        summary["products_in_stock"] += int(item["on_hand"] > 0)
        summary["slow_movers"] += int(item["is_slow_mover"])
        summary["open_requests"] += item["open_requests"]
    return {"window": span(window), "items": items, "warehouses": list(warehouses.values())}


INVENTORY_HEADER = (
    "warehouse_name",
    "sku",
    "product_name",
    "product_group_name",
    *QUANTITIES,
    "delivered",
    "last_delivered_at",
    "open_requests",
    "quantity_on_request",
    "is_slow_mover",
    "product_id",
    "warehouse_id",
)


def inventory_table(report: dict[str, Any]) -> tuple[Sequence[str], list[list[Any]]]:
    return INVENTORY_HEADER, [[item[name] for name in INVENTORY_HEADER] for item in report["items"]]

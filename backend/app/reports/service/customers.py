"""The customers report: new and returning buyers, the top customers, the segments."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.access import Principal
from app.reports.periods import Window
from app.reports.repository import rows_of
from app.reports.repository.customers import customers_statement
from app.reports.schemas import Filters
from app.reports.schemas.customers import BUYER_AMOUNTS
from app.reports.service import rounded, span


def _buyers(row: dict[str, Any]) -> dict[str, Any]:
    return rounded(
        {
            "currency": row["currency"],
            "tag": row["tag"],
            "customers": row["customers"],
            "new_customers": row["new_customers"],
            "returning_customers": row["customers"] - row["new_customers"],
            "orders": row["orders"],
            "order_value": row["order_value"],
            "new_order_value": row["new_order_value"],
            "returning_order_value": row["order_value"] - row["new_order_value"],
        },
        BUYER_AMOUNTS,
    )


async def customers_report(
    session: AsyncSession, principal: Principal, *, window: Window, filters: Filters, top: int
) -> dict[str, Any]:
    summary, best, segments = [], [], []
    stmt = customers_statement(principal, window=window, filters=filters, top=top)
    for row in await rows_of(session, stmt):
        if row["section"] == "summary":
            summary.append(_buyers(row))
        elif row["section"] == "segment":
            segments.append(_buyers(row))
        else:
            best.append(
                rounded(
                    {
                        "rank": row["rank"],
                        "customer_id": row["customer_id"],
                        "customer_name": row["customer_name"],
                        "currency": row["currency"],
                        "orders": row["orders"],
                        "order_value": row["order_value"],
                        "first_order_day": row["first_order_day"],
                        "is_new": bool(row["new_customers"]),
                    },
                    ("order_value",),
                )
            )
    return {"window": span(window), "summary": summary, "top": best, "segments": segments}


CUSTOMERS_HEADER = (
    "section",
    "rank",
    "customer_id",
    "customer_name",
    "tag",
    "currency",
    "customers",
    "new_customers",
    "returning_customers",
    "orders",
    "order_value",
    "new_order_value",
    "returning_order_value",
    "first_order_day",
)


def customers_table(report: dict[str, Any]) -> tuple[Sequence[str], list[list[Any]]]:
    table: list[list[Any]] = []
    for section in ("summary", "segments"):
        for row in report[section]:
            table.append(
                [section, None, None, None, row["tag"], row["currency"]]
                + [row[name] for name in CUSTOMERS_HEADER[6:13]]
                + [None]
            )
    for row in report["top"]:
        table.append(
            [
                "top",
                row["rank"],
                row["customer_id"],
                row["customer_name"],
                None,
                row["currency"],
                1,
                int(row["is_new"]),
                int(not row["is_new"]),
                row["orders"],
                row["order_value"],
                None,
                None,
                row["first_order_day"],
            ]
        )
    return CUSTOMERS_HEADER, table

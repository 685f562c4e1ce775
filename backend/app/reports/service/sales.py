"""The sales report: orders, invoiced revenue and deals per period and dimension."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.access import Principal
from app.core.money import round_amount
from app.reports.periods import periods, previous_window
from app.reports.repository import rows_of
from app.reports.repository.sales import (
    CURRENCY_TOTAL,
    DIMENSION_TOTAL,
    PERIOD_ROW,
    sales_statement,
)
from app.reports.schemas import Filters, Grouping
from app.reports.service import ZERO, change_percent, percent, plain, span

# --- sales ---------------------------------------------------------------------------


def _sales_figures(row: dict[str, Any] | None, currency: str) -> dict[str, Any]:
    row = row or {}
    orders = int(row.get("orders") or 0)
    value = round_amount(row.get("order_value") or ZERO, currency)
    won, lost = int(row.get("won") or 0), int(row.get("lost") or 0)
    return {
        "currency": currency,
        "orders": orders,
        "order_value": value,
        "quantity": plain(row.get("quantity") or ZERO),
        "average_deal_size": round_amount(value / orders, currency) if orders else None,
        "invoiced_revenue": round_amount(row.get("invoiced_revenue") or ZERO, currency),
        "won": won,
        "lost": lost,
        "win_rate": percent(won, won + lost),
    }


def _comparison(
    key: Any, label: str | None, currency: str, pair: dict[bool, dict[str, Any]]
) -> dict[str, Any]:
    current = _sales_figures(pair.get(True), currency)
    previous = _sales_figures(pair.get(False), currency)
    return {
        "key": key,
        "label": label,
        "currency": currency,
        "current": current,
        "previous": previous,
        "order_value_change_percent": change_percent(
            current["order_value"], previous["order_value"]
        ),
        "invoiced_revenue_change_percent": change_percent(
            current["invoiced_revenue"], previous["invoiced_revenue"]
        ),
    }


async def sales_report(
    session: AsyncSession, principal: Principal, *, grouping: Grouping, filters: Filters
) -> dict[str, Any]:
    window, interval = grouping.window, grouping.interval
    previous = previous_window(window)
    stmt = sales_statement(
        principal,
        window=window,
        previous=previous,
        interval=interval,
        dimension=grouping.dimension,
        filters=filters,
    )
    spans = list(periods(window, interval))
    ends = {period.start: period.end for period in spans}
    rows: list[dict[str, Any]] = []
    totals: dict[tuple[Any, str], dict[bool, dict[str, Any]]] = {}
    labels: dict[Any, str | None] = {}
    summary: dict[str, dict[bool, dict[str, Any]]] = {}
    for row in await rows_of(session, stmt):
        currency = row["currency"]
        row["orders"] = row["orders_all" if row["level"] == CURRENCY_TOTAL else "orders_by_key"]
        if row["level"] == PERIOD_ROW:
            rows.append(
                {
                    "period_start": row["period_start"],
                    "period_end": ends[row["period_start"]],
                    "key": row["key"],
                    "label": row["label"],
                    **_sales_figures(row, currency),
                }
            )
        elif row["level"] == DIMENSION_TOTAL:
            labels[row["key"]] = row["label"]
            totals.setdefault((row["key"], currency), {})[row["is_current"]] = row
        elif row["level"] == CURRENCY_TOTAL:
            summary.setdefault(currency, {})[row["is_current"]] = row
    ordered_totals = sorted(
        totals.items(), key=lambda item: (labels[item[0][0]] or "", str(item[0][0]), item[0][1])
    )
    return {
        "interval": interval,
        "dimension": grouping.dimension,
        "window": span(window),
        "previous_window": span(previous),
        "periods": [span(period) for period in spans],
        "rows": rows,
        "totals": [
            _comparison(key, labels[key], currency, pair)
            for (key, currency), pair in ordered_totals
        ],
        "summary": [
            _comparison(None, None, currency, summary[currency]) for currency in sorted(summary)
        ],
    }


SALES_FIGURES = (
    "orders",
    "order_value",
    "quantity",
    "average_deal_size",
    "invoiced_revenue",
    "won",
    "lost",
    "win_rate",
)
SALES_HEADER = (
    "row",
    "period_start",
    "period_end",
    "key",
    "label",
    "currency",
    *SALES_FIGURES,
    "previous_orders",
    "previous_order_value",
    "previous_invoiced_revenue",
    "order_value_change_percent",
    "invoiced_revenue_change_percent",
)


def sales_table(report: dict[str, Any]) -> tuple[Sequence[str], list[list[Any]]]:
    """The report as one table: a row per period (``period``), then per dimension value
    (``total``) and per currency (``all``) over the window beside the previous window's
    figures."""
    table: list[list[Any]] = []
    for row in report["rows"]:
        figures = [row[name] for name in SALES_FIGURES]
        table.append(
            [
                "period",
                row["period_start"],
                row["period_end"],
                row["key"],
                row["label"],
                row["currency"],
                *figures,
                *[None] * 5,
            ]
        )
    window = report["window"]
    for kind, comparisons in (("total", report["totals"]), ("all", report["summary"])):
        for item in comparisons:
            current, previous = item["current"], item["previous"]
            table.append(
                [
                    kind,
                    window["start"],
                    window["end"],
                    item["key"],
                    item["label"],
                    item["currency"],
                    *[current[name] for name in SALES_FIGURES],
                    previous["orders"],
                    previous["order_value"],
                    previous["invoiced_revenue"],
                    item["order_value_change_percent"],
                    item["invoiced_revenue_change_percent"],
                ]
            )
    return SALES_HEADER, table

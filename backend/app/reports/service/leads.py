"""The leads report: the funnel from lead to won deal, by source and status."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.access import Principal
from app.reports.repository import rows_of
from app.reports.repository.leads import BY_KEY, BY_SOURCE, EVERYTHING, STATUSES, funnel_statement
from app.reports.schemas import Dimension, Filters, Grouping
from app.reports.service import TENTH, percent, span

COUNTS = ("captured", *STATUSES, "opportunities", "won", "lost", "open")
RATES = (
    "conversion_rate",
    "win_rate",
    "lead_to_win_rate",
    "median_days_to_convert",
    "median_days_to_win",
)


def _days(value: float | None) -> Decimal | None:
    return None if value is None else Decimal(str(value)).quantize(TENTH)


def _figures(row: dict[str, Any] | None) -> dict[str, Any]:
    row = dict(row or {"key": None, "label": None, "source": None})
    for name in COUNTS:
        row[name] = int(row.get(name) or 0)
    row["open"] = row["opportunities"] - row["won"] - row["lost"]
    row["conversion_rate"] = percent(row["opportunities"], row["captured"])
    row["win_rate"] = percent(row["won"], row["won"] + row["lost"])
    row["lead_to_win_rate"] = percent(row["won"], row["captured"])
    row["median_days_to_convert"] = _days(row.get("median_days_to_convert"))
    row["median_days_to_win"] = _days(row.get("median_days_to_win"))
    return row


async def leads_report(
    session: AsyncSession, principal: Principal, *, grouping: Grouping, filters: Filters
) -> dict[str, Any]:
    stmt = funnel_statement(
        principal, window=grouping.window, dimension=grouping.dimension, filters=filters
    )
    rows, totals, summary = [], [], None
    for row in await rows_of(session, stmt):
        if row["level"] == BY_SOURCE:
            rows.append(_figures(row))
        elif row["level"] == BY_KEY and grouping.dimension is not Dimension.NONE:
            totals.append(_figures(row))
        elif row["level"] == EVERYTHING:
            summary = _figures(row)
    return {
        "dimension": grouping.dimension,
        "window": span(grouping.window),
        "rows": rows,
        "totals": totals,
        "summary": summary or _figures(None),
    }


LEADS_HEADER = ("row", "key", "label", "source", *COUNTS, *RATES)


def leads_table(report: dict[str, Any]) -> tuple[Sequence[str], list[list[Any]]]:
    """One table: a row per value and source, per value (``total``), and ``all``."""
    table = []
    for kind, rows in (
        ("source", report["rows"]),
        ("total", report["totals"]),
        ("all", [report["summary"]]),
    ):
        for row in rows:
            table.append(
                [
                    kind,
                    row["key"],
                    row["label"],
                    row["source"],
                    *(row[name] for name in COUNTS),
                    *(row[name] for name in RATES),
                ]
            )
    return LEADS_HEADER, table

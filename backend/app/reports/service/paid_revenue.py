"""The paid revenue report: money collected against invoices per seller and period,
the base commissions are computed on (paid, not just invoiced: a commission falls due
when the customer pays)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.access import Principal
from app.reports.periods import periods
from app.reports.repository import rows_of
from app.reports.repository.paid_revenue import paid_revenue_statement
from app.reports.schemas import Filters, Grouping
from app.reports.schemas.paid_revenue import PAID_AMOUNTS
from app.reports.service import rounded, span


async def paid_revenue_report(
    session: AsyncSession, principal: Principal, *, grouping: Grouping, filters: Filters
) -> dict[str, Any]:
    rows = await rows_of(
        session,
        paid_revenue_statement(
            principal,
            window=grouping.window,
            interval=grouping.interval,
            dimension=grouping.dimension,
            filters=filters,
        ),
    )
    ends = {period.start: period.end for period in periods(grouping.window, grouping.interval)}
    return {
        "window": span(grouping.window),
        "interval": grouping.interval,
        "dimension": grouping.dimension,
        "periods": [
            rounded(row, PAID_AMOUNTS) | {"period_end": ends[row["period_start"]]}
            for row in rows
            if row["period_start"]
        ],
        "totals": [rounded(row, PAID_AMOUNTS) for row in rows if row["period_start"] is None],
    }


PAID_HEADER = ("period_start", "period_end", "key", "label", "currency", "invoices", *PAID_AMOUNTS)


def paid_revenue_table(report: dict[str, Any]) -> tuple[Sequence[str], list[list[Any]]]:
    rows = [[row[name] for name in PAID_HEADER] for row in report["periods"]]
    rows += [
        [
            None,
            None,
            t["key"],
            t["label"] or "total",
            t["currency"],
            t["invoices"],
            *[t[n] for n in PAID_AMOUNTS],
        ]
        for t in report["totals"]
    ]
    return PAID_HEADER, rows

"""The forecast report: what the pipeline says will close, per period: won, commit,
best case and weighted (decision 0044)."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.access import Principal
from app.core.clock import company_today
from app.core.config import get_settings
from app.reports.repository import rows_of
from app.reports.repository.forecast import forecast_statement
from app.reports.schemas import Filters, Grouping
from app.reports.schemas.forecast import FORECAST_AMOUNTS
from app.reports.service import rounded, span

COUNTS = ("won_deals", "open_deals")
SUMS = ("won", "pipeline", "commit_open", "weighted_open")


def _figures(row: dict[str, Any]) -> dict[str, Any]:
    won = row["won"]
    return rounded(
        {
            "currency": row["currency"],
            "won_deals": row["won_deals"],
            "won": won,
            "open_deals": row["open_deals"],
            "pipeline": row["pipeline"],
            "commit": won + row["commit_open"],
            "best_case": won + row["pipeline"],
            "weighted": won + row["weighted_open"],
        },
        FORECAST_AMOUNTS,
    )


async def forecast_report(
    session: AsyncSession, principal: Principal, *, grouping: Grouping, filters: Filters
) -> dict[str, Any]:
    commit = get_settings().forecast_commit_probability
    stmt = forecast_statement(
        principal,
        window=grouping.window,
        interval=grouping.interval,
        dimension=grouping.dimension,
        filters=filters,
        today=company_today(),
        commit_probability=commit,
    )
    periods: list[dict[str, Any]] = []
    totals: dict[str, dict[str, Any]] = {}
    for row in await rows_of(session, stmt):
        periods.append(
            {
                "period_start": row["period_start"],
                "key": row["key"],
                "label": row["label"],
                **_figures(row),
            }
        )
        total = totals.setdefault(
            row["currency"],
            {
                "currency": row["currency"],
                **dict.fromkeys(COUNTS, 0),
                **dict.fromkeys(SUMS, Decimal(0)),
            },
        )
        for name in (*COUNTS, *SUMS):
            total[name] += row[name]
    return {
        "window": span(grouping.window),
        "commit_probability": commit,
        "periods": periods,
        "totals": [_figures(totals[currency]) for currency in sorted(totals)],
    }


FORECAST_HEADER = (
    "period_start",
    "key",
    "label",
    "currency",
    "won_deals",
    "won",
    "open_deals",
    "pipeline",
    "commit",
    "best_case",
    "weighted",
)


def forecast_table(report: dict[str, Any]) -> tuple[Sequence[str], list[list[Any]]]:
    rows = [[row[name] for name in FORECAST_HEADER] for row in report["periods"]]
    rows += [[None, None, "total", *[t[n] for n in FORECAST_HEADER[3:]]] for t in report["totals"]]
    return FORECAST_HEADER, rows

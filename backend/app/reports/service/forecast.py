"""The forecast report: what the pipeline says will close, per period: won, commit,
best case and weighted (decision 0044)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.access import Principal
from app.core.clock import company_today
from app.core.config import get_settings
from app.core.money import round_amount
from app.reports import smoothing
from app.reports.periods import ONE_DAY, Window, month_start
from app.reports.repository import rows_of
from app.reports.repository.forecast import forecast_statement, monthly_revenue_statement
from app.reports.schemas import Dimension, Filters, Grouping
from app.reports.schemas.forecast import FORECAST_AMOUNTS
from app.reports.service import TENTH, rounded, span

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
    session: AsyncSession,
    principal: Principal,
    *,
    grouping: Grouping,
    filters: Filters,
    today: date | None = None,
) -> dict[str, Any]:
    commit = get_settings().forecast_commit_probability
    stmt = forecast_statement(
        principal,
        window=grouping.window,
        interval=grouping.interval,
        dimension=grouping.dimension,
        filters=filters,
        today=today or company_today(),
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


HISTORY_MONTHS = 36


def _money(value: float, currency: str) -> Decimal:
    return round_amount(Decimal(repr(value)), currency)


async def revenue_forecast(
    session: AsyncSession,
    principal: Principal,
    *,
    dimension: Dimension,
    filters: Filters,
    horizon: int,
    holdout: int,
    today: date | None = None,
) -> dict[str, Any]:
    """Monthly booked revenue forecast per dimension value and currency: fitted to up
    to 36 whole months before this one (from each series' first month with sales;
    months without are zero), forecasting this month and the ``horizon`` - 1 after,
    with a band and the method's error on the last ``holdout`` months. ``today`` moves
    "now" back (a snapshot of what the forecast said then)."""
    this_month = month_start(today or company_today())
    window = Window(month_start(this_month, months_back=HISTORY_MONTHS), this_month - ONE_DAY)
    months = [month_start(window.start, months_back=-n) for n in range(HISTORY_MONTHS)]
    found: dict[tuple[Any, str], dict[str, Any]] = {}
    stmt = monthly_revenue_statement(principal, window=window, dimension=dimension, filters=filters)
    for row in await rows_of(session, stmt):
        series = found.setdefault(
            (row["key"], row["currency"]), {"label": row["label"], "values": {}}
        )
        series["values"][row["month"]] = row["value"]
    answer = []
    for (key, currency), series in found.items():
        first = min(series["values"])
        history = [(m, series["values"].get(m, Decimal(0))) for m in months if m >= first]
        values = [float(v) for _, v in history]
        model = smoothing.fit(values, horizon)
        held = smoothing.held_out_error(values, holdout)
        answer.append(
            {
                "key": key,
                "label": series["label"],
                "currency": currency,
                "method": model.method,
                "history": [{"month": m, "value": round_amount(v, currency)} for m, v in history],
                "forecast": [
                    {
                        "month": month_start(this_month, months_back=-step),
                        "value": _money(max(guess, 0.0), currency),
                        "low": _money(max(guess - model.band(step + 1), 0.0), currency),
                        "high": _money(max(guess + model.band(step + 1), 0.0), currency),
                    }
                    for step, guess in enumerate(model.forecast)
                ],
                "held_out": None
                if held is None
                else {
                    "months": held.months,
                    "mape": None if held.mape is None else Decimal(repr(held.mape)).quantize(TENTH),
                    "rmse": _money(held.rmse, currency),
                },
            }
        )
    answer.sort(key=lambda s: (s["currency"], s["label"] or "", str(s["key"])))
    return {"history": span(window), "series": answer}


REVENUE_HEADER = ("key", "label", "currency", "method", "month", "part", "value", "low", "high")


def revenue_forecast_table(report: dict[str, Any]) -> tuple[Sequence[str], list[list[Any]]]:
    """A row per series and month: its history (``part`` history), then its forecast."""
    rows: list[list[Any]] = []
    for series in report["series"]:
        first = [series["key"], series["label"], series["currency"], series["method"]]
        rows += [[*first, m["month"], "history", m["value"], None, None] for m in series["history"]]
        rows += [
            [*first, m["month"], "forecast", m["value"], m["low"], m["high"]]
            for m in series["forecast"]
        ]
    return REVENUE_HEADER, rows

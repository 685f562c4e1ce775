"""Forecast snapshots and their accuracy (decision 0045): once a month the forecasts are
stored as they stand; afterwards each stored prediction of a whole past month is set
against what happened (booked revenue, or deals won), with its error and whether it
landed inside the predicted range."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.access import Principal
from app.core.clock import company_today
from app.core.jobs import SYSTEM
from app.core.money import round_amount
from app.reports.models import ForecastKind, SnapshotDimension
from app.reports.periods import Interval, Window, month_start
from app.reports.repository import rows_of
from app.reports.repository.forecast import (
    forecast_statement,
    monthly_revenue_statement,
    snapshot_statement,
    store_snapshot_statement,
)
from app.reports.schemas import Dimension, Filters, Grouping
from app.reports.service import TENTH, ZERO, percent, span
from app.reports.service.forecast import forecast_report, revenue_forecast

# A snapshot predicts this month and the five after it.
SNAPSHOT_MONTHS = 6
DIMENSIONS = {
    SnapshotDimension.NONE: Dimension.NONE,
    SnapshotDimension.TERRITORY: Dimension.TERRITORY,
    SnapshotDimension.ENGINEER: Dimension.ENGINEER,
}


def _months_from(first: date) -> Window:
    return Window(first, month_start(first, months_back=-SNAPSHOT_MONTHS) - timedelta(days=1))


async def _revenue_predictions(
    session: AsyncSession, dimension: SnapshotDimension, today: date
) -> list[dict[str, Any]]:
    report = await revenue_forecast(
        session,
        SYSTEM,
        dimension=DIMENSIONS[dimension],
        filters=Filters(),
        horizon=SNAPSHOT_MONTHS,
        holdout=0,
        today=today,
    )
    return [
        {
            "subject_id": series["key"],
            "label": series["label"],
            "currency": series["currency"],
            "method": series["method"],
            "month": month["month"],
            "expected": month["value"],
            "low": month["low"],
            "high": month["high"],
        }
        for series in report["series"]
        for month in series["forecast"]
    ]


async def _pipeline_predictions(
    session: AsyncSession, dimension: SnapshotDimension, today: date
) -> list[dict[str, Any]]:
    grouping = Grouping(_months_from(month_start(today)), Interval.MONTH, DIMENSIONS[dimension])
    report = await forecast_report(
        session, SYSTEM, grouping=grouping, filters=Filters(), today=today
    )
    return [
        {
            "subject_id": row["key"],
            "label": row["label"],
            "currency": row["currency"],
            "method": None,
            "month": row["period_start"],
            "expected": row["weighted"],
            "low": row["commit"],
            "high": row["best_case"],
        }
        for row in report["periods"]
    ]


async def take_snapshot(
    session: AsyncSession,
    *,
    today: date | None = None,
    kinds: Iterable[ForecastKind] = tuple(ForecastKind),
) -> int:
    """Store this month's forecasts, company-wide, per territory, per engineer and in
    all; answer how many predictions were new (a month's snapshot is taken once: taking
    it again stores nothing). ``today`` in the past backfills a revenue snapshot as the
    forecast would have been then (the pipeline's past state is not kept: only now)."""
    today = today or company_today()
    taken_on = month_start(today)
    predict = {
        ForecastKind.REVENUE: _revenue_predictions,
        ForecastKind.PIPELINE: _pipeline_predictions,
    }
    rows: list[dict[str, Any]] = []
    for kind in kinds:
        for dimension in SnapshotDimension:
            for row in await predict[kind](session, dimension, today):
                rows.append({"taken_on": taken_on, "kind": kind, "dimension": dimension, **row})
    if not rows:
        return 0
    result = await session.execute(store_snapshot_statement(rows))
    return int(getattr(result, "rowcount", 0) or 0)


def _actual_statement(
    principal: Principal,
    kind: ForecastKind,
    dimension: SnapshotDimension,
    window: Window,
    filters: Filters,
) -> Any:
    if kind is ForecastKind.REVENUE:
        return monthly_revenue_statement(
            principal, window=window, dimension=DIMENSIONS[dimension], filters=filters
        )
    return forecast_statement(
        principal,
        window=window,
        interval=Interval.MONTH,
        dimension=DIMENSIONS[dimension],
        filters=filters,
        today=company_today(),
        commit_probability=100,
    )


async def forecast_accuracy(
    session: AsyncSession,
    principal: Principal,
    *,
    kind: ForecastKind,
    dimension: SnapshotDimension,
    window: Window,
    lead: int,
    filters: Filters,
) -> dict[str, Any]:
    """Each stored prediction (made ``lead`` months ahead) of a whole month in the window
    beside its actual, in two statements: the caller's predictions and the caller's
    actuals (a series is only shown to those who see all of its documents)."""
    last_whole = month_start(company_today()) - timedelta(days=1)
    months = Window(month_start(window.start), min(window.end, last_whole))
    if months.end < months.start:
        return {"kind": kind.value, "lead": lead, "window": span(months), "rows": [], "series": []}
    predictions = await rows_of(
        session,
        snapshot_statement(
            principal, kind=kind, dimension=dimension, window=months, lead=lead, filters=filters
        ),
    )
    actuals: dict[tuple[Any, str, date], Decimal] = {}
    for row in await rows_of(
        session, _actual_statement(principal, kind, dimension, months, filters)
    ):
        month = row["month"] if kind is ForecastKind.REVENUE else row["period_start"]
        value = row["value"] if kind is ForecastKind.REVENUE else row["won"]
        actuals[(row["key"], row["currency"], month)] = value
    rows: list[dict[str, Any]] = []
    series: dict[tuple[Any, str], dict[str, Any]] = {}
    for found in predictions:
        currency = found["currency"]
        actual = round_amount(actuals.get((found["key"], currency, found["month"]), ZERO), currency)
        low, high = found["low"], found["high"]
        error = actual - found["expected"]
        row = {
            **found,
            "forecast": round_amount(found["expected"], currency),
            "low": round_amount(low, currency),
            "high": round_amount(high, currency),
            "actual": actual,
            "error": round_amount(error, currency),
            "error_percent": percent(error, actual),
            "within": low <= actual <= high,
        }
        rows.append(row)
        summary = series.setdefault(
            (found["key"], currency),
            {
                "key": found["key"],
                "label": found["label"],
                "currency": currency,
                "months": 0,
                "within": 0,
                "forecast": ZERO,
                "actual": ZERO,
                "misses": [],
            },
        )
        summary["months"] += 1
        summary["within"] += row["within"]
        summary["forecast"] += found["expected"]
        summary["actual"] += actual
        if actual:
            summary["misses"].append(abs(error) * 100 / actual)
    return {
        "kind": kind.value,
        "lead": lead,
        "window": span(months),
        "rows": rows,
        "series": [
            {
                "key": s["key"],
                "label": s["label"],
                "currency": s["currency"],
                "months": s["months"],
                "within": s["within"],
                "mape": (sum(s["misses"]) / len(s["misses"])).quantize(
                    TENTH, rounding=ROUND_HALF_UP
                )
                if s["misses"]
                else None,
                "bias_percent": percent(s["forecast"] - s["actual"], s["actual"]),
            }
            for s in series.values()
        ],
    }


ACCURACY_HEADER = (
    "month",
    "taken_on",
    "key",
    "label",
    "currency",
    "method",
    "forecast",
    "low",
    "high",
    "actual",
    "error",
    "error_percent",
    "within",
)


def accuracy_table(report: dict[str, Any]) -> tuple[tuple[str, ...], list[list[Any]]]:
    return ACCURACY_HEADER, [[row[name] for name in ACCURACY_HEADER] for row in report["rows"]]

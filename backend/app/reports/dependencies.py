"""The reports' query parameters: the window, its periods, the dimension and the filters
every report shares, parsed and checked once (a bad one is a 422 naming it)."""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Annotated

from fastapi import Depends, Query

from app.core.clock import company_today
from app.core.errors import UnprocessableEntity, field_error
from app.core.schemas import MAX_YEAR, MIN_YEAR, IsoDate
from app.reports.periods import (
    MAX_DAYS,
    MAX_PERIODS,
    Interval,
    Window,
    month_start,
    period_count,
)
from app.reports.schemas import Dimension, Filters, Grouping


def _refuse(field: str, message: str) -> UnprocessableEntity:
    return UnprocessableEntity(message, errors=[field_error(field, message, where="query")])


def _window(start: IsoDate | None, end: IsoDate | None) -> Window:
    for name, day in (("from", start), ("to", end)):
        if day is not None and not MIN_YEAR <= day.year <= MAX_YEAR:
            raise _refuse(name, f"must be between the years {MIN_YEAR} and {MAX_YEAR}")
    last = end or company_today()
    if start is None:
        # Twelve months: this month so far and the eleven before it.
        start = month_start(last, months_back=11)
    window = Window(start, last)
    if window.end < window.start:
        raise _refuse("to", "must be on or after from")
    if window.days > MAX_DAYS:
        raise _refuse("from", f"the window may cover at most {MAX_DAYS} days")
    return window


async def report_window(
    start: IsoDate | None = Query(
        None,
        alias="from",
        description="First day (YYYY-MM-DD, company time). Default: the first day of the "
        "month eleven months before `to`'s",
    ),
    end: IsoDate | None = Query(
        None, alias="to", description="Last day, included (default: today, company time)"
    ),
) -> Window:
    return _window(start, end)


ReportWindow = Annotated[Window, Depends(report_window)]


async def month_to_date(
    start: IsoDate | None = Query(
        None, alias="from", description="First day (default: the first day of `to`'s month)"
    ),
    end: IsoDate | None = Query(
        None, alias="to", description="Last day, included (default: today, company time)"
    ),
) -> Window:
    last = end or company_today()
    return _window(start or month_start(last), last)


MonthToDate = Annotated[Window, Depends(month_to_date)]


async def report_grouping(
    window: ReportWindow,
    interval: Interval = Query(
        Interval.MONTH, description="The periods: day, week (ISO, from Monday), month, quarter"
    ),
    dimension: Dimension = Query(
        Dimension.NONE,
        description="Split each period by territory, engineer (the seller) or product group",
    ),
) -> Grouping:
    if period_count(window, interval) > MAX_PERIODS:
        raise _refuse(
            "interval",
            f"from {window.start} to {window.end} holds more than {MAX_PERIODS} periods of a "
            f"{interval.value}: choose a longer interval or a shorter window",
        )
    return Grouping(window, interval, dimension)


ReportGrouping = Annotated[Grouping, Depends(report_grouping)]


async def forecast_grouping(
    start: IsoDate | None = Query(
        None, alias="from", description="First day (default: the first day of this month)"
    ),
    end: IsoDate | None = Query(
        None,
        alias="to",
        description="Last day, included (default: the last day of the fifth month after "
        "`from`'s: six months)",
    ),
    interval: Interval = Query(Interval.MONTH, description="The periods: month or quarter"),
    dimension: Dimension = Query(
        Dimension.NONE, description="Split each period by territory or engineer (the owner)"
    ),
) -> Grouping:
    """A forward window (this month and the five after, by default) for the forecast."""
    first = start or month_start(company_today())
    if end is None and first.year < MAX_YEAR:
        end = month_start(first, months_back=-6) - timedelta(days=1)
    window = _window(first, end)
    if interval not in (Interval.MONTH, Interval.QUARTER):
        raise _refuse("interval", "a forecast is by month or by quarter")
    return Grouping(window, interval, _forecast_split(dimension))


ForecastGrouping = Annotated[Grouping, Depends(forecast_grouping)]


def _forecast_split(dimension: Dimension) -> Dimension:
    if dimension not in (Dimension.NONE, Dimension.TERRITORY, Dimension.ENGINEER):
        raise _refuse("dimension", "a forecast splits by territory or engineer, or not at all")
    return dimension


async def revenue_forecast_split(
    dimension: Dimension = Query(
        Dimension.TERRITORY, description="One series per territory, engineer, or none"
    ),
) -> Dimension:
    return _forecast_split(dimension)


RevenueForecastSplit = Annotated[Dimension, Depends(revenue_forecast_split)]


async def report_split(
    window: ReportWindow,
    dimension: Dimension = Query(
        Dimension.NONE, description="Split the figures by territory or engineer (the owner)"
    ),
) -> Grouping:
    """A window split by a dimension, for reports without periods."""
    return Grouping(window, Interval.MONTH, dimension)


ReportSplit = Annotated[Grouping, Depends(report_split)]


async def report_filters(
    territory_id: uuid.UUID | None = Query(None, description="Only this territory's records"),
    team_id: uuid.UUID | None = Query(
        None, description="Only records of this team's members (its current members)"
    ),
    engineer_id: uuid.UUID | None = Query(
        None, description="Only this person's records (the seller, the owner)"
    ),
    segment: str | None = Query(
        None, min_length=1, max_length=80, description="Only customers tagged so (exactly)"
    ),
    product_group_id: uuid.UUID | None = Query(
        None, description="Only lines of this product group's products"
    ),
) -> Filters:
    return Filters(territory_id, team_id, engineer_id, segment, product_group_id)


ReportFilters = Annotated[Filters, Depends(report_filters)]


def applicable(
    filters: Filters,
    *names: str,
    grouping: Grouping | None = None,
    dimensions: tuple[Dimension, ...] = tuple(Dimension),
) -> None:
    """Refuse (422, naming it) a filter or a dimension the report has nothing to apply
    it to (inventory has no seller; deals have no product group ...)."""
    for name in ("territory_id", "team_id", "engineer_id", "segment", "product_group_id"):
        if getattr(filters, name) is not None and name not in names:
            raise _refuse(name, "does not apply to this report")
    if grouping is not None and grouping.dimension not in dimensions:
        choices = ", ".join(d.value for d in dimensions)
        raise _refuse("dimension", f"this report is split by {choices}")

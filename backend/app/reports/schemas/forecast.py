"""The forecast report's answer."""

from __future__ import annotations

import uuid
from datetime import date

from pydantic import BaseModel, Field

from app.core.money import Amount
from app.core.schemas import CurrencyAmounts, OutputModel
from app.reports.schemas import Figure, Span

FORECAST_AMOUNTS = ("won", "pipeline", "commit", "best_case", "weighted")


class ForecastFigures(CurrencyAmounts):
    amount_fields = FORECAST_AMOUNTS

    currency: str
    won_deals: int = Field(description="Deals won in the period")
    won: Amount = Field(description="Their amounts: closed, certain")
    open_deals: int = Field(description="Open deals expected to close in the period")
    pipeline: Amount = Field(description="The open deals' amounts")
    commit: Amount = Field(
        description="Won, plus open deals at least `commit_probability` likely to close"
    )
    best_case: Amount = Field(description="Won, plus every open deal")
    weighted: Amount = Field(description="Won, plus each open deal's amount x its probability")


class ForecastRow(ForecastFigures):
    period_start: date = Field(description="The period's first day within the window")
    key: uuid.UUID | None = Field(description="The territory's or engineer's id (dimension)")
    label: str | None


class ForecastReport(OutputModel):
    window: Span
    commit_probability: int = Field(description="Open deals this likely or more are commit")
    periods: list[ForecastRow] = Field(
        description="Per period (by expected close date; an overdue deal counts today), "
        "dimension value and currency"
    )
    totals: list[ForecastFigures] = Field(description="Per currency, over the window")


class RevenueMonth(BaseModel):
    month: date
    value: Amount = Field(description="Booked order value (taxable) that month")


class ForecastMonth(BaseModel):
    month: date
    value: Amount = Field(description="The forecast")
    low: Amount = Field(description="The ~95 % band's lower edge (never below zero)")
    high: Amount = Field(description="The band's upper edge")


class HeldOutError(BaseModel):
    months: int = Field(description="The last months of the history held out")
    mape: Figure | None = Field(
        description="Mean absolute percentage error on them, percent (months with sales)"
    )
    rmse: Amount = Field(description="Root mean squared error on them")


class RevenueSeries(OutputModel):
    key: uuid.UUID | None = Field(description="The territory's or engineer's id (dimension)")
    label: str | None
    currency: str
    method: str = Field(
        description="holt_winters (trend and yearly season: two years of history or "
        "more), holt (trend: four months or more) or mean"
    )
    history: list[RevenueMonth]
    forecast: list[ForecastMonth]
    held_out: HeldOutError | None = Field(
        description="How the same method did on the last months when fitted without "
        "them (null with too short a history)"
    )


class RevenueForecastReport(OutputModel):
    history: Span = Field(description="The months fitted: up to 36 whole months before now")
    series: list[RevenueSeries] = Field(description="Per dimension value and currency")


class AccuracyRow(OutputModel):
    key: uuid.UUID | None = Field(description="The territory's or engineer's id (dimension)")
    label: str | None
    currency: str
    month: date = Field(description="The month predicted (a whole month, past)")
    taken_on: date = Field(description="The month whose snapshot made the prediction")
    method: str | None = Field(description="Revenue: the fitted method")
    forecast: Amount = Field(description="Revenue: the forecast; pipeline: the weighted one")
    low: Amount = Field(description="Revenue: the band's lower edge; pipeline: commit")
    high: Amount = Field(description="Revenue: the band's upper edge; pipeline: best case")
    actual: Amount = Field(description="Revenue: booked that month; pipeline: won that month")
    error: Amount = Field(description="Actual minus forecast (negative: over-forecast)")
    error_percent: Figure | None = Field(description="The error as a percent of the actual")
    within: bool = Field(description="Whether the actual fell between low and high")


class AccuracySeries(OutputModel):
    key: uuid.UUID | None
    label: str | None
    currency: str
    months: int = Field(description="Months compared")
    mape: Figure | None = Field(
        description="Mean absolute percentage error over the months with an actual"
    )
    bias_percent: Figure | None = Field(
        description="Total forecast over total actual, minus 100 (positive: over-forecast)"
    )
    within: int = Field(description="Months whose actual fell between low and high")


class ForecastAccuracyReport(OutputModel):
    kind: str = Field(description="revenue or pipeline")
    lead: int = Field(description="Months between the snapshot and the month it predicted")
    window: Span = Field(description="The whole months compared")
    rows: list[AccuracyRow]
    series: list[AccuracySeries] = Field(description="Per dimension value and currency")

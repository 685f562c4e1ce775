"""The forecast report's answer."""

from __future__ import annotations

import uuid
from datetime import date

from pydantic import Field

from app.core.money import Amount
from app.core.schemas import CurrencyAmounts, OutputModel
from app.reports.schemas import Span

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

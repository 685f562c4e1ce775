"""The receivables report's answer."""

from __future__ import annotations

import uuid
from datetime import date

from pydantic import Field

from app.core.money import Amount
from app.core.schemas import CurrencyAmounts, OutputModel
from app.reports.periods import Interval
from app.reports.schemas import Dimension, Figure, Span

AGING_AMOUNTS = (
    "current",
    "days_1_30",
    "days_31_60",
    "days_61_90",
    "over_90",
    "overdue_total",
    "total_open",
)
PLAN_AMOUNTS = ("planned", "invoiced", "collected", "outstanding", "due_uncollected")


class AgingFigures(CurrencyAmounts):
    """Open amounts of issued invoices in one currency, by days past due."""

    amount_fields = AGING_AMOUNTS

    key: uuid.UUID | None = Field(description="The territory or seller; null: none")
    label: str | None
    currency: str
    invoices: int = Field(description="Invoices with money open")
    current: Amount = Field(description="Not yet due")
    days_1_30: Amount
    days_31_60: Amount
    days_61_90: Amount
    over_90: Amount
    overdue_total: Amount
    total_open: Amount


class PlanFigures(CurrencyAmounts):
    """Milestones of booked orders in one currency: planned, and so far invoiced and
    collected."""

    amount_fields = PLAN_AMOUNTS

    period_start: date | None = Field(
        description="The period their plan day falls in; null: no plan day yet (an order "
        "dated in the window not yet delivered, or a milestone on installation)"
    )
    period_end: date | None
    key: uuid.UUID | None
    label: str | None
    currency: str
    milestones: int
    planned: Amount
    invoiced: Amount
    collected: Amount
    outstanding: Amount = Field(description="planned - collected")
    due_uncollected: Amount = Field(
        description="Of what fell due by the as-of day, what is not collected"
    )
    collection_rate: Figure | None = Field(
        description="collected / planned in percent, one decimal (null when nothing planned)"
    )


class ReceivablesReport(OutputModel):
    as_of: date = Field(description="The window's last day: aging is as of it")
    interval: Interval
    dimension: Dimension
    window: Span
    periods: list[Span]
    aging: list[AgingFigures] = Field(description="Largest total open first")
    aging_totals: list[AgingFigures] = Field(description="Per currency (key and label null)")
    plan: list[PlanFigures] = Field(description="By period (undated last), label, currency")
    plan_totals: list[PlanFigures] = Field(description="Per currency over the whole window")

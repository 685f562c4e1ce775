"""The paid revenue report's answer."""

from __future__ import annotations

import uuid
from datetime import date

from pydantic import Field

from app.core.money import Amount
from app.core.schemas import CurrencyAmounts, OutputModel
from app.reports.periods import Interval
from app.reports.schemas import Dimension, Span

PAID_AMOUNTS = ("collected", "collected_net")


class PaidFigures(CurrencyAmounts):
    amount_fields = PAID_AMOUNTS

    key: uuid.UUID | None = Field(description="The seller or territory (dimension); null: all")
    label: str | None
    currency: str
    invoices: int = Field(description="Invoices money was applied to")
    collected: Amount = Field(description="Money applied to them, tax included")
    collected_net: Amount = Field(
        description="Its untaxed part (each invoice's taxable share of its total): what "
        "commissions are usually paid on"
    )


class PaidRow(PaidFigures):
    period_start: date = Field(description="The period's first day within the window")
    period_end: date = Field(description="Its last day within the window")


class PaidRevenueReport(OutputModel):
    window: Span
    interval: Interval
    dimension: Dimension
    periods: list[PaidRow] = Field(description="Per period, dimension value and currency")
    totals: list[PaidFigures] = Field(
        description="Per dimension value and currency over the window: the commission base"
    )

"""The sales report's answer."""

from __future__ import annotations

import uuid
from datetime import date

from pydantic import BaseModel, Field

from app.core.money import Amount
from app.core.schemas import CurrencyAmounts, OutputModel
from app.reports.periods import Interval
from app.reports.schemas import Dimension, Figure, Span

# --- sales ---------------------------------------------------------------------------

SALES_AMOUNTS = ("order_value", "average_deal_size", "invoiced_revenue")


class SalesFigures(CurrencyAmounts):
    """One currency's sales: what was ordered (orders confirmed and after, by order
    date), what was invoiced (issued invoices less credit notes, by document date) and
    the deals closed (by the day they were won or lost)."""

    amount_fields = SALES_AMOUNTS

    currency: str
    orders: int = Field(description="Orders booked (with a product group: orders with its lines)")
    order_value: Amount = Field(description="Their lines' taxable amounts: after discount, no tax")
    quantity: Figure = Field(description="Their lines' quantities, whatever the unit")
    average_deal_size: Amount | None = Field(
        description="order_value / orders (null without orders)"
    )
    invoiced_revenue: Amount = Field(
        description="Taxable amounts of issued invoices less credit notes"
    )
    won: int = Field(description="Deals won")
    lost: int = Field(description="Deals lost")
    win_rate: Figure | None = Field(
        description="won / (won + lost) in percent, one decimal (null when none closed; "
        "deals have no product group: null by or for a product group)"
    )


class SalesRow(SalesFigures):
    """One period of one dimension value in one currency (only those with figures)."""

    period_start: date
    period_end: date
    key: uuid.UUID | None = Field(description="The territory, seller or product group; null: none")
    label: str | None = Field(description="Its name (null when the key is)")


class SalesComparison(BaseModel):
    """A dimension value's (or, in ``summary``, everyone's) figures in one currency over
    the window and the previous window."""

    key: uuid.UUID | None
    label: str | None
    currency: str
    current: SalesFigures
    previous: SalesFigures
    order_value_change_percent: Figure | None = Field(
        description="(current - previous) / previous in percent, one decimal; null when "
        "the previous is 0"
    )
    invoiced_revenue_change_percent: Figure | None


class SalesReport(OutputModel):
    interval: Interval
    dimension: Dimension
    window: Span
    previous_window: Span = Field(
        description="Just before, as long: the same number of whole months when the window "
        "is whole months, the same days of the month before for a month to date, else as "
        "many days"
    )
    periods: list[Span] = Field(description="The window's periods, clipped to it")
    rows: list[SalesRow] = Field(description="By period, then label, then currency")
    totals: list[SalesComparison] = Field(
        description="Per dimension value and currency, against the previous window "
        "(empty when the dimension is none)"
    )
    summary: list[SalesComparison] = Field(description="Per currency, everything together")

from __future__ import annotations

import uuid
from datetime import date

from pydantic import Field

from app.core.money import Amount
from app.core.schemas import CurrencyAmounts, OutputModel

AGING_AMOUNTS = (
    "current",
    "days_1_30",
    "days_31_60",
    "days_61_90",
    "over_90",
    "overdue_total",
    "total_open",
    "unallocated_credit",
    "net_balance",
)


class AgingRow(CurrencyAmounts):
    """One customer's open invoices in one currency, by days past their due date."""

    amount_fields = AGING_AMOUNTS

    customer_id: uuid.UUID
    customer_name: str | None = Field(default=None, description="Empty when not visible")
    currency: str
    current: Amount = Field(description="Not yet due (due on or after the as-of date)")
    days_1_30: Amount
    days_31_60: Amount
    days_61_90: Amount
    over_90: Amount
    overdue_total: Amount
    total_open: Amount
    unallocated_credit: Amount = Field(description="Payments not yet allocated")
    net_balance: Amount = Field(description="total_open less unallocated_credit")


class AgingCurrencyTotal(CurrencyAmounts):
    amount_fields = AGING_AMOUNTS

    currency: str
    current: Amount
    days_1_30: Amount
    days_31_60: Amount
    days_61_90: Amount
    over_90: Amount
    overdue_total: Amount
    total_open: Amount
    unallocated_credit: Amount
    net_balance: Amount


class AgingReport(OutputModel):
    as_of: date
    rows: list[AgingRow] = Field(description="Per customer and currency, largest total first")
    totals: list[AgingCurrencyTotal] = Field(description="The rows added up per currency")


class CustomerReceivables(CurrencyAmounts):
    amount_fields = ("credit_limit", "open_exposure")

    customer_id: uuid.UUID
    as_of: date
    currency: str = Field(description="The customer's: its credit limit's and exposure's")
    credit_limit: Amount
    open_exposure: Amount = Field(
        description="Open issued invoices less unallocated payments, today (what the "
        "credit check at order confirmation compares with the limit)"
    )
    by_currency: list[AgingRow]

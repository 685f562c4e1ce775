"""The customers report's answer."""

from __future__ import annotations

import uuid
from datetime import date

from pydantic import Field

from app.core.money import Amount
from app.core.schemas import CurrencyAmounts, OutputModel
from app.reports.schemas import Span

BUYER_AMOUNTS = ("order_value", "new_order_value", "returning_order_value")


class BuyerFigures(CurrencyAmounts):
    """Customers who bought in the window (booked orders), in one currency."""

    amount_fields = BUYER_AMOUNTS

    currency: str
    tag: str | None = Field(default=None, description="The segment (segments only; null: none)")
    customers: int
    new_customers: int = Field(description="Whose first booked order ever is in the window")
    returning_customers: int = Field(description="Who had booked orders before the window")
    orders: int
    order_value: Amount = Field(description="Taxable total of their orders in the window")
    new_order_value: Amount
    returning_order_value: Amount


class TopCustomer(CurrencyAmounts):
    amount_fields = ("order_value",)

    rank: int
    customer_id: uuid.UUID
    customer_name: str | None = Field(description="Null when the caller may not see it")
    currency: str
    orders: int
    order_value: Amount
    first_order_day: date = Field(description="Their first booked order ever")
    is_new: bool


class CustomersReport(OutputModel):
    window: Span
    summary: list[BuyerFigures] = Field(description="Per currency")
    top: list[TopCustomer] = Field(description="Per currency, by order value")
    segments: list[BuyerFigures] = Field(description="Per segment tag and currency")

"""The order history report's answer."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from pydantic import Field

from app.core.money import Amount
from app.core.schemas import CurrencyAmounts, OutputModel
from app.reports.schemas import Figure, Span

HISTORY_AMOUNTS = ("taxable_total", "grand_total", "invoiced", "collected")


class OrderHistoryItem(CurrencyAmounts):
    amount_fields = HISTORY_AMOUNTS

    order_id: uuid.UUID
    number: str
    order_date: date
    status: str
    customer_id: uuid.UUID
    customer_name: str | None = Field(description="Null when the caller may not see it")
    seller_id: uuid.UUID
    seller_name: str | None
    territory_id: uuid.UUID | None
    territory_name: str | None
    currency: str
    taxable_total: Amount
    grand_total: Amount
    invoiced: Amount = Field(description="Invoiced on its milestones so far")
    collected: Amount = Field(description="Collected on its milestones so far")
    delivered_percent: Figure | None = Field(
        description="Quantities delivered of quantities ordered, percent (one decimal)"
    )
    created_at: datetime
    confirmed_at: datetime | None
    delivered_at: datetime | None
    closed_at: datetime | None
    cancelled_at: datetime | None
    days_to_confirm: Figure | None = Field(description="From made to confirmed, one decimal")
    days_to_deliver: Figure | None = Field(description="From confirmed to delivered in full")


class OrderHistoryReport(OutputModel):
    window: Span
    items: list[OrderHistoryItem] = Field(description="Newest order date first")
    next_cursor: str | None = Field(description="The next page's `cursor`; null on the last")

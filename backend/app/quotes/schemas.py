from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Self

from pydantic import Field, model_validator

from app.core.money import (
    MAX_QUANTITY,
    MAX_UNIT_PRICE,
    Amount,
    CurrencyCode,
    Percent,
    Quantity,
    UnitPrice,
)
from app.core.schemas import (
    CreateModel,
    CurrencyAmounts,
    EntityRead,
    InputModel,
    IsoDate,
    OutputModel,
)
from app.core.tax import TaxComponentName
from app.quotes.models import QuoteStatus

MAX_LINES = 200


class Location(InputModel):
    """Where the engineer's phone was (WGS 84), with its accuracy in metres."""

    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)
    accuracy_m: float | None = Field(default=None, ge=0, le=100_000)


class QuoteLineIn(InputModel):
    product_id: uuid.UUID
    description: str | None = Field(
        default=None, min_length=1, max_length=2000, description="Default: the product's name"
    )
    quantity: Quantity = Field(le=MAX_QUANTITY, description="At most 1,000,000,000")
    unit_price: UnitPrice | None = Field(
        default=None,
        ge=Decimal(0),
        le=MAX_UNIT_PRICE,
        description="Default: the price list's price for the customer, quantity and quote "
        "date (GET /prices); sent, it overrides that price",
    )
    discount_percent: Percent = Decimal(0)
    is_optional: bool = Field(
        default=False, description="Offered, counted in the totals only when chosen on accept"
    )


class QuoteCreate(CreateModel):
    customer_id: uuid.UUID
    owner_id: uuid.UUID | None = Field(
        default=None,
        description="Default: the caller. Someone else only within the caller's reach (a "
        "head's team; anyone for an admin); an API key, owning nothing, names the owner",
    )
    contact_id: uuid.UUID | None = None
    opportunity_id: uuid.UUID | None = Field(default=None, description="A deal of the customer")
    currency: CurrencyCode | None = Field(default=None, description="Default: the customer's")
    quote_date: IsoDate | None = Field(default=None, description="Default: today, company time")
    valid_until: IsoDate | None = Field(default=None, description="Default: 30 days on")
    terms: str | None = Field(default=None, max_length=10_000)
    notes: str | None = Field(default=None, max_length=10_000)
    lines: list[QuoteLineIn] = Field(default_factory=list, max_length=MAX_LINES)
    location: Location | None = Field(default=None, description="The phone's, on creating")

    @model_validator(mode="after")
    def _validity(self) -> Self:
        if self.quote_date and self.valid_until and self.valid_until < self.quote_date:
            raise ValueError("valid_until is before quote_date")
        return self


class QuoteUpdate(InputModel):
    """Any change to an approved, pending or sent quote sends it back to draft (it must
    be submitted, and approved if needed, again). ``lines`` replaces every line."""

    contact_id: uuid.UUID | None = None
    opportunity_id: uuid.UUID | None = None
    valid_until: IsoDate | None = None
    terms: str | None = Field(default=None, max_length=10_000)
    notes: str | None = Field(default=None, max_length=10_000)
    lines: list[QuoteLineIn] | None = Field(default=None, max_length=MAX_LINES)


class ApprovalDecision(InputModel):
    comment: str | None = Field(default=None, max_length=1000)


class QuoteAccept(InputModel):
    chosen_optional_line_ids: list[uuid.UUID] = Field(
        default_factory=list, max_length=MAX_LINES, description="Optional lines the customer took"
    )
    location: Location | None = None


class QuoteReject(InputModel):
    reason: str | None = Field(default=None, max_length=1000)


class TaxComponentAmount(OutputModel):
    """A document's tax per component; the amount at the currency's minor unit."""

    name: TaxComponentName
    amount: str


class LineTaxComponent(OutputModel):
    name: TaxComponentName
    rate: str = Field(description="Percent")
    amount: str


class TaxBreakdownRow(OutputModel):
    """One row of the tax table: per component and rate."""

    name: TaxComponentName
    rate: str
    taxable_amount: str
    amount: str


class QuoteLineRead(CurrencyAmounts, EntityRead):
    amount_fields = (
        "gross_amount",
        "discount_amount",
        "taxable_amount",
        "tax_amount",
        "line_total",
    )

    quote_id: uuid.UUID
    position: int
    product_id: uuid.UUID
    description: str
    quantity: Quantity
    unit: str
    unit_price: UnitPrice
    price_source: str = Field(description="price list rule that gave it, or manual")
    discount_percent: Percent
    tax_category_id: uuid.UUID
    tax_rate: Percent
    tax_treatment: str
    is_optional: bool
    is_selected: bool
    currency: str
    gross_amount: Amount
    discount_amount: Amount
    taxable_amount: Amount
    tax_amount: Amount
    line_total: Amount
    tax_components: list[LineTaxComponent]


class QuoteSummaryRead(CurrencyAmounts, EntityRead):
    """A quote in a list (without its lines)."""

    amount_fields = ("subtotal", "discount_total", "taxable_total", "tax_total", "grand_total")

    number: str
    revision: int
    display_number: str
    is_current: bool
    revised_from_id: uuid.UUID | None
    customer_id: uuid.UUID
    customer_name: str | None = Field(
        default=None, description="Empty when the caller may not see the customer"
    )
    contact_id: uuid.UUID | None
    opportunity_id: uuid.UUID | None
    owner_id: uuid.UUID
    territory_id: uuid.UUID | None
    status: QuoteStatus
    currency: str
    quote_date: date
    valid_until: date
    place_of_supply: str | None
    supply: str
    subtotal: Amount
    discount_total: Amount
    taxable_total: Amount
    tax_total: Amount
    grand_total: Amount
    tax_components: list[TaxComponentAmount]
    max_discount_percent: Percent
    needs_approval: bool
    submitted_at: datetime | None
    approved_at: datetime | None
    approved_by_id: uuid.UUID | None
    approval_comment: str | None
    sent_at: datetime | None
    accepted_at: datetime | None
    rejected_at: datetime | None
    sales_order_id: uuid.UUID | None = Field(
        description="The sales order its acceptance made (with the chosen optional lines)"
    )


class QuoteRead(QuoteSummaryRead):
    """A quote with its lines, tax table and the locations recorded."""

    terms: str | None
    notes: str | None
    tax_breakdown: list[TaxBreakdownRow]
    accepted_by_id: uuid.UUID | None
    rejection_reason: str | None
    created_lat: float | None
    created_lon: float | None
    created_accuracy_m: float | None
    accepted_lat: float | None
    accepted_lon: float | None
    accepted_accuracy_m: float | None
    lines: list[QuoteLineRead]

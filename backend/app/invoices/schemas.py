from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Self

from pydantic import Field, model_validator

from app.core.money import Amount, CurrencyCode, Percent, Quantity, UnitPrice
from app.core.schemas import (
    CreateModel,
    CurrencyAmounts,
    EntityRead,
    InputModel,
    IsoDate,
    OutputModel,
)
from app.invoices.models import InvoiceKind, InvoiceStatus
from app.quotes.schemas import LineTaxComponent, TaxBreakdownRow, TaxComponentAmount

MAX_LINES = 200
MAX_TERMS_DAYS = 365
# A document's date: within sane years (a due date is computed from it).
EARLIEST, LATEST = date(2000, 1, 1), date(2199, 12, 31)


class InvoiceLineIn(InputModel):
    product_id: uuid.UUID
    description: str | None = Field(
        default=None, min_length=1, max_length=2000, description="Default: the product's name"
    )
    quantity: Quantity
    unit_price: UnitPrice = Field(ge=Decimal(0))
    discount_percent: Percent = Decimal(0)


class InvoiceCreate(CreateModel):
    """A direct invoice (a service invoice, a correction): a draft, numbered on issue."""

    customer_id: uuid.UUID
    currency: CurrencyCode | None = Field(default=None, description="Default: the customer's")
    invoice_date: IsoDate | None = Field(
        default=None,
        ge=EARLIEST,
        le=LATEST,
        description="Provisional: issuing dates the invoice (default today)",
    )
    payment_terms_days: int | None = Field(
        default=None, ge=0, le=MAX_TERMS_DAYS, description="Default: the customer's payment terms"
    )
    notes: str | None = Field(default=None, max_length=10_000)
    lines: list[InvoiceLineIn] = Field(min_length=1, max_length=MAX_LINES)


class InvoiceIssue(InputModel):
    invoice_date: IsoDate | None = Field(
        default=None,
        ge=EARLIEST,
        le=LATEST,
        description="The invoice's date (default today); the due date is this plus the "
        "payment terms, and the number is of this date's fiscal year",
    )


class CreditLineIn(InputModel):
    invoice_line_id: uuid.UUID
    quantity: Quantity


class CreditNoteCreate(CreateModel):
    """Exactly one way: `full` (every line's quantity not yet credited), `lines` (chosen
    lines and quantities, their GST reversed) or `amount` (a commercial credit, no GST)."""

    full: bool = False
    lines: list[CreditLineIn] | None = Field(default=None, min_length=1, max_length=MAX_LINES)
    amount: Amount | None = Field(default=None, gt=Decimal(0))
    reason: str = Field(min_length=1, max_length=1000)
    credit_date: IsoDate | None = Field(
        default=None, ge=EARLIEST, le=LATEST, description="Default: today"
    )

    @model_validator(mode="after")
    def _one_way(self) -> Self:
        ways = [self.full, self.lines is not None, self.amount is not None]
        if sum(ways) != 1:
            raise ValueError("send exactly one of full, lines or amount")
        return self


class BillingAddress(OutputModel):
    line1: str
    line2: str | None = None
    city: str
    state: str | None = None
    state_code: str | None = None
    postal_code: str | None = None
    country: str


class InvoiceLineRead(CurrencyAmounts, EntityRead):
    amount_fields = (
        "gross_amount",
        "discount_amount",
        "taxable_amount",
        "tax_amount",
        "line_total",
    )

    invoice_id: uuid.UUID
    position: int
    product_id: uuid.UUID
    description: str
    hsn_sac_code: str | None
    quantity: Quantity
    unit: str
    unit_price: UnitPrice
    discount_percent: Percent
    tax_category_id: uuid.UUID | None
    tax_rate: Percent
    tax_treatment: str
    currency: str
    gross_amount: Amount
    discount_amount: Amount
    taxable_amount: Amount
    tax_amount: Amount
    line_total: Amount
    tax_components: list[LineTaxComponent]
    source_line_id: uuid.UUID | None
    credited_line_id: uuid.UUID | None


INVOICE_AMOUNTS = (
    "subtotal",
    "discount_total",
    "taxable_total",
    "tax_total",
    "grand_total",
    "amount_paid",
    "amount_credited",
    "open_amount",
)


class InvoiceSummaryRead(CurrencyAmounts, EntityRead):
    """An invoice or credit note in a list (without lines)."""

    amount_fields = INVOICE_AMOUNTS

    kind: InvoiceKind
    number: str | None = Field(description="Given on issue; a draft has none")
    credited_invoice_id: uuid.UUID | None
    customer_id: uuid.UUID
    customer_name: str | None = Field(
        default=None, description="Empty when the caller may not see the customer"
    )
    territory_id: uuid.UUID | None
    status: InvoiceStatus
    currency: str
    invoice_date: date
    payment_terms_days: int
    due_date: date
    is_overdue: bool = Field(description="Issued, open and past its due date (today, UTC)")
    days_overdue: int = Field(description="Days past the due date while overdue, else 0")
    source_document_type: str
    source_document_id: uuid.UUID | None
    source_milestone_id: uuid.UUID | None
    subtotal: Amount
    discount_total: Amount
    taxable_total: Amount
    tax_total: Amount
    grand_total: Amount
    amount_paid: Amount
    amount_credited: Amount
    open_amount: Amount
    issued_at: datetime | None


class InvoiceRead(InvoiceSummaryRead):
    """An invoice with its lines, GST breakdown and the snapshots printed on it."""

    billing_name: str
    billing_address: BillingAddress | None
    customer_gstin: str | None
    company_gstin: str | None
    place_of_supply: str | None
    supply: str
    notes: str | None
    reason: str | None
    tax_components: list[TaxComponentAmount]
    tax_breakdown: list[TaxBreakdownRow]
    created_by_id: uuid.UUID | None
    issued_by_id: uuid.UUID | None
    cancelled_at: datetime | None
    lines: list[InvoiceLineRead]

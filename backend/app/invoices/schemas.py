from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Self

from pydantic import Field, model_validator

from app.core.interchange import FileLayout, Group
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
from app.products.schemas import ProductReference
from app.quotes.schemas import LineTaxComponent, TaxBreakdownRow, TaxComponentAmount

MAX_LINES = 200
MAX_TERMS_DAYS = 365
# A document's date: within sane years (a due date is computed from it).
EARLIEST, LATEST = date(2000, 1, 1), date(2199, 12, 31)
ExternalId = Annotated[str, Field(max_length=100, description="The invoice's id in the ERP")]


class _LineTerms(InputModel):
    """What an invoice line says besides its product (a POST names it by id, an upsert
    by id, ERP id or SKU)."""

    description: str | None = Field(
        default=None, min_length=1, max_length=2000, description="Default: the product's name"
    )
    quantity: Quantity
    unit_price: UnitPrice = Field(ge=Decimal(0))
    discount_percent: Percent = Decimal(0)


class InvoiceLineIn(_LineTerms):
    product_id: uuid.UUID


class InvoiceCreate(CreateModel):
    """A direct invoice (a service invoice, a correction): a draft, numbered on issue."""

    customer_id: uuid.UUID
    currency: CurrencyCode | None = Field(default=None, description="Default: the customer's")
    invoice_date: IsoDate | None = Field(
        default=None,
        ge=EARLIEST,
        le=LATEST,
        description="Provisional: issuing dates the invoice (default today, company time)",
    )
    payment_terms_days: int | None = Field(
        default=None, ge=0, le=MAX_TERMS_DAYS, description="Default: the customer's payment terms"
    )
    notes: str | None = Field(default=None, max_length=10_000)
    external_id: ExternalId | None = None
    lines: list[InvoiceLineIn] = Field(min_length=1, max_length=MAX_LINES)


class UpsertStatus(StrEnum):
    """The statuses an ERP sets on an invoice: the payments move an issued one on."""

    DRAFT = "draft"
    ISSUED = "issued"
    CANCELLED = "cancelled"


class InvoiceLineUpsert(ProductReference, _LineTerms):
    """An invoice line sent by external id: its product by id, ERP id or SKU (one)."""


class InvoiceUpsert(InputModel):
    """An invoice as the ERP holds it (`PUT /invoices/by-external-id/{external_id}`,
    decision 0046): a direct invoice (an order kept here is billed from the order).
    Fields sent replace the invoice's while it is a draft, fields left out keep their
    value; `lines`, when sent, are its lines. The customer and currency are set when it
    is made (`customer_id` or `customer_external_id` and `lines` are required then).
    `status: issued` issues it here: dated the `invoice_date` sent with it (else today,
    as `POST …/issue`: a draft's date is provisional) and numbered
    in the company's gapless series (the answer's `number`). Once issued its content is
    fixed (sending it again unchanged is fine; a change is a 409: credit it instead)."""

    customer_id: uuid.UUID | None = None
    customer_external_id: str | None = Field(
        default=None, max_length=100, description="The customer by its ERP id (or its id)"
    )
    currency: CurrencyCode | None = None
    invoice_date: IsoDate | None = Field(default=None, ge=EARLIEST, le=LATEST)
    payment_terms_days: int | None = Field(default=None, ge=0, le=MAX_TERMS_DAYS)
    notes: str | None = Field(default=None, max_length=10_000)
    status: UpsertStatus | None = Field(
        default=None,
        description="draft, issued or cancelled (a draft only). Default: a new invoice is a "
        "draft, an existing one keeps its status",
    )
    lines: list[InvoiceLineUpsert] | None = Field(default=None, min_length=1, max_length=MAX_LINES)


# Invoices in CSV, XLSX and JSON lines (imports and exports, decision 0046): a row per
# line, the invoice's columns repeated (rows with one external_id are one invoice).
INVOICE_FILE = FileLayout(
    schema=InvoiceUpsert,
    columns=(
        "customer_id",
        "customer_external_id",
        "currency",
        "invoice_date",
        "payment_terms_days",
        "notes",
        "status",
        "line.product_id",
        "line.product_external_id",
        "line.product_sku",
        "line.description",
        "line.quantity",
        "line.unit_price",
        "line.discount_percent",
    ),
    groups={"line": Group("lines")},
    read_only=("id", "version", "updated_at", "number", "grand_total", "open_amount"),
    repeated="line",
)


class InvoiceIssue(InputModel):
    invoice_date: IsoDate | None = Field(
        default=None,
        ge=EARLIEST,
        le=LATEST,
        description="The invoice's date (default today, company time); the due date is this "
        "plus the payment terms, and the number is of this date's fiscal year",
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
        default=None, ge=EARLIEST, le=LATEST, description="Default: today, company time"
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
    external_id: str | None = Field(description="The invoice's id in the ERP")
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

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Self

from pydantic import EmailStr, Field, model_validator

from app.core.interchange import FileLayout, Group
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
)
from app.products.schemas import ProductReference

# The shapes a priced document shares with its quote (the same OpenAPI components).
from app.quotes.schemas import LineTaxComponent, Location, TaxBreakdownRow, TaxComponentAmount
from app.sales_orders.models import MilestoneKind, MilestoneTrigger, SalesOrderStatus

MAX_LINES = 200
MAX_MILESTONES = 24
ExternalId = Annotated[str, Field(max_length=100, description="The order's id in the ERP")]


class _LineTerms(InputModel):
    """What an order line says besides its product (a POST names it by id, an upsert by
    id, ERP id or SKU)."""

    description: str | None = Field(
        default=None, min_length=1, max_length=2000, description="Default: the product's name"
    )
    quantity: Quantity = Field(le=MAX_QUANTITY, description="At most 1,000,000,000")
    unit_price: UnitPrice | None = Field(
        default=None,
        ge=Decimal(0),
        le=MAX_UNIT_PRICE,
        description="Default: the price list's price for the customer, quantity and order "
        "date (GET /prices); sent, it overrides that price",
    )
    discount_percent: Percent = Decimal(0)


class SalesOrderLineIn(_LineTerms):
    product_id: uuid.UUID


class MilestoneIn(InputModel):
    label: str = Field(min_length=1, max_length=200)
    kind: MilestoneKind
    value: Amount = Field(
        gt=Decimal(0), description="A percent of the grand total, or an amount in its currency"
    )
    trigger: MilestoneTrigger
    due_date: IsoDate | None = Field(default=None, description="Required for on_date")

    @model_validator(mode="after")
    def _due_date(self) -> Self:
        if self.trigger is MilestoneTrigger.ON_DATE and self.due_date is None:
            raise ValueError("due_date is required for an on_date milestone")
        if self.kind is MilestoneKind.PERCENT and self.value > 100:
            raise ValueError("a percent milestone is at most 100")
        return self


class SalesOrderCreate(CreateModel):
    customer_id: uuid.UUID
    owner_id: uuid.UUID | None = Field(
        default=None,
        description="Default: the caller. Someone else only within the caller's reach (a "
        "head's team; anyone for an admin); an API key, owning nothing, names the owner",
    )
    contact_id: uuid.UUID | None = None
    opportunity_id: uuid.UUID | None = Field(default=None, description="A deal of the customer")
    currency: CurrencyCode | None = Field(default=None, description="Default: the customer's")
    order_date: IsoDate | None = Field(default=None, description="Default: today, company time")
    customer_po_number: str | None = Field(default=None, max_length=80)
    customer_po_date: IsoDate | None = None
    external_id: ExternalId | None = None
    delivery_terms: str | None = Field(default=None, max_length=10_000)
    payment_terms_days: int | None = Field(
        default=None, ge=0, le=365, description="Default: the customer's payment terms"
    )
    delivery_address: str | None = Field(default=None, max_length=2000)
    terms: str | None = Field(default=None, max_length=10_000)
    notes: str | None = Field(default=None, max_length=10_000)
    lines: list[SalesOrderLineIn] = Field(default_factory=list, max_length=MAX_LINES)
    milestones: list[MilestoneIn] | None = Field(
        default=None,
        max_length=MAX_MILESTONES,
        description="Default: one milestone, 100% on delivery",
    )
    location: Location | None = Field(default=None, description="The phone's, on creating")
    warehouse_id: uuid.UUID | None = Field(
        default=None,
        description="Where its goods are reserved and shipped from. Default: the company's "
        "default warehouse (the first active one by code)",
    )


class SalesOrderUpdate(InputModel):
    """A draft order's changes; ``lines`` and ``milestones`` each replace every row."""

    contact_id: uuid.UUID | None = None
    opportunity_id: uuid.UUID | None = None
    customer_po_number: str | None = Field(default=None, max_length=80)
    customer_po_date: IsoDate | None = None
    delivery_terms: str | None = Field(default=None, max_length=10_000)
    payment_terms_days: int | None = Field(default=None, ge=0, le=365)
    delivery_address: str | None = Field(default=None, max_length=2000)
    terms: str | None = Field(default=None, max_length=10_000)
    notes: str | None = Field(default=None, max_length=10_000)
    lines: list[SalesOrderLineIn] | None = Field(default=None, max_length=MAX_LINES)
    milestones: list[MilestoneIn] | None = Field(default=None, max_length=MAX_MILESTONES)
    warehouse_id: uuid.UUID | None = Field(
        default=None, description="Another active warehouse (not empty)"
    )


class MilestonePlan(InputModel):
    milestones: list[MilestoneIn] = Field(min_length=1, max_length=MAX_MILESTONES)


class SalesOrderConfirm(InputModel):
    approve_credit: bool = Field(
        default=False,
        description="A head or an admin approves confirming over the customer's credit limit",
    )


class CreditPositionRead(CurrencyAmounts):
    """What a confirm of the order would compare with the customer's credit limit now
    (decision 0025): what a head reads before approving an order on credit hold."""

    amount_fields = ("credit_limit", "open_invoices", "open_orders", "this_order", "exposure")

    sales_order_id: uuid.UUID
    currency: str = Field(description="The customer's: its credit limit's and the figures'")
    credit_limit: Amount = Field(description="0: no limit")
    is_checked: bool = Field(
        description="False when the customer has no limit or the order is in another "
        "currency than the customer's: then no figure is compared (and none is given)"
    )
    is_over_limit: bool
    open_invoices: Amount | None = Field(
        description="Open issued invoices less unallocated payments"
    )
    open_orders: Amount | None = Field(
        description="The part not yet invoiced of the customer's other open orders"
    )
    this_order: Amount | None = Field(description="This order's grand total")
    exposure: Amount | None = Field(description="open_invoices + open_orders + this_order")


class SalesOrderCancel(InputModel):
    reason: str | None = Field(default=None, max_length=1000)


class OrderLineToInvoice(InputModel):
    order_line_id: uuid.UUID
    quantity: Quantity = Field(description="At most the line's delivered quantity not yet invoiced")


class SalesOrderInvoiceCreate(InputModel):
    """Exactly one of `milestone_id` (bill what is left of that milestone) or `lines`
    (bill delivered quantities not yet invoiced)."""

    id: uuid.UUID | None = Field(
        default=None, description="The invoice's id, chosen by the client: a replay answers it"
    )
    milestone_id: uuid.UUID | None = None
    lines: list[OrderLineToInvoice] | None = Field(default=None, min_length=1, max_length=MAX_LINES)
    invoice_date: IsoDate | None = Field(default=None, description="Default: today, company time")
    notes: str | None = Field(default=None, max_length=10_000)

    @model_validator(mode="after")
    def _one_way(self) -> Self:
        if (self.milestone_id is None) == (self.lines is None):
            raise ValueError("send either milestone_id or lines")
        return self


class UpsertStatus(StrEnum):
    """The statuses an ERP sets on an order: the rest follow the deliveries."""

    DRAFT = "draft"
    CONFIRMED = "confirmed"
    CANCELLED = "cancelled"


class SalesOrderLineUpsert(ProductReference, _LineTerms):
    """An order line sent by external id: its product by id, ERP id or SKU (one)."""


class SalesOrderUpsert(InputModel):
    """An order as the ERP holds it (`PUT /sales-orders/by-external-id/{external_id}`,
    decision 0046). Fields sent replace the order's while it is a draft, fields left
    out keep their value; `lines` and `milestones`, when sent, are the order's (a line
    or milestone that did not change writes nothing). The customer, owner, currency and
    order date are set when it is made. Once confirmed its content is fixed (sending it
    again unchanged is fine; a change is a 409): only `status` moves on, to `cancelled`
    while nothing is delivered or invoiced."""

    customer_id: uuid.UUID | None = None
    customer_external_id: str | None = Field(
        default=None, max_length=100, description="The customer by its ERP id (or its id)"
    )
    owner_id: uuid.UUID | None = None
    owner_email: EmailStr | None = Field(
        default=None, description="The owner by e-mail (or its id); an API key names one"
    )
    currency: CurrencyCode | None = None
    order_date: IsoDate | None = None
    customer_po_number: str | None = Field(default=None, max_length=80)
    customer_po_date: IsoDate | None = None
    delivery_terms: str | None = Field(default=None, max_length=10_000)
    payment_terms_days: int | None = Field(default=None, ge=0, le=365)
    delivery_address: str | None = Field(default=None, max_length=2000)
    terms: str | None = Field(default=None, max_length=10_000)
    notes: str | None = Field(default=None, max_length=10_000)
    status: UpsertStatus | None = Field(
        default=None,
        description="draft, confirmed (with the credit check of a confirm: see "
        "`approve_credit`) or cancelled. Default: a new order is a draft, an existing one "
        "keeps its status",
    )
    approve_credit: bool = Field(
        default=False,
        description="With `confirmed`: a head or an admin approves confirming over the "
        "customer's credit limit (as `POST …/confirm`; without it that is a 409). An API "
        "key never approves: its order waits on credit hold",
    )
    lines: list[SalesOrderLineUpsert] | None = Field(default=None, max_length=MAX_LINES)
    milestones: list[MilestoneIn] | None = Field(default=None, max_length=MAX_MILESTONES)


# Orders in CSV, XLSX and JSON lines (imports and exports, decision 0046): a row per
# line, the order's columns repeated (rows with one external_id are one order). The
# milestones travel in JSON lines only (a flat file keeps the order's plan).
SALES_ORDER_FILE = FileLayout(
    schema=SalesOrderUpsert,
    columns=(
        "customer_id",
        "customer_external_id",
        "owner_id",
        "owner_email",
        "currency",
        "order_date",
        "customer_po_number",
        "customer_po_date",
        "delivery_terms",
        "payment_terms_days",
        "delivery_address",
        "terms",
        "notes",
        "status",
        "approve_credit",
        "line.product_id",
        "line.product_external_id",
        "line.product_sku",
        "line.description",
        "line.quantity",
        "line.unit_price",
        "line.discount_percent",
    ),
    groups={"line": Group("lines")},
    read_only=("id", "version", "updated_at", "number", "grand_total"),
    repeated="line",
)


class SalesOrderLineRead(CurrencyAmounts, EntityRead):
    amount_fields = (
        "gross_amount",
        "discount_amount",
        "taxable_amount",
        "tax_amount",
        "line_total",
    )

    sales_order_id: uuid.UUID
    position: int
    quote_line_id: uuid.UUID | None
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
    currency: str
    gross_amount: Amount
    discount_amount: Amount
    taxable_amount: Amount
    tax_amount: Amount
    line_total: Amount
    tax_components: list[LineTaxComponent]
    quantity_delivered: str = Field(description="Kept by the deliveries")
    quantity_invoiced: str = Field(description="Kept by the invoices")
    quantity_reserved: str = Field(
        description="Stock set aside for the line in the order's warehouse (0 for a "
        "service, a draft, or once shipped)"
    )
    quantity_waiting: str = Field(
        description="The shortfall still waiting for stock (a procurement request covers it)"
    )


class MilestoneRead(CurrencyAmounts, EntityRead):
    amount_fields = ("planned_amount", "invoiced_amount", "collected_amount")

    sales_order_id: uuid.UUID
    position: int
    label: str
    kind: MilestoneKind
    value: str = Field(description="The percent, or the amount, as sent")
    trigger: MilestoneTrigger
    due_date: date | None
    currency: str
    planned_amount: Amount
    invoiced_amount: Amount
    collected_amount: Amount


class SalesOrderSummaryRead(CurrencyAmounts, EntityRead):
    """An order in a list (without its lines and milestones)."""

    amount_fields = ("subtotal", "discount_total", "taxable_total", "tax_total", "grand_total")

    number: str
    customer_id: uuid.UUID
    customer_name: str | None = Field(
        default=None, description="Empty when the caller may not see the customer"
    )
    contact_id: uuid.UUID | None
    opportunity_id: uuid.UUID | None
    quote_id: uuid.UUID | None
    owner_id: uuid.UUID
    territory_id: uuid.UUID | None
    status: SalesOrderStatus
    currency: str
    order_date: date
    customer_po_number: str | None
    customer_po_date: date | None
    external_id: str | None = Field(description="The order's id in the ERP")
    payment_terms_days: int
    place_of_supply: str | None
    warehouse_id: uuid.UUID | None
    supply: str
    subtotal: Amount
    discount_total: Amount
    taxable_total: Amount
    tax_total: Amount
    grand_total: Amount
    tax_components: list[TaxComponentAmount]
    confirmed_at: datetime | None
    delivered_at: datetime | None
    closed_at: datetime | None
    cancelled_at: datetime | None


class SalesOrderRead(SalesOrderSummaryRead):
    """An order with its lines, milestones, tax table and the location recorded."""

    delivery_terms: str | None
    delivery_address: str | None
    terms: str | None
    notes: str | None
    tax_breakdown: list[TaxBreakdownRow]
    cancellation_reason: str | None
    created_lat: float | None
    created_lon: float | None
    created_accuracy_m: float | None
    lines: list[SalesOrderLineRead]
    milestones: list[MilestoneRead]

"""Invoices and credit notes: a customer's billed lines, their GST, and what is open.

One table holds both documents (``kind``): a credit note is an invoice-shaped document
linked to the invoice it credits (``credited_invoice_id``), numbered in its own series
(``CN/2026-27/00001``), never a deletion. Invoices are numbered when issued: a draft has
no number (docs/decisions/0024-invoices-and-payments.md).

Scoping follows the customer: an invoice (and its lines) is visible exactly when its
customer is (engineer: customers they own or of their territories; head: the team's;
admin: all). ``territory_id`` is the customer's when the invoice was made, for reports.

What is open is stored beside the totals and kept under the invoice's row lock:
``amount_paid`` (the sum of payment allocations) and ``amount_credited`` (the sum of its
credit notes); ``open_amount`` is computed by PostgreSQL from them, so lists, overdue,
aging and the credit check read one column. Overdue is never stored: it is derived in
SQL from the due date and the open amount when read.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    JSON,
    Computed,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.core.access import Principal, custom_rule, register_scope, visible_through
from app.core.db import Entity, enum_column
from app.core.events import Tracked, track
from app.core.personal_data import copies
from app.customers import service as customers


class InvoiceKind(StrEnum):
    INVOICE = "invoice"
    CREDIT_NOTE = "credit_note"


class InvoiceStatus(StrEnum):
    DRAFT = "draft"
    ISSUED = "issued"
    PARTIALLY_PAID = "partially_paid"
    PAID = "paid"
    # Fully credited with nothing paid: the invoice is voided by its credit note(s).
    VOID = "void"
    # A draft discarded before it had a number.
    CANCELLED = "cancelled"


# The statuses whose invoices have an amount the customer owes.
OPEN_STATUSES = (InvoiceStatus.ISSUED, InvoiceStatus.PARTIALLY_PAID)

# The documents that count as billed (revenue; a credit note takes its amount back):
# numbered ones, not drafts or drafts discarded.
BILLED_STATUSES = (
    InvoiceStatus.ISSUED,
    InvoiceStatus.PARTIALLY_PAID,
    InvoiceStatus.PAID,
    InvoiceStatus.VOID,
)
OPEN_AMOUNT_SQL = (
    "CASE WHEN kind = 'invoice' AND status IN ('issued', 'partially_paid', 'paid', 'void') "
    "THEN grand_total - amount_paid - amount_credited ELSE 0 END"
)


class Invoice(Entity):
    __tablename__ = "invoices"
    __table_args__ = (
        Index("ix_invoices_created_at_id", "created_at", "id"),
        Index("ix_invoices_updated_at_id", "updated_at", "id"),
        Index("ix_invoices_invoice_date_id", "invoice_date", "id"),
        Index("ix_invoices_due_date_id", "due_date", "id"),
        Index("ix_invoices_grand_total_id", "grand_total", "id"),
        # Aging and the credit check: a customer's open invoices.
        Index(
            "ix_invoices_customer_id_open",
            "customer_id",
            "due_date",
            postgresql_where="open_amount > 0",
        ),
        Index("ix_invoices_status_due_date", "status", "due_date"),
    )

    kind: Mapped[InvoiceKind] = mapped_column(enum_column(InvoiceKind), default=InvoiceKind.INVOICE)
    # INV/2026-27/00001 or CN/2026-27/00001, given on issue; a draft has none.
    number: Mapped[str | None] = mapped_column(String(40), unique=True)
    credited_invoice_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("invoices.id"), index=True
    )
    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id"), index=True)
    territory_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("territories.id"), index=True)
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    status: Mapped[InvoiceStatus] = mapped_column(
        enum_column(InvoiceStatus), default=InvoiceStatus.DRAFT
    )
    currency: Mapped[str] = mapped_column(String(3))
    invoice_date: Mapped[date]
    payment_terms_days: Mapped[int] = mapped_column(Integer)
    due_date: Mapped[date]
    # Snapshots taken when the invoice is made: what was printed stays as printed.
    billing_name: Mapped[str] = mapped_column(String(200))
    billing_address: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    customer_gstin: Mapped[str | None] = mapped_column(String(20))
    company_gstin: Mapped[str | None] = mapped_column(String(20))
    place_of_supply: Mapped[str | None] = mapped_column(String(2))
    supply: Mapped[str] = mapped_column(String(20))
    # What it was made from: ("sales_order", order id, milestone id), ("direct", None, None).
    source_document_type: Mapped[str] = mapped_column(String(40), default="direct")
    source_document_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    source_milestone_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    notes: Mapped[str | None] = mapped_column(Text)
    # The invoice's id in the ERP that keeps it in step (PUT by-external-id, decision 0046).
    external_id: Mapped[str | None] = mapped_column(String(100), unique=True)
    reason: Mapped[str | None] = mapped_column(String(1000))  # a credit note's
    subtotal: Mapped[Decimal] = mapped_column(Numeric(18, 4), default=Decimal(0))
    discount_total: Mapped[Decimal] = mapped_column(Numeric(18, 4), default=Decimal(0))
    taxable_total: Mapped[Decimal] = mapped_column(Numeric(18, 4), default=Decimal(0))
    tax_total: Mapped[Decimal] = mapped_column(Numeric(18, 4), default=Decimal(0))
    grand_total: Mapped[Decimal] = mapped_column(Numeric(18, 4), default=Decimal(0))
    tax_components: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    tax_breakdown: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    amount_paid: Mapped[Decimal] = mapped_column(Numeric(18, 4), default=Decimal(0))
    amount_credited: Mapped[Decimal] = mapped_column(Numeric(18, 4), default=Decimal(0))
    open_amount: Mapped[Decimal] = mapped_column(
        Numeric(18, 4), Computed(OPEN_AMOUNT_SQL, persisted=True)
    )
    issued_at: Mapped[datetime | None]
    issued_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    cancelled_at: Mapped[datetime | None]


class InvoiceLine(Entity):
    __tablename__ = "invoice_lines"
    __table_args__ = (Index("ix_invoice_lines_invoice_id_position", "invoice_id", "position"),)

    invoice_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("invoices.id", ondelete="CASCADE"))
    position: Mapped[int]
    product_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("products.id"))
    description: Mapped[str] = mapped_column(Text)
    hsn_sac_code: Mapped[str | None] = mapped_column(String(20))
    quantity: Mapped[Decimal] = mapped_column(Numeric(18, 4))
    unit: Mapped[str] = mapped_column(String(20))
    unit_price: Mapped[Decimal] = mapped_column(Numeric(18, 4))
    discount_percent: Mapped[Decimal] = mapped_column(Numeric(7, 4), default=Decimal(0))
    tax_category_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("tax_categories.id"))
    tax_rate: Mapped[Decimal] = mapped_column(Numeric(7, 4))
    tax_treatment: Mapped[str] = mapped_column(String(20))
    currency: Mapped[str] = mapped_column(String(3))
    gross_amount: Mapped[Decimal] = mapped_column(Numeric(18, 4))
    discount_amount: Mapped[Decimal] = mapped_column(Numeric(18, 4))
    taxable_amount: Mapped[Decimal] = mapped_column(Numeric(18, 4))
    tax_amount: Mapped[Decimal] = mapped_column(Numeric(18, 4))
    line_total: Mapped[Decimal] = mapped_column(Numeric(18, 4))
    tax_components: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    # The order line (or delivery line) it bills; a credit note's line: the invoice line
    # it credits.
    source_line_id: Mapped[uuid.UUID | None]
    credited_line_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("invoice_lines.id"), index=True
    )


def _customer_visible(principal: Principal) -> Any:
    """An invoice is visible exactly when its customer is."""
    return Invoice.customer_id.in_(customers.visible_customer_ids(principal))


register_scope(Invoice, custom_rule(_customer_visible))
register_scope(InvoiceLine, visible_through(InvoiceLine.invoice_id, Invoice))
# The change feed hands out an invoice as ``GET /invoices/{id}`` answers it (its lines
# included): an integration's incremental export of invoices (decision 0038).
track(Invoice, Tracked("invoice", label="number", customer="customer_id", feed="invoices"))
# A line's change is told by its invoice's event; the line's own events feed the audit.
track(InvoiceLine, Tracked("invoice_line"))
# An invoice is kept as issued (numbers, lines, totals, GSTINs); a person's name, e-mail
# or phone in its billing snapshot or texts is replaced (GDPR erasure, decision 0042).
copies(
    Invoice,
    customer=Invoice.customer_id,
    mentions=("billing_name", "billing_address", "notes", "reason"),
)

"""Quotes (offers): a customer's priced lines, their GST and totals, approval and revisions.

A quote is scoped like a deal: by its owner (an engineer sees their own quotes, a head
their team's, an admin all); its lines are visible exactly when the quote is. The
territory is copied from the customer for reports, it does not widen the scope.

Every amount is computed by the server (``core.pricing``) with ``core/tax.py``
and stored, so lists, reads, the PDF and reports print the same numbers: per line the
taxable amount, each GST component and the line total; per quote the subtotal, the
discount, the tax per component (``tax_components``) and per component and rate
(``tax_breakdown``), and the grand total. Optional lines carry their own amounts but
count in the totals only once the customer has chosen them (``is_selected``).

Approval (docs/decisions/0016-quote-approval-and-revisions.md): ``approval_digest`` is
a hash of everything priced (lines, currency, place of supply) taken when the quote is
approved; ``send`` and ``accept`` recompute it and refuse a quote whose priced content
is no longer what was approved.

Accepting a quote makes its sales order in the same transaction (``sales_order_id``),
through ``core.followups`` (the orders domain depends on quotes, not the reverse).
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Float,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.core.access import owned_rows, register_scope, visible_through
from app.core.db import Entity, enum_column
from app.core.events import Tracked, track
from app.core.personal_data import SubjectKind, copies
from app.core.search import search_column, trigram_index


class QuoteStatus(StrEnum):
    DRAFT = "draft"
    PENDING_APPROVAL = "pending_approval"
    APPROVED = "approved"
    SENT = "sent"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    EXPIRED = "expired"


class Quote(Entity):
    __tablename__ = "quotes"
    __table_args__ = (
        UniqueConstraint("number", "revision"),
        Index("ix_quotes_created_at_id", "created_at", "id"),
        Index("ix_quotes_updated_at_id", "updated_at", "id"),
        Index("ix_quotes_valid_until_id", "valid_until", "id"),
        Index("ix_quotes_number_revision_id", "number", "revision", "id"),
        Index("ix_quotes_grand_total_id", "grand_total", "id"),
        trigram_index("quotes"),
    )

    # The gapless number of the fiscal year (Q/2026-27/00042), shared by its revisions.
    number: Mapped[str] = mapped_column(String(40))
    revision: Mapped[int] = mapped_column(Integer, default=0)
    # The number as printed: "Q/2026-27/00042", "Q/2026-27/00042-R1" from revision 1 on.
    display_number: Mapped[str] = mapped_column(String(48))
    # False once a later revision exists: this one is read-only for good.
    is_current: Mapped[bool] = mapped_column(Boolean, default=True, index=True)
    revised_from_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("quotes.id"))
    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id"), index=True)
    contact_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL")
    )
    opportunity_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("opportunities.id", ondelete="SET NULL"), index=True
    )
    owner_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"), index=True)
    territory_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("territories.id"))
    status: Mapped[QuoteStatus] = mapped_column(
        enum_column(QuoteStatus), default=QuoteStatus.DRAFT, index=True
    )
    currency: Mapped[str] = mapped_column(String(3), default="INR")
    quote_date: Mapped[date]
    valid_until: Mapped[date]
    terms: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    # The customer's GST state code (shipping address, else billing); None outside India.
    place_of_supply: Mapped[str | None] = mapped_column(String(2))
    supply: Mapped[str] = mapped_column(String(20))
    # Totals of the lines that count (not optional, or optional and chosen).
    subtotal: Mapped[Decimal] = mapped_column(Numeric(18, 4), default=Decimal(0))
    discount_total: Mapped[Decimal] = mapped_column(Numeric(18, 4), default=Decimal(0))
    taxable_total: Mapped[Decimal] = mapped_column(Numeric(18, 4), default=Decimal(0))
    tax_total: Mapped[Decimal] = mapped_column(Numeric(18, 4), default=Decimal(0))
    grand_total: Mapped[Decimal] = mapped_column(Numeric(18, 4), default=Decimal(0))
    # [{"name": "CGST", "amount": "90.00"}], amounts as decimal strings.
    tax_components: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    # [{"name", "rate", "taxable_amount", "amount"}]: the PDF's table.
    tax_breakdown: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    max_discount_percent: Mapped[Decimal] = mapped_column(Numeric(7, 4), default=Decimal(0))
    # Approval: who and when (empty when within the author's limit), the comment of the
    # last decision, and the digest of what was approved.
    needs_approval: Mapped[bool] = mapped_column(Boolean, default=False)
    submitted_at: Mapped[datetime | None]
    approved_at: Mapped[datetime | None]
    approved_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    approval_comment: Mapped[str | None] = mapped_column(String(1000))
    approval_digest: Mapped[str | None] = mapped_column(String(64))
    sent_at: Mapped[datetime | None]
    accepted_at: Mapped[datetime | None]
    accepted_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    rejected_at: Mapped[datetime | None]
    rejection_reason: Mapped[str | None] = mapped_column(String(1000))
    # Where the engineer was when creating and when accepting (from the phone).
    created_lat: Mapped[float | None] = mapped_column(Float)
    created_lon: Mapped[float | None] = mapped_column(Float)
    created_accuracy_m: Mapped[float | None] = mapped_column(Float)
    accepted_lat: Mapped[float | None] = mapped_column(Float)
    accepted_lon: Mapped[float | None] = mapped_column(Float)
    accepted_accuracy_m: Mapped[float | None] = mapped_column(Float)
    # The sales order its acceptance made (decision 0018). No foreign key: the orders
    # table refers to quotes (``sales_orders.quote_id``, unique), the truth this copies.
    sales_order_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    search_text: Mapped[str] = search_column("display_number")


class QuoteLine(Entity):
    __tablename__ = "quote_lines"
    __table_args__ = (Index("ix_quote_lines_quote_id_position", "quote_id", "position"),)

    quote_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("quotes.id", ondelete="CASCADE"))
    # Never loaded: set on new lines, it writes a new quote's row before its lines' in one
    # flush (the unit of work orders rows by relationships, not by foreign keys).
    quote: Mapped[Quote] = relationship(lazy="raise")
    position: Mapped[int]
    product_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("products.id"))
    description: Mapped[str] = mapped_column(Text)
    quantity: Mapped[Decimal] = mapped_column(Numeric(18, 4))
    unit: Mapped[str] = mapped_column(String(20))
    unit_price: Mapped[Decimal] = mapped_column(Numeric(18, 4))
    # "price_list" / "list_price" as resolved, "manual" when the author set it.
    price_source: Mapped[str] = mapped_column(String(20))
    discount_percent: Mapped[Decimal] = mapped_column(Numeric(7, 4), default=Decimal(0))
    tax_category_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tax_categories.id"))
    tax_rate: Mapped[Decimal] = mapped_column(Numeric(7, 4))
    tax_treatment: Mapped[str] = mapped_column(String(20))
    is_optional: Mapped[bool] = mapped_column(Boolean, default=False)
    # An optional line the customer chose on accepting.
    is_selected: Mapped[bool] = mapped_column(Boolean, default=False)
    currency: Mapped[str] = mapped_column(String(3))  # the quote's, for printing amounts
    gross_amount: Mapped[Decimal] = mapped_column(Numeric(18, 4))
    discount_amount: Mapped[Decimal] = mapped_column(Numeric(18, 4))
    taxable_amount: Mapped[Decimal] = mapped_column(Numeric(18, 4))
    tax_amount: Mapped[Decimal] = mapped_column(Numeric(18, 4))
    line_total: Mapped[Decimal] = mapped_column(Numeric(18, 4))
    # [{"name": "CGST", "rate": "9", "amount": "90.00"}]
    tax_components: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)


register_scope(Quote, owned_rows(Quote.owner_id))
register_scope(QuoteLine, visible_through(QuoteLine.quote_id, Quote))
track(
    Quote,
    Tracked(
        "quote",
        label="display_number",
        customer="customer_id",
        private_to_owner=True,
        feed="quotes",
    ),
)
# A line's change is told by its quote's event (quote.updated); the line's own events
# are for the audit log, and update their quote in the change feed.
track(QuoteLine, Tracked("quote_line", feed="quotes", feed_id="quote_id"))
# A quote is kept whole (numbers, lines, totals); a person named in its texts is
# replaced (GDPR erasure, docs/decisions/0042). Its contact link stays: to the erased
# contact.
copies(
    Quote,
    linked={SubjectKind.CONTACT: Quote.contact_id},
    customer=Quote.customer_id,
    mentions=("terms", "notes", "approval_comment", "rejection_reason"),
)

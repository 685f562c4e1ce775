"""Sales orders: what the customer ordered, priced exactly as its quote was, and the plan
of what is invoiced and collected when (invoice milestones).

An order is scoped like a quote: by its owner (an engineer sees their own orders, a
head their team's, an admin all); its lines and milestones are visible exactly when the
order is. The territory is copied from the customer for reports.

Every amount is computed by the server (``core.pricing``, the rounding rule of
decisions 0004 and 0014) and stored, so an order made from a quote prints the quote's
numbers to the paisa. Per line, ``quantity_delivered`` and ``quantity_invoiced`` are
kept by the deliveries and invoicing domains through this domain's service
(``record_deliveries``, ``record_invoiced``); per milestone ``invoiced_amount`` and
``collected_amount`` likewise (``record_invoiced``, ``record_collected``).
Decision record: docs/decisions/0018-sales-orders-and-milestones.md.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, Float, ForeignKey, Index, Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.core.access import owned_rows, register_scope, visible_through
from app.core.db import Entity, enum_column
from app.core.events import Tracked, track
from app.core.personal_data import SubjectKind, copies
from app.core.search import search_column, trigram_index


class SalesOrderStatus(StrEnum):
    DRAFT = "draft"
    # Over the customer's credit limit, waiting for a head (decision 0025).
    CREDIT_HOLD = "credit_hold"
    CONFIRMED = "confirmed"
    PARTIALLY_DELIVERED = "partially_delivered"
    DELIVERED = "delivered"
    CLOSED = "closed"
    CANCELLED = "cancelled"


# The orders that count as sold (the sales report's bookings): confirmed and after,
# not drafts, orders on credit hold or cancelled ones.
BOOKED_STATUSES = (
    SalesOrderStatus.CONFIRMED,
    SalesOrderStatus.PARTIALLY_DELIVERED,
    SalesOrderStatus.DELIVERED,
    SalesOrderStatus.CLOSED,
)


class MilestoneKind(StrEnum):
    PERCENT = "percent"
    AMOUNT = "amount"


class MilestoneTrigger(StrEnum):
    ON_CONFIRMATION = "on_confirmation"
    ON_DELIVERY = "on_delivery"
    ON_INSTALLATION = "on_installation"
    ON_DATE = "on_date"


class SalesOrder(Entity):
    __tablename__ = "sales_orders"
    __table_args__ = (
        Index("ix_sales_orders_created_at_id", "created_at", "id"),
        Index("ix_sales_orders_updated_at_id", "updated_at", "id"),
        Index("ix_sales_orders_order_date_id", "order_date", "id"),
        Index("ix_sales_orders_number_id", "number", "id"),
        Index("ix_sales_orders_grand_total_id", "grand_total", "id"),
        trigram_index("sales_orders"),
    )

    # The gapless number of the fiscal year: SO/2026-27/00042.
    number: Mapped[str] = mapped_column(String(40), unique=True)
    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id"), index=True)
    contact_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL")
    )
    opportunity_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("opportunities.id", ondelete="SET NULL"), index=True
    )
    # The accepted quote it was made from; one order per quote.
    quote_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("quotes.id"), unique=True)
    owner_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"), index=True)
    territory_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("territories.id"))
    status: Mapped[SalesOrderStatus] = mapped_column(
        enum_column(SalesOrderStatus), default=SalesOrderStatus.DRAFT, index=True
    )
    currency: Mapped[str] = mapped_column(String(3), default="INR")
    order_date: Mapped[date]
    customer_po_number: Mapped[str | None] = mapped_column(String(80))
    # The order's id in the ERP that keeps it in step (PUT by-external-id, decision 0046).
    external_id: Mapped[str | None] = mapped_column(String(100), unique=True)
    customer_po_date: Mapped[date | None]
    delivery_terms: Mapped[str | None] = mapped_column(Text)
    # Days from an invoice's date to its due date (the invoicing domain reads it).
    payment_terms_days: Mapped[int] = mapped_column(Integer, default=30)
    delivery_address: Mapped[str | None] = mapped_column(Text)
    terms: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    place_of_supply: Mapped[str | None] = mapped_column(String(2))
    # Where its goods are reserved and shipped from (default: the company's default
    # warehouse; None only while the company has no warehouse).
    warehouse_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("warehouses.id"))
    supply: Mapped[str] = mapped_column(String(20))
    subtotal: Mapped[Decimal] = mapped_column(Numeric(18, 4), default=Decimal(0))
    discount_total: Mapped[Decimal] = mapped_column(Numeric(18, 4), default=Decimal(0))
    taxable_total: Mapped[Decimal] = mapped_column(Numeric(18, 4), default=Decimal(0))
    tax_total: Mapped[Decimal] = mapped_column(Numeric(18, 4), default=Decimal(0))
    grand_total: Mapped[Decimal] = mapped_column(Numeric(18, 4), default=Decimal(0))
    # The lines' quantities added up (whatever their units), kept with the totals when
    # the lines are priced: the sales report reads orders without reading their lines.
    quantity_total: Mapped[Decimal] = mapped_column(
        Numeric(18, 4), default=Decimal(0), server_default="0"
    )
    tax_components: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    tax_breakdown: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    confirmed_at: Mapped[datetime | None]
    delivered_at: Mapped[datetime | None]
    closed_at: Mapped[datetime | None]
    cancelled_at: Mapped[datetime | None]
    cancellation_reason: Mapped[str | None] = mapped_column(String(1000))
    # Where the engineer's phone was when the order was made (directly or by accepting
    # its quote); empty when not sent.
    created_lat: Mapped[float | None] = mapped_column(Float)
    created_lon: Mapped[float | None] = mapped_column(Float)
    created_accuracy_m: Mapped[float | None] = mapped_column(Float)
    search_text: Mapped[str] = search_column("number", "customer_po_number")


class SalesOrderLine(Entity):
    __tablename__ = "sales_order_lines"
    __table_args__ = (
        Index("ix_sales_order_lines_sales_order_id_position", "sales_order_id", "position"),
    )

    sales_order_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("sales_orders.id", ondelete="CASCADE")
    )
    # Never loaded: set on new lines, it writes a new order's row before its lines' in one
    # flush (the unit of work orders rows by relationships, not by foreign keys).
    sales_order: Mapped[SalesOrder] = relationship(lazy="raise")
    position: Mapped[int]
    # The quote line it was copied from (an order made from a quote).
    quote_line_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("quote_lines.id"))
    product_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("products.id"))
    description: Mapped[str] = mapped_column(Text)
    quantity: Mapped[Decimal] = mapped_column(Numeric(18, 4))
    unit: Mapped[str] = mapped_column(String(20))
    unit_price: Mapped[Decimal] = mapped_column(Numeric(18, 4))
    price_source: Mapped[str] = mapped_column(String(20))
    discount_percent: Mapped[Decimal] = mapped_column(Numeric(7, 4), default=Decimal(0))
    tax_category_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tax_categories.id"))
    tax_rate: Mapped[Decimal] = mapped_column(Numeric(7, 4))
    tax_treatment: Mapped[str] = mapped_column(String(20))
    currency: Mapped[str] = mapped_column(String(3))
    gross_amount: Mapped[Decimal] = mapped_column(Numeric(18, 4))
    discount_amount: Mapped[Decimal] = mapped_column(Numeric(18, 4))
    taxable_amount: Mapped[Decimal] = mapped_column(Numeric(18, 4))
    tax_amount: Mapped[Decimal] = mapped_column(Numeric(18, 4))
    line_total: Mapped[Decimal] = mapped_column(Numeric(18, 4))
    tax_components: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    quantity_delivered: Mapped[Decimal] = mapped_column(Numeric(18, 4), default=Decimal(0))
    quantity_invoiced: Mapped[Decimal] = mapped_column(Numeric(18, 4), default=Decimal(0))


class SalesOrderMilestone(Entity):
    """One step of the order's invoicing plan: planned (derived from ``kind`` and
    ``value``), invoiced and collected amounts."""

    __tablename__ = "sales_order_milestones"
    __table_args__ = (
        Index("ix_sales_order_milestones_sales_order_id_position", "sales_order_id", "position"),
    )

    sales_order_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("sales_orders.id", ondelete="CASCADE")
    )
    # As a line's: never loaded, it orders a new order's row first in one flush.
    sales_order: Mapped[SalesOrder] = relationship(lazy="raise")
    position: Mapped[int]
    label: Mapped[str] = mapped_column(String(200))
    kind: Mapped[MilestoneKind] = mapped_column(enum_column(MilestoneKind))
    # A percent of the grand total, or an amount in the order's currency.
    value: Mapped[Decimal] = mapped_column(Numeric(18, 4))
    trigger: Mapped[MilestoneTrigger] = mapped_column(enum_column(MilestoneTrigger))
    due_date: Mapped[date | None]
    currency: Mapped[str] = mapped_column(String(3))
    planned_amount: Mapped[Decimal] = mapped_column(Numeric(18, 4))
    invoiced_amount: Mapped[Decimal] = mapped_column(Numeric(18, 4), default=Decimal(0))
    collected_amount: Mapped[Decimal] = mapped_column(Numeric(18, 4), default=Decimal(0))


register_scope(SalesOrder, owned_rows(SalesOrder.owner_id))
register_scope(SalesOrderLine, visible_through(SalesOrderLine.sales_order_id, SalesOrder))
register_scope(SalesOrderMilestone, visible_through(SalesOrderMilestone.sales_order_id, SalesOrder))
track(
    SalesOrder,
    Tracked(
        "sales_order",
        label="number",
        customer="customer_id",
        private_to_owner=True,
        feed="sales_orders",
    ),
)
# A line's or a milestone's change is told by its order's event; their own events are
# for the audit log. The change feed hands out the order as its list shows it (no lines
# or milestones), every field of which is the order row's own.
track(SalesOrderLine, Tracked("sales_order_line"))
track(SalesOrderMilestone, Tracked("sales_order_milestone"))
# An order is kept whole (numbers, lines, totals); a person named in its texts is
# replaced (GDPR erasure, docs/decisions/0042).
copies(
    SalesOrder,
    linked={SubjectKind.CONTACT: SalesOrder.contact_id},
    customer=SalesOrder.customer_id,
    mentions=("delivery_terms", "delivery_address", "terms", "notes", "cancellation_reason"),
)

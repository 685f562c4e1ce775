"""Deliveries: what leaves the warehouse for a confirmed sales order, in part or in
full, and reaches the customer.

Status: picking -> packed (packages, gross weight) -> shipped (carrier, vehicle,
tracking number; the stock leaves: a delivery move, counted in transit) -> delivered
(date, received by; the order's delivered quantities), or cancelled before shipping.
A delivery is scoped like its order: the order's owner is copied onto it (orders do
not change owner), so an engineer sees the deliveries of their orders, a head their
team's, an admin all. Decision record: docs/decisions/0021-deliveries.md.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.core.access import owned_rows, register_scope, visible_through
from app.core.db import Entity, enum_column
from app.core.events import Tracked, track
from app.core.personal_data import copies
from app.core.search import search_column, trigram_index


class DeliveryStatus(StrEnum):
    PICKING = "picking"
    PACKED = "packed"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"


# A delivery in these statuses holds its lines' quantities against the order.
OPEN_STATUSES = (DeliveryStatus.PICKING, DeliveryStatus.PACKED, DeliveryStatus.SHIPPED)


class Delivery(Entity):
    __tablename__ = "deliveries"
    __table_args__ = (
        CheckConstraint("packages_count IS NULL OR packages_count > 0", name="packages_positive"),
        CheckConstraint("gross_weight_kg IS NULL OR gross_weight_kg > 0", name="weight_positive"),
        Index("ix_deliveries_created_at_id", "created_at", "id"),
        Index("ix_deliveries_updated_at_id", "updated_at", "id"),
        Index("ix_deliveries_number_id", "number", "id"),
        Index("ix_deliveries_sales_order_id_created_at", "sales_order_id", "created_at", "id"),
        Index("ix_deliveries_customer_id_created_at", "customer_id", "created_at", "id"),
        Index("ix_deliveries_status_created_at", "status", "created_at", "id"),
        trigram_index("deliveries"),
    )

    # The gapless number of the fiscal year: DO/2026-27/00001.
    number: Mapped[str] = mapped_column(String(40), unique=True)
    sales_order_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sales_orders.id"))
    sales_order_number: Mapped[str] = mapped_column(String(40))
    # Copied from the order: the timeline's customer and the scoping owner.
    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id"))
    owner_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"), index=True)
    warehouse_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("warehouses.id"))
    status: Mapped[DeliveryStatus] = mapped_column(
        enum_column(DeliveryStatus), default=DeliveryStatus.PICKING
    )
    delivery_address: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    packages_count: Mapped[int | None] = mapped_column(Integer)
    gross_weight_kg: Mapped[Decimal | None] = mapped_column(Numeric(14, 4))
    packed_at: Mapped[datetime | None]
    carrier: Mapped[str | None] = mapped_column(String(120))
    vehicle_number: Mapped[str | None] = mapped_column(String(40))
    tracking_number: Mapped[str | None] = mapped_column(String(80))
    shipped_at: Mapped[datetime | None]
    delivered_on: Mapped[date | None]
    received_by: Mapped[str | None] = mapped_column(String(200))
    delivered_at: Mapped[datetime | None]
    cancelled_at: Mapped[datetime | None]
    cancel_reason: Mapped[str | None] = mapped_column(String(1000))
    search_text: Mapped[str] = search_column(
        "number", "sales_order_number", "tracking_number", "vehicle_number"
    )


class DeliveryLine(Entity):
    __tablename__ = "delivery_lines"
    __table_args__ = (
        CheckConstraint("quantity > 0", name="quantity_positive"),
        Index("ix_delivery_lines_delivery_id_position", "delivery_id", "position"),
        Index("ix_delivery_lines_sales_order_line_id", "sales_order_line_id"),
    )

    delivery_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("deliveries.id", ondelete="CASCADE"))
    position: Mapped[int]
    sales_order_line_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sales_order_lines.id"))
    product_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("products.id"))
    description: Mapped[str] = mapped_column(Text)
    unit: Mapped[str] = mapped_column(String(20))
    quantity: Mapped[Decimal] = mapped_column(Numeric(18, 4))
    # Goods leave the warehouse on shipping; a service line (installation) does not.
    is_goods: Mapped[bool]


register_scope(Delivery, owned_rows(Delivery.owner_id))
register_scope(DeliveryLine, visible_through(DeliveryLine.delivery_id, Delivery))
track(
    Delivery,
    Tracked("delivery", label="number", customer="customer_id", private_to_owner=True),
)
track(DeliveryLine, Tracked("delivery_line"))
# Who signed for the goods may be the person (GDPR erasure, docs/decisions/0042).
copies(
    Delivery,
    customer=Delivery.customer_id,
    mentions=("delivery_address", "notes", "received_by", "cancel_reason"),
)

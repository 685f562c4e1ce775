"""Procurement requests: what must be bought (a purchase request, trading goods) or made
(a job order, manufactured goods) to cover a shortfall of stock.

Status: requested -> ordered (supplier, expected date, reference) -> received (the
whole quantity; partial receipts keep it ordered with ``quantity_received`` growing), or
cancelled (what was not received). An open request (requested or ordered) counts in the
stock's ``on_order`` until received. The document that needed it (a sales order line)
is kept as (type, id, number, line).

Visible to heads and admins (the permission ``procurement:read``): buying is a company
matter, and one request may serve several orders. Rows are not scoped further.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.core.access import register_scope, visible_to_everyone
from app.core.db import Entity, enum_column
from app.core.events import Tracked, track
from app.core.search import search_column, trigram_index


class ProcurementKind(StrEnum):
    PURCHASE_REQUEST = "purchase_request"
    JOB_ORDER = "job_order"


class ProcurementStatus(StrEnum):
    REQUESTED = "requested"
    ORDERED = "ordered"
    RECEIVED = "received"
    CANCELLED = "cancelled"


OPEN_STATUSES = (ProcurementStatus.REQUESTED, ProcurementStatus.ORDERED)


class ProcurementRequest(Entity):
    __tablename__ = "procurement_requests"
    __table_args__ = (
        CheckConstraint("quantity > 0", name="quantity_positive"),
        CheckConstraint(
            "quantity_received >= 0 AND quantity_received <= quantity", name="received_within"
        ),
        Index("ix_procurement_requests_created_at_id", "created_at", "id"),
        Index("ix_procurement_requests_updated_at_id", "updated_at", "id"),
        Index("ix_procurement_requests_expected_date_id", "expected_date", "id"),
        Index("ix_procurement_requests_number_id", "number", "id"),
        Index("ix_procurement_requests_status_created_at", "status", "created_at", "id"),
        Index("ix_procurement_requests_product_id", "product_id", "warehouse_id"),
        Index("ix_procurement_requests_document", "document_type", "document_id"),
        trigram_index("procurement_requests"),
    )

    number: Mapped[str] = mapped_column(String(40), unique=True)
    kind: Mapped[ProcurementKind] = mapped_column(enum_column(ProcurementKind), index=True)
    status: Mapped[ProcurementStatus] = mapped_column(
        enum_column(ProcurementStatus), default=ProcurementStatus.REQUESTED
    )
    product_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("products.id"))
    warehouse_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("warehouses.id"))
    quantity: Mapped[Decimal] = mapped_column(Numeric(18, 4))
    quantity_received: Mapped[Decimal] = mapped_column(Numeric(18, 4), default=Decimal(0))
    document_type: Mapped[str | None] = mapped_column(String(40))
    document_id: Mapped[uuid.UUID | None]
    document_number: Mapped[str | None] = mapped_column(String(48))
    document_line_id: Mapped[uuid.UUID | None]
    requested_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    supplier: Mapped[str | None] = mapped_column(String(200))
    supplier_reference: Mapped[str | None] = mapped_column(String(100))
    expected_date: Mapped[date | None] = mapped_column(Date)
    ordered_at: Mapped[datetime | None]
    received_at: Mapped[datetime | None]
    cancelled_at: Mapped[datetime | None]
    cancel_reason: Mapped[str | None] = mapped_column(String(1000))
    notes: Mapped[str | None] = mapped_column(Text)
    search_text: Mapped[str] = search_column("number", "supplier", "supplier_reference")


register_scope(ProcurementRequest, visible_to_everyone())
track(ProcurementRequest, Tracked("procurement_request", label="number"))

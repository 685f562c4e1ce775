from __future__ import annotations

import uuid
from datetime import date, datetime

from pydantic import Field

from app.core.money import Quantity, StockQuantity
from app.core.schemas import EntityRead, InputModel
from app.procurement.models import ProcurementKind, ProcurementStatus


class ProcurementRequestRead(EntityRead):
    number: str
    kind: ProcurementKind
    status: ProcurementStatus
    product_id: uuid.UUID
    product_sku: str
    warehouse_id: uuid.UUID
    quantity: StockQuantity
    quantity_received: StockQuantity
    document_type: str | None
    document_id: uuid.UUID | None
    document_number: str | None
    document_line_id: uuid.UUID | None
    requested_by_id: uuid.UUID | None
    supplier: str | None
    supplier_reference: str | None
    expected_date: date | None
    ordered_at: datetime | None
    received_at: datetime | None
    cancelled_at: datetime | None
    cancel_reason: str | None
    notes: str | None


class ProcurementOrder(InputModel):
    """Placed with a supplier (a purchase request: ``supplier`` required) or released to
    the shop floor (a job order)."""

    supplier: str | None = Field(default=None, min_length=1, max_length=200)
    supplier_reference: str | None = Field(
        default=None, max_length=100, description="The supplier's order or the job number"
    )
    expected_date: date | None = None
    notes: str | None = Field(default=None, max_length=2000)


class ProcurementReceipt(InputModel):
    quantity: Quantity = Field(description="Received now; at most what is outstanding")


class ProcurementCancel(InputModel):
    reason: str = Field(min_length=1, max_length=1000)

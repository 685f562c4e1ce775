from __future__ import annotations

import uuid
from datetime import date, datetime

from pydantic import Field

from app.core.money import Quantity, StockQuantity
from app.core.schemas import CreateModel, EntityRead, InputModel, IsoDate
from app.deliveries.models import DeliveryStatus

MAX_LINES = 200


class DeliveryLineIn(InputModel):
    sales_order_line_id: uuid.UUID
    quantity: Quantity = Field(
        description="At most the line's ordered quantity less what is delivered or on "
        "other open deliveries"
    )


class DeliveryCreate(CreateModel):
    sales_order_id: uuid.UUID
    lines: list[DeliveryLineIn] | None = Field(
        default=None,
        min_length=1,
        max_length=MAX_LINES,
        description="Default: everything of the order not yet delivered or on its way",
    )
    delivery_address: str | None = Field(
        default=None, max_length=2000, description="Default: the order's"
    )
    notes: str | None = Field(default=None, max_length=2000)


class DeliveryPack(InputModel):
    packages_count: int = Field(ge=1, le=100_000)
    gross_weight_kg: Quantity = Field(description="Kilograms, a decimal string")


class DeliveryShip(InputModel):
    carrier: str = Field(min_length=1, max_length=120)
    vehicle_number: str | None = Field(default=None, min_length=1, max_length=40)
    tracking_number: str | None = Field(default=None, min_length=1, max_length=80)


class DeliveryDeliver(InputModel):
    delivered_on: IsoDate | None = Field(default=None, description="Default: today, company time")
    received_by: str = Field(min_length=1, max_length=200)


class DeliveryCancel(InputModel):
    reason: str = Field(min_length=1, max_length=1000)


class DeliveryLineRead(EntityRead):
    delivery_id: uuid.UUID
    position: int
    sales_order_line_id: uuid.UUID
    product_id: uuid.UUID
    description: str
    unit: str
    quantity: StockQuantity
    is_goods: bool


class DeliveryRead(EntityRead):
    number: str
    sales_order_id: uuid.UUID
    sales_order_number: str
    customer_id: uuid.UUID
    customer_name: str | None = Field(
        default=None, description="Empty when the caller may not see the customer"
    )
    owner_id: uuid.UUID
    warehouse_id: uuid.UUID | None
    status: DeliveryStatus
    delivery_address: str | None
    notes: str | None
    packages_count: int | None
    gross_weight_kg: str | None = Field(description="Kilograms, a decimal string")
    packed_at: datetime | None
    carrier: str | None
    vehicle_number: str | None
    tracking_number: str | None
    shipped_at: datetime | None
    delivered_on: date | None
    received_by: str | None
    delivered_at: datetime | None
    cancelled_at: datetime | None
    cancel_reason: str | None
    lines: list[DeliveryLineRead]

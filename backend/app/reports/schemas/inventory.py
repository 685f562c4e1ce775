"""The inventory report's answer."""

from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import BaseModel, Field

from app.core.schemas import OutputModel
from app.reports.schemas import Figure, Span


class StockPosition(BaseModel):
    product_id: uuid.UUID
    sku: str
    product_name: str
    product_group_id: uuid.UUID | None
    product_group_name: str | None
    warehouse_id: uuid.UUID
    warehouse_name: str
    on_hand: Figure
    reserved: Figure = Field(description="Promised to confirmed orders")
    available: Figure = Field(description="on_hand - reserved")
    on_order: Figure = Field(description="Ordered from suppliers or the shop floor")
    in_transit: Figure = Field(description="Shipped, not yet delivered")
    delivered: Figure = Field(description="Delivered to customers in the window")
    last_delivered_at: datetime | None = Field(
        description="The last delivery, up to the window's end"
    )
    open_requests: int = Field(description="Procurement requests not received or cancelled")
    quantity_on_request: Figure = Field(description="What those requests still bring")
    is_slow_mover: bool = Field(description="Stock on hand and nothing delivered in the window")


class WarehouseSummary(BaseModel):
    warehouse_id: uuid.UUID
    warehouse_name: str
    products: int = Field(description="Products with a row here")
    products_in_stock: int
    slow_movers: int
    open_requests: int


class InventoryReport(OutputModel):
    window: Span
    items: list[StockPosition] = Field(description="By warehouse, then SKU")
    warehouses: list[WarehouseSummary]

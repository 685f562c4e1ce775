"""Warehouses, stock levels, the ledger, adjustments and transfers; and the types of the
stock service other domains call (orders reserve, deliveries consume, procurement
receives)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Self

from pydantic import Field, field_validator, model_validator

from app.core.errors import UnprocessableEntity, field_error
from app.core.money import Quantity, StockQuantity
from app.core.schemas import CreateModel, EntityRead, InputModel, OutputModel
from app.inventory.models import MoveKind

WAREHOUSE_CODE = r"^[A-Za-z0-9][A-Za-z0-9-]{0,19}$"

# --- the service interface other domains use ----------------------------------------


@dataclass(frozen=True)
class StockDocument:
    """The document a reservation or a move belongs to: ``type`` is the owning domain's
    noun ("sales_order", "delivery", "procurement_request"), ``number`` as printed."""

    type: str
    id: uuid.UUID
    number: str | None = None


@dataclass(frozen=True)
class ReserveLine:
    """One document line asking for stock."""

    line_id: uuid.UUID
    product_id: uuid.UUID
    quantity: Decimal


@dataclass(frozen=True)
class LineReservation:
    """What a line got: ``reserved`` set aside now, ``short`` waiting for stock (raise a
    procurement request for it); ``reserved + short`` is the line's quantity."""

    line_id: uuid.UUID
    product_id: uuid.UUID
    reserved: Decimal
    short: Decimal


@dataclass(frozen=True)
class Allocation:
    """Stock handed to a waiting line when it arrived (or was freed)."""

    document: StockDocument
    line_id: uuid.UUID
    product_id: uuid.UUID
    warehouse_id: uuid.UUID
    quantity: Decimal


# --- warehouses -------------------------------------------------------------------------


class WarehouseCreate(CreateModel):
    code: str = Field(pattern=WAREHOUSE_CODE, examples=["BLR-1"])
    name: str = Field(min_length=1, max_length=120, examples=["Bengaluru main"])
    address: str | None = Field(default=None, max_length=2000)
    is_active: bool = True

    @field_validator("code")
    @classmethod
    def _upper(cls, value: str) -> str:
        return value.upper()


class WarehouseUpdate(InputModel):
    code: str | None = Field(default=None, pattern=WAREHOUSE_CODE)
    name: str | None = Field(default=None, min_length=1, max_length=120)
    address: str | None = Field(default=None, max_length=2000)
    is_active: bool | None = Field(
        default=None, description="false: no new stock goes there (warehouses are never deleted)"
    )

    @field_validator("code")
    @classmethod
    def _upper(cls, value: str | None) -> str | None:
        return value.upper() if value is not None else None


class WarehouseRead(EntityRead):
    code: str
    name: str
    address: str | None
    is_active: bool


# --- stock ------------------------------------------------------------------------------


class StockLevelRead(OutputModel):
    """One product in one warehouse. ``available`` = ``on_hand`` - ``reserved``;
    ``on_order``: requested or ordered and not yet received; ``in_transit``: shipped,
    not yet delivered."""

    id: uuid.UUID
    product_id: uuid.UUID
    product_sku: str
    product_name: str
    warehouse_id: uuid.UUID
    warehouse_code: str
    on_hand: StockQuantity
    reserved: StockQuantity
    available: StockQuantity
    on_order: StockQuantity
    in_transit: StockQuantity
    reorder_level: StockQuantity | None
    updated_at: datetime
    version: int


class StockMoveRead(OutputModel):
    id: uuid.UUID
    created_at: datetime
    product_id: uuid.UUID
    warehouse_id: uuid.UUID
    quantity: StockQuantity
    kind: MoveKind
    reason: str | None
    document_type: str | None
    document_id: uuid.UUID | None
    document_number: str | None
    created_by_id: uuid.UUID | None


class StockAdjustmentCreate(CreateModel):
    """A count corrected: ``quantity`` is signed (+ found, - lost or damaged)."""

    product_id: uuid.UUID
    warehouse_id: uuid.UUID
    quantity: StockQuantity = Field(description="Signed change of on-hand stock, not 0")
    reason: str = Field(min_length=1, max_length=500, examples=["Cycle count, bin A-3"])

    @model_validator(mode="after")
    def _not_zero(self) -> Self:
        if self.quantity == 0:
            raise UnprocessableEntity(
                errors=[field_error("quantity", "an adjustment changes the stock", "nonzero")]
            )
        return self


class StockTransferCreate(InputModel):
    product_id: uuid.UUID
    from_warehouse_id: uuid.UUID
    to_warehouse_id: uuid.UUID
    quantity: Quantity
    reason: str | None = Field(default=None, max_length=500)

    @model_validator(mode="after")
    def _two_places(self) -> Self:
        if self.from_warehouse_id == self.to_warehouse_id:
            raise UnprocessableEntity(
                errors=[field_error("to_warehouse_id", "is the warehouse it comes from", "same")]
            )
        return self


class StockTransferRead(OutputModel):
    moves: list[StockMoveRead]

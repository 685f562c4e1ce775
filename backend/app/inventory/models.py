"""Warehouses and the stock in them: one ledger of moves, a balance row per product and
warehouse, and the reservations documents hold on that stock.

The ledger (``stock_moves``) is the truth: every change of what is on the shelf is a
signed move with a kind, a reason and the document it belongs to, and is never changed
or deleted. ``stock_balances`` keeps, per (product, warehouse), the sum of the ledger
(``on_hand``) and the counters the ledger does not hold: ``reserved`` (the sum of the
reservations), ``on_order`` (open procurement), ``in_transit`` (shipped, not delivered).
It is written in the same transaction as each move, under the row's lock, so it is both
the fast read and the lock that serialises everything touching that product's stock
there. Check constraints make the invariants the database's: nothing negative, never
more reserved than on hand. Decision record: docs/decisions/0019-stock-ledger-and-reservations.md.

Stock is company data: every signed-in user may read it; the scoping rule is
"everyone" and the permissions decide who may write.
"""

from __future__ import annotations

import uuid
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Computed,
    ForeignKey,
    Index,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.core.access import register_scope, visible_to_everyone
from app.core.db import Entity, enum_column
from app.core.events import Tracked, track, untracked
from app.core.listen import DIRECTORY_CHANNEL

QTY = Numeric(18, 4)


class Warehouse(Entity):
    __tablename__ = "warehouses"
    __table_args__ = (Index("ix_warehouses_code_id", "code", "id"),)

    # Stored upper-case: "blr-1" and "BLR-1" are one warehouse.
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    address: Mapped[str | None] = mapped_column(Text)
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)


class MoveKind(StrEnum):
    """What moved the stock. Reservations are not moves: they change what is available,
    not what is on the shelf."""

    RECEIPT = "receipt"  # in from a supplier or the shop floor (a procurement request)
    DELIVERY = "delivery"  # out to a customer (a delivery consuming a reservation)
    ADJUSTMENT = "adjustment"  # a count corrected, with its reason
    TRANSFER_OUT = "transfer_out"
    TRANSFER_IN = "transfer_in"


class StockMove(Entity):
    __tablename__ = "stock_moves"
    __table_args__ = (
        CheckConstraint("quantity <> 0", name="nonzero"),
        Index("ix_stock_moves_created_at_id", "created_at", "id"),
        Index("ix_stock_moves_product_id_created_at_id", "product_id", "created_at", "id"),
        Index("ix_stock_moves_warehouse_id_created_at_id", "warehouse_id", "created_at", "id"),
        Index("ix_stock_moves_document", "document_type", "document_id"),
    )

    product_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("products.id"))
    warehouse_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("warehouses.id"))
    quantity: Mapped[Decimal] = mapped_column(QTY)  # signed: + in, - out
    kind: Mapped[MoveKind] = mapped_column(enum_column(MoveKind), index=True)
    reason: Mapped[str | None] = mapped_column(String(500))
    # The document the move belongs to ("procurement_request", "delivery", ...); an
    # adjustment is its own document (none).
    document_type: Mapped[str | None] = mapped_column(String(40))
    document_id: Mapped[uuid.UUID | None]
    document_number: Mapped[str | None] = mapped_column(String(48))
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))


class StockBalance(Entity):
    __tablename__ = "stock_balances"
    __table_args__ = (
        UniqueConstraint("product_id", "warehouse_id"),
        CheckConstraint("on_hand >= 0", name="on_hand_not_negative"),
        CheckConstraint("reserved >= 0 AND reserved <= on_hand", name="reserved_within_on_hand"),
        CheckConstraint("on_order >= 0", name="on_order_not_negative"),
        CheckConstraint("in_transit >= 0", name="in_transit_not_negative"),
        Index("ix_stock_balances_warehouse_id_created_at_id", "warehouse_id", "created_at", "id"),
        Index("ix_stock_balances_created_at_id", "created_at", "id"),
        Index("ix_stock_balances_updated_at_id", "updated_at", "id"),
        Index("ix_stock_balances_available_id", "available", "id"),
        Index("ix_stock_balances_on_hand_id", "on_hand", "id"),
    )

    product_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("products.id"))
    warehouse_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("warehouses.id"))
    on_hand: Mapped[Decimal] = mapped_column(QTY, default=Decimal(0))
    reserved: Mapped[Decimal] = mapped_column(QTY, default=Decimal(0))
    available: Mapped[Decimal] = mapped_column(QTY, Computed("on_hand - reserved", persisted=True))
    on_order: Mapped[Decimal] = mapped_column(QTY, default=Decimal(0))
    in_transit: Mapped[Decimal] = mapped_column(QTY, default=Decimal(0))


class StockReservation(Entity):
    """A document line's hold on stock in one warehouse: ``quantity_reserved`` is set
    aside (counted in the balance's ``reserved``), ``quantity_waiting`` is the shortfall
    still waiting for stock; arriving stock goes to waiting lines oldest first."""

    __tablename__ = "stock_reservations"
    __table_args__ = (
        UniqueConstraint("document_type", "document_id", "line_id"),
        CheckConstraint("quantity_reserved >= 0", name="reserved_not_negative"),
        CheckConstraint("quantity_waiting >= 0", name="waiting_not_negative"),
        # The FIFO queue of one product in one warehouse: only waiting lines.
        Index(
            "ix_stock_reservations_waiting",
            "product_id",
            "warehouse_id",
            "created_at",
            "id",
            postgresql_where=text("quantity_waiting > 0"),
        ),
    )

    product_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("products.id"))
    warehouse_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("warehouses.id"))
    document_type: Mapped[str] = mapped_column(String(40))
    document_id: Mapped[uuid.UUID]
    document_number: Mapped[str | None] = mapped_column(String(48))
    line_id: Mapped[uuid.UUID]
    quantity_reserved: Mapped[Decimal] = mapped_column(QTY, default=Decimal(0))
    quantity_waiting: Mapped[Decimal] = mapped_column(QTY, default=Decimal(0))


register_scope(Warehouse, visible_to_everyone())
register_scope(StockMove, visible_to_everyone())
register_scope(StockBalance, visible_to_everyone())
register_scope(StockReservation, visible_to_everyone())
track(Warehouse, Tracked("warehouse", label="name", notify=DIRECTORY_CHANNEL))
track(StockMove, Tracked("stock_move", label="kind"))
track(StockReservation, Tracked("stock_reservation", label="document_number"))
untracked(
    StockBalance,
    reason="derived from the moves, reservations and procurement, each of which has events",
)

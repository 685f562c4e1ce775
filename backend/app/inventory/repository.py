"""Every query of the inventory domain starts from the scoped base (stock is visible to
everyone; the lock statements are what matter here)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    Integer,
    Select,
    Uuid,
    bindparam,
    func,
    inspect,
    literal,
    select,
    tuple_,
    update,
)
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.orm.attributes import set_committed_value

from app.core.access import Principal, scope_clause
from app.core.clock import utcnow
from app.core.db import ArrayRows, UTCDateTime, any_of_ids
from app.core.ids import new_id
from app.core.money import decimal_sql
from app.core.pagination import SortOptions
from app.core.reads import ReadModel
from app.core.repository import ScopedRepository
from app.inventory.errors import StockMoveNotFound, WarehouseCodeTaken, WarehouseNotFound
from app.inventory.models import (
    QTY,
    MoveKind,
    StockBalance,
    StockMove,
    StockReservation,
    Warehouse,
)
from app.inventory.schemas import StockLevelRead, StockMoveRead, WarehouseRead
from app.products.service import (
    product_ids_in_group,
    product_name_of,
    product_sku_of,
    reorder_level_of,
)

Pair = tuple[uuid.UUID, uuid.UUID]  # (product_id, warehouse_id)
# What a balance row counts (``available`` is computed from them by PostgreSQL).
_COUNTERS = ("on_hand", "reserved", "on_order", "in_transit")
_UUID, _TIME, _INTEGER = Uuid(), UTCDateTime(), Integer()

WAREHOUSE_READ = ReadModel(Warehouse, WarehouseRead)
WAREHOUSE_SORT = SortOptions("code", code=Warehouse.code, name=Warehouse.name)

STOCK_LEVEL_READ = ReadModel(
    StockBalance,
    StockLevelRead,
    fields={
        "product_sku": product_sku_of(StockBalance.product_id),
        "product_name": product_name_of(StockBalance.product_id),
        "warehouse_code": select(Warehouse.code)
        .where(Warehouse.id == StockBalance.warehouse_id)
        .scalar_subquery(),
        "reorder_level": decimal_sql(reorder_level_of(StockBalance.product_id)),
        **{
            name: decimal_sql(getattr(StockBalance, name))
            for name in ("on_hand", "reserved", "available", "on_order", "in_transit")
        },
    },
)
STOCK_SORT = SortOptions(
    "created_at",
    created_at=StockBalance.created_at,
    updated_at=StockBalance.updated_at,
    on_hand=StockBalance.on_hand,
    available=StockBalance.available,
)
MOVE_READ = ReadModel(
    StockMove, StockMoveRead, fields={"quantity": decimal_sql(StockMove.quantity)}
)
MOVE_SORT = SortOptions("-created_at", created_at=StockMove.created_at)


class WarehouseRepository(ScopedRepository[Warehouse]):
    model = Warehouse
    not_found = WarehouseNotFound
    unique_conflicts = {"uq_warehouses_code": WarehouseCodeTaken}

    def filtered(self, *, active: bool | None = None) -> Select[Warehouse]:
        stmt = self.scoped()
        if active is not None:
            stmt = stmt.where(Warehouse.is_active.is_(active))
        return stmt

    async def first_active_id(self) -> uuid.UUID | None:
        stmt = self.filtered(active=True).with_only_columns(Warehouse.id)
        return (await self.session.scalars(stmt.order_by(Warehouse.code).limit(1))).first()

    async def unscoped_code_taken(self, code: str, *, other_than: uuid.UUID | None = None) -> bool:
        stmt = select(Warehouse.id).where(Warehouse.code == code)
        if other_than is not None:
            stmt = stmt.where(Warehouse.id != other_than)
        return (await self.session.scalar(stmt)) is not None


class StockMoveRepository(ScopedRepository[StockMove]):
    model = StockMove
    not_found = StockMoveNotFound

    def filtered(
        self,
        *,
        product_id: uuid.UUID | None = None,
        warehouse_id: uuid.UUID | None = None,
        kind: MoveKind | None = None,
        document_type: str | None = None,
        document_id: uuid.UUID | None = None,
    ) -> Select[StockMove]:
        stmt = self.scoped()
        equals = {
            StockMove.product_id: product_id,
            StockMove.warehouse_id: warehouse_id,
            StockMove.kind: kind,
            StockMove.document_type: document_type,
            StockMove.document_id: document_id,
        }
        for attribute, value in equals.items():
            if value is not None:
                stmt = stmt.where(attribute == value)
        return stmt

    def with_ids(self, move_ids: Iterable[uuid.UUID]) -> Select[StockMove]:
        return self.scoped().where(StockMove.id.in_(list(move_ids))).order_by(StockMove.id)

    async def ledger_sums(self) -> dict[Pair, Decimal]:
        """Sum of the ledger per (product, warehouse): what every balance must equal."""
        stmt = select(StockMove.product_id, StockMove.warehouse_id, func.sum(StockMove.quantity))
        rows = await self.session.execute(
            stmt.group_by(StockMove.product_id, StockMove.warehouse_id)
        )
        return {(row[0], row[1]): row[2] for row in rows}


# The balance rows a document's lines need, by (product, warehouse), each with an id for
# a row made for it; and the counters written back. Built once: the rows are bound at
# execution (``ArrayRows``).
_WANTED = ArrayRows(
    "balances_wanted",
    [("id", _UUID), ("product_id", _UUID), ("warehouse_id", _UUID)],
    ordinality="n",
)
_NOW = bindparam("now", type_=_TIME)
_ZERO = literal(Decimal(0), QTY)
# Written through the table (Core statements), not the entity: the rows the session
# holds are brought up to date by ``write`` itself (no ORM synchronisation wanted).
_BALANCES: Any = StockBalance.__table__
_MAKE_MISSING = (
    pg_insert(_BALANCES)
    .from_select(
        ["id", "product_id", "warehouse_id", *_COUNTERS, "created_at", "updated_at", "version"],
        select(
            _WANTED.c.id,
            _WANTED.c.product_id,
            _WANTED.c.warehouse_id,
            *(_ZERO for _ in _COUNTERS),
            _NOW,
            _NOW,
            literal(1, _INTEGER),
        ).order_by(_WANTED.c.n),
    )
    .on_conflict_do_nothing(index_elements=["product_id", "warehouse_id"])
)
_LOCK_WANTED = (
    select(StockBalance)
    .where(
        tuple_(StockBalance.product_id, StockBalance.warehouse_id).in_(
            select(_WANTED.c.product_id, _WANTED.c.warehouse_id)
        )
    )
    .order_by(StockBalance.product_id, StockBalance.warehouse_id)
    .with_for_update()
    .execution_options(populate_existing=True)
)
_COUNTED = ArrayRows("balances_counted", [("id", _UUID), *((name, QTY) for name in _COUNTERS)])
_WRITE_COUNTED = (
    update(_BALANCES)
    .where(_BALANCES.c.id == _COUNTED.c.id)
    .values(
        **{name: _COUNTED.c[name] for name in _COUNTERS},
        updated_at=_NOW,
        version=_BALANCES.c.version + 1,
    )
)


class StockBalanceRepository(ScopedRepository[StockBalance]):
    model = StockBalance

    def filtered(
        self,
        *,
        product_id: uuid.UUID | None = None,
        warehouse_id: uuid.UUID | None = None,
        group_id: uuid.UUID | None = None,
        below_reorder: bool | None = None,
    ) -> Select[StockBalance]:
        stmt = self.scoped()
        if product_id is not None:
            stmt = stmt.where(StockBalance.product_id == product_id)
        if warehouse_id is not None:
            stmt = stmt.where(StockBalance.warehouse_id == warehouse_id)
        if group_id is not None:
            stmt = stmt.where(StockBalance.product_id.in_(product_ids_in_group(group_id)))
        if below_reorder is not None:
            level = reorder_level_of(StockBalance.product_id)
            below = StockBalance.available < level
            stmt = stmt.where(below if below_reorder else ~func.coalesce(below, False))
        return stmt

    async def lock(self, pairs: Iterable[Pair]) -> dict[Pair, StockBalance]:
        """The balance rows of ``pairs``, made if missing, locked (``FOR UPDATE``) until
        the transaction ends, always in (product, warehouse) order: two transactions
        locking overlapping sets queue instead of deadlocking. The rows are read as
        committed now (``populate_existing``), so a waiter decides from the winner's
        result."""
        wanted = sorted(set(pairs))
        if not wanted:
            return {}
        values = {
            **_WANTED.values([(new_id(), p, w) for p, w in wanted]),
            "now": utcnow(),
        }
        await self.session.execute(_MAKE_MISSING, values)
        rows = (await self.session.scalars(_LOCK_WANTED, values)).all()
        return {(row.product_id, row.warehouse_id): row for row in rows}

    async def write(self, balances: Iterable[StockBalance]) -> None:
        """Write the changed counters of balance rows this transaction holds locked
        (``lock``) in one statement, however many (a document's lines change several),
        and bump their versions; the rows are then clean in the session, as after a
        flush. (The ORM would send one UPDATE per row: each checks the row's version.)
        ``available`` is PostgreSQL's to compute: read again when next asked for."""
        changed = [
            balance
            for balance in balances
            if any(inspect(balance).attrs[name].history.has_changes() for name in _COUNTERS)
        ]
        if not changed:
            return
        now = utcnow()
        values = _COUNTED.values(
            [(b.id, *(getattr(b, name) for name in _COUNTERS)) for b in changed]
        )
        await self.session.execute(_WRITE_COUNTED, {**values, "now": now})
        for balance in changed:
            for name in _COUNTERS:
                set_committed_value(balance, name, getattr(balance, name))
            set_committed_value(balance, "version", balance.version + 1)
            set_committed_value(balance, "updated_at", now)
            self.session.expire(balance, ["available"])

    async def current(self, product_id: uuid.UUID, warehouse_id: uuid.UUID) -> StockBalance | None:
        stmt = self.filtered(product_id=product_id, warehouse_id=warehouse_id)
        stmt = stmt.execution_options(populate_existing=True)
        return (await self.session.scalars(stmt)).one_or_none()

    async def unscoped_all(self) -> list[StockBalance]:
        stmt = select(StockBalance).execution_options(populate_existing=True)
        return list((await self.session.scalars(stmt)).all())


# A document's reservations (all, or those of some of its lines), built once.
_RESERVATIONS_OF_DOCUMENT = (
    select(StockReservation)
    .where(
        StockReservation.document_type == bindparam("document_type"),
        StockReservation.document_id == bindparam("document_id"),
    )
    .order_by(StockReservation.line_id)
    .execution_options(populate_existing=True)
)
_RESERVATIONS_OF_LINES = _RESERVATIONS_OF_DOCUMENT.where(
    StockReservation.line_id == any_of_ids("line_ids")
)


class StockReservationRepository(ScopedRepository[StockReservation]):
    model = StockReservation

    async def of_document(
        self, document_type: str, document_id: uuid.UUID, line_ids: Iterable[uuid.UUID] | None
    ) -> list[StockReservation]:
        """A document's reservations (its balance rows must be locked first)."""
        values = {"document_type": document_type, "document_id": document_id}
        if line_ids is None:
            stmt = _RESERVATIONS_OF_DOCUMENT
        else:
            stmt, values["line_ids"] = _RESERVATIONS_OF_LINES, sorted(set(line_ids))
        return list((await self.session.scalars(stmt, values)).all())

    async def waiting(
        self, product_id: uuid.UUID, warehouse_id: uuid.UUID
    ) -> list[StockReservation]:
        """The lines waiting for this product in this warehouse, oldest first. Only read
        under the balance row's lock, which serialises every writer of these rows."""
        stmt = (
            select(StockReservation)
            .where(
                StockReservation.product_id == product_id,
                StockReservation.warehouse_id == warehouse_id,
                StockReservation.quantity_waiting > 0,
            )
            .order_by(StockReservation.created_at, StockReservation.id)
            .execution_options(populate_existing=True)
        )
        return list((await self.session.scalars(stmt)).all())

    @staticmethod
    def unscoped_line_column(
        column_name: str, document_type: str, document_id: Any, line_id: Any
    ) -> Any:
        """A document line's reserved or waiting quantity (0 without a reservation), as a
        scalar subquery for another domain's read model (stock is company data)."""
        column = getattr(StockReservation, column_name)
        return (
            select(func.coalesce(func.sum(column), 0))
            .where(
                StockReservation.document_type == document_type,
                StockReservation.document_id == document_id,
                StockReservation.line_id == line_id,
            )
            .scalar_subquery()
        )

    async def unscoped_reserved_sums(self) -> dict[Pair, Decimal]:
        stmt = select(
            StockReservation.product_id,
            StockReservation.warehouse_id,
            func.sum(StockReservation.quantity_reserved),
        ).group_by(StockReservation.product_id, StockReservation.warehouse_id)
        return {(r[0], r[1]): r[2] for r in await self.session.execute(stmt)}


# --- for reports ---------------------------------------------------------------------


def stock_positions(principal: Principal) -> Any:
    """Every balance of a product in a warehouse: product_id, warehouse_id, on_hand,
    reserved, available, on_order, in_transit (a subquery for the inventory report)."""
    return select(
        StockBalance.product_id,
        StockBalance.warehouse_id,
        StockBalance.on_hand,
        StockBalance.reserved,
        StockBalance.available,
        StockBalance.on_order,
        StockBalance.in_transit,
    ).where(scope_clause(StockBalance, principal))


def deliveries_out(principal: Principal, *, since: datetime, until: datetime) -> Any:
    """Per product and warehouse, the goods delivered to customers: the quantity in
    [since, until) and when the last delivery before ``until`` left (product_id,
    warehouse_id, delivered, last_delivered_at): a subquery for the inventory report."""
    delivery = StockMove.kind == MoveKind.DELIVERY
    return (
        select(
            StockMove.product_id,
            StockMove.warehouse_id,
            func.coalesce(
                func.sum(-StockMove.quantity).filter(StockMove.created_at >= since), 0
            ).label("delivered"),
            func.max(StockMove.created_at).label("last_delivered_at"),
        )
        .where(scope_clause(StockMove, principal), delivery, StockMove.created_at < until)
        .group_by(StockMove.product_id, StockMove.warehouse_id)
    )


def unscoped_warehouse_name_of(warehouse_id: Any) -> Any:
    return select(Warehouse.name).where(Warehouse.id == warehouse_id).scalar_subquery()

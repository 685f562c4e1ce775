"""Stock: the ledger, the balances, reservations; warehouses.

The interface other domains call (each in the caller's transaction; they flush, never
commit; quantities are Decimals greater than 0):

* ``reserve(session, *, lines, warehouse_id, document)`` -> ``{line_id: LineReservation}``
  sets aside what is available for each line (``reserved``) and queues the rest
  (``short``) for arriving stock. Calling it again for lines already reserved answers
  what they hold (a replayed confirm does not reserve twice).
* ``release(session, *, document, line_ids=None)``: a cancelled document (or some of its
  lines) gives back what it held; the freed stock goes to waiting lines.
* ``consume(session, *, document, line_id, quantity, shipped_by=None, in_transit=True)``:
  goods leave: a ``delivery`` move (belonging to ``shipped_by``, the delivery, when
  given), taken from the line's reservation first, then from free stock; counted in
  transit until ``deliver_in_transit``.
* ``receive(session, *, product_id, warehouse_id, quantity, document, reason, on_order)``:
  a ``receipt`` move; the stock goes to waiting lines oldest first (procurement).
* ``change_on_order(session, *, product_id, warehouse_id, delta)``: open procurement.
* ``default_warehouse_id(session)``: where a document that names none reserves.
* ``stock_levels(session, *, product_id, warehouse_id)``: one balance, unlocked.

Every function locks the balance rows it touches (``FOR UPDATE``, in (product,
warehouse) order) before reading them, so concurrent documents take turns per product
and warehouse and never reserve the same unit twice. The database's check constraints
(nothing negative, reserved <= on hand) back that up. Nothing here is scoped: stock is
company data, and the calling domain has already decided that its caller may act on its
document. The actor of each move is the session's caller.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core import events
from app.core.access import Principal
from app.core.errors import InvalidReference, UnprocessableEntity, field_error
from app.core.ids import new_id
from app.core.jobs import SYSTEM
from app.core.listen import InvalidatedCache
from app.core.money import format_decimal
from app.core.pagination import ListParams
from app.core.repository import Saved
from app.inventory import repository
from app.inventory.errors import (
    AlreadyReserved,
    InsufficientStock,
    WarehouseCodeTaken,
    WarehouseInactive,
)
from app.inventory.models import MoveKind, StockBalance, StockMove, StockReservation, Warehouse
from app.inventory.repository import (
    MOVE_READ,
    MOVE_SORT,
    STOCK_LEVEL_READ,
    STOCK_SORT,
    WAREHOUSE_READ,
    WAREHOUSE_SORT,
    Pair,
    StockBalanceRepository,
    StockMoveRepository,
    StockReservationRepository,
    WarehouseRepository,
)
from app.inventory.schemas import (
    Allocation,
    LineReservation,
    ReserveLine,
    StockAdjustmentCreate,
    StockDocument,
    StockTransferCreate,
    WarehouseCreate,
    WarehouseUpdate,
)
from app.products import service as products

__all__ = [
    "MOVE_SORT",
    "STOCK_SORT",
    "WAREHOUSE_SORT",
    "Allocation",
    "LineReservation",
    "ReserveLine",
    "StockDocument",
]
ZERO = Decimal(0)


def _system(session: AsyncSession) -> Principal:
    """The session's caller (set by authentication or a job; the system for the demo
    data): the stock service acts for whoever's document it serves, unscoped."""
    principal: Principal = session.info.get("principal", SYSTEM)
    return principal


def _positive(quantity: Decimal, field: str = "quantity") -> None:
    if quantity <= 0:
        raise UnprocessableEntity(errors=[field_error(field, "must be more than 0", "positive")])


# --- warehouses -------------------------------------------------------------------------


async def warehouses_page(
    session: AsyncSession,
    principal: Principal,
    *,
    params: ListParams,
    fields: str | None,
    active: bool | None,
) -> bytes:
    repo = WarehouseRepository(session, principal)
    return await repo.read_page(WAREHOUSE_READ, repo.filtered(active=active), params, fields=fields)


async def warehouse_item(
    session: AsyncSession, principal: Principal, warehouse_id: uuid.UUID
) -> dict[str, Any]:
    return await WarehouseRepository(session, principal).read_item(WAREHOUSE_READ, warehouse_id)


async def get_warehouse(
    session: AsyncSession, principal: Principal, warehouse_id: uuid.UUID
) -> Warehouse:
    return await WarehouseRepository(session, principal).get_or_404(warehouse_id)


async def create_warehouse(
    session: AsyncSession, principal: Principal, *, data: WarehouseCreate
) -> Saved[Warehouse]:
    repo = WarehouseRepository(session, principal)

    async def build() -> Warehouse:
        if await repo.unscoped_code_taken(data.code):
            raise WarehouseCodeTaken()
        return Warehouse(**data.model_dump(exclude={"id"}))

    return await repo.create_once(data.id, build)


async def update_warehouse(
    session: AsyncSession, principal: Principal, warehouse: Warehouse, *, data: WarehouseUpdate
) -> Warehouse:
    repo = WarehouseRepository(session, principal)
    changes = data.model_dump(exclude_unset=True)
    if changes.get("code") and await repo.unscoped_code_taken(
        changes["code"], other_than=warehouse.id
    ):
        raise WarehouseCodeTaken()
    return await repo.update(warehouse, changes)


# The default warehouse, kept per process (app.main's lifespan; a warehouse's change
# notifies): an order made from an accepted quote then costs no query to know it. (A
# tuple: None is an answer, "no warehouse yet".)
DEFAULT_WAREHOUSE: InvalidatedCache[str, tuple[uuid.UUID | None]] = InvalidatedCache(
    max_age_seconds=30
)


async def default_warehouse_id(session: AsyncSession) -> uuid.UUID | None:
    """The warehouse a document without one reserves in: the first active one by code
    (None: no warehouse yet). An order that names its warehouse uses that instead."""
    known = DEFAULT_WAREHOUSE.get("default")
    if known is not None:
        return known[0]
    found = await WarehouseRepository(session, _system(session)).first_active_id()
    DEFAULT_WAREHOUSE.put("default", (found,))
    return found


async def _usable_warehouse(
    session: AsyncSession, principal: Principal, warehouse_id: uuid.UUID, field: str
) -> Warehouse:
    warehouse = await WarehouseRepository(session, principal).get(warehouse_id)
    if warehouse is None:
        raise InvalidReference(field)
    if not warehouse.is_active:
        raise WarehouseInactive()
    return warehouse


# --- reads ------------------------------------------------------------------------------


async def stock_page(
    session: AsyncSession,
    principal: Principal,
    *,
    params: ListParams,
    fields: str | None,
    **filters: Any,
) -> bytes:
    repo = StockBalanceRepository(session, principal)
    return await repo.read_page(STOCK_LEVEL_READ, repo.filtered(**filters), params, fields=fields)


async def moves_page(
    session: AsyncSession,
    principal: Principal,
    *,
    params: ListParams,
    fields: str | None,
    **filters: Any,
) -> bytes:
    repo = StockMoveRepository(session, principal)
    return await repo.read_page(MOVE_READ, repo.filtered(**filters), params, fields=fields)


async def move_items(
    session: AsyncSession, principal: Principal, move_ids: Sequence[uuid.UUID]
) -> list[dict[str, Any]]:
    repo = StockMoveRepository(session, principal)
    return await repo.read_items(MOVE_READ, repo.with_ids(move_ids))


async def stock_levels(
    session: AsyncSession, *, product_id: uuid.UUID, warehouse_id: uuid.UUID
) -> StockBalance | None:
    """The balance of one product in one warehouse as committed now (unlocked)."""
    return await StockBalanceRepository(session, _system(session)).current(product_id, warehouse_id)


async def ledger_disagreements(session: AsyncSession) -> list[str]:
    """Every way the balances differ from what they are derived from (the ledger's sum,
    the reservations' sum); empty when all agree. For tests and an operator's check."""
    principal = _system(session)
    ledger = await StockMoveRepository(session, principal).ledger_sums()
    reserved = await StockReservationRepository(session, principal).unscoped_reserved_sums()
    problems = []
    balances = await StockBalanceRepository(session, principal).unscoped_all()
    seen: set[Pair] = set()
    for b in balances:
        pair = (b.product_id, b.warehouse_id)
        seen.add(pair)
        if b.on_hand != ledger.get(pair, ZERO):
            problems.append(f"{pair}: on_hand {b.on_hand} != ledger {ledger.get(pair, ZERO)}")
        if b.reserved != reserved.get(pair, ZERO):
            problems.append(f"{pair}: reserved {b.reserved} != {reserved.get(pair, ZERO)}")
    problems += [f"{pair}: ledger without balance" for pair in ledger.keys() - seen]
    return problems


# --- the ledger ---------------------------------------------------------------------------


def _move(
    session: AsyncSession,
    balance: StockBalance,
    *,
    quantity: Decimal,
    kind: MoveKind,
    reason: str | None,
    document: StockDocument | None,
    move_id: uuid.UUID | None = None,
) -> StockMove:
    """One ledger row and its balance, in the same flush (the balance row is locked)."""
    balance.on_hand += quantity
    move = StockMove(
        product_id=balance.product_id,
        warehouse_id=balance.warehouse_id,
        quantity=quantity,
        kind=kind,
        reason=reason,
        document_type=document.type if document else None,
        document_id=document.id if document else None,
        document_number=document.number if document else None,
        created_by_id=_system(session).user_id,
    )
    if move_id is not None:
        move.id = move_id
    session.add(move)
    return move


async def _hand_to_waiting(session: AsyncSession, balance: StockBalance) -> list[Allocation]:
    """Available stock goes to the lines waiting for it, oldest first; each line's event
    (``stock_reservation.allocated``) tells its document's domain."""
    if balance.on_hand - balance.reserved <= 0:
        return []
    repo = StockReservationRepository(session, _system(session))
    given: list[Allocation] = []
    for line in await repo.waiting(balance.product_id, balance.warehouse_id):
        free = balance.on_hand - balance.reserved
        if free <= 0:
            break
        quantity = min(free, line.quantity_waiting)
        line.quantity_waiting -= quantity
        line.quantity_reserved += quantity
        balance.reserved += quantity
        document = StockDocument(line.document_type, line.document_id, line.document_number)
        events.note(
            line,
            "stock_reservation.allocated",
            data={
                "document_type": line.document_type,
                "document_id": line.document_id,
                "line_id": line.line_id,
                "quantity": format_decimal(quantity),
                "still_waiting": format_decimal(line.quantity_waiting),
            },
        )
        given.append(
            Allocation(document, line.line_id, line.product_id, line.warehouse_id, quantity)
        )
    return given


async def reserve(
    session: AsyncSession,
    *,
    lines: Sequence[ReserveLine],
    warehouse_id: uuid.UUID,
    document: StockDocument,
) -> dict[uuid.UUID, LineReservation]:
    """Set aside stock for each line in one warehouse; what is missing waits (``short``).

    Two documents confirming the last units at once: each locks the products' balance
    rows in the same order, so the second reads what the first left and gets only that.
    Lines already reserved for this document answer what they hold (a replay)."""
    for line in lines:
        _positive(line.quantity)
    principal = _system(session)
    balances = await StockBalanceRepository(session, principal).lock(
        (line.product_id, warehouse_id) for line in lines
    )
    existing = {
        held.line_id: held
        for held in await StockReservationRepository(session, principal).of_document(
            document.type, document.id, [line.line_id for line in lines]
        )
    }
    answer: dict[uuid.UUID, LineReservation] = {}
    made: list[StockReservation] = []
    for line in lines:
        held = existing.get(line.line_id)
        if held is not None:
            if held.product_id != line.product_id or held.warehouse_id != warehouse_id:
                raise AlreadyReserved()
            answer[line.line_id] = LineReservation(
                line.line_id, line.product_id, held.quantity_reserved, held.quantity_waiting
            )
            continue
        balance = balances[(line.product_id, warehouse_id)]
        free = max(balance.on_hand - balance.reserved, ZERO)
        reserved = min(free, line.quantity)
        balance.reserved += reserved
        made.append(
            StockReservation(
                product_id=line.product_id,
                warehouse_id=warehouse_id,
                document_type=document.type,
                document_id=document.id,
                document_number=document.number,
                line_id=line.line_id,
                quantity_reserved=reserved,
                quantity_waiting=line.quantity - reserved,
            )
        )
        answer[line.line_id] = LineReservation(
            line.line_id, line.product_id, reserved, line.quantity - reserved
        )
    await StockBalanceRepository(session, principal).write(balances.values())
    await StockReservationRepository(session, principal).insert_together(made)
    return answer


async def release(
    session: AsyncSession,
    *,
    document: StockDocument,
    line_ids: Iterable[uuid.UUID] | None = None,
) -> list[Allocation]:
    """Give back everything ``document`` (or these lines of it) holds: reserved stock
    becomes available and goes to other waiting lines (answered), the waiting quantity
    leaves the queue. The reservations are deleted (their events keep the history)."""
    principal = _system(session)
    repo = StockReservationRepository(session, principal)
    wanted = list(line_ids) if line_ids is not None else None
    held = await repo.of_document(document.type, document.id, wanted)
    if not held:
        return []
    balances = await StockBalanceRepository(session, principal).lock(
        (line.product_id, line.warehouse_id) for line in held
    )
    # Read again under the locks: a concurrent receipt may have moved waiting -> reserved.
    held = await repo.of_document(document.type, document.id, wanted)
    for line in held:
        balances[(line.product_id, line.warehouse_id)].reserved -= line.quantity_reserved
        events.note(line, "stock_reservation.released")
        await session.delete(line)
    await session.flush()
    given: list[Allocation] = []
    for balance in balances.values():
        given += await _hand_to_waiting(session, balance)
    await session.flush()
    return given


async def consume(
    session: AsyncSession,
    *,
    document: StockDocument,
    line_id: uuid.UUID,
    quantity: Decimal,
    shipped_by: StockDocument | None = None,
    in_transit: bool = True,
) -> StockMove:
    """Goods of ``document``'s line leave the warehouse: a ``delivery`` move of
    ``quantity`` (the delivery's when ``shipped_by`` is given), taken from the line's
    reservation first, then from free stock (``stock.insufficient`` when neither
    covers it). Counted ``in_transit`` until ``deliver_in_transit``."""
    _positive(quantity)
    principal = _system(session)
    repo = StockReservationRepository(session, principal)
    found = await repo.of_document(document.type, document.id, [line_id])
    if not found:
        raise UnprocessableEntity(
            errors=[field_error("line_id", "holds no reservation to ship from", "reservation")]
        )
    pair = (found[0].product_id, found[0].warehouse_id)
    balance = (await StockBalanceRepository(session, principal).lock([pair]))[pair]
    line = (await repo.of_document(document.type, document.id, [line_id]))[0]
    from_reservation = min(quantity, line.quantity_reserved)
    from_free = quantity - from_reservation
    if from_free > balance.on_hand - balance.reserved:
        raise InsufficientStock()
    line.quantity_reserved -= from_reservation
    line.quantity_waiting -= min(line.quantity_waiting, from_free)
    events.note(
        line,
        "stock_reservation.consumed",
        data={"quantity": format_decimal(quantity), "line_id": line_id, "document_id": document.id},
    )
    balance.reserved -= from_reservation
    if in_transit:
        balance.in_transit += quantity
    move = _move(
        session,
        balance,
        quantity=-quantity,
        kind=MoveKind.DELIVERY,
        reason=None,
        document=shipped_by or document,
    )
    await session.flush()
    return move


async def deliver_in_transit(
    session: AsyncSession, *, product_id: uuid.UUID, warehouse_id: uuid.UUID, quantity: Decimal
) -> None:
    """Shipped goods reached the customer: no longer in transit (the delivery's hook)."""
    _positive(quantity)
    pair = (product_id, warehouse_id)
    balance = (await StockBalanceRepository(session, _system(session)).lock([pair]))[pair]
    balance.in_transit = max(balance.in_transit - quantity, ZERO)
    await session.flush()


async def receive(
    session: AsyncSession,
    *,
    product_id: uuid.UUID,
    warehouse_id: uuid.UUID,
    quantity: Decimal,
    document: StockDocument,
    reason: str | None = None,
    on_order: bool = True,
) -> tuple[StockMove, list[Allocation]]:
    """Goods arrive: a ``receipt`` move, the quantity off ``on_order`` (when it was
    ordered), and the stock handed to waiting lines oldest first, all in the caller's
    transaction."""
    _positive(quantity)
    pair = (product_id, warehouse_id)
    balance = (await StockBalanceRepository(session, _system(session)).lock([pair]))[pair]
    move = _move(
        session,
        balance,
        quantity=quantity,
        kind=MoveKind.RECEIPT,
        reason=reason,
        document=document,
    )
    if on_order:
        balance.on_order = max(balance.on_order - quantity, ZERO)
    given = await _hand_to_waiting(session, balance)
    await session.flush()
    return move, given


async def change_on_order(
    session: AsyncSession, *, product_id: uuid.UUID, warehouse_id: uuid.UUID, delta: Decimal
) -> None:
    """Open procurement for this product and warehouse grew (or shrank: a cancel)."""
    pair = (product_id, warehouse_id)
    balance = (await StockBalanceRepository(session, _system(session)).lock([pair]))[pair]
    balance.on_order = max(balance.on_order + delta, ZERO)
    await session.flush()


# --- adjustments and transfers (HTTP) -------------------------------------------------------


async def _check_product(
    session: AsyncSession, principal: Principal, product_id: uuid.UUID
) -> None:
    if await products.find_product(session, principal, product_id) is None:
        raise InvalidReference("product_id")


async def adjust_stock(
    session: AsyncSession, principal: Principal, *, data: StockAdjustmentCreate
) -> Saved[StockMove]:
    """A counted correction: on hand may not fall below what is reserved (409
    ``stock.insufficient``: release or ship first). Found stock goes to waiting lines."""
    repo = StockMoveRepository(session, principal)
    replayed = await repo.find_replayed_create(data.id)
    if replayed is not None:
        return Saved(replayed, created=False)
    await _check_product(session, principal, data.product_id)
    await _usable_warehouse(session, principal, data.warehouse_id, "warehouse_id")
    pair = (data.product_id, data.warehouse_id)
    balance = (await StockBalanceRepository(session, principal).lock([pair]))[pair]
    if balance.on_hand + data.quantity < balance.reserved:
        raise InsufficientStock()
    move = _move(
        session,
        balance,
        quantity=data.quantity,
        kind=MoveKind.ADJUSTMENT,
        reason=data.reason,
        document=None,
        move_id=data.id,
    )
    await session.flush()
    if data.quantity > 0:
        await _hand_to_waiting(session, balance)
        await session.flush()
    return Saved(move, created=True)


async def transfer_stock(
    session: AsyncSession, principal: Principal, *, data: StockTransferCreate
) -> list[StockMove]:
    """Available stock from one warehouse to another: a ``transfer_out`` and a
    ``transfer_in`` move sharing one document (the transfer, by the first move's id)."""
    await _check_product(session, principal, data.product_id)
    await _usable_warehouse(session, principal, data.from_warehouse_id, "from_warehouse_id")
    await _usable_warehouse(session, principal, data.to_warehouse_id, "to_warehouse_id")
    source = (data.product_id, data.from_warehouse_id)
    target = (data.product_id, data.to_warehouse_id)
    balances = await StockBalanceRepository(session, principal).lock([source, target])
    if balances[source].on_hand - balances[source].reserved < data.quantity:
        raise InsufficientStock()
    document = StockDocument("stock_transfer", new_id())
    out = _move(
        session,
        balances[source],
        quantity=-data.quantity,
        kind=MoveKind.TRANSFER_OUT,
        reason=data.reason,
        document=document,
    )
    arrived = _move(
        session,
        balances[target],
        quantity=data.quantity,
        kind=MoveKind.TRANSFER_IN,
        reason=data.reason,
        document=document,
    )
    await session.flush()
    await _hand_to_waiting(session, balances[target])
    await session.flush()
    return [out, arrived]


# --- for other domains -----------------------------------------------------------------


async def usable_warehouse_id(
    session: AsyncSession, warehouse_id: uuid.UUID, *, field: str = "warehouse_id"
) -> uuid.UUID:
    """A warehouse a document may name: it exists (else 422 naming ``field``) and is
    active (409 ``warehouses.inactive``)."""
    return (await _usable_warehouse(session, _system(session), warehouse_id, field)).id


def line_reserved_of(document_type: str, document_id: Any, line_id: Any) -> Any:
    """What a document line holds set aside (a scalar subquery for a read model)."""
    return StockReservationRepository.unscoped_line_column(
        "quantity_reserved", document_type, document_id, line_id
    )


def line_waiting_of(document_type: str, document_id: Any, line_id: Any) -> Any:
    """What a document line still waits for (a scalar subquery for a read model)."""
    return StockReservationRepository.unscoped_line_column(
        "quantity_waiting", document_type, document_id, line_id
    )


# --- for reports ---------------------------------------------------------------------


def stock_positions(principal: Principal) -> Any:
    """Every product's balance in every warehouse: a subquery for the inventory report
    (``repository.stock_positions`` names the columns)."""
    return repository.stock_positions(principal)


def deliveries_out(principal: Principal, *, since: datetime, until: datetime) -> Any:
    """Per product and warehouse, what was delivered in [since, until) and when the
    last delivery left: a subquery for the inventory report."""
    return repository.deliveries_out(principal, since=since, until=until)


def warehouse_name_of(warehouse_id: Any) -> Any:
    """The name of the warehouse ``warehouse_id`` (warehouses are everyone's)."""
    return repository.unscoped_warehouse_name_of(warehouse_id)

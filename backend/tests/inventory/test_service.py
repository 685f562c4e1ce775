"""The stock service other domains call: reserve, release, consume, receive; the balance
always equals the ledger's sum and the reservations' sum."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.events import DomainEvent
from app.core.ids import new_id
from app.inventory import service as stock
from app.inventory.errors import InsufficientStock
from app.inventory.models import MoveKind, StockMove
from app.inventory.schemas import ReserveLine, StockDocument
from tests.conftest import World
from tests.factories.catalogue import create_product
from tests.factories.inventory import create_warehouse, order_document, put_stock

D = Decimal


async def _levels(session: AsyncSession, product, warehouse) -> tuple[Decimal, ...]:
    b = await stock.stock_levels(session, product_id=product.id, warehouse_id=warehouse.id)
    assert b is not None
    return b.on_hand, b.reserved, b.available, b.on_order, b.in_transit


async def test_reserving_sets_aside_what_is_available_and_reports_the_shortfall(
    session: AsyncSession, world: World
) -> None:
    warehouse = await create_warehouse(session)
    plenty, scarce, none = [await create_product(session) for _ in range(3)]
    await put_stock(session, plenty, warehouse, "100")
    await put_stock(session, scarce, warehouse, "3")
    lines = [
        ReserveLine(new_id(), plenty.id, D("10")),
        ReserveLine(new_id(), scarce.id, D("5")),
        ReserveLine(new_id(), none.id, D("2.5")),
    ]
    got = await stock.reserve(
        session, lines=lines, warehouse_id=warehouse.id, document=order_document()
    )
    assert [(got[line.line_id].reserved, got[line.line_id].short) for line in lines] == [
        (D("10"), D("0")),
        (D("3"), D("2")),
        (D("0"), D("2.5")),
    ]
    assert await _levels(session, plenty, warehouse) == (D(100), D(10), D(90), D(0), D(0))
    assert await _levels(session, scarce, warehouse) == (D(3), D(3), D(0), D(0), D(0))
    assert await _levels(session, none, warehouse) == (D(0), D(0), D(0), D(0), D(0))
    assert await stock.ledger_disagreements(session) == []


async def test_reserving_the_same_lines_again_answers_what_they_hold(
    session: AsyncSession, world: World
) -> None:
    warehouse = await create_warehouse(session)
    product = await create_product(session)
    await put_stock(session, product, warehouse, "4")
    document, line = order_document(), ReserveLine(new_id(), product.id, D("6"))
    first = await stock.reserve(session, lines=[line], warehouse_id=warehouse.id, document=document)
    again = await stock.reserve(session, lines=[line], warehouse_id=warehouse.id, document=document)
    assert first == again
    assert (first[line.line_id].reserved, first[line.line_id].short) == (D(4), D(2))
    assert (await _levels(session, product, warehouse))[1] == D(4)


async def test_arriving_stock_goes_to_waiting_lines_oldest_first_with_an_event(
    session: AsyncSession, world: World
) -> None:
    warehouse = await create_warehouse(session)
    product = await create_product(session)
    older, newer = order_document("SO/1"), order_document("SO/2")
    older_line, newer_line = new_id(), new_id()
    await stock.reserve(
        session,
        lines=[ReserveLine(older_line, product.id, D(3))],
        warehouse_id=warehouse.id,
        document=older,
    )
    await stock.reserve(
        session,
        lines=[ReserveLine(newer_line, product.id, D(3))],
        warehouse_id=warehouse.id,
        document=newer,
    )
    _, given = await stock.receive(
        session,
        product_id=product.id,
        warehouse_id=warehouse.id,
        quantity=D(4),
        document=StockDocument("procurement_request", new_id(), "PR/x"),
        on_order=False,
    )
    assert [(a.document.number, a.line_id, a.quantity) for a in given] == [
        ("SO/1", older_line, D(3)),
        ("SO/2", newer_line, D(1)),
    ]
    assert await _levels(session, product, warehouse) == (D(4), D(4), D(0), D(0), D(0))
    allocated = (
        await session.scalars(
            select(DomainEvent).where(DomainEvent.type == "stock_reservation.allocated")
        )
    ).all()
    assert sorted((e.data["document_id"], e.data["quantity"]) for e in allocated) == sorted(
        [(str(older.id), "3"), (str(newer.id), "1")]
    )
    assert await stock.ledger_disagreements(session) == []


async def test_releasing_a_document_frees_its_stock_for_the_next_waiting_line(
    session: AsyncSession, world: World
) -> None:
    warehouse = await create_warehouse(session)
    product = await create_product(session)
    await put_stock(session, product, warehouse, "5")
    first, second = order_document("SO/1"), order_document("SO/2")
    second_line = new_id()
    await stock.reserve(
        session,
        lines=[ReserveLine(new_id(), product.id, D(5))],
        warehouse_id=warehouse.id,
        document=first,
    )
    await stock.reserve(
        session,
        lines=[ReserveLine(second_line, product.id, D(2))],
        warehouse_id=warehouse.id,
        document=second,
    )
    given = await stock.release(session, document=first)
    assert [(a.document.id, a.line_id, a.quantity) for a in given] == [
        (second.id, second_line, D(2))
    ]
    assert await _levels(session, product, warehouse) == (D(5), D(2), D(3), D(0), D(0))
    assert await stock.release(session, document=first) == []  # a second cancel: nothing
    assert await stock.ledger_disagreements(session) == []


async def test_shipping_consumes_the_reservation_into_a_delivery_move_in_transit(
    session: AsyncSession, world: World
) -> None:
    warehouse = await create_warehouse(session)
    product = await create_product(session)
    await put_stock(session, product, warehouse, "10")
    order, line = order_document(), new_id()
    await stock.reserve(
        session,
        lines=[ReserveLine(line, product.id, D(6))],
        warehouse_id=warehouse.id,
        document=order,
    )
    delivery = StockDocument("delivery", new_id(), "DO/2026-27/00001")
    move = await stock.consume(
        session, document=order, line_id=line, quantity=D(4), shipped_by=delivery
    )
    assert (move.kind, move.quantity, move.document_number) == (
        MoveKind.DELIVERY,
        D(-4),
        "DO/2026-27/00001",
    )
    assert await _levels(session, product, warehouse) == (D(6), D(2), D(4), D(0), D(4))
    # Beyond the reservation, free stock is used; beyond that, refused.
    await stock.consume(session, document=order, line_id=line, quantity=D(5))
    assert await _levels(session, product, warehouse) == (D(1), D(0), D(1), D(0), D(9))
    with pytest.raises(InsufficientStock):
        await stock.consume(session, document=order, line_id=line, quantity=D(2))
    await stock.deliver_in_transit(
        session, product_id=product.id, warehouse_id=warehouse.id, quantity=D(9)
    )
    assert (await _levels(session, product, warehouse))[4] == D(0)
    kinds = (await session.scalars(select(StockMove.kind).order_by(StockMove.created_at))).all()
    assert kinds == [MoveKind.RECEIPT, MoveKind.DELIVERY, MoveKind.DELIVERY]
    assert await stock.ledger_disagreements(session) == []


async def test_each_move_writes_its_event(session: AsyncSession, world: World) -> None:
    warehouse = await create_warehouse(session)
    product = await create_product(session)
    await put_stock(session, product, warehouse, "3")
    move_id = await session.scalar(select(StockMove.id))
    event = await session.scalar(
        select(DomainEvent).where(
            DomainEvent.entity_type == "stock_moves", DomainEvent.entity_id == move_id
        )
    )
    assert event is not None
    assert event.type == "stock_move.created"
    assert event.after is not None and event.after["quantity"] == "3"


async def test_a_document_without_a_warehouse_reserves_in_the_first_active_one(
    session: AsyncSession, world: World
) -> None:
    assert await stock.default_warehouse_id(session) is None
    await create_warehouse(session, code="A-CLOSED", is_active=False)
    second = await create_warehouse(session, code="C-DEPOT")
    first = await create_warehouse(session, code="B-MAIN")
    assert await stock.default_warehouse_id(session) == first.id != second.id

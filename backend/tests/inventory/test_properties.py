"""Any sequence of receipts, adjustments, reservations, releases and consumptions keeps
the stock's invariants (hypothesis, on the real database): on hand never negative,
never more reserved than on hand, and every balance equal to the ledger's sum and to
its reservations' sum. A refused step (more shipped or removed than available) changes
nothing."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.errors import AppError
from app.core.ids import new_id
from app.inventory import service as stock
from app.inventory.schemas import ReserveLine, StockAdjustmentCreate, StockDocument
from tests.conftest import World
from tests.factories.catalogue import create_product
from tests.factories.inventory import create_warehouse

QUANTITY = st.decimals(min_value=Decimal("0.5"), max_value=Decimal(20), places=1)
PRODUCT, DOC = st.integers(0, 1), st.integers(0, 3)
STEP = st.one_of(
    st.tuples(st.just("receive"), PRODUCT, QUANTITY),
    st.tuples(st.just("adjust"), PRODUCT, QUANTITY, st.booleans()),
    st.tuples(st.just("reserve"), PRODUCT, QUANTITY, DOC),
    st.tuples(st.just("release"), DOC),
    st.tuples(st.just("consume"), DOC, QUANTITY),
)


async def _apply(session: AsyncSession, world: World, ctx: dict[str, Any], step: tuple) -> None:
    kind, *args = step
    products, warehouse, docs = ctx["products"], ctx["warehouse"], ctx["docs"]
    if kind == "receive":
        product, quantity = args
        await stock.receive(
            session,
            product_id=products[product].id,
            warehouse_id=warehouse.id,
            quantity=quantity,
            document=StockDocument("procurement_request", new_id()),
            on_order=False,
        )
    elif kind == "adjust":
        product, quantity, removing = args
        data = StockAdjustmentCreate(
            product_id=products[product].id,
            warehouse_id=warehouse.id,
            quantity=-quantity if removing else quantity,
            reason="count",
        )
        await stock.adjust_stock(session, ctx["principal"], data=data)
    elif kind == "reserve":
        product, quantity, doc = args
        line = ReserveLine(new_id(), products[product].id, quantity)
        ctx["lines"].setdefault(doc, []).append(line.line_id)
        await stock.reserve(session, lines=[line], warehouse_id=warehouse.id, document=docs[doc])
    elif kind == "release":
        (doc,) = args
        ctx["lines"].pop(doc, None)
        await stock.release(session, document=docs[doc])
    else:
        doc, quantity = args
        if ctx["lines"].get(doc):
            await stock.consume(
                session, document=docs[doc], line_id=ctx["lines"][doc][0], quantity=quantity
            )


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=st.lists(STEP, min_size=1, max_size=14))
async def test_any_sequence_keeps_the_stock_invariants(
    session: AsyncSession, world: World, steps: list[tuple]
) -> None:
    from app.users import service as users

    outer = await session.begin_nested()
    try:
        ctx: dict[str, Any] = {
            "principal": await users.principal_for_user(session, world.head.id),
            "warehouse": await create_warehouse(session),
            "products": [await create_product(session), await create_product(session)],
            "docs": [StockDocument("sales_order", new_id(), f"SO/{n}") for n in range(4)],
            "lines": {},
        }
        for step in steps:
            savepoint = await session.begin_nested()
            try:
                await _apply(session, world, ctx, step)
            except AppError:
                await savepoint.rollback()  # refused: nothing changed
            else:
                await savepoint.commit()
            for product in ctx["products"]:
                levels = await stock.stock_levels(
                    session, product_id=product.id, warehouse_id=ctx["warehouse"].id
                )
                if levels is not None:
                    assert levels.on_hand >= 0
                    assert 0 <= levels.reserved <= levels.on_hand
                    assert levels.available == levels.on_hand - levels.reserved
            assert await stock.ledger_disagreements(session) == []
    finally:
        await outer.rollback()

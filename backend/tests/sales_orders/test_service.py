"""What other domains record on an order, called as they will call it: deliveries drive
the status, invoices and payments fill the lines and milestones."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.errors import AppError
from app.sales_orders import service
from app.sales_orders.models import SalesOrderStatus
from app.users.service import principal_for_user
from tests.conftest import World
from tests.factories.catalogue import create_product
from tests.factories.customers import create_customer
from tests.factories.sales_orders import create_sales_order


@pytest.fixture
async def confirmed(session: AsyncSession, world: World) -> dict[str, Any]:
    customer = await create_customer(session, owner=world.engineer, territory=world.north)
    pump, valve = await create_product(session), await create_product(session)
    order = await create_sales_order(
        session,
        owner=world.engineer,
        customer=customer,
        lines=[(pump, "10", "100", "0"), (valve, "2.5", "40", "0")],
    )
    principal = await principal_for_user(session, world.engineer.id)
    assert principal is not None
    order = await service.confirm_sales_order(session, principal, order)
    lines = await service.order_lines(session, principal, order.id)
    return {"order": order, "principal": principal, "pump": lines[0], "valve": lines[1]}


async def test_deliveries_move_the_order_through_partially_delivered_to_delivered(
    session: AsyncSession, confirmed: dict[str, Any]
):
    principal, order = confirmed["principal"], confirmed["order"]
    pump, valve = confirmed["pump"], confirmed["valve"]
    order = await service.record_deliveries(
        session, principal, order.id, delivered={pump.id: Decimal(4)}
    )
    assert order.status is SalesOrderStatus.PARTIALLY_DELIVERED
    with pytest.raises(AppError) as beyond:
        await service.record_deliveries(
            session, principal, order.id, delivered={pump.id: Decimal(7)}
        )
    assert beyond.value.code == "sales_orders.beyond_ordered"
    # A delivery taken back (negative) returns the order to confirmed.
    order = await service.record_deliveries(
        session, principal, order.id, delivered={pump.id: Decimal(-4)}
    )
    assert order.status is SalesOrderStatus.CONFIRMED
    order = await service.record_deliveries(
        session, principal, order.id, delivered={pump.id: Decimal(10), valve.id: Decimal("2.5")}
    )
    assert (order.status, order.delivered_at is not None) == (SalesOrderStatus.DELIVERED, True)
    lines = await service.order_lines(session, principal, order.id)
    assert [line.quantity_delivered for line in lines] == [Decimal(10), Decimal("2.5")]
    order = await service.close_sales_order(session, principal, order)
    assert order.status is SalesOrderStatus.CLOSED
    with pytest.raises(AppError) as closed:
        await service.record_deliveries(
            session, principal, order.id, delivered={pump.id: Decimal(-1)}
        )
    assert closed.value.code == "sales_orders.invalid_transition"


async def test_a_draft_is_not_delivered_and_an_unknown_line_is_refused(
    session: AsyncSession, world: World, confirmed: dict[str, Any]
):
    principal, pump = confirmed["principal"], confirmed["pump"]
    customer = await create_customer(session, owner=world.engineer, territory=world.north)
    draft = await create_sales_order(
        session,
        owner=world.engineer,
        customer=customer,
        lines=[(await create_product(session), "1", "5", "0")],
    )
    with pytest.raises(AppError) as refused:
        await service.record_deliveries(session, principal, draft.id, delivered={})
    assert refused.value.code == "sales_orders.invalid_transition"
    with pytest.raises(AppError) as unknown:
        await service.record_deliveries(
            session, principal, confirmed["order"].id, delivered={draft.id: Decimal(1)}
        )
    assert unknown.value.code == "invalid_reference"
    assert pump.quantity_delivered == 0


async def test_invoiced_and_collected_amounts_stay_within_plan_and_lock_the_milestones(
    session: AsyncSession, confirmed: dict[str, Any]
):
    principal, order = confirmed["principal"], confirmed["order"]
    (milestone,) = await service.order_milestones(session, principal, order.id)
    assert milestone.planned_amount == order.grand_total
    order = await service.record_invoiced(
        session,
        principal,
        order.id,
        line_quantities={confirmed["pump"].id: Decimal(4)},
        milestone_amounts={milestone.id: Decimal("400.00")},
    )
    with pytest.raises(AppError) as beyond:
        await service.record_invoiced(
            session, principal, order.id, milestone_amounts={milestone.id: order.grand_total}
        )
    assert beyond.value.code == "sales_orders.beyond_planned"
    await service.record_collected(
        session, principal, order.id, milestone_amounts={milestone.id: Decimal("150.00")}
    )
    with pytest.raises(AppError) as uncollectable:
        await service.record_collected(
            session, principal, order.id, milestone_amounts={milestone.id: Decimal("251.00")}
        )
    assert uncollectable.value.code == "sales_orders.beyond_planned"
    (milestone,) = await service.order_milestones(session, principal, order.id)
    assert (milestone.invoiced_amount, milestone.collected_amount) == (
        Decimal("400.00"),
        Decimal("150.00"),
    )
    lines = await service.order_lines(session, principal, order.id)
    assert lines[0].quantity_invoiced == Decimal(4)
    with pytest.raises(AppError) as locked:
        await service.replace_milestones(session, principal, order, incoming=[])
    assert locked.value.code == "sales_orders.milestones_locked"
    with pytest.raises(AppError) as not_cancelled:
        await service.cancel_sales_order(session, principal, order, reason=None)
    assert not_cancelled.value.code == "sales_orders.invalid_transition"

"""The inventory report's statement: stock by product and warehouse with what it is
promised to, what moved out in the window and what is on its way."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import and_, func, or_, select

from app.core.access import Principal
from app.core.clock import company_day_bounds
from app.inventory import service as stock
from app.procurement import service as procurement
from app.products import service as catalogue
from app.reports.periods import Window
from app.reports.schemas import Filters

QUANTITIES = ("on_hand", "reserved", "available", "on_order", "in_transit")


def inventory_statement(
    principal: Principal, *, window: Window, filters: Filters, warehouse_id: uuid.UUID | None
) -> Any:
    """Per product and warehouse holding, promising, expecting or having delivered any
    goods: the balance, the quantity delivered in the window and when the last delivery
    left, and the open procurement requests. A product with stock on hand and no
    delivery in the window is a slow mover. ONE statement."""
    since, _ = company_day_bounds(window.start)
    _, until = company_day_bounds(window.end)
    balances = stock.stock_positions(principal).subquery("balances")
    moved = stock.deliveries_out(principal, since=since, until=until).subquery("moved")
    coming = procurement.open_requests(principal).subquery("coming")
    groups = catalogue.groups_of_products().subquery("product_group")
    same = and_(
        moved.c.product_id == balances.c.product_id,
        moved.c.warehouse_id == balances.c.warehouse_id,
    )
    expected = and_(
        coming.c.product_id == balances.c.product_id,
        coming.c.warehouse_id == balances.c.warehouse_id,
    )
    delivered = func.coalesce(moved.c.delivered, 0)
    stmt = (
        select(
            balances,
            catalogue.product_sku_of(balances.c.product_id).label("sku"),
            catalogue.product_name_of(balances.c.product_id).label("product_name"),
            groups.c.group_id.label("product_group_id"),
            catalogue.product_group_name_of(groups.c.group_id).label("product_group_name"),
            stock.warehouse_name_of(balances.c.warehouse_id).label("warehouse_name"),
            delivered.label("delivered"),
            moved.c.last_delivered_at,
            func.coalesce(coming.c.open_requests, 0).label("open_requests"),
            func.coalesce(coming.c.quantity_open, 0).label("quantity_on_request"),
            and_(balances.c.on_hand > 0, delivered == 0).label("is_slow_mover"),
        )
        .select_from(
            balances.join(groups, groups.c.product_id == balances.c.product_id)
            .outerjoin(moved, same)
            .outerjoin(coming, expected)
        )
        .where(
            or_(
                *(balances.c[name] != 0 for name in QUANTITIES),
                delivered != 0,
                coming.c.open_requests.is_not(None),
            )
        )
    )
    if filters.product_group_id is not None:
        stmt = stmt.where(groups.c.group_id == filters.product_group_id)
    if warehouse_id is not None:
        stmt = stmt.where(balances.c.warehouse_id == warehouse_id)
    rows = stmt.subquery("positions")
    return select(rows).order_by(rows.c.warehouse_name, rows.c.sku, rows.c.product_id)

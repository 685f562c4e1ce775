"""The order history report's statement: the orders of the window, newest first, with
what became of them, a keyset page at a time."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from app.core.access import Principal
from app.core.pagination import SortOrder, apply_keyset
from app.customers import service as customer_records
from app.reports.periods import Window
from app.reports.repository import narrowed
from app.reports.schemas import Filters
from app.sales_orders import service as sales_orders
from app.users import service as users


def history_statement(
    principal: Principal,
    *,
    window: Window,
    filters: Filters,
    status: str | None,
    cursor: str | None,
    limit: int,
) -> tuple[Any, SortOrder]:
    """One page (``limit`` + 1 rows, to know whether more follow) of the orders dated in
    the window, by order date then id, newest first, with the names of their customer,
    seller and territory."""
    orders = sales_orders.order_history(principal, start=window.start, end=window.end)
    if status is not None:
        orders = orders.where(orders.selected_columns.status == status)
    history = orders.subquery("history")
    stmt = narrowed(
        select(
            history,
            customer_records.customer_name_of(principal, history.c.customer_id).label(
                "customer_name"
            ),
            users.user_name_of(principal, history.c.seller_id).label("seller_name"),
            users.territory_name_of(history.c.territory_id).label("territory_name"),
        ),
        filters,
        seller=history.c.seller_id,
        territory=history.c.territory_id,
        customer=history.c.customer_id,
    )
    order = SortOrder(key="-order_date", column=history.c.order_date, descending=True)
    return (
        apply_keyset(stmt, order=order, id_column=history.c.order_id, cursor=cursor, limit=limit),
        order,
    )

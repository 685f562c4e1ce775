"""The customers report's statement: who bought in the window, new or returning, the
top customers and the segments, in ONE statement over the caller's booked orders."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Date, Integer, String, Uuid, cast, func, literal, null, select, union_all

from app.core.access import Principal
from app.customers import service as customers
from app.reports.periods import Window
from app.reports.repository import ZERO, narrowed
from app.reports.schemas import Filters
from app.sales_orders import service as sales_orders

# Orders from the beginning: a customer is new when its first booked order is in the window.
BEGINNING = date(1900, 1, 1)


def customers_statement(principal: Principal, *, window: Window, filters: Filters, top: int) -> Any:
    """Rows of three sections: ``summary`` per currency (customers who bought in the
    window, how many of them new, their orders and order value, split new/returning),
    ``top`` (the ``top`` customers per currency by order value, ranked) and ``segment``
    (per segment tag and currency; null: untagged)."""
    booked = sales_orders.booked_orders(principal, start=BEGINNING, end=window.end).subquery(
        "booked"
    )
    in_window = booked.c.day >= window.start
    orders = narrowed(
        select(
            booked.c.customer_id,
            booked.c.currency,
            func.min(booked.c.day).label("first_order_day"),
            func.count().filter(in_window).label("orders"),
            func.coalesce(func.sum(booked.c.value).filter(in_window), ZERO).label("order_value"),
        ).group_by(booked.c.customer_id, booked.c.currency),
        filters,
        seller=booked.c.seller_id,
        territory=booked.c.territory_id,
        customer=booked.c.customer_id,
    ).subquery("orders")
    first_ever = func.min(orders.c.first_order_day).over(partition_by=orders.c.customer_id)
    per_customer = (
        select(orders, (first_ever >= window.start).label("is_new"))
        .where(orders.c.orders > 0)
        .cte("per_customer")
    )
    new = cast(per_customer.c.is_new, Integer)
    new_value = func.sum(per_customer.c.order_value).filter(per_customer.c.is_new)

    def shaped(section: str, **columns: Any) -> Any:
        defaults = {
            "customer_id": cast(null(), Uuid),
            "tag": cast(null(), String),
            "customers": literal(1),
            "new_customers": new,
            "orders": per_customer.c.orders,
            "order_value": per_customer.c.order_value,
            "new_order_value": ZERO,
            "first_order_day": cast(null(), Date),
            "rank": literal(0),
        }
        defaults.update(columns)
        return [literal(section).label("section"), per_customer.c.currency] + [
            value.label(name) for name, value in defaults.items()
        ]

    summary = select(
        *shaped(
            "summary",
            customers=func.count(),
            new_customers=func.count().filter(per_customer.c.is_new),
            orders=func.sum(per_customer.c.orders),
            order_value=func.sum(per_customer.c.order_value),
            new_order_value=func.coalesce(new_value, ZERO),
        )
    ).group_by(per_customer.c.currency)
    rank = (
        func.row_number()
        .over(
            partition_by=per_customer.c.currency,
            order_by=(per_customer.c.order_value.desc(), per_customer.c.customer_id),
        )
        .label("rank")
    )
    ranked = select(per_customer, rank).subquery("ranked")
    best = select(
        literal("top").label("section"),
        ranked.c.currency,
        ranked.c.customer_id,
        cast(null(), String).label("tag"),
        literal(1).label("customers"),
        cast(ranked.c.is_new, Integer).label("new_customers"),
        ranked.c.orders,
        ranked.c.order_value,
        ZERO.label("new_order_value"),
        ranked.c.first_order_day,
        ranked.c.rank,
    ).where(ranked.c.rank <= top)
    tags = customers.unscoped_segment_tags().subquery("tags")
    segments = (
        select(
            *shaped(
                "segment",
                tag=tags.c.tag,
                customers=func.count(),
                new_customers=func.count().filter(per_customer.c.is_new),
                orders=func.sum(per_customer.c.orders),
                order_value=func.sum(per_customer.c.order_value),
                new_order_value=func.coalesce(new_value, ZERO),
            )
        )
        .select_from(per_customer.outerjoin(tags, tags.c.customer_id == per_customer.c.customer_id))
        .group_by(tags.c.tag, per_customer.c.currency)
    )
    everything = union_all(summary, best, segments).subquery("everything")
    return select(
        everything,
        customers.customer_name_of(principal, everything.c.customer_id).label("customer_name"),
    ).order_by(
        everything.c.section,
        everything.c.currency,
        everything.c.rank,
        everything.c.order_value.desc(),
        everything.c.tag,
    )

"""The receivables report's statements: aging by dimension as of a day, and the
milestones' plan against what was invoiced and collected, by period."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Date, Integer, Uuid, case, cast, func, literal, null, or_, select

from app.core.access import Principal, owned_rows
from app.invoices import service as invoices
from app.reports.periods import Interval, Window
from app.reports.repository import ZERO, invoice_seller, label_of, narrowed
from app.reports.schemas import Dimension, Filters
from app.sales_orders import service as sales_orders

# Days past due: (name, from, to), both included; ``current`` is not yet due.
BUCKETS = (
    ("current", None, 0),
    ("days_1_30", 1, 30),
    ("days_31_60", 31, 60),
    ("days_61_90", 61, 90),
    ("over_90", 91, None),
)


def _key(dimension: Dimension, *, seller: Any, territory: Any) -> Any:
    if dimension is Dimension.TERRITORY:
        return territory
    if dimension is Dimension.ENGINEER:
        return seller
    return cast(null(), Uuid)


def aging_statement(
    principal: Principal, *, as_of: date, dimension: Dimension, filters: Filters
) -> Any:
    """Per dimension value and currency: the open amounts of issued invoices dated on or
    before ``as_of``, by days past due then (as ``GET /receivables/aging`` ages them),
    with their count. Each invoice counts toward its seller (as in the sales report)."""
    opened = invoices.open_invoices(principal).subquery("opened")
    source, seller = invoice_seller(opened)
    days = cast(literal(as_of) - opened.c.due_date, Integer)
    key = _key(dimension, seller=seller, territory=opened.c.territory_id)

    def total(*conditions: Any) -> Any:
        summed: Any = func.sum(opened.c.open_amount)
        if conditions:
            summed = summed.filter(*conditions)
        return func.coalesce(summed, ZERO)

    buckets = []
    for name, low, high in BUCKETS:
        conditions = []
        if low is not None:
            conditions.append(days >= low)
        if high is not None:
            conditions.append(days <= high)
        buckets.append(total(*conditions).label(name))
    stmt = (
        select(
            key.label("key"),
            opened.c.currency,
            func.count().label("invoices"),
            *buckets,
            total(days > 0).label("overdue_total"),
            total().label("total_open"),
        )
        .select_from(source)
        .where(opened.c.invoice_date <= as_of, owned_rows(seller)(principal))
        .group_by(key, opened.c.currency)
    )
    stmt = narrowed(
        stmt,
        filters,
        seller=seller,
        territory=opened.c.territory_id,
        customer=opened.c.customer_id,
    ).subquery("aged")
    label = label_of(principal, dimension, stmt.c.key)
    return select(stmt, label.label("label")).order_by(
        stmt.c.total_open.desc(), label, stmt.c.key, stmt.c.currency
    )


def plan_statement(
    principal: Principal,
    *,
    window: Window,
    interval: Interval,
    as_of: date,
    dimension: Dimension,
    filters: Filters,
) -> Any:
    """The milestones falling due in the window (by their plan day), per period,
    dimension value and currency: planned, invoiced and collected so far, and what fell
    due by ``as_of`` uncollected. Milestones of orders dated in the window with no plan
    day yet (not delivered, on installation) are a period of their own (null)."""
    plan = sales_orders.booked_milestones(principal).subquery("plan")
    truncated = cast(func.date_trunc(interval.value, plan.c.plan_day), Date)
    key = _key(dimension, seller=plan.c.seller_id, territory=plan.c.territory_id)
    placed = select(
        plan,
        key.label("key"),
        case((plan.c.plan_day.is_not(None), func.greatest(truncated, window.start))).label(
            "period_start"
        ),
        case((plan.c.plan_day <= as_of, plan.c.planned - plan.c.collected), else_=ZERO).label(
            "due_uncollected"
        ),
    ).where(
        or_(
            plan.c.plan_day.between(window.start, window.end),
            plan.c.plan_day.is_(None) & plan.c.order_date.between(window.start, window.end),
        )
    )
    placed = narrowed(
        placed,
        filters,
        seller=plan.c.seller_id,
        territory=plan.c.territory_id,
        customer=plan.c.customer_id,
    ).subquery("placed")
    summed = (
        select(
            placed.c.period_start,
            placed.c.key,
            placed.c.currency,
            func.count().label("milestones"),
            func.sum(placed.c.planned).label("planned"),
            func.sum(placed.c.invoiced).label("invoiced"),
            func.sum(placed.c.collected).label("collected"),
            func.sum(placed.c.due_uncollected).label("due_uncollected"),
        )
        .group_by(placed.c.period_start, placed.c.key, placed.c.currency)
        .subquery("summed")
    )
    label = label_of(principal, dimension, summed.c.key)
    return select(summed, label.label("label")).order_by(
        summed.c.period_start.nulls_last(), label, summed.c.key, summed.c.currency
    )

"""The sales report's statement."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    Integer,
    Uuid,
    and_,
    case,
    cast,
    false,
    func,
    literal,
    null,
    or_,
    select,
    true,
    tuple_,
    union_all,
)

from app.core.access import Principal, owned_rows
from app.invoices import service as invoices
from app.opportunities import service as opportunities
from app.products import service as products
from app.reports.periods import Interval, Window
from app.reports.repository import ZERO, invoice_seller, label_of, narrowed
from app.reports.schemas import Dimension, Filters
from app.sales_orders import service as sales_orders

# ``level`` of a sales row: which grouping set it comes from.
PERIOD_ROW, DIMENSION_TOTAL, CURRENCY_TOTAL = 0, 2, 3


# The statement of the last asked (caller, windows, periods, dimension, filters): a
# report asked again (a dashboard reloaded) skips building it, which costs a few
# milliseconds of Python; statements are immutable, so sharing one is safe.
@lru_cache(maxsize=128)
def sales_statement(
    principal: Principal,
    *,
    window: Window,
    previous: Window,
    interval: Interval,
    dimension: Dimension,
    filters: Filters,
) -> Any:
    """The sales report in one statement over the previous window and the window: order
    lines, billed lines and closed deals as one stream of facts, summed per period,
    dimension value and currency (the window only), per dimension value and currency,
    and per currency (both windows), by GROUPING SETS.

    Who sold a billed line: the owner of the order it bills (or of the order the
    credited invoice billed), else the customer's owner. Scoping: each domain's own rule,
    and the seller among the people whose records the caller sees (engineer: themself;
    head: the team; admin: all), so an engineer's report holds only their own sales.
    """
    by_group = dimension is Dimension.PRODUCT_GROUP
    # Product groups are the lines': only then are lines read.
    by_lines = by_group or filters.product_group_id is not None
    # Orders with a product group's lines are counted as distinct orders (an order
    # has one first line, but not one per group).
    distinct_orders = by_lines
    groups = products.groups_of_products().subquery("product_group")

    def key_of(seller: Any, territory: Any, group: Any) -> Any:
        if dimension is Dimension.TERRITORY:
            return territory
        if dimension is Dimension.ENGINEER:
            return seller
        if dimension is Dimension.PRODUCT_GROUP:
            return group
        return cast(null(), Uuid)

    # Each part is summed per day first (a few thousand rows out of a million), then
    # the days are summed into periods and windows. Without product groups, orders and
    # invoices are read from their own rows (their totals), never their lines.
    span = {"start": previous.start, "end": window.end}
    if by_lines:
        booked = sales_orders.booked_lines(principal, **span).subquery("booked")
        first_lines = func.sum(cast(booked.c.is_first_line, Integer))
        orders_by_key = func.count(booked.c.order_id.distinct()) if distinct_orders else first_lines
        # Every order once, whatever its groups: by its first line.
        orders_all = first_lines if filters.product_group_id is None else orders_by_key
        booked_from = (
            booked.outerjoin(groups, groups.c.product_id == booked.c.product_id)
            if by_group
            else booked
        )
    else:
        booked = sales_orders.booked_orders(principal, **span).subquery("booked")
        orders_by_key = orders_all = func.count()
        booked_from = booked
    key = key_of(booked.c.seller_id, booked.c.territory_id, groups.c.group_id)
    ordered = (
        select(
            booked.c.day,
            key.label("key"),
            booked.c.currency,
            false().label("is_deal"),
            orders_by_key.label("orders_by_key"),
            orders_all.label("orders_all"),
            func.sum(booked.c.value).label("ordered"),
            func.sum(booked.c.quantity).label("quantity"),
            ZERO.label("billed"),
            literal(0).label("won"),
            literal(0).label("lost"),
        )
        .select_from(booked_from)
        .group_by(booked.c.day, key, booked.c.currency)
    )
    ordered = narrowed(
        ordered,
        filters,
        seller=booked.c.seller_id,
        territory=booked.c.territory_id,
        customer=booked.c.customer_id,
        product=booked.c.product_id if by_lines else None,
    )

    billed_rows = (
        invoices.billed_lines(principal, **span)
        if by_lines
        else invoices.billed_documents(principal, **span)
    ).subquery("billed_rows")
    source, seller = invoice_seller(billed_rows)
    if by_group:
        source = source.outerjoin(groups, groups.c.product_id == billed_rows.c.product_id)
    key = key_of(seller, billed_rows.c.territory_id, groups.c.group_id)
    billed = (
        select(
            billed_rows.c.day,
            key.label("key"),
            billed_rows.c.currency,
            false().label("is_deal"),
            literal(0).label("orders_by_key"),
            literal(0).label("orders_all"),
            ZERO.label("ordered"),
            ZERO.label("quantity"),
            func.sum(billed_rows.c.value).label("billed"),
            literal(0).label("won"),
            literal(0).label("lost"),
        )
        .select_from(source)
        .where(owned_rows(seller)(principal))
        .group_by(billed_rows.c.day, key, billed_rows.c.currency)
    )
    billed = narrowed(
        billed,
        filters,
        seller=seller,
        territory=billed_rows.c.territory_id,
        customer=billed_rows.c.customer_id,
        product=billed_rows.c.product_id if by_lines else None,
    )

    parts = [ordered, billed]
    if filters.product_group_id is None:
        # A deal has no product group: it counts toward no group's figures.
        deals = opportunities.closed_deals(
            principal, start=previous.start, end=window.end
        ).subquery("deals")
        key = (
            cast(null(), Uuid)
            if by_group
            else key_of(deals.c.seller_id, deals.c.territory_id, None)
        )
        closed = select(
            deals.c.day,
            key.label("key"),
            deals.c.currency,
            literal(by_group, Boolean).label("is_deal"),
            literal(0).label("orders_by_key"),
            literal(0).label("orders_all"),
            ZERO.label("ordered"),
            ZERO.label("quantity"),
            ZERO.label("billed"),
            func.count().filter(deals.c.status == "won").label("won"),
            func.count().filter(deals.c.status == "lost").label("lost"),
        ).group_by(deals.c.day, key, deals.c.currency)
        parts.append(
            narrowed(
                closed,
                filters,
                seller=deals.c.seller_id,
                territory=deals.c.territory_id,
                customer=deals.c.customer_id,
                product=None,
            )
        )
    facts = union_all(*parts).subquery("facts")
    # The window and period of each fact, as plain columns to group by (an expression
    # with its own bind parameters would not match its copy in GROUP BY).
    truncated = cast(func.date_trunc(interval.value, facts.c.day), Date)
    dated = select(
        facts,
        (facts.c.day >= window.start).label("is_current"),
        case(
            (facts.c.day >= window.start, func.greatest(truncated, window.start)),
        ).label("period_start"),
    ).subquery("dated")
    is_current, period, key, currency, is_deal = (
        dated.c.is_current,
        dated.c.period_start,
        dated.c.key,
        dated.c.currency,
        dated.c.is_deal,
    )
    sets = [
        tuple_(is_current, period, key, currency, is_deal),
        tuple_(is_current, currency),
    ]
    if dimension is not Dimension.NONE:
        sets.insert(1, tuple_(is_current, key, currency, is_deal))
    summed = (
        select(
            is_current,
            period,
            key,
            currency,
            func.grouping(period, key).label("level"),
            func.sum(dated.c.orders_by_key).label("orders_by_key"),
            func.sum(dated.c.orders_all).label("orders_all"),
            func.sum(dated.c.ordered).label("order_value"),
            func.sum(dated.c.quantity).label("quantity"),
            func.sum(dated.c.billed).label("invoiced_revenue"),
            func.sum(dated.c.won).label("won"),
            func.sum(dated.c.lost).label("lost"),
        )
        # The days between the two windows (a month to date against the same days of
        # the month before) belong to neither.
        .where(or_(is_current, dated.c.day <= previous.end))
        .group_by(func.grouping_sets(*sets))
        .having(
            and_(
                # The previous window is summed, never split into periods.
                or_(is_current, func.grouping(period) == 1),
                # Deals count only in the currency totals when split by product group.
                or_(func.grouping(key) == 1, is_deal.is_not(true())),
            )
        )
    ).subquery("summed")
    label = label_of(principal, dimension, summed.c.key)
    return select(summed, label.label("label")).order_by(
        summed.c.level, summed.c.period_start, label, summed.c.key, summed.c.currency
    )

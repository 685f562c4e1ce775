"""The forecast report's statement."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Date, Uuid, cast, func, null, select

from app.core.access import Principal
from app.opportunities import service as opportunities
from app.reports.periods import Interval, Window
from app.reports.repository import label_of, narrowed
from app.reports.schemas import Dimension, Filters


def forecast_statement(
    principal: Principal,
    *,
    window: Window,
    interval: Interval,
    dimension: Dimension,
    filters: Filters,
    today: date,
    commit_probability: int,
) -> Any:
    """Per period, dimension value and currency: deals won, and the open deals expected
    to close then (one overdue counts today) with their amounts: all of them (best
    case), those at least ``commit_probability`` likely (commit) and weighted by their
    probability, in one statement over the caller's deals."""
    deals = opportunities.forecast_deals(
        principal, start=window.start, end=window.end, today=today
    ).subquery("deals")
    key = {
        Dimension.TERRITORY: deals.c.territory_id,
        Dimension.ENGINEER: deals.c.seller_id,
    }.get(dimension, cast(null(), Uuid))
    # The period and key of each deal as plain columns to group by (an expression with
    # its own bind parameters would not match its copy in GROUP BY).
    dated = narrowed(
        select(
            deals,
            func.greatest(
                cast(func.date_trunc(interval.value, deals.c.day), Date), window.start
            ).label("period_start"),
            key.label("key"),
        ),
        filters,
        seller=deals.c.seller_id,
        territory=deals.c.territory_id,
        customer=deals.c.customer_id,
    ).subquery("dated")
    is_open = ~dated.c.is_won
    committed = is_open & (dated.c.probability >= commit_probability)

    def total(column: Any, condition: Any) -> Any:
        return func.coalesce(func.sum(column).filter(condition), 0)

    grouped = (dated.c.period_start, dated.c.key, dated.c.currency)
    return (
        select(
            *grouped,
            label_of(principal, dimension, dated.c.key).label("label"),
            func.count().filter(dated.c.is_won).label("won_deals"),
            total(dated.c.amount, dated.c.is_won).label("won"),
            func.count().filter(is_open).label("open_deals"),
            total(dated.c.amount, is_open).label("pipeline"),
            total(dated.c.amount, committed).label("commit_open"),
            total(dated.c.weighted_amount, is_open).label("weighted_open"),
        )
        .group_by(*grouped)
        .order_by(dated.c.period_start, dated.c.currency, dated.c.key)
    )

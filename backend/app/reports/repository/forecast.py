"""The forecast reports' statements: the pipeline's, and the monthly revenue history."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Date, Uuid, cast, func, null, select
from sqlalchemy.dialects.postgresql import insert as pg_insert

from app.core.access import Principal, scope_clause
from app.core.ids import new_id
from app.opportunities import service as opportunities
from app.reports.models import ForecastKind, ForecastSnapshot, SnapshotDimension
from app.reports.periods import Interval, Window
from app.reports.repository import label_of, narrowed
from app.reports.schemas import Dimension, Filters
from app.sales_orders import service as sales_orders


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


def monthly_revenue_statement(
    principal: Principal, *, window: Window, dimension: Dimension, filters: Filters
) -> Any:
    """Booked order value (taxable) per month, dimension value and currency over the
    window: the history a revenue forecast is fitted to (months without orders are
    absent: the service fills them with zero)."""
    booked = sales_orders.booked_orders(principal, start=window.start, end=window.end).subquery(
        "booked"
    )
    key = {
        Dimension.TERRITORY: booked.c.territory_id,
        Dimension.ENGINEER: booked.c.seller_id,
    }.get(dimension, cast(null(), Uuid))
    dated = narrowed(
        select(
            cast(func.date_trunc("month", booked.c.day), Date).label("month"),
            key.label("key"),
            booked.c.currency,
            booked.c.value,
        ),
        filters,
        seller=booked.c.seller_id,
        territory=booked.c.territory_id,
        customer=booked.c.customer_id,
    ).subquery("dated")
    grouped = (dated.c.key, dated.c.currency, dated.c.month)
    return (
        select(
            *grouped,
            label_of(principal, dimension, dated.c.key).label("label"),
            func.sum(dated.c.value).label("value"),
        )
        .group_by(*grouped)
        .order_by(*grouped)
    )


def snapshot_statement(
    principal: Principal,
    *,
    kind: ForecastKind,
    dimension: SnapshotDimension,
    window: Window,
    lead: int,
    filters: Filters,
) -> Any:
    """The predictions the caller may see of the months in the window, each made
    ``lead`` months before its month (lead 0: at the month's start)."""
    snapshot = ForecastSnapshot
    made_then = cast(snapshot.month - func.make_interval(0, lead), Date)
    stmt = select(
        snapshot.subject_id.label("key"),
        snapshot.label,
        snapshot.currency,
        snapshot.month,
        snapshot.taken_on,
        snapshot.method,
        snapshot.expected,
        snapshot.low,
        snapshot.high,
    ).where(
        scope_clause(snapshot, principal),
        snapshot.kind == kind,
        snapshot.dimension == dimension,
        snapshot.month.between(window.start, window.end),
        snapshot.taken_on == made_then,
    )
    stmt = narrowed(
        stmt,
        filters,
        seller=snapshot.subject_id if dimension is SnapshotDimension.ENGINEER else None,
        territory=snapshot.subject_id if dimension is SnapshotDimension.TERRITORY else None,
    )
    return stmt.order_by(snapshot.currency, snapshot.label, snapshot.subject_id, snapshot.month)


def store_snapshot_statement(rows: list[dict[str, Any]]) -> Any:
    """Insert a month's predictions; one already stored stays as it was."""
    return (
        pg_insert(ForecastSnapshot)
        .values([{"id": new_id(), "version": 1, **row} for row in rows])
        .on_conflict_do_nothing()
    )

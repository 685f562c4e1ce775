"""The paid revenue report's statement: money applied to invoices, per period, the
seller (or territory) and currency, what commissions are paid on."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Date, Uuid, cast, func, null, select, tuple_

from app.core.access import Principal, owned_rows
from app.invoices import service as invoices
from app.payments import service as payments
from app.reports.periods import Interval, Window
from app.reports.repository import invoice_seller, label_of, narrowed
from app.reports.schemas import Dimension, Filters


def paid_revenue_statement(
    principal: Principal,
    *,
    window: Window,
    interval: Interval,
    dimension: Dimension,
    filters: Filters,
) -> Any:
    """Per period (the day the money was applied to the invoice), dimension value and
    currency, and per dimension value and currency over the window (``period_start``
    null): the invoices paid into, the money applied (tax included) and its untaxed
    part (each invoice's taxable share of its total), for the invoices of the sellers the
    caller sees. Each invoice counts toward its seller (as in the sales report)."""
    paid = payments.allocated(principal, start=window.start, end=window.end).subquery("paid")
    shares = invoices.invoice_shares(principal).subquery("shares")
    joined = paid.join(shares, shares.c.invoice_id == paid.c.invoice_id)
    rows = select(
        paid.c.invoice_id,
        paid.c.day,
        paid.c.currency,
        paid.c.amount,
        shares.c.customer_id,
        shares.c.territory_id,
        shares.c.order_id,
        shares.c.net_share,
    ).select_from(joined)
    applied = rows.subquery("applied")
    source, seller = invoice_seller(applied)
    key = {
        Dimension.TERRITORY: applied.c.territory_id,
        Dimension.ENGINEER: seller,
    }.get(dimension, cast(null(), Uuid))
    dated = narrowed(
        select(
            applied.c.invoice_id,
            applied.c.currency,
            applied.c.amount,
            applied.c.net_share,
            func.greatest(
                cast(func.date_trunc(interval.value, applied.c.day), Date), window.start
            ).label("period_start"),
            key.label("key"),
        )
        .select_from(source)
        .where(owned_rows(seller)(principal)),
        filters,
        seller=seller,
        territory=applied.c.territory_id,
        customer=applied.c.customer_id,
    ).subquery("dated")
    # Per period, and over the whole window (period_start null): an invoice paid into in
    # two periods is one invoice of the window.
    sets = func.grouping_sets(
        tuple_(dated.c.period_start, dated.c.key, dated.c.currency),
        tuple_(dated.c.key, dated.c.currency),
    )
    summed = (
        select(
            dated.c.period_start,
            dated.c.key,
            dated.c.currency,
            func.count(func.distinct(dated.c.invoice_id)).label("invoices"),
            func.sum(dated.c.amount).label("collected"),
            func.sum(dated.c.amount * dated.c.net_share).label("collected_net"),
        )
        .group_by(sets)
        .subquery("summed")
    )
    label = label_of(principal, dimension, summed.c.key)
    return select(summed, label.label("label")).order_by(
        summed.c.period_start.nulls_last(), summed.c.currency, summed.c.collected.desc(), label
    )

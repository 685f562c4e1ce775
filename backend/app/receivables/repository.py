"""Receivables aging: one SQL statement over the open invoices and the unallocated
payments the caller may see (each domain hands its rows as a subquery)."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Integer, Numeric, cast, func, literal, null, select, union_all
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.access import Principal
from app.customers.service import customer_name_of
from app.invoices import service as invoices
from app.payments import service as payments

AGING_FIELDS = (
    "current",
    "days_1_30",
    "days_31_60",
    "days_61_90",
    "over_90",
    "overdue_total",
    "total_open",
    "unallocated_credit",
    "net_balance",
)
BUCKETS = (
    ("current", None, 0),
    ("days_1_30", 1, 30),
    ("days_31_60", 31, 60),
    ("days_61_90", 61, 90),
    ("over_90", 91, None),
)


def aging_statement(
    principal: Principal,
    *,
    as_of: date,
    customer_id: uuid.UUID | None = None,
    territory_id: uuid.UUID | None = None,
) -> Any:
    """Per customer and currency: the open amounts of invoices dated on or before
    ``as_of`` in buckets of days past due (``as_of - due_date``: 0 or less is current),
    and the payments' unallocated credit received by then."""
    day = literal(as_of)
    money = Numeric(18, 4)
    opened = invoices.open_invoices(principal).subquery("opened")
    credit = payments.credits(principal).subquery("credit")
    rows = union_all(
        select(
            opened.c.customer_id,
            opened.c.currency,
            opened.c.territory_id,
            cast(day - opened.c.due_date, Integer).label("days"),
            opened.c.open_amount.label("open_amount"),
            cast(literal(0), money).label("credit"),
        ).where(opened.c.invoice_date <= day),
        select(
            credit.c.customer_id,
            credit.c.currency,
            credit.c.territory_id,
            cast(null(), Integer).label("days"),
            cast(literal(0), money).label("open_amount"),
            credit.c.unallocated_amount.label("credit"),
        ).where(credit.c.payment_date <= day),
    ).subquery("receivable")
    zero = cast(literal(0), money)

    def total(value: Any, *conditions: Any) -> Any:
        summed: Any = func.sum(value)
        if conditions:
            summed = summed.filter(*conditions)
        return func.coalesce(summed, zero)

    buckets = []
    for name, low, high in BUCKETS:
        conditions = []
        if low is not None:
            conditions.append(rows.c.days >= low)
        if high is not None:
            conditions.append(rows.c.days <= high)
        buckets.append(total(rows.c.open_amount, *conditions).label(name))
    total_open = total(rows.c.open_amount)
    stmt = select(
        rows.c.customer_id,
        customer_name_of(principal, rows.c.customer_id).label("customer_name"),
        rows.c.currency,
        *buckets,
        total(rows.c.open_amount, rows.c.days > 0).label("overdue_total"),
        total_open.label("total_open"),
        total(rows.c.credit).label("unallocated_credit"),
        (total_open - total(rows.c.credit)).label("net_balance"),
    ).group_by(rows.c.customer_id, rows.c.currency)
    if customer_id is not None:
        stmt = stmt.where(rows.c.customer_id == customer_id)
    if territory_id is not None:
        stmt = stmt.where(rows.c.territory_id == territory_id)
    return stmt.order_by(total_open.desc(), rows.c.customer_id, rows.c.currency)


async def aging_rows(session: AsyncSession, stmt: Any) -> list[dict[str, Any]]:
    connection = await session.connection()
    return [dict(row._mapping) for row in (await connection.execute(stmt)).all()]


def unscoped_exposure_sql(customer_id: Any) -> Any:
    """Open invoices less unallocated credit of one customer, as an SQL expression."""
    return (
        invoices.unscoped_open_total(customer_id).scalar_subquery()
        - payments.unscoped_credit_total(customer_id).scalar_subquery()
    )


async def unscoped_exposure(session: AsyncSession, customer_id: uuid.UUID) -> Decimal:
    """Open invoices less unallocated credit of one customer (one statement)."""
    return Decimal(await session.scalar(select(unscoped_exposure_sql(customer_id))) or 0)

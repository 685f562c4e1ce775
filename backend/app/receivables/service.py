"""Receivables: what customers owe, aged, and the exposure the credit check reads.

Aging (docs/decisions/0024-invoices-and-payments.md) is one SQL statement scoped like
customers (engineer: their customers; head: the team's; admin: all): per customer and
currency, the open amounts of issued invoices by days past due as of a date
(current: not yet due; 1-30; 31-60; 61-90; over 90), the payments' unallocated credit,
and the net balance. The amounts are those open now for the invoices dated (and the
payments received) on or before the as-of date.
"""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.access import Principal
from app.core.clock import company_today
from app.customers import service as customers
from app.receivables.repository import (
    AGING_FIELDS,
    aging_rows,
    aging_statement,
    unscoped_exposure,
    unscoped_exposure_sql,
)


async def aging(
    session: AsyncSession,
    principal: Principal,
    *,
    as_of: date | None = None,
    customer_id: uuid.UUID | None = None,
    territory_id: uuid.UUID | None = None,
) -> dict[str, Any]:
    day = as_of or company_today()
    rows = await aging_rows(
        session,
        aging_statement(principal, as_of=day, customer_id=customer_id, territory_id=territory_id),
    )
    totals: dict[str, dict[str, Any]] = {}
    for row in rows:
        summed = totals.setdefault(
            row["currency"],
            {"currency": row["currency"], **dict.fromkeys(AGING_FIELDS, Decimal(0))},
        )
        for name in AGING_FIELDS:
            summed[name] += row[name]
    return {"as_of": day, "rows": rows, "totals": [totals[c] for c in sorted(totals)]}


async def customer_receivables(
    session: AsyncSession,
    principal: Principal,
    customer_id: uuid.UUID,
    *,
    as_of: date | None = None,
) -> dict[str, Any]:
    """One customer's aging per currency, credit limit and exposure (404 when the caller
    may not see the customer)."""
    customer = await customers.get_customer(session, principal, customer_id)
    report = await aging(session, principal, as_of=as_of, customer_id=customer_id)
    return {
        "customer_id": customer_id,
        "as_of": report["as_of"],
        "currency": customer.currency,
        "credit_limit": customer.credit_limit,
        "open_exposure": await open_exposure(session, customer_id),
        "by_currency": report["rows"],
    }


async def open_exposure(session: AsyncSession, customer_id: uuid.UUID) -> Decimal:
    """What a customer owes now for the credit-limit check: open issued invoices less
    unallocated payments (whoever asks; the order side adds its open orders)."""
    return await unscoped_exposure(session, customer_id)


def open_exposure_sql(customer_id: Any) -> Any:
    """``open_exposure`` as an SQL expression, for the credit check to add its open
    orders to in the same statement."""
    return unscoped_exposure_sql(customer_id)

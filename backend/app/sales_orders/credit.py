"""The credit check at confirmation (docs/decisions/0025-billing-orders-and-credit-limit.md).

Exposure = what the customer owes on issued invoices less their unallocated payments
(``receivables.service.open_exposure``) + the part not yet invoiced of their other
confirmed (or later) orders in the customer's currency + this order's grand total. A
customer's ``credit_limit`` of 0 means no limit; an order in another currency than the
customer's is not checked (amounts are never converted).

Over the limit:
* an engineer's confirm puts the order on ``credit_hold`` (200): it waits for their
  head, who finds it with ``GET /sales-orders?status=credit_hold`` (a head sees their
  team's orders) and confirms it with ``approve_credit``, or cancels it;
* a head's or an admin's confirm without ``approve_credit`` is a 409
  ``sales_orders.credit_limit_exceeded`` whose detail names the limit and the exposure;
  with it, the order is confirmed and the event ``sales_order.credit_approved`` keeps
  who approved what exposure against which limit.

The customer's row is locked (``customers.lock_credit_terms``) before the exposure is
read, so two confirms of the same customer take turns and the second sees the first
order as open: two orders near the limit cannot both pass.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Uuid, bindparam, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core import events
from app.core.access import Principal, Role
from app.core.money import format_amount
from app.customers import service as customers
from app.receivables import service as receivables
from app.sales_orders.errors import CreditLimitExceeded
from app.sales_orders.models import (
    SalesOrder,
    SalesOrderLine,
    SalesOrderMilestone,
    SalesOrderStatus,
)

OPEN = (
    SalesOrderStatus.CONFIRMED,
    SalesOrderStatus.PARTIALLY_DELIVERED,
    SalesOrderStatus.DELIVERED,
    SalesOrderStatus.CLOSED,
)
APPROVERS = {Role.SALES_HEAD, Role.ADMIN}


def _open_orders_total(customer_id: Any, currency: Any, *, besides: Any) -> Any:
    """The part not yet invoiced of the customer's open orders in ``currency`` (an SQL
    expression, whoever asks): grand total less what milestones and lines invoiced.
    (Values or SQL expressions: the check's statement binds them at execution.)"""
    by_milestones = (
        select(func.coalesce(func.sum(SalesOrderMilestone.invoiced_amount), 0))
        .where(SalesOrderMilestone.sales_order_id == SalesOrder.id)
        .scalar_subquery()
    )
    by_lines = (
        select(
            func.coalesce(
                func.sum(
                    SalesOrderLine.line_total
                    * SalesOrderLine.quantity_invoiced
                    / SalesOrderLine.quantity
                ),
                0,
            )
        )
        .where(SalesOrderLine.sales_order_id == SalesOrder.id)
        .scalar_subquery()
    )
    return (
        select(func.coalesce(func.sum(SalesOrder.grand_total - by_milestones - by_lines), 0))
        .where(
            SalesOrder.customer_id == customer_id,
            SalesOrder.currency == currency,
            SalesOrder.status.in_(OPEN),
            SalesOrder.id != besides,
        )
        .scalar_subquery()
    )


# Built once: its values are bound at execution (building it per confirm cost more
# Python than PostgreSQL takes to answer it).
_CUSTOMER = bindparam("customer_id", type_=Uuid())
_OWED = select(
    receivables.open_exposure_sql(_CUSTOMER),
    _open_orders_total(
        _CUSTOMER, bindparam("currency"), besides=bindparam("order_id", type_=Uuid())
    ),
)


async def _owed(session: AsyncSession, order: SalesOrder, currency: str) -> tuple[Decimal, Decimal]:
    """What the customer owes on invoices (``receivables.open_exposure_sql``) and the part
    not yet invoiced of their other open orders: one statement."""
    values = {"customer_id": order.customer_id, "currency": currency, "order_id": order.id}
    invoices, orders = (await session.execute(_OWED, values)).one()
    return Decimal(invoices or 0), Decimal(orders or 0)


@dataclass(frozen=True)
class CreditPosition:
    """What the check compares for an order it applies to, in the customer's currency."""

    credit_limit: Decimal
    currency: str
    open_invoices: Decimal
    open_orders: Decimal
    this_order: Decimal

    @property
    def exposure(self) -> Decimal:
        return self.open_invoices + self.open_orders + self.this_order

    @property
    def is_over_limit(self) -> bool:
        return self.exposure > self.credit_limit


async def _position(
    session: AsyncSession, order: SalesOrder, terms: tuple[Decimal, str]
) -> CreditPosition | None:
    """The figures for ``order`` given its customer's terms; ``None`` when the order is
    not checked (no limit, or another currency than the customer's)."""
    limit, currency = terms
    if limit <= 0 or order.currency != currency:
        return None
    open_invoices, open_orders = await _owed(session, order, currency)
    return CreditPosition(
        credit_limit=limit,
        currency=currency,
        open_invoices=open_invoices,
        open_orders=open_orders,
        this_order=order.grand_total,
    )


async def credit_position(session: AsyncSession, order: SalesOrder) -> dict[str, Any]:
    """The figures a confirm of ``order`` would compare now, read without locking the
    customer (showing them decides nothing): what a head reads before approving an order
    on credit hold. An order that is not checked answers its customer's limit and
    currency with ``is_checked`` false and no exposure."""
    terms = await customers.credit_terms(session, order.customer_id)
    position = await _position(session, order, terms)
    if position is None:
        limit, currency = terms
        return {
            "sales_order_id": order.id,
            "currency": currency,
            "credit_limit": limit,
            "is_checked": False,
            "is_over_limit": False,
            "open_invoices": None,
            "open_orders": None,
            "this_order": None,
            "exposure": None,
        }
    return {
        "sales_order_id": order.id,
        "currency": position.currency,
        "credit_limit": position.credit_limit,
        "is_checked": True,
        "is_over_limit": position.is_over_limit,
        "open_invoices": position.open_invoices,
        "open_orders": position.open_orders,
        "this_order": position.this_order,
        "exposure": position.exposure,
    }


def may_approve(principal: Principal) -> bool:
    """A head or an admin approves an order over the credit limit; an API key never
    does (its order waits on hold for a person)."""
    return principal.role in APPROVERS and principal.kind != "api_key"


async def hold_for_credit(
    session: AsyncSession, principal: Principal, order: SalesOrder, *, approve: bool
) -> bool:
    """Called by ``confirm_sales_order`` with the order locked: ``True`` when the order
    is put (or stays) on credit hold instead of being confirmed; ``False`` to go on
    confirming; a 409 for a head or admin over the limit who did not approve."""
    terms = await customers.lock_credit_terms(session, order.customer_id)
    position = await _position(session, order, terms)
    if position is None or not position.is_over_limit:
        return False
    limit, currency, exposure = position.credit_limit, position.currency, position.exposure
    figures = {"credit_limit": str(limit), "exposure": str(exposure)}
    if may_approve(principal):
        if approve:
            events.note(order, "sales_order.credit_approved", data=figures)
            return False
        raise CreditLimitExceeded(
            f"The customer's exposure with this order, {format_amount(exposure, currency)} "
            f"{currency}, is over their credit limit of {format_amount(limit, currency)} "
            f"{currency}; confirm with approve_credit to approve it"
        )
    if order.status is not SalesOrderStatus.CREDIT_HOLD:
        order.status = SalesOrderStatus.CREDIT_HOLD
        events.note(order, "sales_order.credit_hold", data=figures)
    return True

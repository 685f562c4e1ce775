"""Payments: recording money received and allocating it to invoices.

The rules (docs/decisions/0024-invoices-and-payments.md): a payment belongs to a
customer and a currency; it pays invoices of that customer in that currency, each at
most its open amount (``invoices.apply_payment`` locks every invoice row, so concurrent
payments never over-allocate); allocations never add up to more than the payment; what
is not allocated stays on the payment as the customer's credit, allocated later with
``allocate_payment`` (the payment's row is locked first, then the invoices').
"""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core import events
from app.core.access import Principal
from app.core.clock import company_today
from app.core.errors import FieldError, InvalidReference, NotFound, UnprocessableEntity
from app.core.money import round_amount
from app.core.pagination import ListParams
from app.core.repository import Saved
from app.customers import service as customers
from app.invoices import service as invoices
from app.payments.models import Payment, PaymentAllocation
from app.payments.repository import (
    PAYMENT_READ,
    PAYMENT_SORT,
    AllocationRepository,
    PaymentRepository,
)
from app.payments.schemas import AllocationIn, AllocationsCreate, PaymentCreate

__all__ = ["PAYMENT_SORT"]


async def payments_page(
    session: AsyncSession,
    principal: Principal,
    *,
    params: ListParams,
    fields: str | None,
    **filters: Any,
) -> bytes:
    repo = PaymentRepository(session, principal)
    return await repo.read_page(PAYMENT_READ, repo.filtered(**filters), params, fields=fields)


async def payment_item(
    session: AsyncSession, principal: Principal, payment_id: uuid.UUID, *, fields: str | None = None
) -> dict[str, Any]:
    return await PaymentRepository(session, principal).read_item(
        PAYMENT_READ, payment_id, fields=fields
    )


async def get_payment(
    session: AsyncSession, principal: Principal, payment_id: uuid.UUID
) -> Payment:
    return await PaymentRepository(session, principal).get_or_404(payment_id)


def credits(principal: Principal) -> Any:
    """The caller's payments with money unallocated (a subquery for receivables)."""
    return PaymentRepository.credits(principal)


def received(principal: Principal, *, start: date, end: date) -> Any:
    """The caller's payments received ``start`` to ``end`` summed per currency: a
    subquery for the dashboard (``PaymentRepository.received``)."""
    return PaymentRepository.received(principal, start=start, end=end)


def allocated(principal: Principal, *, start: date, end: date) -> Any:
    """The caller's money applied to invoices ``start`` to ``end``, a row per allocation:
    a subquery for the paid revenue report (``AllocationRepository.allocated``)."""
    return AllocationRepository.allocated(principal, start=start, end=end)


def unscoped_credit_total(customer_id: uuid.UUID) -> Any:
    """A one-value statement: a customer's unallocated money, whoever asks."""
    return PaymentRepository.unscoped_credit_total(customer_id)


def _error(loc: list[str | int], msg: str, type_: str) -> UnprocessableEntity:
    return UnprocessableEntity(errors=[FieldError(loc=loc, msg=msg, type=type_)])


def _check_total(items: list[AllocationIn], available: Decimal, what: str) -> None:
    total = sum((item.amount for item in items), Decimal(0))
    if total > available:
        raise _error(
            ["body", "allocations"],
            f"the allocations add up to {total}, more than the {what} {available}",
            "over_allocation",
        )


async def _allocate(
    session: AsyncSession, principal: Principal, payment: Payment, items: list[AllocationIn]
) -> None:
    await invoices.apply_payment(
        session,
        principal,
        customer_id=payment.customer_id,
        currency=payment.currency,
        allocations=[invoices.Allocation(item.invoice_id, item.amount) for item in items],
        loc=["body", "allocations"],
    )
    repo = AllocationRepository(session, principal)
    today = company_today()
    for item in items:
        repo.add(
            PaymentAllocation(
                payment_id=payment.id,
                invoice_id=item.invoice_id,
                amount=item.amount,
                currency=payment.currency,
                allocated_on=max(today, payment.payment_date),
            )
        )
    payment.allocated_amount += sum((item.amount for item in items), Decimal(0))
    await repo.flush()


async def record_payment(
    session: AsyncSession, principal: Principal, *, data: PaymentCreate
) -> Saved[Payment]:
    """A payment received from a customer the caller may see, allocated at once to the
    invoices listed (optional)."""
    repo = PaymentRepository(session, principal)
    if replayed := await repo.find_replayed_create(data.id):
        return Saved(replayed, created=False)
    try:
        customer = await customers.get_customer(session, principal, data.customer_id)
    except NotFound:
        raise InvalidReference("customer_id") from None
    currency = data.currency or customer.currency
    amount = round_amount(data.amount, currency)
    if amount != data.amount:
        raise _error(["body", "amount"], "more decimals than the currency has", "value_error")
    _check_total(data.allocations, amount, "payment's amount")
    payment = Payment(
        customer_id=customer.id,
        territory_id=customer.territory_id,
        recorded_by_id=principal.user_id,
        payment_date=data.payment_date or company_today(),
        amount=amount,
        currency=currency,
        method=data.method,
        reference=data.reference,
        notes=data.notes,
        allocated_amount=Decimal(0),
    )
    if data.id is not None:
        payment.id = data.id
    events.note(
        payment,
        "payment.received",
        data={"amount": str(amount), "currency": currency, "method": data.method.value},
    )
    await repo.insert(payment)
    if data.allocations:
        await _allocate(session, principal, payment, data.allocations)
    return Saved(payment, created=True)


async def allocate_payment(
    session: AsyncSession, principal: Principal, payment: Payment, *, data: AllocationsCreate
) -> Payment:
    """Allocate a payment's credit (what is left unallocated) to invoices."""
    repo = PaymentRepository(session, principal)
    payment = await repo.lock(payment)
    _check_total(data.allocations, payment.amount - payment.allocated_amount, "credit left")
    events.note(
        payment,
        "payment.allocated",
        data={"invoice_ids": [str(item.invoice_id) for item in data.allocations]},
    )
    await _allocate(session, principal, payment, data.allocations)
    return payment

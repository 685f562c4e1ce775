"""Every query of the payments domain starts from the scoped base."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy import Select, func, select

from app.core.access import Principal, scope_clause
from app.core.pagination import SortOptions
from app.core.reads import Children, ReadModel
from app.core.repository import ScopedRepository
from app.customers.service import customer_name_of
from app.invoices.service import invoice_number_of
from app.payments.errors import PaymentNotFound
from app.payments.models import Payment, PaymentAllocation, PaymentMethod
from app.payments.schemas import AllocationRead, PaymentRead

ALLOCATIONS = Children(
    PaymentAllocation.payment_id,
    {
        name: invoice_number_of(PaymentAllocation.invoice_id)
        if name == "invoice_number"
        else getattr(PaymentAllocation, name)
        for name in AllocationRead.model_fields
    },
    order_by=[PaymentAllocation.created_at, PaymentAllocation.id],
    amounts=AllocationRead.amount_fields,
)
PAYMENT_READ = ReadModel(
    Payment,
    PaymentRead,
    fields={
        "customer_name": lambda p: customer_name_of(p, Payment.customer_id),
        "allocations": ALLOCATIONS,
    },
    amounts=PaymentRead.amount_fields,
)
PAYMENT_SORT = SortOptions(
    "-created_at",
    created_at=Payment.created_at,
    payment_date=Payment.payment_date,
    amount=Payment.amount,
)


class PaymentRepository(ScopedRepository[Payment]):
    model = Payment
    not_found = PaymentNotFound

    def filtered(
        self,
        *,
        customer_id: uuid.UUID | None = None,
        territory_id: uuid.UUID | None = None,
        method: PaymentMethod | None = None,
        has_credit: bool | None = None,
    ) -> Select[Payment]:
        stmt = self.scoped()
        equals = {
            Payment.customer_id: customer_id,
            Payment.territory_id: territory_id,
            Payment.method: method,
        }
        for column, value in equals.items():
            if value is not None:
                stmt = stmt.where(column == value)
        if has_credit is not None:
            stmt = stmt.where(
                Payment.unallocated_amount > 0 if has_credit else Payment.unallocated_amount <= 0
            )
        return stmt

    async def lock(self, payment: Payment) -> Payment:
        """The payment as committed now, its row locked until the request ends."""
        stmt = (
            self.scoped()
            .where(Payment.id == payment.id)
            .with_for_update()
            .execution_options(populate_existing=True)
        )
        locked = (await self.session.scalars(stmt)).one_or_none()
        if locked is None:
            raise self.not_found()
        return locked

    @staticmethod
    def credits(principal: Principal) -> Any:
        """The caller's payments with money unallocated: customer, currency, territory,
        date and the unallocated amount (a subquery for aging)."""
        return select(
            Payment.customer_id,
            Payment.currency,
            Payment.territory_id,
            Payment.payment_date,
            Payment.unallocated_amount,
        ).where(scope_clause(Payment, principal), Payment.unallocated_amount > 0)

    @staticmethod
    def received(principal: Principal, *, start: date, end: date) -> Any:
        """The caller's payments received ``start`` to ``end``, per currency: currency,
        payments, amount (a subquery for the dashboard)."""
        return (
            select(
                Payment.currency,
                func.count().label("payments"),
                func.sum(Payment.amount).label("amount"),
            )
            .where(scope_clause(Payment, principal), Payment.payment_date.between(start, end))
            .group_by(Payment.currency)
        )

    @staticmethod
    def unscoped_credit_total(customer_id: Any) -> Select[Any]:
        return select(func.coalesce(func.sum(Payment.unallocated_amount), 0)).where(
            Payment.customer_id == customer_id, Payment.unallocated_amount > 0
        )


class AllocationRepository(ScopedRepository[PaymentAllocation]):
    model = PaymentAllocation

    @staticmethod
    def allocated(principal: Principal, *, start: date, end: date) -> Any:
        """The caller's money applied to invoices ``start`` to ``end``, a row per
        allocation: invoice_id, day (applied on), currency, amount (a subquery for the
        paid revenue report)."""
        return select(
            PaymentAllocation.invoice_id,
            PaymentAllocation.allocated_on.label("day"),
            PaymentAllocation.currency,
            PaymentAllocation.amount,
        ).where(
            scope_clause(PaymentAllocation, principal),
            PaymentAllocation.allocated_on.between(start, end),
        )

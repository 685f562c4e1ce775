"""Payments received from customers and their allocations to invoices.

A payment is visible exactly when its customer is (like invoices). What it pays is in
``payment_allocations`` (one row per invoice paid, partial amounts allowed);
``allocated_amount`` is their sum, kept under the payment's row lock, and
``unallocated_amount`` (computed by PostgreSQL) is the customer's credit that a later
allocation may use (docs/decisions/0024-invoices-and-payments.md).
"""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import Computed, ForeignKey, Index, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.core.access import Principal, custom_rule, register_scope, visible_through
from app.core.db import Entity, enum_column
from app.core.events import Tracked, track
from app.core.personal_data import copies
from app.customers import service as customers


class PaymentMethod(StrEnum):
    BANK_TRANSFER = "bank_transfer"
    CHEQUE = "cheque"
    CASH = "cash"
    UPI = "upi"
    CARD = "card"
    OTHER = "other"


class Payment(Entity):
    __tablename__ = "payments"
    __table_args__ = (
        Index("ix_payments_created_at_id", "created_at", "id"),
        Index("ix_payments_payment_date_id", "payment_date", "id"),
        Index("ix_payments_amount_id", "amount", "id"),
        # Aging's credit column and the credit check: a customer's unallocated money.
        Index(
            "ix_payments_customer_id_unallocated",
            "customer_id",
            postgresql_where="unallocated_amount > 0",
        ),
    )

    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id"), index=True)
    territory_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("territories.id"), index=True)
    recorded_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    payment_date: Mapped[date]
    amount: Mapped[Decimal] = mapped_column(Numeric(18, 4))
    currency: Mapped[str] = mapped_column(String(3))
    method: Mapped[PaymentMethod] = mapped_column(enum_column(PaymentMethod), index=True)
    reference: Mapped[str | None] = mapped_column(String(120))
    notes: Mapped[str | None] = mapped_column(Text)
    allocated_amount: Mapped[Decimal] = mapped_column(Numeric(18, 4), default=Decimal(0))
    unallocated_amount: Mapped[Decimal] = mapped_column(
        Numeric(18, 4), Computed("amount - allocated_amount", persisted=True)
    )


class PaymentAllocation(Entity):
    __tablename__ = "payment_allocations"
    __table_args__ = (
        Index("ix_payment_allocations_payment_id_created_at", "payment_id", "created_at"),
    )

    payment_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("payments.id", ondelete="CASCADE"))
    invoice_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("invoices.id"), index=True)
    amount: Mapped[Decimal] = mapped_column(Numeric(18, 4))
    currency: Mapped[str] = mapped_column(String(3))
    allocated_on: Mapped[date]


def _customer_visible(principal: Principal) -> Any:
    """A payment is visible exactly when its customer is."""
    return Payment.customer_id.in_(customers.visible_customer_ids(principal))


register_scope(Payment, custom_rule(_customer_visible))
register_scope(PaymentAllocation, visible_through(PaymentAllocation.payment_id, Payment))
track(Payment, Tracked("payment", label="reference", customer="customer_id"))
track(PaymentAllocation, Tracked("payment_allocation"))
copies(Payment, customer=Payment.customer_id, mentions=("reference", "notes"))

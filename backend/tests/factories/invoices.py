"""Build invoices and payments through the services (priced, numbered, allocated as the
API does)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy.ext.asyncio import AsyncSession

from app.customers.models import Customer
from app.invoices import service as invoices
from app.invoices.models import Invoice
from app.payments import service as payments
from app.payments.models import Payment, PaymentMethod
from app.payments.schemas import AllocationIn, PaymentCreate
from app.products.models import Product
from app.users.models import User
from app.users.service import principal_for_user


async def create_invoice(
    session: AsyncSession,
    *,
    by: User,
    customer: Customer,
    lines: list[tuple[Product, str, str, str]],  # product, quantity, unit price, discount %
    issued_on: date | None = None,
    payment_terms_days: int | None = None,
) -> Invoice:
    """A draft invoice, issued on ``issued_on`` when given."""
    principal = await principal_for_user(session, by.id)
    assert principal is not None
    saved = await invoices.create_invoice(
        session,
        principal,
        customer_id=customer.id,
        currency=None,
        lines=[
            invoices.InvoiceLineInput(
                product_id=product.id,
                quantity=Decimal(quantity),
                unit_price=Decimal(price),
                discount_percent=Decimal(discount),
            )
            for product, quantity, price, discount in lines
        ],
        payment_terms_days=payment_terms_days,
    )
    invoice = saved.entity
    if issued_on is not None:
        invoice = await invoices.issue_invoice(session, principal, invoice, invoice_date=issued_on)
    return invoice


async def create_payment(
    session: AsyncSession,
    *,
    by: User,
    customer: Customer,
    amount: str,
    paid_on: date,
    allocations: list[tuple[Invoice, str]] = (),  # type: ignore[assignment]
) -> Payment:
    principal = await principal_for_user(session, by.id)
    assert principal is not None
    data = PaymentCreate(
        customer_id=customer.id,
        payment_date=paid_on,
        amount=Decimal(amount),
        method=PaymentMethod.BANK_TRANSFER,
        allocations=[
            AllocationIn(invoice_id=invoice.id, amount=Decimal(value))
            for invoice, value in allocations
        ],
    )
    saved = await payments.record_payment(session, principal, data=data)
    return saved.entity

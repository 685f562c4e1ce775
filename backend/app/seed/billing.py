"""Demo invoices, credit notes and payments over the last 12 months, built through the
services as a head would (priced, numbered on issue, settled by allocations): for the
customers of every engineer, an invoice in each state (draft, issued and not yet due,
overdue, partially paid, paid, voided by a credit note, partly credited, cancelled),
and a payment that leaves credit on the customer's account; then the demo orders billed
from their milestones (``_bill_orders``). Deterministic (a fixed seed)."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.access import Role
from app.core.clock import company_today
from app.customers.models import Customer
from app.invoices import service as invoices
from app.invoices.models import Invoice
from app.invoices.schemas import CreditNoteCreate
from app.payments import service as payments
from app.payments.models import PaymentMethod
from app.payments.schemas import AllocationIn, PaymentCreate
from app.products.models import Product
from app.sales_orders import billing as order_billing
from app.sales_orders import service as sales_orders
from app.sales_orders.models import MilestoneTrigger, SalesOrder, SalesOrderStatus
from app.sales_orders.schemas import SalesOrderInvoiceCreate
from app.users.models import Team, User
from app.users.service import principal_for_user

# Which milestones of a demo order are billed, by the order's status.
BILLED_WHEN = {
    SalesOrderStatus.CONFIRMED: {MilestoneTrigger.ON_CONFIRMATION},
    SalesOrderStatus.PARTIALLY_DELIVERED: {MilestoneTrigger.ON_CONFIRMATION},
    SalesOrderStatus.DELIVERED: {MilestoneTrigger.ON_CONFIRMATION, MilestoneTrigger.ON_DELIVERY},
    SalesOrderStatus.CLOSED: {MilestoneTrigger.ON_CONFIRMATION, MilestoneTrigger.ON_DELIVERY},
}

NAME = "billing"
# The state each demo invoice is taken to, in order (repeated over the customers), and
# how many days ago it is dated.
PLAN = [
    ("draft", 3),
    ("issued", 10),
    ("overdue", 75),
    ("partially_paid", 50),
    ("paid", 120),
    ("void", 200),
    ("credited", 20),
    ("cancelled", 5),
    ("overdue", 140),
    ("paid", 330),
]
METHODS = list(PaymentMethod)


async def already_loaded(session: AsyncSession) -> bool:
    return (await session.scalar(select(func.count(Invoice.id))) or 0) > 0


async def load(session: AsyncSession) -> int:
    rng = random.Random(12)
    today = company_today()
    engineers = list(
        await session.scalars(
            select(User).where(User.role == Role.SALES_ENGINEER).order_by(User.email)
        )
    )
    products = list(
        await session.scalars(select(Product).where(Product.is_active).order_by(Product.sku))
    )
    heads = {team.id: team.head_id for team in await session.scalars(select(Team))}
    made = 0
    for n, engineer in enumerate(engineers):
        head_id = heads.get(engineer.team_id) if engineer.team_id else None
        head = await principal_for_user(session, head_id) if head_id else None
        if head is None or not products:
            continue
        customers = list(
            await session.scalars(
                select(Customer)
                .where(Customer.owner_id == engineer.id, Customer.is_archived.is_(False))
                .order_by(Customer.name)
                .limit(4)
            )
        )
        for c, customer in enumerate(customers):
            for index in range(3):
                target, days_ago = PLAN[(n * 7 + c * 3 + index) % len(PLAN)]
                day = today - timedelta(days=days_ago + rng.randint(0, 9))
                lines = [
                    invoices.InvoiceLineInput(
                        product_id=product.id,
                        quantity=Decimal(rng.choice([1, 2, 3, 5])),
                        unit_price=product.list_price,
                        discount_percent=Decimal(rng.choice([0, 0, 5, 10])),
                    )
                    for product in rng.sample(products, rng.randint(1, 3))
                ]
                saved = await invoices.create_invoice(
                    session,
                    head,
                    customer_id=customer.id,
                    currency=None,
                    lines=lines,
                    invoice_date=day,
                    notes="Demo invoice",
                )
                invoice = saved.entity
                made += 1
                if target == "draft":
                    continue
                if target == "cancelled":
                    await invoices.cancel_invoice(session, head, invoice)
                    continue
                invoice = await invoices.issue_invoice(session, head, invoice, invoice_date=day)
                total = invoice.grand_total
                if target == "void":
                    await invoices.create_credit_note(
                        session,
                        head,
                        invoice,
                        data=CreditNoteCreate(full=True, reason="Billed in error", credit_date=day),
                    )
                elif target == "credited":
                    await invoices.create_credit_note(
                        session,
                        head,
                        invoice,
                        data=CreditNoteCreate(
                            amount=(total / 10).quantize(Decimal("0.01")),
                            reason="Late delivery discount",
                            credit_date=day + timedelta(days=3),
                        ),
                    )
                elif target in ("paid", "partially_paid"):
                    share = total if target == "paid" else (total / 2).quantize(Decimal("0.01"))
                    # Paid ones sometimes overpay a little: the rest stays as credit.
                    extra = Decimal(rng.choice([0, 0, 500])) if target == "paid" else Decimal(0)
                    await payments.record_payment(
                        session,
                        head,
                        data=PaymentCreate(
                            customer_id=customer.id,
                            payment_date=min(today, day + timedelta(days=rng.randint(5, 40))),
                            amount=share + extra,
                            method=METHODS[(made + n) % len(METHODS)],
                            reference=f"DEMO-{made:04d}",
                            allocations=[AllocationIn(invoice_id=invoice.id, amount=share)],
                        ),
                    )
    return made + await _bill_orders(session, heads)


async def _bill_orders(session: AsyncSession, heads: dict[Any, Any]) -> int:
    """The demo orders billed from their milestones, as their team's head bills them:
    the advance of every confirmed order, the delivery share of delivered and closed
    ones, each issued; a closed order's invoices paid in full and every other order's
    advance paid, so planned, invoiced and collected differ from order to order."""
    orders = list(
        await session.scalars(
            select(SalesOrder).where(SalesOrder.status.in_(BILLED_WHEN)).order_by(SalesOrder.number)
        )
    )
    owners = {
        user.id: user
        for user in await session.scalars(
            select(User).where(User.id.in_({order.owner_id for order in orders}))
        )
    }
    made = 0
    for order in orders:
        owner = owners.get(order.owner_id)
        head_id = heads.get(owner.team_id) if owner is not None and owner.team_id else None
        head = await principal_for_user(session, head_id) if head_id else None
        if head is None:
            continue
        triggers = BILLED_WHEN[order.status]
        for milestone in await sales_orders.order_milestones(session, head, order.id):
            if milestone.trigger not in triggers:
                continue
            saved = await order_billing.create_order_invoice(
                session,
                head,
                order,
                data=SalesOrderInvoiceCreate(milestone_id=milestone.id, notes="Demo milestone"),
            )
            invoice = await invoices.issue_invoice(session, head, saved.entity)
            made += 1
            paid = (
                order.status is SalesOrderStatus.CLOSED
                or milestone.trigger is MilestoneTrigger.ON_CONFIRMATION
            )
            if paid:
                await payments.record_payment(
                    session,
                    head,
                    data=PaymentCreate(
                        customer_id=order.customer_id,
                        payment_date=invoice.invoice_date,
                        amount=invoice.grand_total,
                        method=PaymentMethod.BANK_TRANSFER,
                        reference=f"DEMO-{order.number}-{milestone.position}",
                        allocations=[
                            AllocationIn(invoice_id=invoice.id, amount=invoice.grand_total)
                        ],
                    ),
                )
    return made

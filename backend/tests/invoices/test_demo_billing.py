"""The demo has invoices and payments in every state over the last 12 months."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.invoices.models import Invoice, InvoiceKind, InvoiceStatus
from app.payments.models import Payment
from app.sales_orders.models import SalesOrderMilestone
from app.seed import load_demo_data
from tests.support.demo import DEMO

pytestmark = DEMO


async def test_the_demo_has_invoices_in_every_state_and_payments_with_credit(
    sessionmaker: async_sessionmaker[AsyncSession], session: AsyncSession, company_day: date
) -> None:
    await load_demo_data(sessionmaker)
    documents = list(await session.scalars(select(Invoice)))
    invoices = [d for d in documents if d.kind is InvoiceKind.INVOICE]
    assert {i.status for i in invoices} == set(InvoiceStatus)
    assert any(d.kind is InvoiceKind.CREDIT_NOTE for d in documents)
    assert any(i.status is InvoiceStatus.ISSUED and i.due_date < company_day for i in invoices)
    dates = [i.invoice_date for i in invoices]
    assert min(dates) <= company_day - timedelta(days=300) and max(dates) <= company_day
    numbers = [d.number for d in documents if d.number is not None]
    assert len(numbers) == len(set(numbers))
    assert all(i.number is None for i in invoices if i.status is InvoiceStatus.DRAFT)
    for invoice in invoices:
        assert invoice.open_amount == (
            invoice.grand_total - invoice.amount_paid - invoice.amount_credited
            if invoice.status not in (InvoiceStatus.DRAFT, InvoiceStatus.CANCELLED)
            else 0
        )
    payments = list(await session.scalars(select(Payment)))
    assert payments and any(p.unallocated_amount > 0 for p in payments)

    # The demo orders are billed from their milestones: each milestone's invoiced and
    # collected amounts are its invoices' totals and what was paid on them.
    billed = [i for i in invoices if i.source_milestone_id is not None]
    assert billed, "the demo orders are billed from their milestones"
    assert all(i.source_document_type == "sales_order" for i in billed)
    milestones = list(
        await session.scalars(
            select(SalesOrderMilestone).where(
                SalesOrderMilestone.id.in_({i.source_milestone_id for i in billed})
            )
        )
    )
    for milestone in milestones:
        mine = [i for i in billed if i.source_milestone_id == milestone.id]
        assert milestone.invoiced_amount == sum(i.grand_total for i in mine)
        assert milestone.collected_amount == sum(i.amount_paid for i in mine)
    assert any(m.collected_amount == m.invoiced_amount > 0 for m in milestones)  # paid
    assert any(m.collected_amount == 0 < m.invoiced_amount for m in milestones)  # still open

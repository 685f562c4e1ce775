"""The invoices' read path prints what their schema prints (decision 0011)."""

from __future__ import annotations

from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.clock import company_today
from app.invoices.models import Invoice
from app.invoices.repository import INVOICE_SUMMARY_READ
from app.invoices.schemas import InvoiceSummaryRead
from tests.conftest import World
from tests.core.test_reads import _same
from tests.factories.catalogue import create_product
from tests.factories.customers import create_customer
from tests.factories.invoices import create_invoice


async def test_an_invoice_reads_as_its_schema_prints_it(session: AsyncSession, world: World):
    customer = await create_customer(session, owner=world.engineer, territory=world.north)
    product = await create_product(session)
    invoice = await create_invoice(
        session,
        by=world.admin,
        customer=customer,
        lines=[(product, "3", "333.3333", "12.5"), (product, "1", "0.5", "0")],
        issued_on=date(2026, 4, 1),
    )
    await session.commit()
    session.expunge_all()
    loaded = await session.get(Invoice, invoice.id)
    assert loaded is not None
    # Derived when read (never stored): an April invoice on 30 days is overdue by now.
    loaded.is_overdue = True  # type: ignore[attr-defined]
    loaded.days_overdue = (company_today() - loaded.due_date).days  # type: ignore[attr-defined]
    item = await _same(
        session,
        world,
        INVOICE_SUMMARY_READ,
        InvoiceSummaryRead,
        loaded,
        customer_name=customer.name,
    )
    assert item["open_amount"] == item["grand_total"] == "1033.09"

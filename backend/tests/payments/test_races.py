"""Invoices and payments on real concurrent PostgreSQL transactions (``live``)."""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import date

from sqlalchemy import select

from app.invoices.models import Invoice
from app.payments.models import Payment
from tests.conftest import Live, auth
from tests.factories.catalogue import create_product
from tests.factories.customers import create_customer
from tests.factories.invoices import create_invoice

COPIES = 10


async def test_ten_concurrent_issues_take_the_numbers_one_to_ten(live: Live) -> None:
    world = live.world
    async with live.sessionmaker() as session:
        customer = await create_customer(session, owner=world.engineer, territory=world.north)
        product = await create_product(session)
        drafts = [
            await create_invoice(
                session, by=world.admin, customer=customer, lines=[(product, "1", "10", "0")]
            )
            for _ in range(COPIES)
        ]
        await session.commit()
    async with live.client() as client:
        answers = await asyncio.gather(
            *(
                client.post(
                    f"/api/v1/invoices/{draft.id}/issue",
                    json={"invoice_date": "2026-07-01"},
                    headers=auth(world.head),
                )
                for draft in drafts
            )
        )
    assert Counter(a.status_code for a in answers) == {200: COPIES}, [a.text for a in answers]
    async with live.sessionmaker() as session:
        numbers = list(await session.scalars(select(Invoice.number)))
    assert sorted(numbers) == [f"INV/2026-27/{n:05d}" for n in range(1, COPIES + 1)]


async def test_concurrent_payments_never_allocate_more_than_an_invoice_owes(live: Live) -> None:
    world = live.world
    async with live.sessionmaker() as session:
        customer = await create_customer(session, owner=world.engineer, territory=world.north)
        product = await create_product(session)
        # 1000 + 18 % = 1180.00: five payments of 200 fit, the sixth does not.
        invoice = await create_invoice(
            session,
            by=world.admin,
            customer=customer,
            lines=[(product, "1", "1000", "0")],
            issued_on=date(2026, 7, 1),
        )
        await session.commit()
    body = {
        "customer_id": str(customer.id),
        "amount": "200.00",
        "method": "upi",
        "allocations": [{"invoice_id": str(invoice.id), "amount": "200.00"}],
    }
    async with live.client() as client:
        answers = await asyncio.gather(
            *(
                client.post("/api/v1/payments", json=body, headers=auth(world.head))
                for _ in range(COPIES)
            )
        )
    assert Counter(a.status_code for a in answers) == {201: 5, 422: 5}, [a.text for a in answers]
    refused = [a.json() for a in answers if a.status_code == 422]
    assert {tuple(r["errors"][0]["loc"]) for r in refused} == {("body", "allocations", 0, "amount")}
    async with live.sessionmaker() as session:
        stored = await session.get(Invoice, invoice.id)
        payments = list(await session.scalars(select(Payment)))
    assert stored is not None
    assert (stored.amount_paid, stored.open_amount, stored.status.value) == (
        1000,
        180,
        "partially_paid",
    )
    assert len(payments) == 5

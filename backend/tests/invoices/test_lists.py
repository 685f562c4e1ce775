"""The invoice and payment lists cost the same statements for few or many rows."""

from __future__ import annotations

from datetime import date

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from tests.conftest import World, auth
from tests.factories.catalogue import create_product
from tests.factories.customers import create_customer
from tests.factories.invoices import create_invoice, create_payment


async def _bill(session: AsyncSession, world: World, n: int) -> None:
    product = await create_product(session)
    customer = await create_customer(session, owner=world.engineer, territory=world.north)
    for _ in range(n):
        invoice = await create_invoice(
            session,
            by=world.admin,
            customer=customer,
            lines=[(product, "1", "100", "0"), (product, "2", "50", "5")],
            issued_on=date(2026, 6, 1),
        )
        await create_payment(
            session,
            by=world.admin,
            customer=customer,
            amount="20",
            paid_on=date(2026, 6, 5),
            allocations=[(invoice, "10")],
        )
    await session.commit()


async def test_lists_cost_the_same_statements_for_few_or_many_rows(
    client: AsyncClient, session: AsyncSession, world: World, count_statements
):
    await _bill(session, world, 1)
    urls = ("/api/v1/invoices", "/api/v1/payments", "/api/v1/invoices?overdue=true")
    few = {}
    for url in urls:
        with count_statements() as counted:
            await client.get(url, headers=auth(world.engineer))
        few[url] = counted.n
    await _bill(session, world, 12)
    for url in urls:
        with count_statements() as counted:
            answer = await client.get(url, headers=auth(world.engineer))
        assert len(answer.json()["items"]) == 13
        assert counted.n == few[url], url

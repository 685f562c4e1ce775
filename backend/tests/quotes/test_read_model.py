"""The quotes' read path prints what their schemas print (decision 0011)."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from app.quotes.models import Quote
from app.quotes.repository import QUOTE_SUMMARY_READ
from app.quotes.schemas import QuoteSummaryRead
from tests.conftest import World
from tests.core.test_reads import _same
from tests.factories.catalogue import create_product
from tests.factories.customers import create_customer
from tests.factories.quotes import create_quote


async def test_a_quote_reads_as_its_schema_prints_it(session: AsyncSession, world: World) -> None:
    customer = await create_customer(session, owner=world.engineer, territory=world.north)
    product = await create_product(session)
    quote = await create_quote(
        session,
        owner=world.engineer,
        customer=customer,
        lines=[(product, "3", "333.3333", "12.5"), (product, "1", "0.5", "0")],
    )
    await session.commit()
    session.expunge_all()
    loaded = await session.get(Quote, quote.id)
    item = await _same(
        session, world, QUOTE_SUMMARY_READ, QuoteSummaryRead, loaded, customer_name=customer.name
    )
    assert item["max_discount_percent"] == "12.5"

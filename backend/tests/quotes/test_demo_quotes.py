"""The demo has quotes in every state, made through the service."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.quotes.models import Quote, QuoteStatus
from app.seed import load_demo_data
from tests.support.demo import DEMO

pytestmark = DEMO


async def test_the_demo_has_quotes_in_every_state(
    sessionmaker: async_sessionmaker[AsyncSession], session: AsyncSession
) -> None:
    await load_demo_data(sessionmaker)
    quotes = list(await session.scalars(select(Quote)))
    assert {q.status for q in quotes} == set(QuoteStatus)
    assert any(q.revision > 0 for q in quotes)
    assert all(q.grand_total == q.taxable_total + q.tax_total for q in quotes)
    assert len({(q.number, q.revision) for q in quotes}) == len(quotes)

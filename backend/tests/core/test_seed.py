"""The demo data loads once: a second run adds nothing."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.customers.models import Customer
from app.seed import load_demo_data
from app.users.models import User


async def test_demo_data_is_idempotent(sessionmaker: async_sessionmaker[AsyncSession], session):
    first = await load_demo_data(sessionmaker)
    users = await session.scalar(select(func.count()).select_from(User))
    customers = await session.scalar(select(func.count()).select_from(Customer))
    second = await load_demo_data(sessionmaker)
    assert "already loaded" not in first
    assert users == 11 and customers == 200
    assert all("already loaded" in part for part in second.split("; "))
    assert await session.scalar(select(func.count()).select_from(Customer)) == 200

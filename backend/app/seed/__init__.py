"""Demo data: an Indian company (INR, GST) with two sales teams in three territories.

Loading is idempotent: each part checks whether it already ran, so a second
``make run`` adds nothing. Everything is generated from a fixed random seed, so
every machine gets the same demo.
"""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.core.db import session_scope
from app.seed import (
    activities,
    billing,
    catalogue,
    customers,
    expenses,
    field,
    history,
    orders,
    people,
    quotes,
    sales,
    stock,
    targets,
)

PARTS = (
    people,
    customers,
    sales,
    activities,
    catalogue,
    stock,
    quotes,
    orders,
    billing,
    history,
    field,
    expenses,
    targets,
)


async def load_demo_data(sessionmaker: async_sessionmaker[AsyncSession]) -> str:
    done: list[str] = []
    for part in PARTS:
        async with session_scope(sessionmaker) as session:
            if await part.already_loaded(session):
                done.append(f"{part.NAME}: already loaded")
                continue
            count = await part.load(session)
            done.append(f"{part.NAME}: {count} added")
    return "; ".join(done)

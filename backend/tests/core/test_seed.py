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


async def test_demo_engineer_sees_only_own_and_territory_customers(
    sessionmaker: async_sessionmaker[AsyncSession], session, client
):
    await load_demo_data(sessionmaker)
    login = await client.post(
        "/api/v1/auth/login", json={"email": "eng1@example.com", "password": "demo-pass-1"}
    )
    headers = {"Authorization": f"Bearer {login.json()['access_token']}"}
    me = (await client.get("/api/v1/users/me", headers=headers)).json()
    territory_ids = {t["id"] for t in me["territories"]}
    seen = []
    cursor = None
    while True:
        params = {"limit": 200, **({"cursor": cursor} if cursor else {})}
        page = (await client.get("/api/v1/customers", params=params, headers=headers)).json()
        seen += page["items"]
        if not (cursor := page["next_cursor"]):
            break
    assert seen
    assert all(c["owner_id"] == me["id"] or c["territory_id"] in territory_ids for c in seen)
    assert len(seen) < 200

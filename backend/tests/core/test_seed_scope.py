"""The demo engineer's customer list holds only their own and their territories'."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.seed import load_demo_data
from tests.support.demo import DEMO

pytestmark = DEMO


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

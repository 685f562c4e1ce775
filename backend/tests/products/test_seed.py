"""The demo catalogue: 60 products in groups, the GST categories, two price lists with
breaks; a key-account customer is priced from its segment's list."""

from __future__ import annotations

from httpx import AsyncClient
from sqlalchemy import String, cast, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.customers.models import Customer
from app.seed import load_demo_data
from tests.support.demo import DEMO

pytestmark = DEMO


async def test_the_demo_catalogue_prices_a_key_account_from_its_list(
    sessionmaker: async_sessionmaker[AsyncSession], session: AsyncSession, client: AsyncClient
):
    await load_demo_data(sessionmaker)
    login = await client.post(
        "/api/v1/auth/login", json={"email": "admin@example.com", "password": "demo-pass-1"}
    )
    headers = {"Authorization": f"Bearer {login.json()['access_token']}"}
    count = await client.get("/api/v1/products/count", headers=headers)
    assert count.json() == {"count": 60}
    taxes = (await client.get("/api/v1/tax-categories", headers=headers)).json()["items"]
    assert {t["code"] for t in taxes} >= {"GST0", "GST5", "GST12", "GST18", "GST28", "EXEMPT"}
    lists = (await client.get("/api/v1/price-lists", headers=headers)).json()["items"]
    assert {(p["name"], p["scope"]) for p in lists} == {
        ("Standard 2026-27", "default"),
        ("Key accounts 2026-27", "segment"),
    }
    key_accounts = next(p for p in lists if p["scope"] == "segment")
    key_lines = (
        await client.get(f"/api/v1/price-lists/{key_accounts['id']}/lines", headers=headers)
    ).json()["items"]
    product_id = key_lines[0]["product_id"]
    customer_id = await session.scalar(
        select(Customer.id)
        .where(cast(Customer.segment_tags, String).like('%"key-account"%'))
        .limit(1)
    )
    assert customer_id is not None
    answer = await client.get(
        "/api/v1/prices",
        params={"customer_id": str(customer_id), "product_id": product_id, "date": "2026-12-01"},
        headers=headers,
    )
    assert answer.status_code == 200, answer.text
    assert answer.json()["source"] == "segment_list"

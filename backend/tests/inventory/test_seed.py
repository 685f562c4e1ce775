"""The demo stock: two warehouses holding the demo goods, job orders for what is made
in-house, a few open procurement requests; the balances agree with the ledger."""

from __future__ import annotations

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.inventory import service as stock
from app.seed import load_demo_data
from tests.support.demo import DEMO

pytestmark = DEMO


async def test_the_demo_has_stock_in_two_warehouses_and_open_procurement(
    sessionmaker: async_sessionmaker[AsyncSession], session: AsyncSession, client: AsyncClient
):
    await load_demo_data(sessionmaker)
    login = await client.post(
        "/api/v1/auth/login", json={"email": "head1@example.com", "password": "demo-pass-1"}
    )
    assert login.status_code == 200, login.text
    headers = {"Authorization": f"Bearer {login.json()['access_token']}"}
    warehouses = (await client.get("/api/v1/warehouses", headers=headers)).json()["items"]
    assert [w["code"] for w in warehouses] == ["BLR-MAIN", "PUN-2"]
    levels = (await client.get("/api/v1/stock", params={"limit": 200}, headers=headers)).json()
    assert {row["warehouse_code"] for row in levels["items"]} == {"BLR-MAIN", "PUN-2"}
    assert len(levels["items"]) > 40
    low = await client.get("/api/v1/stock", params={"below_reorder": "true"}, headers=headers)
    assert low.json()["items"], "some demo stock is below its reorder level"
    requests = (
        await client.get("/api/v1/procurement-requests", params={"open": "true"}, headers=headers)
    ).json()["items"]
    assert {r["status"] for r in requests} == {"requested", "ordered"}
    assert {r["kind"] for r in requests} <= {"purchase_request", "job_order"}
    # Six from the reorder review, and those confirmed orders raised for what they lack
    # (the rate contract's at least).
    assert len([r for r in requests if r["document_type"] == "stock_review"]) == 6
    raised = [r for r in requests if r["document_type"] == "sales_order"]
    assert raised and all(r["status"] == "requested" for r in raised)
    assert all(r["number"].startswith(("PR/", "JO/")) for r in requests)
    assert await stock.ledger_disagreements(session) == []

"""The inventory report through HTTP: stock per product and warehouse, deliveries in
the window, slow movers and open procurement; filters; the table."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from app.inventory.models import MoveKind, StockMove
from tests.conftest import World, auth
from tests.factories.catalogue import create_product, create_product_group
from tests.factories.inventory import create_procurement_request, create_warehouse, put_stock
from tests.support.files import read_xlsx_typed

URL = "/api/v1/reports/inventory"
WINDOW = {"from": "2026-05-01", "to": "2026-05-31"}


@pytest.fixture
async def shelves(session: AsyncSession, world: World) -> dict[str, object]:
    pumps = await create_product_group(session, name="Pumps")
    pump = await create_product(session, group=pumps, sku="PUMP-1")
    valve = await create_product(session, sku="VALVE-1")
    idle = await create_product(session, sku="IDLE-1")
    pune = await create_warehouse(session, code="PUNE")
    await put_stock(session, pump, pune, "10")
    await put_stock(session, idle, pune, "4")
    # Two pumps delivered in May, one valve in April (before the window).
    for product, quantity, when in (
        (pump, "-2", datetime(2026, 5, 12, 6, tzinfo=UTC)),
        (valve, "-1", datetime(2026, 4, 2, 6, tzinfo=UTC)),
    ):
        session.add(
            StockMove(
                product_id=product.id,
                warehouse_id=pune.id,
                quantity=Decimal(quantity),
                kind=MoveKind.DELIVERY,
                document_type="delivery",
                created_at=when,
            )
        )
    await create_procurement_request(session, valve, pune, "6")
    await session.commit()
    return {"pump": pump, "valve": valve, "idle": idle, "pune": pune, "pumps": pumps}


async def test_stock_deliveries_slow_movers_and_open_requests(
    client: AsyncClient, world: World, shelves: dict[str, object]
):
    answer = await client.get(URL, params=WINDOW, headers=auth(world.engineer))
    assert answer.status_code == 200, answer.text
    report = answer.json()
    rows = {row["sku"]: row for row in report["items"]}
    assert set(rows) == {"PUMP-1", "VALVE-1", "IDLE-1"}
    pump = rows["PUMP-1"]
    assert (pump["on_hand"], pump["available"], pump["delivered"], pump["is_slow_mover"]) == (
        "10",
        "10",
        "2",
        False,
    )
    assert pump["last_delivered_at"] == "2026-05-12T06:00:00Z"
    assert pump["product_group_name"] == "Pumps"
    idle = rows["IDLE-1"]
    assert (idle["on_hand"], idle["delivered"], idle["is_slow_mover"]) == ("4", "0", True)
    valve = rows["VALVE-1"]
    assert (valve["open_requests"], valve["quantity_on_request"], valve["on_order"]) == (
        1,
        "6",
        "6",
    )
    assert valve["delivered"] == "0" and valve["last_delivered_at"] == "2026-04-02T06:00:00Z"
    (pune,) = report["warehouses"]
    assert (pune["products"], pune["products_in_stock"], pune["slow_movers"]) == (3, 2, 1)


async def test_filters_and_the_table(client: AsyncClient, world: World, shelves: dict[str, object]):
    pumps = shelves["pumps"]
    only = await client.get(
        URL,
        params={**WINDOW, "product_group_id": str(pumps.id)},
        headers=auth(world.admin),  # type: ignore[attr-defined]
    )
    assert [row["sku"] for row in only.json()["items"]] == ["PUMP-1"]
    nowhere = await client.get(
        URL, params={**WINDOW, "warehouse_id": str(uuid.uuid4())}, headers=auth(world.admin)
    )
    assert nowhere.json()["items"] == []
    as_xlsx = await client.get(URL, params={**WINDOW, "format": "xlsx"}, headers=auth(world.admin))
    header, *rows = read_xlsx_typed(as_xlsx.content)
    pump = next(row for row in rows if row[header.index("sku")] == "PUMP-1")
    assert pump[header.index("on_hand")] == Decimal(10)
    assert pump[header.index("is_slow_mover")] is False
    refused = await client.get(
        URL, params={**WINDOW, "engineer_id": str(world.engineer.id)}, headers=auth(world.admin)
    )
    assert refused.json()["errors"][0]["loc"] == ["query", "engineer_id"]

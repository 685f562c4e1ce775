"""Stock and warehouses through HTTP: everyone reads, heads and admins adjust and
transfer, admins keep warehouses; problem bodies name the field; replays never
duplicate; lists page by keyset in a constant number of statements."""

from __future__ import annotations

from decimal import Decimal

from httpx import AsyncClient
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.ids import new_id
from app.inventory import service as stock
from app.inventory.models import StockMove
from app.inventory.schemas import ReserveLine
from tests.conftest import World, auth
from tests.factories.catalogue import create_product, create_product_group
from tests.factories.inventory import create_warehouse, order_document, put_stock

STOCK = "/api/v1/stock"
ADJUST = f"{STOCK}/adjustments"


async def test_everyone_reads_stock_levels_with_available_and_filters(
    client: AsyncClient, session: AsyncSession, world: World
) -> None:
    group = await create_product_group(session)
    pump = await create_product(session, group=group, reorder_level="5", sku="PMP-1")
    valve = await create_product(session, sku="VLV-1")
    main, spare = await create_warehouse(session, code="MAIN"), await create_warehouse(session)
    await put_stock(session, pump, main, "8")
    await put_stock(session, valve, main, "2.5")
    await put_stock(session, pump, spare, "1")
    await stock.reserve(
        session,
        lines=[ReserveLine(new_id(), pump.id, Decimal(4))],
        warehouse_id=main.id,
        document=order_document(),
    )
    await session.commit()
    answer = await client.get(
        STOCK, params={"warehouse_id": str(main.id)}, headers=auth(world.engineer)
    )
    assert answer.status_code == 200, answer.text
    rows = {row["product_sku"]: row for row in answer.json()["items"]}
    assert set(rows) == {"PMP-1", "VLV-1"}
    pump_row = rows["PMP-1"]
    assert (pump_row["warehouse_code"], pump_row["product_name"]) == ("MAIN", pump.name)
    assert {k: pump_row[k] for k in ("on_hand", "reserved", "available", "on_order")} == {
        "on_hand": "8",
        "reserved": "4",
        "available": "4",
        "on_order": "0",
    }
    assert (pump_row["reorder_level"], rows["VLV-1"]["on_hand"]) == ("5", "2.5")
    by_group = await client.get(
        STOCK, params={"group_id": str(group.id)}, headers=auth(world.engineer)
    )
    assert {(r["product_sku"], r["warehouse_code"]) for r in by_group.json()["items"]} == {
        ("PMP-1", "MAIN"),
        ("PMP-1", spare.code),
    }
    low = await client.get(STOCK, params={"below_reorder": "true"}, headers=auth(world.head))
    assert {(r["product_sku"], r["available"]) for r in low.json()["items"]} == {
        ("PMP-1", "4"),
        ("PMP-1", "1"),
    }
    not_low = await client.get(STOCK, params={"below_reorder": "false"}, headers=auth(world.head))
    assert [r["product_sku"] for r in not_low.json()["items"]] == ["VLV-1"]


async def test_a_head_adjusts_stock_with_a_reason_and_a_replay_does_not_duplicate(
    client: AsyncClient, session: AsyncSession, world: World
) -> None:
    product, warehouse = await create_product(session), await create_warehouse(session)
    await session.commit()
    move_id = str(new_id())
    body = {
        "id": move_id,
        "product_id": str(product.id),
        "warehouse_id": str(warehouse.id),
        "quantity": "7.5",
        "reason": "Cycle count",
    }
    first = await client.post(ADJUST, json=body, headers=auth(world.head))
    assert first.status_code == 201, first.text
    assert first.json() | {"created_at": None} == {
        "id": move_id,
        "created_at": None,
        "product_id": str(product.id),
        "warehouse_id": str(warehouse.id),
        "quantity": "7.5",
        "kind": "adjustment",
        "reason": "Cycle count",
        "document_type": None,
        "document_id": None,
        "document_number": None,
        "created_by_id": str(world.head.id),
    }
    again = await client.post(ADJUST, json=body, headers=auth(world.head))
    assert again.status_code == 200 and again.json()["id"] == move_id
    keyed = {**auth(world.admin), "Idempotency-Key": "adjust-once"}
    fresh = {**body, "id": None, "quantity": "-2"}
    one = await client.post(ADJUST, json=fresh, headers=keyed)
    two = await client.post(ADJUST, json=fresh, headers=keyed)
    assert one.status_code == two.status_code == 201 and one.json()["id"] == two.json()["id"]
    levels = await client.get(
        STOCK, params={"product_id": str(product.id)}, headers=auth(world.engineer)
    )
    assert levels.json()["items"][0]["on_hand"] == "5.5"
    assert await session.scalar(select(func.count()).select_from(StockMove)) == 2


async def test_bad_adjustments_are_problems_naming_the_field_and_change_nothing(
    client: AsyncClient, session: AsyncSession, world: World
) -> None:
    product, warehouse = await create_product(session), await create_warehouse(session)
    closed = await create_warehouse(session, is_active=False)
    await put_stock(session, product, warehouse, "3")
    await stock.reserve(
        session,
        lines=[ReserveLine(new_id(), product.id, Decimal(2))],
        warehouse_id=warehouse.id,
        document=order_document(),
    )
    await session.commit()
    base = {"product_id": str(product.id), "warehouse_id": str(warehouse.id), "reason": "x"}
    cases = [
        ({**base, "quantity": "0"}, 422, "quantity"),
        ({**base, "quantity": 2}, 422, "quantity"),  # a JSON number, not a decimal string
        ({**base, "quantity": "1", "reason": ""}, 422, "reason"),
        ({**base, "quantity": "1", "product_id": str(new_id())}, 422, "product_id"),
        ({**base, "quantity": "1", "warehouse_id": str(new_id())}, 422, "warehouse_id"),
    ]
    for body, status, field in cases:
        answer = await client.post(ADJUST, json=body, headers=auth(world.head))
        assert answer.status_code == status, (body, answer.text)
        assert answer.headers["content-type"].startswith("application/problem+json")
        assert field in {e["loc"][-1] for e in answer.json()["errors"]}, answer.json()
    # Only 1 of the 3 on hand is free: removing 2 would leave less than is reserved.
    short = await client.post(ADJUST, json={**base, "quantity": "-2"}, headers=auth(world.head))
    assert (short.status_code, short.json()["code"]) == (409, "stock.insufficient")
    inactive = {**base, "quantity": "1", "warehouse_id": str(closed.id)}
    refused = await client.post(ADJUST, json=inactive, headers=auth(world.head))
    assert (refused.status_code, refused.json()["code"]) == (409, "warehouses.inactive")
    engineer = await client.post(
        ADJUST, json={**base, "quantity": "1"}, headers=auth(world.engineer)
    )
    assert engineer.status_code == 403
    assert await session.scalar(select(func.count()).select_from(StockMove)) == 1


async def test_a_transfer_moves_available_stock_between_warehouses(
    client: AsyncClient, session: AsyncSession, world: World
) -> None:
    product = await create_product(session)
    here, there = await create_warehouse(session), await create_warehouse(session)
    await put_stock(session, product, here, "5")
    await session.commit()
    body = {
        "product_id": str(product.id),
        "from_warehouse_id": str(here.id),
        "to_warehouse_id": str(there.id),
        "quantity": "3",
    }
    answer = await client.post(f"{STOCK}/transfers", json=body, headers=auth(world.head))
    assert answer.status_code == 201, answer.text
    moves = answer.json()["moves"]
    assert [(m["kind"], m["quantity"]) for m in moves] == [
        ("transfer_out", "-3"),
        ("transfer_in", "3"),
    ]
    assert moves[0]["document_id"] == moves[1]["document_id"]
    too_much = await client.post(
        f"{STOCK}/transfers", json={**body, "quantity": "3"}, headers=auth(world.head)
    )
    assert (too_much.status_code, too_much.json()["code"]) == (409, "stock.insufficient")
    same = await client.post(
        f"{STOCK}/transfers",
        json={**body, "to_warehouse_id": str(here.id)},
        headers=auth(world.head),
    )
    assert same.status_code == 422 and same.json()["errors"][0]["loc"][-1] == "to_warehouse_id"


async def test_the_ledger_lists_newest_first_by_keyset_in_one_statement(
    client: AsyncClient, session: AsyncSession, world: World, count_statements
) -> None:
    product, warehouse = await create_product(session), await create_warehouse(session)
    for n in range(1, 8):
        await put_stock(session, product, warehouse, str(n))
    await session.commit()
    seen: list[str] = []
    counts: list[int] = []
    cursor = None
    while True:
        params = {
            "limit": 3,
            "product_id": str(product.id),
            **({"cursor": cursor} if cursor else {}),
        }
        with count_statements() as counted:
            page = await client.get(f"{STOCK}/moves", params=params, headers=auth(world.engineer))
        assert page.status_code == 200, page.text
        counts.append(counted.n)
        assert len([s for s in counted.statements if "stock_moves" in s]) == 1
        seen += [m["quantity"] for m in page.json()["items"]]
        cursor = page.json()["next_cursor"]
        if cursor is None:
            break
    assert seen == ["7", "6", "5", "4", "3", "2", "1"]
    assert len(set(counts)) == 1, counts  # the same statements for every page
    only_kind = await client.get(
        f"{STOCK}/moves", params={"kind": "delivery"}, headers=auth(world.engineer)
    )
    assert only_kind.json()["items"] == []


async def test_admins_keep_warehouses_with_unique_codes(
    client: AsyncClient, session: AsyncSession, world: World
) -> None:
    url = "/api/v1/warehouses"
    made = await client.post(
        url, json={"code": "blr-1", "name": "Bengaluru"}, headers=auth(world.admin)
    )
    assert made.status_code == 201, made.text
    assert made.json()["code"] == "BLR-1"
    twin = await client.post(url, json={"code": "BLR-1", "name": "Twin"}, headers=auth(world.admin))
    assert (twin.status_code, twin.json()["code"]) == (409, "warehouses.code_taken")
    bad = await client.post(url, json={"code": "no spaces", "name": "x"}, headers=auth(world.admin))
    assert bad.status_code == 422 and bad.json()["errors"][0]["loc"][-1] == "code"
    head = await client.post(url, json={"code": "X", "name": "x"}, headers=auth(world.head))
    assert head.status_code == 403
    item = f"{url}/{made.json()['id']}"
    stale = await client.patch(
        item, json={"is_active": False}, headers={**auth(world.admin), "If-Match": '"9"'}
    )
    assert stale.status_code == 412
    closed = await client.patch(
        item, json={"is_active": False}, headers={**auth(world.admin), "If-Match": '"1"'}
    )
    assert closed.status_code == 200 and closed.json()["is_active"] is False
    listed = await client.get(url, params={"active": "false"}, headers=auth(world.engineer))
    assert [w["code"] for w in listed.json()["items"]] == ["BLR-1"]

"""Procurement requests: raised for a shortfall (one per product, PR or JO by the
product's supply method), ordered, received (partially too) into stock that goes to
the waiting order lines, or cancelled; heads and admins only; If-Match on every action."""

from __future__ import annotations

import asyncio
from collections import Counter
from decimal import Decimal

from httpx import AsyncClient
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.events import DomainEvent
from app.core.ids import new_id
from app.inventory import service as stock
from app.inventory.schemas import ReserveLine
from app.procurement import service as procurement
from app.products.models import SupplyMethod
from tests.conftest import Live, World, auth
from tests.factories.catalogue import create_product
from tests.factories.inventory import (
    create_procurement_request,
    create_warehouse,
    order_document,
    put_stock,
)

URL = "/api/v1/procurement-requests"


def _at(version: int) -> dict[str, str]:
    return {"If-Match": f'"{version}"'}


async def test_a_shortfall_raises_one_numbered_request_per_product_by_supply_method(
    session: AsyncSession, world: World
) -> None:
    bought = await create_product(session)
    made = await create_product(session, supply_method=SupplyMethod.MANUFACTURE)
    warehouse = await create_warehouse(session)
    order, line = order_document(), new_id()
    pr = await create_procurement_request(
        session, bought, warehouse, "4", document=order, line_id=line
    )
    jo = await create_procurement_request(session, made, warehouse, "2", document=order)
    assert (pr.kind.value, jo.kind.value) == ("purchase_request", "job_order")
    assert pr.number.startswith("PR/") and pr.number.endswith("/00001")
    assert jo.number.startswith("JO/") and jo.number.endswith("/00001")
    assert (pr.document_number, pr.document_line_id) == (order.number, line)
    # The same line's shortfall again (a replayed confirm) is the same request.
    again = await create_procurement_request(
        session, bought, warehouse, "4", document=order, line_id=line
    )
    assert again.id == pr.id
    levels = await stock.stock_levels(session, product_id=bought.id, warehouse_id=warehouse.id)
    assert levels is not None and levels.on_order == Decimal(4)


async def test_receiving_hands_stock_to_the_waiting_order_lines(
    client: AsyncClient, session: AsyncSession, world: World
) -> None:
    product, warehouse = await create_product(session), await create_warehouse(session)
    await put_stock(session, product, warehouse, "1")
    order, line = order_document(), new_id()
    got = await stock.reserve(
        session,
        lines=[ReserveLine(line, product.id, Decimal(5))],
        warehouse_id=warehouse.id,
        document=order,
    )
    request = await create_procurement_request(
        session, product, warehouse, str(got[line].short), document=order, line_id=line
    )
    await session.commit()
    item = f"{URL}/{request.id}"
    head = auth(world.head)
    too_early = await client.post(
        f"{item}/receive", json={"quantity": "1"}, headers={**head, **_at(1)}
    )
    assert (too_early.status_code, too_early.json()["code"]) == (
        409,
        "procurement.invalid_transition",
    )
    no_supplier = await client.post(f"{item}/order", json={}, headers={**head, **_at(1)})
    assert no_supplier.status_code == 422
    assert no_supplier.json()["errors"][0]["loc"][-1] == "supplier"
    ordered = await client.post(
        f"{item}/order",
        json={
            "supplier": "Kirloskar",
            "supplier_reference": "PO-77",
            "expected_date": "2026-12-20",
        },
        headers={**head, **_at(1)},
    )
    assert ordered.status_code == 200, ordered.text
    assert (ordered.json()["status"], ordered.json()["supplier"]) == ("ordered", "Kirloskar")
    version = ordered.json()["version"]
    missing = await client.post(f"{item}/receive", json={"quantity": "1"}, headers=head)
    assert missing.status_code == 428
    stale = await client.post(
        f"{item}/receive", json={"quantity": "1"}, headers={**head, **_at(version - 1)}
    )
    assert stale.status_code == 412
    over = await client.post(
        f"{item}/receive", json={"quantity": "5"}, headers={**head, **_at(version)}
    )
    assert (over.status_code, over.json()["code"]) == (409, "procurement.over_receipt")
    part = await client.post(
        f"{item}/receive", json={"quantity": "3"}, headers={**head, **_at(version)}
    )
    assert part.status_code == 200, part.text
    assert (part.json()["status"], part.json()["quantity_received"]) == ("ordered", "3")
    levels = (
        await client.get("/api/v1/stock", params={"product_id": str(product.id)}, headers=head)
    ).json()["items"][0]
    assert {k: levels[k] for k in ("on_hand", "reserved", "available", "on_order")} == {
        "on_hand": "4",
        "reserved": "4",
        "available": "0",
        "on_order": "1",
    }
    rest = await client.post(
        f"{item}/receive", json={"quantity": "1"}, headers={**head, **_at(part.json()["version"])}
    )
    assert (rest.json()["status"], rest.json()["quantity_received"]) == ("received", "4")
    assert rest.json()["received_at"] is not None
    moves = await client.get(
        "/api/v1/stock/moves",
        params={"document_type": "procurement_request", "document_id": str(request.id)},
        headers=auth(world.engineer),
    )
    assert [(m["kind"], m["quantity"]) for m in moves.json()["items"]] == [
        ("receipt", "1"),
        ("receipt", "3"),
    ]
    types = (
        await session.scalars(
            select(DomainEvent.type)
            .where(DomainEvent.entity_id == request.id)
            .order_by(DomainEvent.seq)
        )
    ).all()
    assert types == [
        "procurement_request.requested",
        "procurement_request.ordered",
        "procurement_request.partially_received",
        "procurement_request.received",
    ]
    allocated = (
        await session.scalars(
            select(DomainEvent.data).where(DomainEvent.type == "stock_reservation.allocated")
        )
    ).all()
    assert [(d["line_id"], d["quantity"]) for d in allocated] == [
        (str(line), "3"),
        (str(line), "1"),
    ]
    assert await stock.ledger_disagreements(session) == []


async def test_cancelling_takes_the_rest_off_order_and_is_final(
    client: AsyncClient, session: AsyncSession, world: World
) -> None:
    product, warehouse = await create_product(session), await create_warehouse(session)
    request = await create_procurement_request(session, product, warehouse, "6")
    await session.commit()
    item = f"{URL}/{request.id}"
    bare = await client.post(f"{item}/cancel", json={}, headers={**auth(world.admin), **_at(1)})
    assert bare.status_code == 422 and bare.json()["errors"][0]["loc"][-1] == "reason"
    done = await client.post(
        f"{item}/cancel", json={"reason": "Order lost"}, headers={**auth(world.admin), **_at(1)}
    )
    assert done.status_code == 200, done.text
    assert (done.json()["status"], done.json()["cancel_reason"]) == ("cancelled", "Order lost")
    again = await client.post(
        f"{item}/cancel",
        json={"reason": "x"},
        headers={**auth(world.admin), **_at(done.json()["version"])},
    )
    assert again.status_code == 409
    levels = await stock.stock_levels(session, product_id=product.id, warehouse_id=warehouse.id)
    assert levels is not None and levels.on_order == 0


async def test_only_heads_and_admins_see_procurement_and_lists_filter(
    client: AsyncClient, session: AsyncSession, world: World
) -> None:
    product, warehouse = await create_product(session), await create_warehouse(session)
    made = await create_product(session, supply_method=SupplyMethod.MANUFACTURE)
    pr = await create_procurement_request(session, product, warehouse, "2")
    jo = await create_procurement_request(session, made, warehouse, "3")
    await session.commit()
    assert (await client.get(URL, headers=auth(world.engineer))).status_code == 403
    assert (await client.get(f"{URL}/{pr.id}", headers=auth(world.engineer))).status_code == 403
    everything = await client.get(URL, headers=auth(world.head))
    assert [r["number"] for r in everything.json()["items"]] == [jo.number, pr.number]
    jobs = await client.get(URL, params={"kind": "job_order"}, headers=auth(world.head))
    assert [r["id"] for r in jobs.json()["items"]] == [str(jo.id)]
    found = await client.get(URL, params={"q": pr.number}, headers=auth(world.admin))
    assert [r["id"] for r in found.json()["items"]] == [str(pr.id)]
    one = await client.get(f"{URL}/{pr.id}", headers=auth(world.head))
    assert (one.json()["product_sku"], one.json()["quantity"]) == (product.sku, "2")
    assert one.headers["etag"] == '"1"'
    assert (await client.get(f"{URL}/{new_id()}", headers=auth(world.head))).status_code == 404


async def test_concurrent_receipts_with_one_etag_receive_once(live: Live) -> None:
    world = live.world
    async with live.sessionmaker() as session:
        product, warehouse = await create_product(session), await create_warehouse(session)
        request = await create_procurement_request(session, product, warehouse, "10")
        await session.commit()
    async with live.client() as client:
        ordered = await client.post(
            f"{URL}/{request.id}/order",
            json={"supplier": "S"},
            headers={**auth(world.head), **_at(1)},
        )
        version = ordered.json()["version"]
        answers = await asyncio.gather(
            *(
                client.post(
                    f"{URL}/{request.id}/receive",
                    json={"quantity": "4"},
                    headers={**auth(world.head), **_at(version)},
                )
                for _ in range(6)
            )
        )
    assert Counter(a.status_code for a in answers) == {200: 1, 412: 5}, [a.text for a in answers]
    async with live.sessionmaker() as session:
        levels = await stock.stock_levels(session, product_id=product.id, warehouse_id=warehouse.id)
        assert levels is not None and (levels.on_hand, levels.on_order) == (4, 6)
        assert await stock.ledger_disagreements(session) == []
        assert (
            await procurement.get_request(session, _system(), request.id)
        ).quantity_received == 4


def _system():
    from app.core.jobs import SYSTEM

    return SYSTEM

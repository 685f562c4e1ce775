"""An order and its stock: it names a warehouse (the default one unless sent), confirming
reserves its goods there and raises a procurement request for each shortfall, receiving
that request turns the waiting quantity into a reservation, concurrent confirms of the
last units never over-reserve, and cancelling gives the stock to the next order."""

from __future__ import annotations

import asyncio
from decimal import Decimal
from typing import Any

import pytest
from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from app.inventory import service as stock
from app.products.models import ProductKind, SupplyMethod
from tests.conftest import Live, World, auth
from tests.factories.catalogue import create_product
from tests.factories.customers import create_customer
from tests.factories.inventory import create_warehouse, put_stock

URL = "/api/v1/sales-orders"
REQUESTS = "/api/v1/procurement-requests"


@pytest.fixture
async def setup(session: AsyncSession, world: World) -> dict[str, Any]:
    main = await create_warehouse(session, code="A-MAIN")  # the default: first by code
    depot = await create_warehouse(session, code="B-DEPOT")
    pump = await create_product(session, name="Pump")
    motor = await create_product(session, name="Motor", supply_method=SupplyMethod.MANUFACTURE)
    service = await create_product(
        session, name="Installation", kind=ProductKind.SERVICE, hsn_sac_code="998719"
    )
    await put_stock(session, pump, main, "10")
    await put_stock(session, motor, main, "1")
    customer = await create_customer(session, owner=world.engineer, territory=world.north)
    await session.commit()
    return {
        "main": main,
        "depot": depot,
        "pump": pump,
        "motor": motor,
        "service": service,
        "customer": customer,
    }


def _line(product: Any, quantity: str) -> dict[str, Any]:
    return {"product_id": str(product.id), "quantity": quantity, "unit_price": "100"}


async def _order(client: AsyncClient, user: Any, setup: dict[str, Any], *lines, **extra) -> Any:
    body = {"customer_id": str(setup["customer"].id), "lines": list(lines), **extra}
    answer = await client.post(URL, json=body, headers=auth(user))
    assert answer.status_code == 201, answer.text
    return answer.json()


async def _do(client: AsyncClient, user: Any, order: Any, action: str, body=None) -> Any:
    return await client.post(f"{URL}/{order['id']}/{action}", json=body, headers=auth(user))


def _held(order: Any) -> list[tuple[str, str]]:
    return [(line["quantity_reserved"], line["quantity_waiting"]) for line in order["lines"]]


async def test_an_order_takes_the_default_warehouse_and_may_name_another_while_draft(
    client: AsyncClient, world: World, setup: dict[str, Any]
) -> None:
    order = await _order(client, world.engineer, setup, _line(setup["pump"], "1"))
    assert order["warehouse_id"] == str(setup["main"].id)
    assert _held(order) == [("0", "0")]  # a draft holds nothing
    moved = await client.patch(
        f"{URL}/{order['id']}",
        json={"warehouse_id": str(setup["depot"].id)},
        headers={**auth(world.engineer), "If-Match": "*"},
    )
    assert moved.status_code == 200 and moved.json()["warehouse_id"] == str(setup["depot"].id)
    for bad, status in (({"warehouse_id": None}, 422), ({"warehouse_id": str(world.head.id)}, 422)):
        refused = await client.patch(
            f"{URL}/{order['id']}", json=bad, headers={**auth(world.engineer), "If-Match": "*"}
        )
        assert refused.status_code == status, refused.text
        assert refused.json()["errors"][0]["loc"] == ["body", "warehouse_id"]
    confirmed = await _do(client, world.engineer, order, "confirm")
    assert confirmed.status_code == 200
    edit = await client.patch(
        f"{URL}/{order['id']}",
        json={"warehouse_id": str(setup["main"].id)},
        headers={**auth(world.engineer), "If-Match": "*"},
    )
    assert edit.status_code == 409


async def test_confirming_with_enough_stock_reserves_every_goods_line_and_no_service(
    client: AsyncClient, session: AsyncSession, world: World, setup: dict[str, Any]
) -> None:
    order = await _order(
        client,
        world.engineer,
        setup,
        _line(setup["pump"], "4"),
        _line(setup["service"], "1"),
    )
    answer = await _do(client, world.engineer, order, "confirm")
    assert answer.status_code == 200, answer.text
    assert _held(answer.json()) == [("4", "0"), ("0", "0")]
    levels = await stock.stock_levels(
        session, product_id=setup["pump"].id, warehouse_id=setup["main"].id
    )
    assert levels is not None and (levels.on_hand, levels.reserved) == (10, 4)
    raised = await client.get(
        REQUESTS, params={"document_id": order["id"]}, headers=auth(world.head)
    )
    assert raised.json()["items"] == []
    # What the list and the single read say agree.
    again = await client.get(f"{URL}/{order['id']}", headers=auth(world.engineer))
    assert _held(again.json()) == [("4", "0"), ("0", "0")]


async def test_confirming_reserves_six_lines_in_the_statements_of_one(
    client: AsyncClient,
    session: AsyncSession,
    world: World,
    setup: dict[str, Any],
    count_statements: Any,
) -> None:
    products = [await create_product(session, name=f"Spare {n}") for n in range(6)]
    for product in products:
        await put_stock(session, product, setup["main"], "10")
    await session.commit()
    one = await _order(client, world.engineer, setup, _line(setup["pump"], "2"))
    six = await _order(
        client, world.engineer, setup, *(_line(p, str(n + 1)) for n, p in enumerate(products))
    )
    with count_statements() as few:
        assert (await _do(client, world.engineer, one, "confirm")).status_code == 200
    with count_statements() as many:
        answer = await _do(client, world.engineer, six, "confirm")
    assert answer.status_code == 200, answer.text
    assert many.n == few.n
    assert _held(answer.json()) == [(str(n + 1), "0") for n in range(6)]
    for n, product in enumerate(products):
        levels = await stock.stock_levels(
            session, product_id=product.id, warehouse_id=setup["main"].id
        )
        assert levels is not None and (levels.on_hand, levels.reserved) == (10, n + 1)
    assert await stock.ledger_disagreements(session) == []


async def test_a_shortage_raises_a_request_for_exactly_the_shortfall_and_receiving_it_reserves(
    client: AsyncClient, session: AsyncSession, world: World, setup: dict[str, Any]
) -> None:
    order = await _order(
        client, world.engineer, setup, _line(setup["pump"], "12"), _line(setup["motor"], "3")
    )
    answer = await _do(client, world.engineer, order, "confirm")
    assert answer.status_code == 200, answer.text
    assert _held(answer.json()) == [("10", "2"), ("1", "2")]
    raised = (
        await client.get(REQUESTS, params={"document_id": order["id"]}, headers=auth(world.head))
    ).json()["items"]
    by_product = {r["product_id"]: r for r in raised}
    assert len(raised) == 2
    pump_request = by_product[str(setup["pump"].id)]
    motor_request = by_product[str(setup["motor"].id)]
    assert (pump_request["kind"], pump_request["quantity"]) == ("purchase_request", "2")
    assert (motor_request["kind"], motor_request["quantity"]) == ("job_order", "2")
    assert pump_request["document_line_id"] == order["lines"][0]["id"]
    # Ordered and received: the waiting line becomes reserved.
    head = auth(world.head)
    url = f"{REQUESTS}/{pump_request['id']}"
    ordered = await client.post(
        f"{url}/order", json={"supplier": "Kirloskar"}, headers={**head, "If-Match": '"1"'}
    )
    assert ordered.status_code == 200, ordered.text
    received = await client.post(
        f"{url}/receive",
        json={"quantity": "2"},
        headers={**head, "If-Match": f'"{ordered.json()["version"]}"'},
    )
    assert received.status_code == 200, received.text
    after = await client.get(f"{URL}/{order['id']}", headers=auth(world.engineer))
    assert _held(after.json()) == [("12", "0"), ("1", "2")]
    assert await stock.ledger_disagreements(session) == []


async def test_cancelling_frees_the_stock_for_the_next_order(
    client: AsyncClient, session: AsyncSession, world: World, setup: dict[str, Any]
) -> None:
    first = await _order(client, world.engineer, setup, _line(setup["pump"], "10"))
    assert (await _do(client, world.engineer, first, "confirm")).status_code == 200
    second = await _order(client, world.engineer, setup, _line(setup["pump"], "6"))
    confirmed = await _do(client, world.engineer, second, "confirm")
    assert _held(confirmed.json()) == [("0", "6")]
    cancelled = await _do(client, world.engineer, first, "cancel", {"reason": "lost budget"})
    assert cancelled.status_code == 200, cancelled.text
    assert _held(cancelled.json()) == [("0", "0")]
    waiting = await client.get(f"{URL}/{second['id']}", headers=auth(world.engineer))
    assert _held(waiting.json()) == [("6", "0")]
    levels = await stock.stock_levels(
        session, product_id=setup["pump"].id, warehouse_id=setup["main"].id
    )
    assert levels is not None and (levels.on_hand, levels.reserved) == (10, 6)
    assert await stock.ledger_disagreements(session) == []


async def test_a_refused_confirm_reserves_nothing(
    client: AsyncClient, session: AsyncSession, world: World, setup: dict[str, Any]
) -> None:
    order = await _order(client, world.engineer, setup, _line(setup["pump"], "3"))
    assert (await _do(client, world.engineer, order, "confirm")).status_code == 200
    again = await _do(client, world.engineer, order, "confirm")
    assert again.status_code == 409
    levels = await stock.stock_levels(
        session, product_id=setup["pump"].id, warehouse_id=setup["main"].id
    )
    assert levels is not None and levels.reserved == 3


async def test_concurrent_confirms_of_the_last_units_never_over_reserve(live: Live) -> None:
    world = live.world
    async with live.sessionmaker() as session:
        warehouse = await create_warehouse(session, code="A-LIVE")
        pump = await create_product(session)
        await put_stock(session, pump, warehouse, "5")
        customer = await create_customer(session, owner=world.engineer, territory=world.north)
        await session.commit()
    headers = auth(world.engineer)
    async with live.client() as client:
        orders = []
        for _ in range(6):
            made = await client.post(
                URL,
                json={
                    "customer_id": str(customer.id),
                    "warehouse_id": str(warehouse.id),
                    "lines": [{"product_id": str(pump.id), "quantity": "2", "unit_price": "1"}],
                },
                headers=headers,
            )
            assert made.status_code == 201, made.text
            orders.append(made.json())
        answers = await asyncio.gather(
            *(client.post(f"{URL}/{o['id']}/confirm", headers=headers) for o in orders)
        )
        assert [a.status_code for a in answers] == [200] * 6, [a.text for a in answers]
        held = [_held(a.json())[0] for a in answers]
    reserved = sum(Decimal(r) for r, _ in held)
    waiting = sum(Decimal(w) for _, w in held)
    assert (reserved, waiting) == (5, 7)
    async with live.sessionmaker() as session:
        levels = await stock.stock_levels(session, product_id=pump.id, warehouse_id=warehouse.id)
        assert levels is not None and (levels.on_hand, levels.reserved) == (5, 5)
        assert levels.on_order == 7  # one request per short line, for exactly its shortfall
        assert await stock.ledger_disagreements(session) == []

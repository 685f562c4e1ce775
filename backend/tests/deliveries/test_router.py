"""Deliveries through HTTP: made for a confirmed order in part or in full (never more
than it still owes), picked, packed, shipped (stock out of the order's reservation, in
transit), delivered (the order's delivered quantities and status), or cancelled before
shipping; If-Match and Idempotency-Key on actions; scoped like the order; lists;
bad input names its field; two concurrent ships, one wins."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from httpx import AsyncClient
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.events import DomainEvent
from app.inventory import service as stock
from app.products.models import ProductKind
from tests.conftest import Live, World, auth
from tests.factories.catalogue import create_product
from tests.factories.customers import create_customer
from tests.factories.inventory import create_warehouse, put_stock

ORDERS = "/api/v1/sales-orders"
URL = "/api/v1/deliveries"


@pytest.fixture
async def setup(session: AsyncSession, world: World) -> dict[str, Any]:
    warehouse = await create_warehouse(session, code="A-MAIN")
    pump = await create_product(session, name="Pump")
    valve = await create_product(session, name="Valve")
    service = await create_product(
        session, name="Installation", kind=ProductKind.SERVICE, hsn_sac_code="998719"
    )
    await put_stock(session, pump, warehouse, "20")
    await put_stock(session, valve, warehouse, "20")
    customer = await create_customer(session, owner=world.engineer, territory=world.north)
    foreign = await create_customer(session, owner=world.engineer_other_team, territory=world.south)
    await session.commit()
    return {
        "warehouse": warehouse,
        "pump": pump,
        "valve": valve,
        "service": service,
        "customer": customer,
        "foreign": foreign,
    }


async def _confirmed_order(
    client: AsyncClient, user: Any, customer: Any, lines: list[tuple[Any, str]]
) -> dict[str, Any]:
    body = {
        "customer_id": str(customer.id),
        "lines": [{"product_id": str(p.id), "quantity": q, "unit_price": "100"} for p, q in lines],
    }
    made = await client.post(ORDERS, json=body, headers=auth(user))
    assert made.status_code == 201, made.text
    confirmed = await client.post(f"{ORDERS}/{made.json()['id']}/confirm", headers=auth(user))
    assert confirmed.status_code == 200, confirmed.text
    return confirmed.json()


async def _create(client: AsyncClient, user: Any, order: Any, lines=None, **extra) -> Any:
    body: dict[str, Any] = {"sales_order_id": order["id"], **extra}
    if lines is not None:
        body["lines"] = [
            {"sales_order_line_id": order["lines"][i]["id"], "quantity": q} for i, q in lines
        ]
    return await client.post(URL, json=body, headers=auth(user))


async def _act(
    client: AsyncClient, user: Any, delivery: Any, action: str, body: Any, **headers: str
) -> Any:
    return await client.post(
        f"{URL}/{delivery['id']}/{action}",
        json=body,
        headers={**auth(user), "If-Match": f'"{delivery["version"]}"', **headers},
    )


PACK = {"packages_count": 3, "gross_weight_kg": "42.5"}
SHIP = {"carrier": "Blue Dart", "vehicle_number": "KA-01-AB-1234", "tracking_number": "BD123"}
DELIVER = {"delivered_on": "2026-12-10", "received_by": "Store keeper"}


async def _through(client: AsyncClient, user: Any, delivery: Any, *steps: str) -> Any:
    bodies = {"pack": PACK, "ship": SHIP, "deliver": DELIVER}
    for step in steps:
        answer = await _act(client, user, delivery, step, bodies[step])
        assert answer.status_code == 200, answer.text
        delivery = answer.json()
    return delivery


async def _order(client: AsyncClient, user: Any, order: Any) -> Any:
    return (await client.get(f"{ORDERS}/{order['id']}", headers=auth(user))).json()


async def test_a_whole_order_is_picked_packed_shipped_and_delivered(
    client: AsyncClient, session: AsyncSession, world: World, setup: dict[str, Any]
) -> None:
    user = world.engineer
    order = await _confirmed_order(
        client, user, setup["customer"], [(setup["pump"], "4"), (setup["service"], "1")]
    )
    made = await _create(client, user, order)  # no lines: everything still owed
    assert made.status_code == 201, made.text
    delivery = made.json()
    assert delivery["number"].startswith("DO/") and delivery["number"].endswith("/00001")
    assert (delivery["status"], delivery["sales_order_number"]) == ("picking", order["number"])
    assert [(line["quantity"], line["is_goods"]) for line in delivery["lines"]] == [
        ("4", True),
        ("1", False),
    ]
    packed = await _through(client, user, delivery, "pack")
    assert (packed["status"], packed["packages_count"], packed["gross_weight_kg"]) == (
        "packed",
        3,
        "42.5",
    )
    shipped = await _through(client, user, packed, "ship")
    assert (shipped["status"], shipped["tracking_number"]) == ("shipped", "BD123")
    levels = await stock.stock_levels(
        session, product_id=setup["pump"].id, warehouse_id=setup["warehouse"].id
    )
    assert levels is not None
    assert (levels.on_hand, levels.reserved, levels.in_transit) == (16, 0, 4)
    assert [line["quantity_reserved"] for line in (await _order(client, user, order))["lines"]] == [
        "0",
        "0",
    ]
    delivered = await _through(client, user, shipped, "deliver")
    assert (delivered["status"], delivered["received_by"], delivered["delivered_on"]) == (
        "delivered",
        "Store keeper",
        "2026-12-10",
    )
    await session.refresh(levels)
    levels = await stock.stock_levels(
        session, product_id=setup["pump"].id, warehouse_id=setup["warehouse"].id
    )
    assert levels is not None and levels.in_transit == 0
    after = await _order(client, user, order)
    assert after["status"] == "delivered"
    assert [line["quantity_delivered"] for line in after["lines"]] == ["4", "1"]
    assert await stock.ledger_disagreements(session) == []
    # Nothing more to deliver.
    more = await _create(client, user, order)
    assert more.status_code == 409


async def test_partial_deliveries_never_promise_more_than_the_order_still_owes(
    client: AsyncClient, world: World, setup: dict[str, Any]
) -> None:
    user = world.engineer
    order = await _confirmed_order(
        client, user, setup["customer"], [(setup["pump"], "10"), (setup["valve"], "5")]
    )
    first = await _create(client, user, order, [(0, "6")])
    assert first.status_code == 201, first.text
    too_much = await _create(client, user, order, [(1, "2"), (0, "5")])
    assert too_much.status_code == 422
    errors = too_much.json()["errors"]
    assert [e["loc"] for e in errors] == [["body", "lines[1].quantity"]]
    assert "at most 4" in errors[0]["msg"]
    second = await _create(client, user, order, [(0, "4"), (1, "2")])
    assert second.status_code == 201, second.text
    # The first one delivered: the order is partly delivered.
    await _through(client, user, first.json(), "pack", "ship", "deliver")
    after = await _order(client, user, order)
    assert after["status"] == "partially_delivered"
    assert [line["quantity_delivered"] for line in after["lines"]] == ["6", "0"]
    # Cancelling the second frees its quantities for a new delivery.
    cancelled = await _act(client, user, second.json(), "cancel", {"reason": "truck full"})
    assert cancelled.status_code == 200 and cancelled.json()["status"] == "cancelled"
    rest = await _create(client, user, order)
    assert rest.status_code == 201
    assert [line["quantity"] for line in rest.json()["lines"]] == ["4", "5"]
    await _through(client, user, rest.json(), "pack", "ship", "deliver")
    assert (await _order(client, user, order))["status"] == "delivered"


async def test_bad_input_names_its_field_and_changes_nothing(
    client: AsyncClient, session: AsyncSession, world: World, setup: dict[str, Any]
) -> None:
    user = world.engineer
    order = await _confirmed_order(client, user, setup["customer"], [(setup["pump"], "2")])
    other = await _confirmed_order(client, user, setup["customer"], [(setup["valve"], "2")])
    cases = [
        (
            {
                "sales_order_id": order["id"],
                "lines": [{"sales_order_line_id": other["lines"][0]["id"], "quantity": "1"}],
            },
            ["body", "lines[0].sales_order_line_id"],
        ),
        (
            {
                "sales_order_id": order["id"],
                "lines": [{"sales_order_line_id": order["lines"][0]["id"], "quantity": "0"}],
            },
            ["body", "lines", 0, "quantity"],
        ),
        (
            {
                "sales_order_id": order["id"],
                "lines": [
                    {"sales_order_line_id": order["lines"][0]["id"], "quantity": "1"},
                    {"sales_order_line_id": order["lines"][0]["id"], "quantity": "1"},
                ],
            },
            ["body", "lines[1].sales_order_line_id"],
        ),
        ({"sales_order_id": str(setup["pump"].id)}, ["body", "sales_order_id"]),
        ({"sales_order_id": order["id"], "lines": []}, ["body", "lines"]),
    ]
    for body, loc in cases:
        answer = await client.post(URL, json=body, headers=auth(user))
        assert answer.status_code == 422, answer.text
        assert answer.json()["errors"][0]["loc"] == loc, answer.text
    # A draft order is not delivered.
    draft = await client.post(
        ORDERS,
        json={
            "customer_id": str(setup["customer"].id),
            "lines": [{"product_id": str(setup["pump"].id), "quantity": "1", "unit_price": "1"}],
        },
        headers=auth(user),
    )
    refused = await client.post(
        URL, json={"sales_order_id": draft.json()["id"]}, headers=auth(user)
    )
    assert (refused.status_code, refused.json()["code"]) == (
        409,
        "deliveries.order_not_deliverable",
    )
    count = await session.scalar(
        select(func.count()).select_from(DomainEvent).where(DomainEvent.entity_type == "deliveries")
    )
    assert count == 0
    # A bad pack body names its field; actions need If-Match.
    delivery = (await _create(client, user, order)).json()
    bad = await _act(client, user, delivery, "pack", {"packages_count": 0, "gross_weight_kg": "1"})
    assert bad.status_code == 422 and bad.json()["errors"][0]["loc"] == ["body", "packages_count"]
    unconditional = await client.post(f"{URL}/{delivery['id']}/pack", json=PACK, headers=auth(user))
    assert unconditional.status_code == 428
    await _through(client, user, delivery, "pack")
    stale = await _act(client, user, delivery, "pack", PACK)  # still version 1
    assert stale.status_code == 412


async def test_the_status_machine_refuses_steps_out_of_order(
    client: AsyncClient, world: World, setup: dict[str, Any]
) -> None:
    user = world.engineer
    order = await _confirmed_order(client, user, setup["customer"], [(setup["pump"], "2")])
    delivery = (await _create(client, user, order)).json()
    for step, body in (("ship", SHIP), ("deliver", DELIVER)):
        refused = await _act(client, user, delivery, step, body)
        assert (refused.status_code, refused.json()["code"]) == (
            409,
            "deliveries.invalid_transition",
        )
    shipped = await _through(client, user, delivery, "pack", "ship")
    late = await _act(client, user, shipped, "cancel", {"reason": "too late"})
    assert late.status_code == 409
    delivered = await _through(client, user, shipped, "deliver")
    again = await _act(client, user, delivered, "deliver", DELIVER)
    assert again.status_code == 409


async def test_an_idempotency_key_replays_a_ship_without_shipping_twice(
    client: AsyncClient, session: AsyncSession, world: World, setup: dict[str, Any]
) -> None:
    user = world.engineer
    order = await _confirmed_order(client, user, setup["customer"], [(setup["pump"], "3")])
    packed = await _through(client, user, (await _create(client, user, order)).json(), "pack")
    first = await _act(client, user, packed, "ship", SHIP, **{"Idempotency-Key": "ship-once"})
    second = await _act(client, user, packed, "ship", SHIP, **{"Idempotency-Key": "ship-once"})
    assert (first.status_code, second.status_code) == (200, 200)
    assert first.json() == second.json()
    levels = await stock.stock_levels(
        session, product_id=setup["pump"].id, warehouse_id=setup["warehouse"].id
    )
    assert levels is not None and (levels.on_hand, levels.in_transit) == (17, 3)


async def test_deliveries_are_scoped_like_their_order(
    client: AsyncClient, world: World, setup: dict[str, Any]
) -> None:
    mine = await _confirmed_order(client, world.engineer, setup["customer"], [(setup["pump"], "2")])
    theirs = await _confirmed_order(
        client, world.engineer_other_team, setup["foreign"], [(setup["valve"], "2")]
    )
    delivery = (await _create(client, world.engineer, mine)).json()
    foreign_delivery = (await _create(client, world.engineer_other_team, theirs)).json()
    # Another team's engineer or head: 404, read or act; and not on their lists.
    for outsider in (world.engineer_other_team, world.other_head):
        assert (
            await client.get(f"{URL}/{delivery['id']}", headers=auth(outsider))
        ).status_code == 404
        act = await _act(client, outsider, delivery, "pack", PACK)
        assert act.status_code == 404
        listed = await client.get(URL, headers=auth(outsider))
        assert delivery["id"] not in {d["id"] for d in listed.json()["items"]}
    # An order the caller cannot see is a bad reference, not a hint that it exists.
    refused = await _create(client, world.engineer, theirs)
    assert refused.status_code == 422
    assert refused.json()["errors"][0]["loc"] == ["body", "sales_order_id"]
    # The head of the team and the admin see it; the teammate does not (owner's orders).
    for insider in (world.head, world.admin):
        assert (
            await client.get(f"{URL}/{delivery['id']}", headers=auth(insider))
        ).status_code == 200
    assert (
        await client.get(f"{URL}/{delivery['id']}", headers=auth(world.teammate))
    ).status_code == 404
    everything = await client.get(URL, headers=auth(world.admin))
    assert {delivery["id"], foreign_delivery["id"]} <= {d["id"] for d in everything.json()["items"]}


async def test_lists_filter_by_order_customer_and_status_with_constant_statements(
    client: AsyncClient, world: World, setup: dict[str, Any], count_statements
) -> None:
    user = world.engineer
    orders = [
        await _confirmed_order(client, user, setup["customer"], [(setup["pump"], "1")])
        for _ in range(3)
    ]
    made = [(await _create(client, user, order)).json() for order in orders]
    await _through(client, user, made[0], "pack")
    by_order = await client.get(URL, params={"sales_order_id": orders[1]["id"]}, headers=auth(user))
    assert [d["id"] for d in by_order.json()["items"]] == [made[1]["id"]]
    packed = await client.get(URL, params={"status": "packed"}, headers=auth(user))
    assert [d["id"] for d in packed.json()["items"]] == [made[0]["id"]]
    by_customer = await client.get(
        URL, params={"customer_id": str(setup["customer"].id)}, headers=auth(user)
    )
    assert len(by_customer.json()["items"]) == 3
    searched = await client.get(URL, params={"q": made[2]["number"]}, headers=auth(user))
    assert [d["id"] for d in searched.json()["items"]] == [made[2]["id"]]
    first = await client.get(URL, params={"limit": 2}, headers=auth(user))
    rest = await client.get(
        URL, params={"limit": 2, "cursor": first.json()["next_cursor"]}, headers=auth(user)
    )
    pages = [d["id"] for d in first.json()["items"] + rest.json()["items"]]
    assert sorted(pages) == sorted(d["id"] for d in made) and rest.json()["next_cursor"] is None
    counts = []
    for limit in (1, 3):
        with count_statements() as counted:
            answer = await client.get(URL, params={"limit": limit}, headers=auth(user))
        assert len(answer.json()["items"]) == limit
        counts.append(counted.n)
    assert counts[0] == counts[1]


async def test_shipping_and_delivery_are_on_the_stream_and_the_customers_timeline(
    client: AsyncClient, session: AsyncSession, world: World, setup: dict[str, Any]
) -> None:
    user = world.engineer
    order = await _confirmed_order(client, user, setup["customer"], [(setup["pump"], "1")])
    delivery = (await _create(client, user, order)).json()
    await _through(client, user, delivery, "pack", "ship", "deliver")
    types = set(
        await session.scalars(
            select(DomainEvent.type).where(DomainEvent.entity_id == delivery_id(delivery))
        )
    )
    assert {
        "delivery.created",
        "delivery.packed",
        "delivery.shipped",
        "delivery.delivered",
    } <= types
    url = f"/api/v1/customers/{setup['customer'].id}/timeline"
    titles = [e["title"] for e in (await client.get(url, headers=auth(user))).json()["items"]]
    assert f"Delivery {delivery['number']} shipped" in titles
    assert f"Delivery {delivery['number']} delivered" in titles


def delivery_id(delivery: Any) -> Any:
    import uuid

    return uuid.UUID(delivery["id"])


async def test_two_concurrent_ships_of_one_delivery_ship_once(live: Live) -> None:
    world = live.world
    async with live.sessionmaker() as session:
        warehouse = await create_warehouse(session, code="A-LIVE")
        pump = await create_product(session)
        await put_stock(session, pump, warehouse, "5")
        customer = await create_customer(session, owner=world.engineer, territory=world.north)
        await session.commit()
    user = world.engineer
    async with live.client() as client:
        order = await _confirmed_order(client, user, customer, [(pump, "5")])
        packed = await _through(client, user, (await _create(client, user, order)).json(), "pack")
        answers = await asyncio.gather(
            *(
                client.post(
                    f"{URL}/{packed['id']}/ship",
                    json=SHIP,
                    headers={**auth(user), "If-Match": "*"},
                )
                for _ in range(2)
            )
        )
        codes = sorted(a.status_code for a in answers)
        assert codes == [200, 409], [a.text for a in answers]
    async with live.sessionmaker() as session:
        levels = await stock.stock_levels(session, product_id=pump.id, warehouse_id=warehouse.id)
        assert levels is not None
        assert (levels.on_hand, levels.reserved, levels.in_transit) == (0, 0, 5)
        shipped = await session.scalar(
            select(func.count())
            .select_from(DomainEvent)
            .where(DomainEvent.type == "delivery.shipped")
        )
        assert shipped == 1
        assert await stock.ledger_disagreements(session) == []


async def test_concurrent_deliveries_of_one_order_never_promise_the_same_units(
    live: Live,
) -> None:
    world = live.world
    async with live.sessionmaker() as session:
        warehouse = await create_warehouse(session, code="A-LIVE")
        pump = await create_product(session)
        await put_stock(session, pump, warehouse, "10")
        customer = await create_customer(session, owner=world.engineer, territory=world.north)
        await session.commit()
    user = world.engineer
    async with live.client() as client:
        order = await _confirmed_order(client, user, customer, [(pump, "5")])
        body = {
            "sales_order_id": order["id"],
            "lines": [{"sales_order_line_id": order["lines"][0]["id"], "quantity": "2"}],
        }
        answers = await asyncio.gather(
            *(client.post(URL, json=body, headers=auth(user)) for _ in range(4))
        )
        codes = sorted(a.status_code for a in answers)
        assert codes == [201, 201, 422, 422], [a.text for a in answers]
        listed = await client.get(URL, params={"sales_order_id": order["id"]}, headers=auth(user))
        numbers = sorted(d["number"] for d in listed.json()["items"])
        assert len(numbers) == 2 and numbers[0].endswith("/00001") and numbers[1].endswith("/00002")

"""Sales orders in the change feed, and the phone's acceptance of a quote: the order an
accepted quote makes reaches its engineer (number, status, totals, the quote it came
from) and nobody outside their sight; later changes arrive as deltas; an acceptance
the phone's outbox sends again makes no second order; the location the phone sent
stamps the quote and the order."""

from __future__ import annotations

import os
import subprocess
import sys
from typing import Any

from httpx import AsyncClient
from sqlalchemy import func, select

from app.core.events import DomainEvent
from app.sales_orders.models import SalesOrder
from tests.conftest import Live, auth
from tests.factories.catalogue import create_price_list, create_product, create_tax_category
from tests.factories.customers import create_customer
from tests.factories.sales_orders import create_sales_order
from tests.support import databases
from tests.sync.test_router import ids_of, pull_until

ENTITIES = {"entity": ["quotes", "sales_orders"]}
QUOTES = "/api/v1/quotes"
PHONE = {"lat": 12.97, "lon": 77.59, "accuracy_m": 9}


async def _setup(live: Live) -> dict[str, Any]:
    world = live.world
    async with live.sessionmaker() as session:
        gst18 = await create_tax_category(session, rate="18")
        pump = await create_product(session, tax_category=gst18, name="Feed pump")
        valve = await create_product(session, tax_category=gst18, list_price="250", name="Valve")
        await create_price_list(session, lines=[(pump, "1", "900")])
        mine = await create_customer(session, owner=world.engineer, territory=world.north)
        theirs = await create_customer(
            session, owner=world.engineer_other_team, territory=world.south
        )
        their_order = await create_sales_order(
            session,
            owner=world.engineer_other_team,
            customer=theirs,
            lines=[(pump, "1", "900", "0")],
        )
        await session.commit()
    return {"pump": pump, "valve": valve, "mine": mine, "their_order": their_order}


async def _sent_quote(client: AsyncClient, live: Live, made: dict[str, Any]) -> dict[str, Any]:
    """A quote as the phone makes it (its own id, its location), approved and sent."""
    engineer = auth(live.world.engineer)
    created = await client.post(
        QUOTES,
        json={
            "id": "01938a6e-0000-7000-8000-00000000b001",
            "customer_id": str(made["mine"].id),
            "lines": [
                {"product_id": str(made["pump"].id), "quantity": "2"},
                {"product_id": str(made["valve"].id), "quantity": "4", "is_optional": True},
            ],
            "location": PHONE,
        },
        headers=engineer,
    )
    assert created.status_code == 201, created.text
    quote = created.json()
    for action in ("submit", "send"):
        answer = await client.post(f"{QUOTES}/{quote['id']}/{action}", headers=engineer)
        assert answer.status_code == 200, answer.text
    return quote


def _accept_body(quote: dict[str, Any]) -> dict[str, Any]:
    optional = next(line for line in quote["lines"] if line["is_optional"])
    return {"chosen_optional_line_ids": [optional["id"]], "location": PHONE}


async def test_an_accepted_quotes_order_reaches_its_engineer_and_nobody_else(live: Live) -> None:
    made = await _setup(live)
    world = live.world
    async with live.client() as client:
        quote = await _sent_quote(client, live, made)
        assert (quote["created_lat"], quote["created_accuracy_m"]) == (12.97, 9.0)
        accepted = await client.post(
            f"{QUOTES}/{quote['id']}/accept",
            json=_accept_body(quote),
            headers={**auth(world.engineer), "Idempotency-Key": "phone-accept-1"},
        )
        assert accepted.status_code == 200, accepted.text
        order_id = accepted.json()["sales_order_id"]
        changes, _ = await pull_until(
            client, world.engineer, "", lambda c: c["id"] == order_id, **ENTITIES
        )
        theirs, _ = await pull_until(
            client,
            world.engineer_other_team,
            "",
            lambda c: c["id"] == str(made["their_order"].id),
            **ENTITIES,
        )
        order = await client.get(f"/api/v1/sales-orders/{order_id}", headers=auth(world.engineer))
    by_id = {c["id"]: c for c in changes}
    fed = by_id[order_id]
    assert (fed["entity"], fed["op"]) == ("sales_orders", "upsert")
    data = fed["data"]
    assert data["number"].startswith("SO/")
    assert (data["status"], data["quote_id"], data["customer_id"]) == (
        "draft",
        quote["id"],
        str(made["mine"].id),
    )
    # 2 x 900 + 18 % = 2124.00, and the chosen valves 4 x 250 + 18 % = 1180.00
    assert (data["grand_total"], data["currency"]) == ("3304.00", "INR")
    assert data["grand_total"] == accepted.json()["grand_total"]
    assert "lines" not in data  # the order as its list shows it
    # The accepted quote arrives with its order's id, for the phone to join them.
    assert by_id[quote["id"]]["data"]["sales_order_id"] == order_id
    assert by_id[quote["id"]]["data"]["accepted_lat"] == 12.97
    # Another team's order is not in this engineer's feed; this order is not in theirs.
    assert str(made["their_order"].id) not in by_id
    assert order_id not in {c["id"] for c in theirs}
    assert str(made["their_order"].id) in ids_of(theirs, "sales_orders")
    # The phone's location stamps the order made from the acceptance.
    assert order.status_code == 200
    body = order.json()
    assert (body["created_lat"], body["created_lon"], body["created_accuracy_m"]) == (
        12.97,
        77.59,
        9.0,
    )


async def test_an_acceptance_sent_again_makes_no_second_order(live: Live) -> None:
    """The outbox repeats an acceptance whose answer was lost with the same key and
    bytes; a corrected write goes with a new key. Either way: one order."""
    made = await _setup(live)
    world = live.world
    async with live.client() as client:
        quote = await _sent_quote(client, live, made)
        url = f"{QUOTES}/{quote['id']}/accept"
        body = _accept_body(quote)
        keyed = {**auth(world.engineer), "Idempotency-Key": "phone-accept-1"}
        first = await client.post(url, json=body, headers=keyed)
        replay = await client.post(url, json=body, headers=keyed)
        new_key = await client.post(
            url, json=body, headers={**auth(world.engineer), "Idempotency-Key": "phone-accept-2"}
        )
        other_choice = await client.post(
            url,
            json={"chosen_optional_line_ids": [], "location": PHONE},
            headers={**auth(world.engineer), "Idempotency-Key": "phone-accept-3"},
        )
    assert first.status_code == 200, first.text
    assert replay.status_code == 200 and replay.json() == first.json()
    assert new_key.status_code == 200
    assert new_key.json()["sales_order_id"] == first.json()["sales_order_id"]
    assert new_key.json()["version"] == first.json()["version"]
    assert (other_choice.status_code, other_choice.json()["code"]) == (
        409,
        "quotes.already_accepted",
    )
    async with live.sessionmaker() as session:
        orders = await session.scalar(
            select(func.count()).select_from(SalesOrder).where(SalesOrder.quote_id == quote["id"])
        )
        accepted_events = await session.scalar(
            select(func.count()).where(
                DomainEvent.entity_id == quote["id"], DomainEvent.type == "quote.accepted"
            )
        )
    assert (orders, accepted_events) == (1, 1)


async def test_an_orders_later_changes_arrive_as_deltas(live: Live) -> None:
    made = await _setup(live)
    world = live.world
    async with live.client() as client:
        quote = await _sent_quote(client, live, made)
        accepted = await client.post(
            f"{QUOTES}/{quote['id']}/accept", json=_accept_body(quote), headers=auth(world.engineer)
        )
        order_id = accepted.json()["sales_order_id"]
        _, cursor = await pull_until(
            client, world.engineer, "", lambda c: c["id"] == order_id, **ENTITIES
        )
        cancelled = await client.post(
            f"/api/v1/sales-orders/{order_id}/cancel",
            json={"reason": "Customer changed their mind"},
            headers=auth(world.engineer),
        )
        assert cancelled.status_code == 200, cancelled.text
        changes, _ = await pull_until(
            client,
            world.engineer,
            cursor,
            lambda c: c["id"] == order_id and c["data"]["status"] == "cancelled",
            **ENTITIES,
        )
    assert [c["entity"] for c in changes if c["id"] == order_id] == ["sales_orders"]


def _alembic(live: Live, *args: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "alembic", *args],
        cwd=databases.BACKEND,
        env={**os.environ, "DATABASE_URL": live.url},
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr


async def test_orders_made_before_the_feed_carried_them_are_found_from_its_start(
    live: Live,
) -> None:
    """Migration 3d7b1e5a9c62 fills in the feed columns of the events kept so far."""
    made = await _setup(live)
    world = live.world
    theirs = str(made["their_order"].id)
    _alembic(live, "downgrade", "7a3c5e9d1f20")  # the events as they were written before
    async with live.client() as client:
        # Customers (a sign the feed has caught up) and the documents this migration is
        # about: today's code reads today's columns of the other entities (a price list's
        # external_id), which the older schema lacks.
        before, _ = await pull_until(
            client,
            world.engineer_other_team,
            "",
            lambda c: True,
            entity=["customers", *ENTITIES["entity"]],
        )
        assert theirs not in {c["id"] for c in before}
        _alembic(live, "upgrade", "head")
        after, _ = await pull_until(
            client, world.engineer_other_team, "", lambda c: c["id"] == theirs, **ENTITIES
        )
    assert theirs in ids_of(after, "sales_orders")

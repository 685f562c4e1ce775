"""The credit limit at confirmation: exposure = open invoices less unallocated payments
+ open orders not yet invoiced + this order; over the limit an engineer's order waits
on credit hold for a head, a head's confirm is a 409 naming the figures unless they
approve; two concurrent confirms near the limit cannot both pass."""

from __future__ import annotations

import asyncio
from collections import Counter
from decimal import Decimal
from typing import Any

import pytest
from httpx import AsyncClient
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.sales_orders.models import SalesOrder, SalesOrderStatus
from tests.conftest import Live, World, auth
from tests.factories.catalogue import create_product, create_tax_category
from tests.factories.customers import create_customer

URL = "/api/v1/sales-orders"


async def _order(client: AsyncClient, user: Any, customer: Any, product: Any, price: str) -> dict:
    body = {
        "customer_id": str(customer.id),
        "lines": [{"product_id": str(product.id), "quantity": "1", "unit_price": price}],
    }
    answer = await client.post(URL, json=body, headers=auth(user))
    assert answer.status_code == 201, answer.text
    return answer.json()  # type: ignore[no-any-return]


@pytest.fixture
async def setup(session: AsyncSession, world: World) -> dict[str, Any]:
    """A customer of the engineer's with a credit limit of 10,000 INR; a product
    without GST (exempt) so order totals are their prices."""
    exempt = await create_tax_category(session, rate="0")
    product = await create_product(session, tax_category=exempt, list_price="1")
    customer = await create_customer(session, owner=world.engineer, territory=world.north)
    customer.credit_limit = Decimal("10000")
    await session.commit()
    return {"customer": customer, "product": product}


async def test_an_order_within_the_limit_is_confirmed_and_the_next_one_waits_for_the_head(
    client: AsyncClient, world: World, setup: dict[str, Any]
):
    customer, product = setup["customer"], setup["product"]
    first = await _order(client, world.engineer, customer, product, "6000")
    ok = await client.post(f"{URL}/{first['id']}/confirm", headers=auth(world.engineer))
    assert ok.json()["status"] == "confirmed", ok.text
    # 6,000 open on the first order + 4,000.01 is over 10,000: on hold for the head.
    second = await _order(client, world.engineer, customer, product, "4000.01")
    held = await client.post(f"{URL}/{second['id']}/confirm", headers=auth(world.engineer))
    assert (held.status_code, held.json()["status"]) == (200, "credit_hold")
    inbox = await client.get(URL, params={"status": "credit_hold"}, headers=auth(world.head))
    assert [o["id"] for o in inbox.json()["items"]] == [second["id"]]
    stranger = await client.get(
        URL, params={"status": "credit_hold"}, headers=auth(world.other_head)
    )
    assert stranger.json()["items"] == []
    # The head is told the figures, and confirms only by approving.
    refused = await client.post(f"{URL}/{second['id']}/confirm", headers=auth(world.head))
    assert refused.status_code == 409
    problem = refused.json()
    assert problem["code"] == "sales_orders.credit_limit_exceeded"
    assert "10000.00" in problem["detail"] and "10000.01" in problem["detail"]
    again = await client.get(f"{URL}/{second['id']}", headers=auth(world.head))
    assert again.json()["status"] == "credit_hold"
    approved = await client.post(
        f"{URL}/{second['id']}/confirm", json={"approve_credit": True}, headers=auth(world.head)
    )
    assert approved.json()["status"] == "confirmed", approved.text
    # An engineer's approve_credit approves nothing.
    third = await _order(client, world.engineer, customer, product, "1")
    engineer = await client.post(
        f"{URL}/{third['id']}/confirm", json={"approve_credit": True}, headers=auth(world.engineer)
    )
    assert engineer.json()["status"] == "credit_hold"
    cancelled = await client.post(f"{URL}/{third['id']}/cancel", json={}, headers=auth(world.head))
    assert cancelled.json()["status"] == "cancelled"


async def test_invoiced_and_paid_money_leaves_the_exposure(
    client: AsyncClient, world: World, setup: dict[str, Any]
):
    customer, product = setup["customer"], setup["product"]
    first = await _order(client, world.engineer, customer, product, "9000")
    await client.post(f"{URL}/{first['id']}/confirm", headers=auth(world.engineer))
    milestone = first["milestones"][0]
    # Billing the order moves its 9,000 from open orders to an open invoice: still 9,000.
    invoice = (
        await client.post(
            f"{URL}/{first['id']}/invoices",
            json={"milestone_id": milestone["id"]},
            headers=auth(world.head),
        )
    ).json()
    issued = await client.post(
        f"/api/v1/invoices/{invoice['id']}/issue", json={}, headers=auth(world.head)
    )
    assert issued.status_code == 200, issued.text
    second = await _order(client, world.engineer, customer, product, "1001")
    held = await client.post(f"{URL}/{second['id']}/confirm", headers=auth(world.engineer))
    assert held.json()["status"] == "credit_hold"
    paid = await client.post(
        "/api/v1/payments",
        json={
            "customer_id": str(customer.id),
            "payment_date": issued.json()["invoice_date"],
            "amount": "9000.00",
            "method": "cheque",
            "allocations": [{"invoice_id": invoice["id"], "amount": "9000.00"}],
        },
        headers=auth(world.head),
    )
    assert paid.status_code == 201, paid.text
    # Paid: the engineer's confirm now passes.
    ok = await client.post(f"{URL}/{second['id']}/confirm", headers=auth(world.engineer))
    assert ok.json()["status"] == "confirmed"


async def test_no_limit_means_no_check(
    client: AsyncClient, session: AsyncSession, world: World, setup: dict[str, Any]
):
    setup["customer"].credit_limit = Decimal(0)
    session.add(setup["customer"])
    await session.commit()
    order = await _order(client, world.engineer, setup["customer"], setup["product"], "99999999")
    ok = await client.post(f"{URL}/{order['id']}/confirm", headers=auth(world.engineer))
    assert ok.json()["status"] == "confirmed"


async def test_two_confirms_at_once_near_the_limit_cannot_both_pass(live: Live) -> None:
    world = live.world
    async with live.sessionmaker() as session:
        exempt = await create_tax_category(session, rate="0")
        product = await create_product(session, tax_category=exempt, list_price="1")
        customer = await create_customer(session, owner=world.engineer, territory=world.north)
        customer.credit_limit = Decimal("10000")
        await session.commit()
    async with live.client() as client:
        orders = [await _order(client, world.engineer, customer, product, "6000") for _ in range(4)]
        answers = await asyncio.gather(
            *(
                client.post(f"{URL}/{order['id']}/confirm", headers=auth(world.engineer))
                for order in orders
            )
        )
    assert {a.status_code for a in answers} == {200}, [a.text for a in answers]
    assert Counter(a.json()["status"] for a in answers) == {"confirmed": 1, "credit_hold": 3}
    async with live.sessionmaker() as session:
        statuses = Counter(
            await session.scalars(
                select(SalesOrder.status).where(SalesOrder.customer_id == customer.id)
            )
        )
    assert statuses == {SalesOrderStatus.CONFIRMED: 1, SalesOrderStatus.CREDIT_HOLD: 3}


async def test_a_held_orders_credit_position_shows_the_figures_the_head_decides_on(
    client: AsyncClient, world: World, setup: dict[str, Any]
):
    customer, product = setup["customer"], setup["product"]
    first = await _order(client, world.engineer, customer, product, "6000")
    await client.post(f"{URL}/{first['id']}/confirm", headers=auth(world.engineer))
    second = await _order(client, world.engineer, customer, product, "4500")
    held = await client.post(f"{URL}/{second['id']}/confirm", headers=auth(world.engineer))
    assert held.json()["status"] == "credit_hold"
    answer = await client.get(f"{URL}/{second['id']}/credit", headers=auth(world.head))
    assert answer.status_code == 200, answer.text
    assert answer.json() == {
        "sales_order_id": second["id"],
        "currency": "INR",
        "credit_limit": "10000.00",
        "is_checked": True,
        "is_over_limit": True,
        "open_invoices": "0.00",
        "open_orders": "6000.00",
        "this_order": "4500.00",
        "exposure": "10500.00",
    }
    # Reading it locks and changes nothing: the order still waits.
    assert (await client.get(f"{URL}/{second['id']}", headers=auth(world.head))).json()[
        "status"
    ] == "credit_hold"
    # Another team's head does not see the order, nor its figures.
    stranger = await client.get(f"{URL}/{second['id']}/credit", headers=auth(world.other_head))
    assert stranger.status_code == 404


async def test_a_customer_without_a_limit_is_not_checked(
    client: AsyncClient, session: AsyncSession, world: World, setup: dict[str, Any]
):
    setup["customer"].credit_limit = Decimal(0)
    session.add(setup["customer"])
    await session.commit()
    order = await _order(client, world.engineer, setup["customer"], setup["product"], "500")
    answer = await client.get(f"{URL}/{order['id']}/credit", headers=auth(world.engineer))
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert (body["is_checked"], body["is_over_limit"], body["credit_limit"]) == (
        False,
        False,
        "0.00",
    )
    assert body["exposure"] is None and body["this_order"] is None

"""Sales orders by the ERP's id (decision 0046): made, replayed, changed while a draft,
confirmed and cancelled through the order's own rules; fixed once confirmed; scoped."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from httpx import AsyncClient
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.events import DomainEvent
from app.price_lists.models import PriceListScope
from app.sales_orders.models import SalesOrder
from tests.conftest import Live, World, auth
from tests.factories.api_keys import create_api_key, key_auth
from tests.factories.catalogue import create_price_list, create_product, create_tax_category
from tests.factories.customers import create_customer
from tests.factories.sales_orders import create_sales_order

URL = "/api/v1/sales-orders/by-external-id"


async def _events(session: AsyncSession) -> int:
    return int(await session.scalar(select(func.count()).select_from(DomainEvent)) or 0)


@pytest.fixture
async def erp(session: AsyncSession, world: World) -> dict[str, Any]:
    """The engineer's customer and two products as the ERP knows them; the pump priced
    at 900 by the default list (list price 1000), both at 18 % GST."""
    gst18 = await create_tax_category(session, rate="18")
    pump = await create_product(
        session, tax_category=gst18, list_price="1000", name="Pump", external_id="ERP-P-1"
    )
    valve = await create_product(
        session, tax_category=gst18, list_price="250", name="Valve", sku="VLV-9"
    )
    await create_price_list(session, scope=PriceListScope.DEFAULT, lines=[(pump, "1", "900")])
    customer = await create_customer(
        session, owner=world.engineer, territory=world.north, external_id="SAP-C1"
    )
    await session.commit()
    return {"pump": pump, "valve": valve, "customer": customer}


def _order(**extra: Any) -> dict[str, Any]:
    return {
        "customer_external_id": "SAP-C1",
        "owner_email": "engineer@placeholder",  # replaced by each test
        "customer_po_number": "PO-77",
        "lines": [
            {"product_external_id": "ERP-P-1", "quantity": "2"},
            {"product_sku": "vlv-9", "quantity": "4", "unit_price": "240", "discount_percent": "5"},
        ],
        **extra,
    }


async def test_an_erp_order_is_made_replayed_changed_confirmed_and_cancelled(
    client: AsyncClient, world: World, session: AsyncSession, erp: dict[str, Any]
):
    _, secret = await create_api_key(
        session, by=world.admin, scopes=("sales_orders:read", "sales_orders:write")
    )
    headers = key_auth(secret)
    body = _order(owner_email=world.engineer.email)
    created = await client.put(f"{URL}/SO-ERP-1", json=body, headers=headers)
    assert created.status_code == 201, created.text
    assert created.headers["upsert-outcome"] == "created"
    made = created.json()
    assert made["external_id"] == "SO-ERP-1" and made["status"] == "draft"
    assert made["number"].startswith("SO/")
    assert made["customer_id"] == str(erp["customer"].id)
    assert made["owner_id"] == str(world.engineer.id)
    assert [(line["product_id"], line["unit_price"]) for line in made["lines"]] == [
        (str(erp["pump"].id), "900.0000"),  # the default list's price, as a POST prices it
        (str(erp["valve"].id), "240.0000"),
    ]
    # 2 x 900 + 4 x 240 less 5 % (912) = 2712 taxable, 18 % GST 488.16
    assert (made["taxable_total"], made["grand_total"]) == ("2712.00", "3200.16")
    assert created.headers["etag"] == f'"{made["version"]}"'

    events = await _events(session)
    again = await client.put(f"{URL}/SO-ERP-1", json=body, headers=headers)
    assert (again.status_code, again.headers["upsert-outcome"]) == (200, "unchanged")
    assert again.json()["version"] == made["version"]
    assert await _events(session) == events

    body["lines"][0]["quantity"] = "3"
    body["notes"] = "Deliver before the monsoon"
    changed = await client.put(f"{URL}/SO-ERP-1", json=body, headers=headers)
    assert changed.headers["upsert-outcome"] == "updated", changed.text
    order = changed.json()
    assert order["notes"] == "Deliver before the monsoon"
    assert [line["quantity"] for line in order["lines"]] == ["3", "4"]
    assert order["grand_total"] == "4262.16"  # 3612 taxable + 650.16 GST
    assert order["milestones"][0]["planned_amount"] == "4262.16"  # the plan follows

    confirmed = await client.put(
        f"{URL}/SO-ERP-1", json={**body, "status": "confirmed"}, headers=headers
    )
    assert confirmed.headers["upsert-outcome"] == "updated", confirmed.text
    assert confirmed.json()["status"] == "confirmed"
    assert confirmed.json()["confirmed_at"] is not None
    events = await _events(session)
    replay = await client.put(
        f"{URL}/SO-ERP-1", json={**body, "status": "confirmed"}, headers=headers
    )
    assert replay.headers["upsert-outcome"] == "unchanged"
    assert await _events(session) == events

    edit = await client.put(f"{URL}/SO-ERP-1", json={**body, "notes": "Later"}, headers=headers)
    assert edit.status_code == 409 and edit.json()["code"] == "sales_orders.not_editable"
    assert "notes" in edit.json()["detail"]
    back = await client.put(f"{URL}/SO-ERP-1", json={"status": "draft"}, headers=headers)
    assert back.status_code == 409 and back.json()["code"] == "sales_orders.invalid_transition"
    read = await client.get(f"{URL}/SO-ERP-1", headers=headers)
    assert (read.json()["status"], read.json()["notes"]) == (
        "confirmed",
        "Deliver before the monsoon",
    )

    cancelled = await client.put(f"{URL}/SO-ERP-1", json={"status": "cancelled"}, headers=headers)
    assert cancelled.headers["upsert-outcome"] == "updated"
    assert cancelled.json()["status"] == "cancelled"
    revived = await client.put(f"{URL}/SO-ERP-1", json={"status": "confirmed"}, headers=headers)
    assert revived.status_code == 409


async def test_refusals_name_the_field(
    client: AsyncClient, world: World, session: AsyncSession, erp: dict[str, Any]
):
    admin = auth(world.admin)
    no_customer = await client.put(f"{URL}/SO-2", json={"lines": []}, headers=admin)
    assert no_customer.status_code == 422
    assert no_customer.json()["errors"][0]["loc"] == ["body", "customer_id"]
    unknown = await client.put(
        f"{URL}/SO-2",
        json=_order(
            owner_email=world.engineer.email, lines=[{"product_sku": "NOPE", "quantity": "1"}]
        ),
        headers=admin,
    )
    assert unknown.status_code == 422
    assert unknown.json()["errors"][0]["loc"] == ["body", "lines", 0, "product_sku"]
    nobody = await client.put(
        f"{URL}/SO-2", json=_order(owner_email="nobody@x.example"), headers=admin
    )
    assert nobody.status_code == 422
    assert nobody.json()["errors"][0]["loc"] == ["body", "owner_email"]
    no_lines = await client.put(
        f"{URL}/SO-2",
        json=_order(owner_email=world.engineer.email, lines=[], status="confirmed"),
        headers=admin,
    )
    assert no_lines.status_code == 409 and no_lines.json()["code"] == "sales_orders.no_lines"
    assert (await client.get(f"{URL}/SO-2", headers=admin)).status_code == 404  # nothing kept

    made = await client.put(
        f"{URL}/SO-2", json=_order(owner_email=world.engineer.email), headers=admin
    )
    assert made.status_code == 201
    fixed = await client.put(
        f"{URL}/SO-2", json={"currency": "USD", "order_date": "2020-01-01"}, headers=admin
    )
    assert fixed.status_code == 422
    assert {tuple(e["loc"]) for e in fixed.json()["errors"]} == {
        ("body", "currency"),
        ("body", "order_date"),
    }
    exists = await client.put(f"{URL}/SO-2", json={}, headers={**admin, "If-None-Match": "*"})
    assert exists.status_code == 412
    stale = await client.put(
        f"{URL}/SO-2", json={"notes": "x"}, headers={**admin, "If-Match": '"999"'}
    )
    assert stale.status_code == 412
    taken = await client.post(
        "/api/v1/sales-orders",
        json={"customer_id": str(erp["customer"].id), "external_id": "SO-2"},
        headers=auth(world.engineer),
    )
    assert taken.status_code == 409 and taken.json()["code"] == "sales_orders.external_id_taken"


async def test_an_order_out_of_sight_is_never_updated(
    client: AsyncClient, world: World, session: AsyncSession, erp: dict[str, Any]
):
    theirs = await create_customer(session, owner=world.engineer_other_team, territory=world.south)
    await create_sales_order(
        session,
        owner=world.engineer_other_team,
        customer=theirs,
        lines=[(erp["pump"], "1", "100", "0")],
        external_id="SO-SOUTH",
    )
    await session.commit()
    engineer = auth(world.engineer)
    assert (await client.get(f"{URL}/SO-SOUTH", headers=engineer)).status_code == 404
    put = await client.put(f"{URL}/SO-SOUTH", json={"notes": "mine now"}, headers=engineer)
    assert put.status_code == 409 and put.json()["code"] == "sales_orders.external_id_taken"
    head = await client.get(f"{URL}/SO-SOUTH", headers=auth(world.other_head))
    assert head.status_code == 200 and head.json()["notes"] is None
    # An engineer's own order by ERP id: theirs to make, for their customer only.
    own = await client.put(f"{URL}/SO-N", json=_order(owner_email=None), headers=engineer)
    assert own.status_code == 201 and own.json()["owner_id"] == str(world.engineer.id)
    for_them = await client.put(
        f"{URL}/SO-N2", json={"customer_id": str(theirs.id)}, headers=engineer
    )
    assert for_them.status_code == 422  # as a POST naming a customer out of sight
    assert for_them.json()["errors"][0]["loc"] == ["body", "customer_id"]
    assert (await client.get(f"{URL}/SO-N2", headers=auth(world.admin))).status_code == 404


async def test_twenty_concurrent_puts_of_one_new_order_make_one(live: Live):
    world = live.world
    async with live.sessionmaker() as session:
        await create_product(session, external_id="ERP-P-RACE", list_price="10")
        await create_customer(session, owner=world.engineer, external_id="SAP-RACE")
        await session.commit()
    body = {
        "customer_external_id": "SAP-RACE",
        "lines": [{"product_external_id": "ERP-P-RACE", "quantity": "1"}],
    }
    async with live.client() as client:
        answers = await asyncio.gather(
            *(
                client.put(f"{URL}/SO-RACE", json=body, headers=auth(world.engineer))
                for _ in range(20)
            )
        )
    statuses = sorted(a.status_code for a in answers)
    assert statuses == [200] * 19 + [201], [a.text for a in answers if a.status_code >= 300]
    assert len({a.json()["id"] for a in answers}) == 1
    assert {a.headers["upsert-outcome"] for a in answers if a.status_code == 200} == {"unchanged"}
    async with live.sessionmaker() as session:
        orders = (
            await session.scalars(select(SalesOrder).where(SalesOrder.external_id == "SO-RACE"))
        ).all()
    assert len(orders) == 1


async def test_over_the_credit_limit_a_key_waits_on_hold_and_a_head_approves(
    client: AsyncClient, world: World, session: AsyncSession, erp: dict[str, Any]
):
    erp["customer"].credit_limit = 1000  # the order's 3200.16 is over it
    await session.commit()
    _, secret = await create_api_key(session, by=world.admin, scopes=("sales_orders:write",))
    body = _order(owner_email=world.engineer.email, status="confirmed")
    held = await client.put(f"{URL}/SO-CREDIT", json=body, headers=key_auth(secret))
    assert held.status_code == 201, held.text
    assert held.json()["status"] == "credit_hold"  # a key never approves credit
    again = await client.put(
        f"{URL}/SO-CREDIT", json={**body, "approve_credit": True}, headers=key_auth(secret)
    )
    assert (again.headers["upsert-outcome"], again.json()["status"]) == ("unchanged", "credit_hold")
    assert again.json()["version"] == held.json()["version"]  # not even touched

    refused = await client.put(f"{URL}/SO-HEAD", json=body, headers=auth(world.head))
    assert refused.status_code == 409
    assert refused.json()["code"] == "sales_orders.credit_limit_exceeded"
    assert (await client.get(f"{URL}/SO-HEAD", headers=auth(world.head))).status_code == 404

    approved = await client.put(
        f"{URL}/SO-CREDIT",
        json={"status": "confirmed", "approve_credit": True},
        headers=auth(world.head),
    )
    assert approved.headers["upsert-outcome"] == "updated", approved.text
    assert approved.json()["status"] == "confirmed"


async def test_the_body_that_made_an_order_replays_unchanged_nulls_and_all(
    client: AsyncClient, world: World, session: AsyncSession, erp: dict[str, Any]
):
    """null for what a new order takes a default for (currency, date, terms, address,
    owner) means the default when made and "as it is" afterwards."""
    body = _order(
        owner_email=None,
        currency=None,
        order_date=None,
        payment_terms_days=None,
        delivery_address=None,
    )
    engineer = auth(world.engineer)
    made = await client.put(f"{URL}/SO-NULLS", json=body, headers=engineer)
    assert made.status_code == 201, made.text
    order = made.json()
    assert order["currency"] == "INR" and order["delivery_address"]  # the customer's
    again = await client.put(f"{URL}/SO-NULLS", json=body, headers=engineer)
    assert again.headers["upsert-outcome"] == "unchanged", again.text
    assert again.json()["version"] == order["version"]
    moved = await client.put(
        f"{URL}/SO-NULLS", json={"customer_external_id": "SAP-OTHER"}, headers=engineer
    )
    assert moved.status_code == 422  # no such customer: named as sent
    assert moved.json()["errors"][0]["loc"] == ["body", "customer_external_id"]


async def test_milestones_change_with_a_draft_and_are_fixed_once_confirmed(
    client: AsyncClient, world: World, session: AsyncSession, erp: dict[str, Any]
):
    plan = [
        {"label": "Advance", "kind": "percent", "value": "30", "trigger": "on_confirmation"},
        {"label": "Balance", "kind": "percent", "value": "70", "trigger": "on_delivery"},
    ]
    engineer = auth(world.engineer)
    body = _order(owner_email=None)
    made = await client.put(f"{URL}/SO-PLAN", json=body, headers=engineer)
    assert [m["label"] for m in made.json()["milestones"]] == ["On delivery"]  # the default
    with_plan = {**body, "milestones": plan}
    planned = await client.put(f"{URL}/SO-PLAN", json=with_plan, headers=engineer)
    assert planned.headers["upsert-outcome"] == "updated"
    assert [(m["label"], m["planned_amount"]) for m in planned.json()["milestones"]] == [
        ("Advance", "960.05"),  # 30 % of 3200.16
        ("Balance", "2240.11"),
    ]
    replay = await client.put(f"{URL}/SO-PLAN", json=with_plan, headers=engineer)
    assert replay.headers["upsert-outcome"] == "unchanged"
    confirmed = await client.put(
        f"{URL}/SO-PLAN", json={**body, "milestones": plan, "status": "confirmed"}, headers=engineer
    )
    assert confirmed.json()["status"] == "confirmed", confirmed.text
    replan = [{**plan[0], "value": "50"}, {**plan[1], "value": "50"}]
    refused = await client.put(
        f"{URL}/SO-PLAN", json={**body, "milestones": replan}, headers=engineer
    )
    assert refused.status_code == 409 and "milestones" in refused.json()["detail"]

"""Price lists by the ERP's id: the list and its lines, matched by product and break."""

from __future__ import annotations

from httpx import AsyncClient
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.events import DomainEvent
from tests.conftest import World, auth
from tests.factories.catalogue import create_product
from tests.factories.customers import create_customer

URL = "/api/v1/price-lists/by-external-id"


async def _events(session: AsyncSession) -> int:
    return int(await session.scalar(select(func.count()).select_from(DomainEvent)) or 0)


async def test_a_list_with_lines_by_erp_ids(
    client: AsyncClient, world: World, session: AsyncSession
):
    pump = await create_product(session, external_id="ERP-P-1", sku="PMP-1")
    valve = await create_product(session, external_id="ERP-P-2", sku="VLV-1")
    await create_customer(session, owner=world.engineer, external_id="SAP-C1")
    await session.commit()
    body = {
        "name": "Kaveri special prices",
        "valid_from": "2026-04-01",
        "scope": "customer",
        "customer_external_id": "SAP-C1",
        "lines": [
            {"product_external_id": "ERP-P-1", "unit_price": "900"},
            {"product_external_id": "ERP-P-1", "min_quantity": "10", "unit_price": "850"},
            {"product_sku": "vlv-1", "unit_price": "120.5"},
        ],
    }
    created = await client.put(f"{URL}/PL-1", json=body, headers=auth(world.admin))
    assert created.status_code == 201, created.text
    made = created.json()
    assert made["external_id"] == "PL-1" and made["scope"] == "customer"
    assert sorted((line["unit_price"], line["min_quantity"]) for line in made["lines"]) == [
        ("120.5000", "1"),
        ("850.0000", "10"),
        ("900.0000", "1"),
    ]
    events = await _events(session)
    same = await client.put(f"{URL}/PL-1", json=body, headers=auth(world.admin))
    assert (same.status_code, same.headers["upsert-outcome"]) == (200, "unchanged")
    assert await _events(session) == events
    assert {line["id"] for line in same.json()["lines"]} == {line["id"] for line in made["lines"]}

    body["lines"] = [
        {"product_id": str(pump.id), "unit_price": "880"},
        {"product_external_id": "ERP-P-2", "unit_price": "120.5"},
    ]
    changed = await client.put(f"{URL}/PL-1", json=body, headers=auth(world.admin))
    assert changed.headers["upsert-outcome"] == "updated"
    lines = {(line["product_id"], line["min_quantity"]): line for line in changed.json()["lines"]}
    assert set(lines) == {(str(pump.id), "1"), (str(valve.id), "1")}  # the break of 10 went
    assert lines[(str(pump.id), "1")]["unit_price"] == "880.0000"
    assert changed.json()["version"] == made["version"]  # the list's own fields did not change


async def test_refusals_name_the_field(client: AsyncClient, world: World, session: AsyncSession):
    await create_product(session, external_id="ERP-P-9")
    await session.commit()
    body = {
        "name": "Default",
        "valid_from": "2026-04-01",
        "lines": [{"product_external_id": "NOPE", "unit_price": "1"}],
    }
    unknown = await client.put(f"{URL}/PL-2", json=body, headers=auth(world.admin))
    assert unknown.status_code == 422
    assert unknown.json()["errors"][0]["loc"] == ["body", "lines", 0, "product_external_id"]
    body["lines"] = [{"product_external_id": "ERP-P-9", "product_sku": "X", "unit_price": "1"}]
    both = await client.put(f"{URL}/PL-2", json=body, headers=auth(world.admin))
    assert both.status_code == 422 and both.json()["errors"][0]["loc"] == ["body", "lines", 0]
    body["lines"] = []
    assert (
        await client.put(f"{URL}/PL-2", json=body, headers=auth(world.admin))
    ).status_code == 201
    other = await client.put(f"{URL}/PL-2", json={"currency": "USD"}, headers=auth(world.admin))
    assert other.status_code == 422 and other.json()["code"] == "price_lists.currency_fixed"
    no_customer = await client.put(
        f"{URL}/PL-3",
        json={"name": "C", "valid_from": "2026-04-01", "customer_external_id": "NOPE"},
        headers=auth(world.admin),
    )
    assert no_customer.status_code == 422
    assert no_customer.json()["errors"][0]["loc"] == ["body", "customer_external_id"]
    engineer = await client.put(f"{URL}/PL-4", json=body, headers=auth(world.engineer))
    assert engineer.status_code == 403


async def test_null_for_what_a_new_list_needs_is_a_422_naming_it(client: AsyncClient, world: World):
    answer = await client.put(
        f"{URL}/PL-N",
        json={"name": "N", "valid_from": "2026-04-01", "scope": None, "currency": None},
        headers=auth(world.admin),
    )
    assert answer.status_code == 422, answer.text
    assert {tuple(e["loc"]) for e in answer.json()["errors"]} == {
        ("body", "scope"),
        ("body", "currency"),
    }

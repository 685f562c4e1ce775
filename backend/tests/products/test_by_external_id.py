"""Products by the ERP's id: created, updated or left as they are."""

from __future__ import annotations

from httpx import AsyncClient
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.events import DomainEvent
from tests.conftest import World, auth
from tests.factories.api_keys import create_api_key, key_auth
from tests.factories.catalogue import create_product, create_product_group, create_tax_category

URL = "/api/v1/products/by-external-id"


async def test_a_product_is_created_then_left_unchanged_then_updated(
    client: AsyncClient, world: World, session: AsyncSession
):
    await create_tax_category(session, code="GST18")
    await create_product_group(session, name="Pumps")
    await session.commit()
    body = {
        "sku": "PMP-0100",
        "name": "Monoblock pump 1 HP",
        "tax_category_code": "GST18",
        "group_name": "Pumps",
        "list_price": "12500.00",
        "hsn_sac_code": "8413",
    }
    created = await client.put(f"{URL}/ERP-P-1", json=body, headers=auth(world.admin))
    assert created.status_code == 201, created.text
    product = created.json()
    assert product["external_id"] == "ERP-P-1" and product["list_price"] == "12500.0000"
    events = await session.scalar(select(func.count()).select_from(DomainEvent))

    same = await client.put(f"{URL}/ERP-P-1", json=body, headers=auth(world.admin))
    assert (same.status_code, same.headers["upsert-outcome"]) == (200, "unchanged")
    assert same.json()["version"] == product["version"]
    assert await session.scalar(select(func.count()).select_from(DomainEvent)) == events

    cheaper = await client.put(
        f"{URL}/ERP-P-1", json={"list_price": "11999.50"}, headers=auth(world.admin)
    )
    assert cheaper.headers["upsert-outcome"] == "updated"
    assert cheaper.json()["list_price"] == "11999.5000"
    assert cheaper.json()["version"] == product["version"] + 1
    assert cheaper.json()["name"] == "Monoblock pump 1 HP"


async def test_rules_of_the_catalogue_apply(
    client: AsyncClient, world: World, session: AsyncSession
):
    category = await create_tax_category(session)
    await create_product(session, sku="TAKEN-1", tax_category=category)
    await session.commit()
    missing = await client.put(f"{URL}/ERP-P-2", json={"name": "X"}, headers=auth(world.admin))
    assert missing.status_code == 422
    assert [e["loc"] for e in missing.json()["errors"]] == [
        ["body", "sku"],
        ["body", "tax_category_code"],
        ["body", "list_price"],
    ]
    unknown = await client.put(
        f"{URL}/ERP-P-2",
        json={"sku": "NEW-1", "name": "X", "list_price": "1", "tax_category_code": "NOPE"},
        headers=auth(world.admin),
    )
    assert unknown.status_code == 422
    assert unknown.json()["errors"][0]["loc"] == ["body", "tax_category_code"]
    sku_taken = await client.put(
        f"{URL}/ERP-P-2",
        json={
            "sku": "taken-1",
            "name": "X",
            "list_price": "1",
            "tax_category_id": str(category.id),
        },
        headers=auth(world.admin),
    )
    assert sku_taken.status_code == 409 and sku_taken.json()["code"] == "products.sku_taken"
    service_code = await client.put(
        f"{URL}/ERP-P-2",
        json={
            "sku": "SRV-1",
            "name": "Installation",
            "kind": "service",
            "hsn_sac_code": "8413",
            "list_price": "1",
            "tax_category_id": str(category.id),
        },
        headers=auth(world.admin),
    )
    assert service_code.status_code == 422
    assert service_code.json()["errors"][0]["loc"] == ["body", "hsn_sac_code"]


async def test_only_holders_of_products_write_may_upsert(
    client: AsyncClient, world: World, session: AsyncSession
):
    engineer = await client.put(f"{URL}/ERP-P-3", json={"name": "X"}, headers=auth(world.engineer))
    assert engineer.status_code == 403
    _, reader = await create_api_key(session, by=world.admin, scopes=["products:read"])
    key = await client.put(f"{URL}/ERP-P-3", json={"name": "X"}, headers=key_auth(reader))
    assert key.status_code == 403 and key.json()["code"] == "auth.missing_scope"
    unseen = await client.get(f"{URL}/ERP-P-3", headers=key_auth(reader))
    assert unseen.status_code == 404


async def test_null_for_what_a_new_product_needs_is_a_422_naming_it(
    client: AsyncClient, world: World, session: AsyncSession
):
    category = await create_tax_category(session)
    await session.commit()
    answer = await client.put(
        f"{URL}/ERP-P-N",
        json={
            "sku": "N-1",
            "name": "N",
            "list_price": "1",
            "tax_category_id": str(category.id),
            "unit": None,
        },
        headers=auth(world.admin),
    )
    assert answer.status_code == 422, answer.text
    assert answer.json()["errors"][0]["loc"] == ["body", "unit"]

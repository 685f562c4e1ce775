"""Products and product groups through HTTP."""

from __future__ import annotations

import asyncio
import uuid
from collections import Counter

import pytest
from httpx import AsyncClient
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.reads import read_one
from app.products.models import Product, ProductGroup, ProductKind
from app.products.repository import PRODUCT_READ
from app.products.schemas import ProductRead
from app.users import service as users
from tests.conftest import Live, World, auth
from tests.factories.catalogue import create_product, create_product_group, create_tax_category

URL = "/api/v1/products"
GROUPS = "/api/v1/product-groups"


async def _new(session: AsyncSession, **fields):
    category = await create_tax_category(session)
    group = await create_product_group(session)
    await session.commit()
    return {
        "sku": "PMP-0100",
        "name": "Centrifugal pump 1 HP",
        "description": "Cast iron, 230 V",
        "group_id": str(group.id),
        "unit": "nos",
        "kind": "goods",
        "hsn_sac_code": "84137010",
        "tax_category_id": str(category.id),
        "list_price": "12500.5",
        "currency": "INR",
        "cost": "9000",
        "external_id": "SAP-100",
        **fields,
    }


async def test_admin_creates_a_product_everyone_reads_it(
    client: AsyncClient, session: AsyncSession, world: World
):
    body = await _new(session)
    created = await client.post(URL, json=body, headers=auth(world.admin))
    assert created.status_code == 201, created.text
    product = created.json()
    assert product["list_price"] == "12500.5000"
    assert product["cost"] == "9000.0000"
    assert product["is_active"] is True
    read = await client.get(f"{URL}/{product['id']}", headers=auth(world.engineer))
    assert read.status_code == 200
    assert read.json() == product
    cached = await client.get(
        f"{URL}/{product['id']}", headers={**auth(world.engineer), "If-None-Match": '"1"'}
    )
    assert cached.status_code == 304
    few = await client.get(
        f"{URL}/{product['id']}", params={"fields": "sku,list_price"}, headers=auth(world.head)
    )
    assert few.json() == {"id": product["id"], "sku": "PMP-0100", "list_price": "12500.5000"}


async def test_a_repeated_create_with_the_same_id_answers_the_first(
    client: AsyncClient, session: AsyncSession, world: World
):
    body = await _new(session, id=str(uuid.uuid4()))
    first = await client.post(URL, json=body, headers=auth(world.admin))
    again = await client.post(URL, json=body, headers=auth(world.admin))
    assert (first.status_code, again.status_code) == (201, 200)
    assert again.json()["id"] == first.json()["id"] == body["id"]


async def test_engineers_and_heads_cannot_write_products(
    client: AsyncClient, session: AsyncSession, world: World
):
    body = await _new(session)
    for user in (world.engineer, world.head):
        assert (await client.post(URL, json=body, headers=auth(user))).status_code == 403


async def test_the_sku_is_unique_whatever_its_case(
    client: AsyncClient, session: AsyncSession, world: World
):
    await create_product(session, sku="PMP-0100")
    body = await _new(session, sku="pmp-0100")
    answer = await client.post(URL, json=body, headers=auth(world.admin))
    assert answer.status_code == 409
    assert answer.json()["code"] == "products.sku_taken"


async def test_the_erp_id_is_unique(client: AsyncClient, session: AsyncSession, world: World):
    await create_product(session, external_id="SAP-100")
    answer = await client.post(URL, json=await _new(session), headers=auth(world.admin))
    assert answer.status_code == 409
    assert answer.json()["code"] == "products.external_id_taken"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"list_price": 12500.5}, "list_price"),  # a JSON number for money
        ({"list_price": "-1"}, "list_price"),
        ({"list_price": "1.00001"}, "list_price"),
        ({"currency": "ZZZ"}, "currency"),
        ({"sku": "has space"}, "sku"),
        ({"hsn_sac_code": "84A3"}, "hsn_sac_code"),
        ({"hsn_sac_code": "84137"}, "hsn_sac_code"),  # 5 digits
        ({"hsn_sac_code": "998719"}, "hsn_sac_code"),  # a SAC code on goods
        ({"kind": "service", "hsn_sac_code": "8413"}, "hsn_sac_code"),  # HSN on a service
        ({"kind": "rental"}, "kind"),
        ({"name": ""}, "name"),
        ({"surprise": 1}, "surprise"),
    ],
)
async def test_bad_products_are_a_422_naming_the_field(
    client: AsyncClient, session: AsyncSession, world: World, changes, field
):
    answer = await client.post(URL, json=await _new(session, **changes), headers=auth(world.admin))
    assert answer.status_code == 422, answer.text
    assert ["body", field] in [e["loc"][:2] for e in answer.json()["errors"]], answer.text


async def test_unknown_group_or_tax_category_is_a_422(
    client: AsyncClient, session: AsyncSession, world: World
):
    for field in ("group_id", "tax_category_id"):
        body = await _new(session, **{field: str(uuid.uuid4())})
        answer = await client.post(URL, json=body, headers=auth(world.admin))
        assert answer.status_code == 422
        assert answer.json()["errors"][0]["loc"] == ["body", field]


async def test_a_service_carries_a_sac_code(
    client: AsyncClient, session: AsyncSession, world: World
):
    body = await _new(session, kind="service", hsn_sac_code="998719", unit="hr", sku="AMC-1")
    answer = await client.post(URL, json=body, headers=auth(world.admin))
    assert answer.status_code == 201, answer.text
    product = answer.json()
    changed = await client.patch(
        f"{URL}/{product['id']}",
        json={"kind": "goods"},
        headers={**auth(world.admin), "If-Match": '"1"'},
    )
    assert changed.status_code == 422
    assert changed.json()["errors"][0]["loc"] == ["body", "hsn_sac_code"]


async def test_admin_changes_and_deactivates_a_product(
    client: AsyncClient, session: AsyncSession, world: World
):
    product = await create_product(session)
    await session.commit()
    url = f"{URL}/{product.id}"
    assert (
        await client.patch(url, json={"name": "x"}, headers=auth(world.admin))
    ).status_code == 428
    stale = await client.patch(
        url, json={"name": "x"}, headers={**auth(world.admin), "If-Match": '"9"'}
    )
    assert stale.status_code == 412
    changed = await client.patch(
        url,
        json={"list_price": "99.99", "is_active": False},
        headers={**auth(world.admin), "If-Match": '"1"'},
    )
    assert changed.status_code == 200, changed.text
    assert (changed.json()["list_price"], changed.json()["is_active"]) == ("99.9900", False)
    assert changed.headers["etag"] == '"2"'
    active = await client.get(URL, params={"active": "true"}, headers=auth(world.engineer))
    assert str(product.id) not in [p["id"] for p in active.json()["items"]]
    inactive = await client.get(URL, params={"active": "false"}, headers=auth(world.engineer))
    assert [p["id"] for p in inactive.json()["items"]] == [str(product.id)]
    assert (await client.delete(url, headers=auth(world.admin))).status_code == 405


async def test_the_list_filters_searches_sorts_counts_and_exports(
    client: AsyncClient, session: AsyncSession, world: World
):
    pumps = await create_product_group(session, name="Pumps")
    other = await create_product_group(session, name="Valves")
    a = await create_product(session, group=pumps, name="Borewell pump", sku="BW-2")
    b = await create_product(session, group=pumps, name="Monoblock pump", sku="mb-1")
    c = await create_product(
        session,
        group=other,
        name="Pump service visit",
        kind=ProductKind.SERVICE,
        hsn_sac_code="998719",
        sku="SV-1",
    )
    await create_product(session, group=other, name="Gate valve", sku="GV-1")
    await session.commit()
    headers = auth(world.engineer)
    by_group = await client.get(URL, params={"group_id": str(pumps.id)}, headers=headers)
    assert [p["id"] for p in by_group.json()["items"]] == [str(a.id), str(b.id)]
    services = await client.get(URL, params={"kind": "service"}, headers=headers)
    assert [p["id"] for p in services.json()["items"]] == [str(c.id)]
    found = await client.get(URL, params={"q": "PUMP"}, headers=headers)
    assert {p["id"] for p in found.json()["items"]} == {str(a.id), str(b.id), str(c.id)}
    by_sku = await client.get(URL, params={"q": "mb-", "sort": "sku"}, headers=headers)
    assert [p["id"] for p in by_sku.json()["items"]] == [str(b.id)]
    skus = await client.get(URL, params={"sort": "-sku", "fields": "sku"}, headers=headers)
    assert [p["sku"] for p in skus.json()["items"]] == ["SV-1", "mb-1", "GV-1", "BW-2"]
    count = await client.get(f"{URL}/count", params={"q": "pump"}, headers=headers)
    assert count.json() == {"count": 3}
    export = await client.get(
        f"{URL}/export", params={"format": "csv", "q": "pump"}, headers=headers
    )
    assert export.status_code == 200
    lines = export.text.lstrip("\ufeff").splitlines()
    assert len(lines) == 4 and "list_price" in lines[0]
    page = await client.get(URL, params={"limit": 2}, headers=headers)
    nxt = await client.get(
        URL, params={"limit": 2, "cursor": page.json()["next_cursor"]}, headers=headers
    )
    assert len(page.json()["items"] + nxt.json()["items"]) == 4


async def test_the_read_path_prints_what_the_schema_prints(session: AsyncSession, world: World):
    product = await create_product(session, list_price="1234.5", cost="1.23456")
    principal = await users.principal_for_user(session, world.admin.id)
    assert principal is not None
    written = await read_one(session, principal, PRODUCT_READ, select(Product), product.id)
    await session.refresh(product)
    assert written == ProductRead.model_validate(product).model_dump(mode="json")


async def test_product_groups(client: AsyncClient, session: AsyncSession, world: World):
    created = await client.post(GROUPS, json={"name": "Motors"}, headers=auth(world.admin))
    assert created.status_code == 201, created.text
    group = created.json()
    taken = await client.post(GROUPS, json={"name": "Motors"}, headers=auth(world.admin))
    assert (taken.status_code, taken.json()["code"]) == (409, "product_groups.name_taken")
    listed = await client.get(GROUPS, headers=auth(world.engineer))
    assert [g["name"] for g in listed.json()["items"]] == ["Motors"]
    await create_product(session, group=await session.get(ProductGroup, uuid.UUID(group["id"])))
    await session.commit()
    url = f"{GROUPS}/{group['id']}"
    in_use = await client.delete(url, headers={**auth(world.admin), "If-Match": '"1"'})
    assert (in_use.status_code, in_use.json()["code"]) == (409, "product_groups.in_use")
    empty = await client.post(GROUPS, json={"name": "Empty"}, headers=auth(world.admin))
    gone = await client.delete(
        f"{GROUPS}/{empty.json()['id']}", headers={**auth(world.admin), "If-Match": '"1"'}
    )
    assert gone.status_code == 204
    renamed = await client.patch(
        url, json={"name": "Electric motors"}, headers={**auth(world.admin), "If-Match": '"1"'}
    )
    assert renamed.json()["name"] == "Electric motors"


async def test_two_admins_creating_the_same_sku_at_once_get_one_201_and_one_409(live: Live):
    world = live.world
    async with live.sessionmaker() as session:
        category = await create_tax_category(session)
        await session.commit()
    body = {
        "sku": "RACE-1",
        "name": "Raced",
        "tax_category_id": str(category.id),
        "list_price": "10",
    }
    async with live.client() as client:
        answers = await asyncio.gather(
            client.post(URL, json=body, headers=auth(world.admin)),
            client.post(URL, json={**body, "sku": "race-1"}, headers=auth(world.admin)),
        )
    assert Counter(a.status_code for a in answers) == {201: 1, 409: 1}, [a.text for a in answers]
    assert [a.json()["code"] for a in answers if a.status_code == 409] == ["products.sku_taken"]

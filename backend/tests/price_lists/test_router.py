"""Price lists through HTTP: admins keep them; default and segment lists are read by
everyone, a customer's own list only by those who may see the customer."""

from __future__ import annotations

import uuid

import pytest
from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from app.price_lists.models import PriceListScope
from tests.conftest import World, auth
from tests.factories.catalogue import create_price_list, create_product
from tests.factories.customers import create_customer

URL = "/api/v1/price-lists"


async def test_admin_creates_a_list_with_breaks(
    client: AsyncClient, session: AsyncSession, world: World
):
    pump = await create_product(session)
    await session.commit()
    body = {
        "name": "Standard 2026-27",
        "currency": "INR",
        "valid_from": "2026-04-01",
        "valid_to": "2027-03-31",
        "lines": [
            {"product_id": str(pump.id), "unit_price": "1000"},
            {"product_id": str(pump.id), "min_quantity": "10", "unit_price": "950.125"},
        ],
    }
    created = await client.post(URL, json=body, headers=auth(world.admin))
    assert created.status_code == 201, created.text
    price_list = created.json()
    assert (price_list["scope"], price_list["valid_to"]) == ("default", "2027-03-31")
    lines = await client.get(f"{URL}/{price_list['id']}/lines", headers=auth(world.engineer))
    assert [(line["min_quantity"], line["unit_price"]) for line in lines.json()["items"]] == [
        ("1", "1000.0000"),
        ("10", "950.1250"),
    ]
    added = await client.post(
        f"{URL}/{price_list['id']}/lines",
        json={"product_id": str(pump.id), "min_quantity": "50", "unit_price": "900"},
        headers=auth(world.admin),
    )
    assert added.status_code == 201, added.text
    twice = await client.post(
        f"{URL}/{price_list['id']}/lines",
        json={"product_id": str(pump.id), "min_quantity": "50.0", "unit_price": "890"},
        headers=auth(world.admin),
    )
    assert (twice.status_code, twice.json()["code"]) == (409, "price_lists.duplicate_break")
    line_url = f"{URL}/{price_list['id']}/lines/{added.json()['id']}"
    changed = await client.patch(
        line_url, json={"unit_price": "880"}, headers={**auth(world.admin), "If-Match": '"1"'}
    )
    assert changed.json()["unit_price"] == "880.0000"
    deleted = await client.delete(line_url, headers={**auth(world.admin), "If-Match": '"2"'})
    assert deleted.status_code == 204
    renamed = await client.patch(
        f"{URL}/{price_list['id']}",
        json={"name": "Standard", "is_active": False},
        headers={**auth(world.admin), "If-Match": '"1"'},
    )
    assert (renamed.json()["name"], renamed.json()["is_active"]) == ("Standard", False)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"scope": "segment"}, "segment"),
        ({"scope": "customer"}, "customer_id"),
        ({"segment": "sme"}, "segment"),
        ({"valid_to": "2026-03-31"}, "valid_to"),
        ({"valid_from": "01/04/2026"}, "valid_from"),
        ({"currency": "ZZZ"}, "currency"),
        ({"currency": "inr"}, "currency"),
        ({"scope": "customer", "customer_id": "{unknown}"}, "customer_id"),
        ({"lines": [{"product_id": "{unknown}", "unit_price": "1"}]}, "lines"),
        ({"lines": [{"product_id": "{pump}", "unit_price": 1.5}]}, "lines"),
        ({"lines": [{"product_id": "{pump}", "min_quantity": "0", "unit_price": "1"}]}, "lines"),
        (
            {
                "lines": [
                    {"product_id": "{pump}", "unit_price": "1"},
                    {"product_id": "{pump}", "min_quantity": "1.000", "unit_price": "2"},
                ]
            },
            "lines",
        ),
    ],
)
async def test_bad_lists_are_a_422_naming_the_field(
    client: AsyncClient, session: AsyncSession, world: World, changes, field
):
    pump = await create_product(session)
    await session.commit()
    ids = {"{unknown}": str(uuid.uuid4()), "{pump}": str(pump.id)}

    def fill(value):
        if isinstance(value, dict):
            return {k: fill(v) for k, v in value.items()}
        if isinstance(value, list):
            return [fill(v) for v in value]
        return ids.get(value, value) if isinstance(value, str) else value

    body = {"name": "Bad", "valid_from": "2026-04-01", **fill(changes)}
    answer = await client.post(URL, json=body, headers=auth(world.admin))
    assert answer.status_code == 422, answer.text
    assert ["body", field] in [e["loc"][:2] for e in answer.json()["errors"]], answer.text


async def test_the_currency_of_a_list_never_changes(
    client: AsyncClient, session: AsyncSession, world: World
):
    price_list = await create_price_list(session)
    await session.commit()
    answer = await client.patch(
        f"{URL}/{price_list.id}",
        json={"currency": "USD"},
        headers={**auth(world.admin), "If-Match": '"1"'},
    )
    assert answer.status_code == 422
    assert answer.json()["errors"][0]["loc"] == ["body", "currency"]


async def test_a_customers_list_is_seen_only_by_who_sees_the_customer(
    client: AsyncClient, session: AsyncSession, world: World
):
    own = await create_customer(session, owner=world.engineer, territory=world.north)
    foreign = await create_customer(session, owner=world.engineer_other_team, territory=world.south)
    default = await create_price_list(session, name="Default")
    segment = await create_price_list(
        session, name="SME", scope=PriceListScope.SEGMENT, segment="sme"
    )
    mine = await create_price_list(session, name="Own", scope=PriceListScope.CUSTOMER, customer=own)
    theirs = await create_price_list(
        session, name="Theirs", scope=PriceListScope.CUSTOMER, customer=foreign
    )
    await session.commit()
    listed = await client.get(URL, headers=auth(world.engineer))
    assert {p["name"] for p in listed.json()["items"]} == {"Default", "SME", "Own"}
    assert (await client.get(f"{URL}/{theirs.id}", headers=auth(world.engineer))).status_code == 404
    lines = await client.get(f"{URL}/{theirs.id}/lines", headers=auth(world.head))
    assert lines.status_code == 404
    assert (await client.get(f"{URL}/{mine.id}", headers=auth(world.head))).status_code == 200
    every = await client.get(URL, headers=auth(world.admin))
    assert len(every.json()["items"]) == 4
    by_scope = await client.get(URL, params={"scope": "segment"}, headers=auth(world.engineer))
    assert [p["id"] for p in by_scope.json()["items"]] == [str(segment.id)]
    by_customer = await client.get(
        URL, params={"customer_id": str(own.id)}, headers=auth(world.engineer)
    )
    assert [p["id"] for p in by_customer.json()["items"]] == [str(mine.id)]
    assert default.id


async def test_engineers_cannot_change_price_lists(
    client: AsyncClient, session: AsyncSession, world: World
):
    price_list = await create_price_list(session)
    await session.commit()
    body = {"name": "Mine", "valid_from": "2026-04-01"}
    assert (await client.post(URL, json=body, headers=auth(world.engineer))).status_code == 403
    patched = await client.patch(
        f"{URL}/{price_list.id}", json={"name": "x"}, headers={**auth(world.head), "If-Match": "*"}
    )
    assert patched.status_code == 403

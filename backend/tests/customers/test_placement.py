"""Where a customer may be put and who may own it (the one rule of core/access.py), and
addresses that keep their ids across edits."""

from __future__ import annotations

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from tests.conftest import World, auth
from tests.factories.customers import create_customer

URL = "/api/v1/customers"


async def test_engineer_cannot_create_a_customer_in_another_teams_territory(
    client: AsyncClient, world: World
) -> None:
    answer = await client.post(
        URL,
        json={"name": "Southern Spices", "territory_id": str(world.south.id)},
        headers=auth(world.engineer),
    )
    assert answer.status_code == 422
    assert answer.json()["errors"][0]["loc"] == ["body", "territory_id"]


async def test_engineer_cannot_move_their_customer_into_another_teams_territory(
    client: AsyncClient, world: World, session: AsyncSession
) -> None:
    customer = await create_customer(session, owner=world.engineer, territory=world.north)
    await session.commit()
    answer = await client.patch(
        f"{URL}/{customer.id}",
        json={"territory_id": str(world.south.id)},
        headers={**auth(world.engineer), "If-Match": '"1"'},
    )
    assert answer.status_code == 422
    assert answer.json()["errors"][0]["loc"] == ["body", "territory_id"]
    unchanged = await client.get(f"{URL}/{customer.id}", headers=auth(world.engineer))
    assert unchanged.json()["territory_id"] == str(world.north.id)


async def test_a_head_places_customers_only_in_their_teams_territories_and_admins_anywhere(
    client: AsyncClient, world: World
) -> None:
    heads = await client.post(
        URL,
        json={"name": "Head's pick", "territory_id": str(world.south.id)},
        headers=auth(world.head),
    )
    assert heads.status_code == 422
    own = await client.post(
        URL,
        json={"name": "Head's own", "territory_id": str(world.north.id)},
        headers=auth(world.head),
    )
    assert own.status_code == 201
    admins = await client.post(
        URL,
        json={
            "name": "Admin's pick",
            "territory_id": str(world.south.id),
            "owner_id": str(world.engineer_other_team.id),
        },
        headers=auth(world.admin),
    )
    assert admins.status_code == 201


async def test_a_head_cannot_give_a_customer_to_another_teams_engineer(
    client: AsyncClient, world: World, session: AsyncSession
) -> None:
    customer = await create_customer(session, owner=world.engineer, territory=world.north)
    await session.commit()
    answer = await client.patch(
        f"{URL}/{customer.id}",
        json={"owner_id": str(world.engineer_other_team.id)},
        headers={**auth(world.head), "If-Match": "*"},
    )
    assert answer.status_code == 422
    assert answer.json()["errors"][0]["loc"] == ["body", "owner_id"]


async def test_editing_addresses_keeps_the_ids_of_those_that_stay(
    client: AsyncClient, world: World, session: AsyncSession
) -> None:
    customer = await create_customer(session, owner=world.engineer, territory=world.north)
    await session.commit()
    billing = customer.addresses[0]
    shipping = {"kind": "shipping", "line1": "Dock 4", "city": "Gurugram", "postal_code": "122001"}
    first = await client.patch(
        f"{URL}/{customer.id}",
        json={
            "addresses": [
                {"kind": "billing", "line1": "Plot 9, Ring Road", "city": "New Delhi"},
                shipping,
            ]
        },
        headers={**auth(world.engineer), "If-Match": "*"},
    )
    assert first.status_code == 200, first.text
    by_kind = {a["kind"]: a for a in first.json()["addresses"]}
    assert by_kind["billing"]["id"] == str(billing.id)  # matched by kind: same row
    assert by_kind["billing"]["line1"] == "Plot 9, Ring Road"
    shipping_id = by_kind["shipping"]["id"]
    second = await client.patch(
        f"{URL}/{customer.id}",
        json={"addresses": [{**shipping, "id": shipping_id, "line1": "Dock 5"}]},
        headers={**auth(world.engineer), "If-Match": "*"},
    )
    assert second.status_code == 200
    assert [(a["id"], a["line1"]) for a in second.json()["addresses"]] == [(shipping_id, "Dock 5")]
    unknown = await client.patch(
        f"{URL}/{customer.id}",
        json={"addresses": [{**shipping, "id": str(billing.id)}]},  # removed just before
        headers={**auth(world.engineer), "If-Match": "*"},
    )
    assert unknown.status_code == 422
    assert unknown.json()["errors"][0]["loc"] == ["body", "addresses", 0, "id"]

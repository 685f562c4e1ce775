"""The customers list's pick lists (facets) and map points: answers about every customer
the caller may see, not one page, scoped like the list."""

from __future__ import annotations

from typing import Any

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from app.customers.models import AddressKind, CustomerAddress
from app.users.models import User
from tests.conftest import World, auth
from tests.factories.customers import create_customer


async def _facets(client: AsyncClient, user: User, **params: Any) -> dict[str, Any]:
    answer = await client.get("/api/v1/customers/facets", params=params, headers=auth(user))
    assert answer.status_code == 200, answer.text
    body: dict[str, Any] = answer.json()
    return body


def _pairs(values: list[dict[str, Any]]) -> list[tuple[str, int]]:
    return [(v["value"], v["count"]) for v in values]


async def test_facets_count_each_industry_and_segment_most_common_first(
    client: AsyncClient, world: World, session: AsyncSession
):
    own = world.engineer
    await create_customer(session, owner=own, industry="Pharma", segment_tags=["Key", "SME"])
    await create_customer(session, owner=own, industry="pharma", segment_tags=["Key"])
    await create_customer(session, owner=own, industry="Pharma", segment_tags=[])
    await create_customer(session, owner=own, industry="Textiles", segment_tags=["Key", "key"])
    await create_customer(session, owner=own, industry=None, segment_tags=["Export"])
    await create_customer(session, owner=own, industry="Archived Co", is_archived=True)
    await session.commit()

    body = await _facets(client, own)

    # Industries group as the filter matches them (case-insensitively), in their most
    # common spelling; tags match exactly, as the segment filter does.
    assert _pairs(body["industry"]) == [("Pharma", 3), ("Textiles", 1)]
    assert _pairs(body["segment"]) == [("Key", 3), ("Export", 1), ("SME", 1), ("key", 1)]
    archived = await _facets(client, own, archived="true")
    assert _pairs(archived["industry"]) == [("Archived Co", 1)]


async def test_facet_values_filter_the_list_to_their_count(
    client: AsyncClient, world: World, session: AsyncSession
):
    own = world.engineer
    await create_customer(session, owner=own, industry="Pharma", segment_tags=["Key"])
    await create_customer(session, owner=own, industry="pharma", segment_tags=["Key", "SME"])
    await create_customer(session, owner=own, industry="Steel", segment_tags=["SME"])
    await session.commit()
    body = await _facets(client, own)
    for facet in ("industry", "segment"):
        for value in body[facet]:
            listed = await client.get(
                "/api/v1/customers", params={facet: value["value"]}, headers=auth(own)
            )
            assert len(listed.json()["items"]) == value["count"], (facet, value)


async def test_facets_hold_only_the_values_of_customers_the_caller_may_see(
    client: AsyncClient, world: World, session: AsyncSession
):
    await create_customer(session, owner=world.engineer, industry="Pharma", segment_tags=["Own"])
    await create_customer(session, owner=world.teammate, industry="Cement", segment_tags=["Mate"])
    await create_customer(
        session,
        owner=world.engineer_other_team,
        territory=world.south,
        industry="Foreign Industry",
        segment_tags=["Foreign"],
    )
    await session.commit()

    engineer = await _facets(client, world.engineer)
    assert _pairs(engineer["industry"]) == [("Pharma", 1)]
    assert _pairs(engineer["segment"]) == [("Own", 1)]
    head = await _facets(client, world.head)
    assert _pairs(head["industry"]) == [("Cement", 1), ("Pharma", 1)]
    assert _pairs(head["segment"]) == [("Mate", 1), ("Own", 1)]
    other = await _facets(client, world.other_head)
    assert _pairs(other["industry"]) == [("Foreign Industry", 1)]
    admin = await _facets(client, world.admin)
    assert len(admin["industry"]) == 3


# --- the map ------------------------------------------------------------------------


async def _points(client: AsyncClient, user: User, **params: Any) -> dict[str, Any]:
    answer = await client.get("/api/v1/customers/map-points", params=params, headers=auth(user))
    assert answer.status_code == 200, answer.text
    body: dict[str, Any] = answer.json()
    return body


async def test_map_points_are_every_visible_customer_not_one_page(
    client: AsyncClient, world: World, session: AsyncSession
):
    created = [
        await create_customer(session, owner=world.engineer, name=f"Map {n:03d}") for n in range(60)
    ]
    await session.commit()

    body = await _points(client, world.engineer)

    assert len(body["points"]) == 60  # more than a list page (50)
    assert body["truncated"] is False and body["without_coordinates"] == 0
    first = min(created, key=lambda c: c.id)
    assert body["points"][0] == [str(first.id), first.name, 28.61, 77.21]


async def test_map_points_prefer_the_billing_address_and_count_those_without_coordinates(
    client: AsyncClient, world: World, session: AsyncSession
):
    both = await create_customer(session, owner=world.engineer, name="Two addresses")
    both.addresses.append(
        CustomerAddress(
            kind=AddressKind.SHIPPING,
            line1="Dock 4",
            city="Mumbai",
            latitude=18.9432156789,
            longitude=72.8354321987,
        )
    )
    shipping_only = await create_customer(session, owner=world.engineer, name="Ships only")
    shipping_only.addresses[0].kind = AddressKind.SHIPPING
    shipping_only.addresses[0].latitude, shipping_only.addresses[0].longitude = (
        18.9432156789,
        72.8354321987,
    )
    nowhere = await create_customer(session, owner=world.engineer, name="Nowhere")
    nowhere.addresses[0].latitude = None
    await session.commit()

    body = await _points(client, world.engineer)

    by_name = {name: (lat, lng) for _, name, lat, lng in body["points"]}
    assert by_name == {"Two addresses": (28.61, 77.21), "Ships only": (18.94322, 72.83543)}
    assert body["without_coordinates"] == 1


async def test_map_points_follow_the_list_filters(
    client: AsyncClient, world: World, session: AsyncSession
):
    await create_customer(session, owner=world.engineer, name="Pharma One", industry="Pharma")
    await create_customer(
        session, owner=world.engineer, name="Steel One", industry="Steel", segment_tags=["Key"]
    )
    await create_customer(session, owner=world.engineer, name="Old", is_archived=True)
    await session.commit()

    names = lambda body: sorted(p[1] for p in body["points"])  # noqa: E731
    assert names(await _points(client, world.engineer, industry="pharma")) == ["Pharma One"]
    assert names(await _points(client, world.engineer, segment="Key")) == ["Steel One"]
    assert names(await _points(client, world.engineer, q="Steel")) == ["Steel One"]
    assert names(await _points(client, world.engineer, archived="true")) == ["Old"]


async def test_map_points_are_capped_with_a_truncated_flag(
    client: AsyncClient, world: World, session: AsyncSession
):
    for _ in range(5):
        await create_customer(session, owner=world.engineer)
    await session.commit()
    body = await _points(client, world.engineer, limit=3)
    assert len(body["points"]) == 3 and body["truncated"] is True
    body = await _points(client, world.engineer, limit=5)
    assert len(body["points"]) == 5 and body["truncated"] is False
    too_many = await client.get(
        "/api/v1/customers/map-points", params={"limit": 50_001}, headers=auth(world.engineer)
    )
    assert too_many.status_code == 422
    assert too_many.json()["errors"][0]["loc"] == ["query", "limit"]


async def test_map_points_hold_only_customers_the_caller_may_see(
    client: AsyncClient, world: World, session: AsyncSession
):
    await create_customer(session, owner=world.engineer, name="Own")
    await create_customer(session, owner=world.teammate, name="Teammate's")
    await create_customer(session, owner=world.teammate, territory=world.north, name="North")
    await create_customer(
        session, owner=world.engineer_other_team, territory=world.south, name="Foreign"
    )
    await session.commit()

    def names(body: dict[str, Any]) -> list[str]:
        return sorted(p[1] for p in body["points"])

    assert names(await _points(client, world.engineer)) == ["North", "Own"]
    assert names(await _points(client, world.head)) == ["North", "Own", "Teammate's"]
    assert names(await _points(client, world.other_head)) == ["Foreign"]
    assert len((await _points(client, world.admin))["points"]) == 4


async def test_map_points_answer_304_while_nothing_changed(
    client: AsyncClient, world: World, session: AsyncSession
):
    await create_customer(session, owner=world.engineer)
    await session.commit()
    first = await client.get("/api/v1/customers/map-points", headers=auth(world.engineer))
    again = await client.get(
        "/api/v1/customers/map-points",
        headers={**auth(world.engineer), "If-None-Match": first.headers["ETag"]},
    )
    assert again.status_code == 304


async def test_the_segment_filter_matches_exactly_the_tag_as_the_pick_list_counts_it(
    client: AsyncClient, world: World, session: AsyncSession
):
    """A tag outside ASCII (stored escaped in the list's JSON text) is found, and a tag
    with LIKE's wildcards matches only itself."""
    own = world.engineer
    for name, tags in (("Kaapi", ["Café"]), ("Half", ["50%"]), ("Fifty", ["500"])):
        created = await client.post(
            "/api/v1/customers",
            json={"name": name, "segment_tags": tags, "owner_id": str(own.id)},
            headers=auth(own),
        )
        assert created.status_code == 201, created.text

    async def named(segment: str) -> list[str]:
        answer = await client.get(
            "/api/v1/customers", params={"segment": segment}, headers=auth(own)
        )
        assert answer.status_code == 200, answer.text
        return sorted(item["name"] for item in answer.json()["items"])

    assert await named("Café") == ["Kaapi"]
    assert await named("50%") == ["Half"]
    assert await named("5%") == []
    assert _pairs((await _facets(client, own))["segment"]) == [
        ("50%", 1),
        ("500", 1),
        ("Café", 1),
    ]

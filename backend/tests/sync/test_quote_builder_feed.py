"""The offline quote builder's records in the change feed: active products, tax
categories, the price lists that may apply to the caller's customers (with their
lines), and the caller's own quotes with their lines and approval state; scoped like
every read, with tombstones where a record stops being the caller's."""

from __future__ import annotations

from typing import Any

from httpx import AsyncClient
from sqlalchemy import func, select

from app.price_lists.models import PriceListScope
from app.quotes.models import Quote
from app.users.models import User
from tests.conftest import Live, auth
from tests.factories.catalogue import create_price_list, create_product, create_tax_category
from tests.factories.customers import create_customer
from tests.factories.quotes import create_quote
from tests.sync.test_router import ids_of, pull_until

ENTITIES = {"entity": ["products", "tax_categories", "price_lists", "quotes"]}


async def _first_pull(client: AsyncClient, user: User, made: dict[str, Any]) -> Any:
    """A first pull that has reached the setup's commit (the feed holds a transaction back
    while an older one in the database still runs)."""
    last = str(
        made["their_quote"].id if user is made["world"].engineer_other_team else made["my_quote"].id
    )
    return await pull_until(client, user, "", lambda c: c["id"] == last, **ENTITIES)


async def _catalogue(live: Live) -> dict[str, Any]:
    world = live.world
    async with live.sessionmaker() as session:
        gst18 = await create_tax_category(session, rate="18")
        pump = await create_product(session, tax_category=gst18, name="Feed pump")
        retired = await create_product(session, tax_category=gst18, is_active=False)
        mine = await create_customer(session, owner=world.engineer, territory=world.north)
        theirs = await create_customer(
            session, owner=world.engineer_other_team, territory=world.south
        )
        default = await create_price_list(session, lines=[(pump, "1", "900"), (pump, "10", "850")])
        own_list = await create_price_list(
            session, scope=PriceListScope.CUSTOMER, customer=mine, lines=[(pump, "1", "800")]
        )
        their_list = await create_price_list(
            session, scope=PriceListScope.CUSTOMER, customer=theirs, lines=[(pump, "1", "700")]
        )
        my_quote = await create_quote(
            session, owner=world.engineer, customer=mine, lines=[(pump, "2", "900", "5")]
        )
        their_quote = await create_quote(
            session,
            owner=world.engineer_other_team,
            customer=theirs,
            lines=[(pump, "1", "900", "0")],
        )
        await session.commit()
    return locals()


async def test_a_first_pull_brings_the_catalogue_prices_and_only_the_callers_quotes(
    live: Live,
) -> None:
    made = await _catalogue(live)
    async with live.client() as client:
        changes, _ = await _first_pull(client, live.world.engineer, made)
    by_id = {c["id"]: c for c in changes}
    assert str(made["pump"].id) in ids_of(changes, "products")
    assert str(made["retired"].id) not in ids_of(changes, "products")  # not sold: not offered
    category = by_id[str(made["gst18"].id)]
    assert category["entity"] == "tax_categories"
    assert (category["data"]["rate"], category["data"]["company_state_code"]) == ("18", "29")
    lists = ids_of(changes, "price_lists")
    assert {str(made["default"].id), str(made["own_list"].id)} <= lists
    # Another engineer's customer's prices: neither the list nor a tombstone naming it.
    assert str(made["their_list"].id) not in by_id
    default = by_id[str(made["default"].id)]["data"]
    assert sorted((line["min_quantity"], line["unit_price"]) for line in default["lines"]) == [
        ("1", "900.0000"),
        ("10", "850.0000"),
    ]
    quotes = ids_of(changes, "quotes")
    assert str(made["my_quote"].id) in quotes
    assert str(made["their_quote"].id) not in by_id
    quote = by_id[str(made["my_quote"].id)]["data"]
    assert (quote["status"], quote["grand_total"], len(quote["lines"])) == ("draft", "2017.80", 1)
    assert quote["lines"][0]["taxable_amount"] == "1710.00"


async def test_deltas_follow_prices_products_and_the_approval_state(live: Live) -> None:
    made = await _catalogue(live)
    world = live.world
    async with live.client() as client:
        _, cursor = await _first_pull(client, world.engineer, made)
        line = await client.post(
            f"/api/v1/price-lists/{made['default'].id}/lines",
            json={"product_id": str(made["pump"].id), "min_quantity": "50", "unit_price": "800"},
            headers=auth(world.admin),
        )
        assert line.status_code == 201, line.text
        retire = await client.patch(
            f"/api/v1/products/{made['pump'].id}",
            json={"is_active": False},
            headers={**auth(world.admin), "If-Match": "*"},
        )
        assert retire.status_code == 200, retire.text
        submitted = await client.post(
            f"/api/v1/quotes/{made['my_quote'].id}/submit", headers=auth(world.engineer)
        )
        assert submitted.status_code == 200, submitted.text
        theirs = await client.post(
            f"/api/v1/quotes/{made['their_quote'].id}/submit",
            headers=auth(world.engineer_other_team),
        )
        assert theirs.status_code == 200, theirs.text
        changes, _ = await pull_until(
            client,
            world.engineer,
            cursor,
            lambda c: c["id"] == str(made["my_quote"].id),
            **ENTITIES,
        )
    by_id = {c["id"]: c for c in changes}
    default_lines = by_id[str(made["default"].id)]["data"]["lines"]
    breaks = sorted(line["min_quantity"] for line in default_lines)
    assert breaks == ["1", "10", "50"]  # as strings
    assert (by_id[str(made["pump"].id)]["op"], by_id[str(made["pump"].id)]["reason"]) == (
        "delete",
        "archived",
    )
    assert by_id[str(made["my_quote"].id)]["data"]["status"] == "approved"
    assert str(made["their_quote"].id) not in by_id
    assert str(made["their_list"].id) not in by_id


async def test_a_quote_that_leaves_the_callers_sight_arrives_as_a_tombstone(live: Live) -> None:
    made = await _catalogue(live)
    world = live.world
    async with live.client() as client:
        first, cursor = await _first_pull(client, world.engineer, made)
        assert str(made["my_quote"].id) in ids_of(first, "quotes")
        async with live.sessionmaker() as session:
            quote = await session.get(Quote, made["my_quote"].id)
            assert quote is not None
            quote.owner_id = world.teammate.id  # handed over (as a reassignment would)
            await session.commit()
        changes, _ = await pull_until(
            client, world.engineer, cursor, lambda c: c["id"] == str(quote.id), **ENTITIES
        )
        teammates, _ = await pull_until(
            client, world.teammate, "", lambda c: c["id"] == str(quote.id), **ENTITIES
        )
    tombstone = next(c for c in changes if c["id"] == str(quote.id))
    assert (tombstone["op"], tombstone["reason"], tombstone["data"]) == (
        "delete",
        "out_of_scope",
        None,
    )
    assert str(quote.id) in ids_of(teammates, "quotes")


async def test_a_phone_quote_sent_twice_is_created_once(live: Live) -> None:
    """The outbox retries a create whose answer was lost with the same Idempotency-Key
    and body, and a later retry may come with a new key (after a fix): one quote."""
    made = await _catalogue(live)
    world = live.world
    client_id = "01938a6e-0000-7000-8000-00000000a001"
    body = {
        "id": client_id,
        "customer_id": str(made["mine"].id),
        "lines": [{"product_id": str(made["pump"].id), "quantity": "3", "discount_percent": "5"}],
        "location": {"lat": 12.97, "lon": 77.59, "accuracy_m": 12},
    }
    headers = {**auth(world.engineer), "Idempotency-Key": "phone-write-1"}
    async with live.client() as client:
        first = await client.post("/api/v1/quotes", json=body, headers=headers)
        again = await client.post("/api/v1/quotes", json=body, headers=headers)
        other_key = await client.post(
            "/api/v1/quotes",
            json=body,
            headers={**auth(world.engineer), "Idempotency-Key": "phone-write-2"},
        )
    assert first.status_code == 201, first.text
    assert again.status_code == 201 and again.json() == first.json()
    assert other_key.status_code == 200
    assert other_key.json()["number"] == first.json()["number"]
    assert first.json()["id"] == client_id
    assert (first.json()["created_lat"], first.json()["created_accuracy_m"]) == (12.97, 12.0)
    # the customer's own list priced it: 3 x 800 less 5 %
    assert first.json()["lines"][0]["unit_price"] == "800.0000"
    async with live.sessionmaker() as session:
        count = await session.scalar(
            select(func.count()).select_from(Quote).where(Quote.customer_id == made["mine"].id)
        )
    assert count == 2  # the factory's quote and the phone's, once

"""The change feed: deltas in commit order, scoped like every read, with tombstones for
records deleted, archived or gone out of the caller's sight."""

from __future__ import annotations

import asyncio
import time
import uuid
from typing import Any

from httpx import AsyncClient

from app.leads.models import LeadStatus
from app.users.models import User, user_territories
from tests.conftest import Live, auth
from tests.factories.customers import create_customer
from tests.factories.leads import create_lead

FEED = "/api/v1/sync/changes"


async def pull_all(client: AsyncClient, user: User, since: str | None = None, **params: Any):
    """Pull until has_more is false; answer every change in order and the last cursor."""
    changes: list[dict[str, Any]] = []
    while True:
        query = {**params, **({"since": since} if since else {})}
        answer = await client.get(FEED, params=query, headers=auth(user))
        assert answer.status_code == 200, answer.text
        body = answer.json()
        changes += body["changes"]
        since = body["next_cursor"]
        if not body["has_more"]:
            return changes, since


async def pull_until(
    client: AsyncClient,
    user: User,
    since: str,
    wanted: Any,
    within: float = 30,
    **params: Any,
):
    """Pull from ``since`` until a change satisfying ``wanted`` arrives (the feed shows a
    transaction once no older one is still running on the server)."""
    deadline = time.monotonic() + within
    seen: list[dict[str, Any]] = []
    while True:
        changes, since = await pull_all(client, user, since, **params)
        seen += changes
        if any(wanted(c) for c in seen):
            return seen, since
        assert time.monotonic() < deadline, f"never arrived; saw {seen}"
        await asyncio.sleep(0.05)


def ids_of(changes: list[dict[str, Any]], entity: str, op: str = "upsert") -> set[str]:
    return {c["id"] for c in changes if c["entity"] == entity and c["op"] == op}


async def test_a_first_pull_has_what_the_caller_may_see_and_nothing_else(live: Live) -> None:
    world = live.world
    async with live.sessionmaker() as session:
        mine = await create_customer(session, owner=world.engineer, territory=world.north)
        theirs = await create_customer(
            session, owner=world.engineer_other_team, territory=world.south
        )
        await session.commit()
    async with live.client() as client:
        changes, _ = await pull_all(client, world.engineer)
    customers = ids_of(changes, "customers")
    assert str(mine.id) in customers and str(theirs.id) not in customers
    assert str(mine.contacts[0].id) in ids_of(changes, "contacts")
    assert str(theirs.contacts[0].id) not in ids_of(changes, "contacts")
    assert str(world.engineer_other_team.id) in ids_of(changes, "users")  # the directory
    upsert = next(c for c in changes if c["id"] == str(mine.id))
    assert upsert["data"]["name"] == mine.name and upsert["version"] == 1
    assert upsert["data"]["addresses"][0]["city"] == "New Delhi"
    # every record once, however many events it had
    assert len({(c["entity"], c["id"]) for c in changes}) == len(changes)


async def test_an_edit_arrives_as_the_current_state_after_the_cursor(live: Live) -> None:
    world = live.world
    async with live.sessionmaker() as session:
        customer = await create_customer(session, owner=world.engineer, territory=world.north)
        await session.commit()
    async with live.client() as client:
        _, cursor = await pull_all(client, world.engineer)
        for rating in (2, 3):
            await client.patch(
                f"/api/v1/customers/{customer.id}",
                json={"rating": rating},
                headers={**auth(world.engineer), "If-Match": "*"},
            )
        changes, _ = await pull_until(
            client, world.engineer, cursor, lambda c: c["id"] == str(customer.id)
        )
    about = [c for c in changes if c["id"] == str(customer.id)]
    assert len(about) == 1
    assert about[0]["data"]["rating"] == 3 and about[0]["version"] == 3


async def test_a_lead_reassigned_away_arrives_as_a_tombstone(live: Live) -> None:
    world = live.world
    async with live.sessionmaker() as session:
        lead = await create_lead(
            session, owner=world.engineer, territory=world.north, status=LeadStatus.NEW
        )
        await session.commit()
    async with live.client() as client:
        first, cursor = await pull_all(client, world.engineer)
        assert str(lead.id) in ids_of(first, "leads")
        moved = await client.post(
            f"/api/v1/leads/{lead.id}/assign",
            json={"owner_id": str(world.teammate.id)},
            headers=auth(world.head),
        )
        assert moved.status_code == 200, moved.text
        changes, _ = await pull_until(client, world.engineer, cursor, lambda c: True)
        teammates, _ = await pull_all(client, world.teammate)
    tombstone = next(c for c in changes if c["id"] == str(lead.id))
    assert tombstone == {
        "entity": "leads",
        "id": str(lead.id),
        "op": "delete",
        "version": None,
        "reason": "out_of_scope",
        "data": None,
    }
    assert str(lead.id) in ids_of(teammates, "leads")


async def test_archived_customers_and_removed_contacts_arrive_as_tombstones(live: Live) -> None:
    world = live.world
    async with live.sessionmaker() as session:
        customer = await create_customer(session, owner=world.engineer, territory=world.north)
        other = await create_customer(session, owner=world.engineer, territory=world.north)
        await session.commit()
    contact = other.contacts[0]
    async with live.client() as client:
        _, cursor = await pull_all(client, world.engineer)
        archived = await client.post(
            f"/api/v1/customers/{customer.id}/archive", headers=auth(world.engineer)
        )
        assert archived.status_code == 200
        removed = await client.delete(
            f"/api/v1/customers/{other.id}/contacts/{contact.id}",
            headers={**auth(world.engineer), "If-Match": "*"},
        )
        assert removed.status_code == 204
        changes, cursor = await pull_until(
            client, world.engineer, cursor, lambda c: c["id"] == str(contact.id)
        )
        by_id = {c["id"]: c for c in changes}
        assert by_id[str(customer.id)]["op"] == "delete"
        assert by_id[str(customer.id)]["reason"] == "archived"
        assert by_id[str(contact.id)]["op"] == "delete"
        assert by_id[str(contact.id)]["reason"] == "archived"
        restored = await client.post(
            f"/api/v1/customers/{customer.id}/unarchive", headers=auth(world.engineer)
        )
        assert restored.status_code == 200
        again, _ = await pull_until(
            client, world.engineer, cursor, lambda c: c["id"] == str(customer.id)
        )
    assert next(c for c in again if c["id"] == str(customer.id))["op"] == "upsert"


async def test_small_pages_give_every_change_once(live: Live) -> None:
    world = live.world
    async with live.sessionmaker() as session:
        made = [
            await create_customer(session, owner=world.engineer, territory=world.north)
            for _ in range(7)
        ]
        await session.commit()
    async with live.client() as client:
        whole, _ = await pull_all(client, world.engineer)
        paged, _ = await pull_all(client, world.engineer, limit=2)
    assert {c["id"] for c in paged} >= {str(c.id) for c in made}
    assert {(c["entity"], c["id"]) for c in paged} == {(c["entity"], c["id"]) for c in whole}


async def test_a_changed_territory_asks_for_a_full_resync(live: Live) -> None:
    world = live.world
    async with live.client() as client:
        _, cursor = await pull_all(client, world.engineer)
        async with live.sessionmaker() as session:
            await session.execute(
                user_territories.insert().values(
                    user_id=world.engineer.id, territory_id=world.south.id
                )
            )
            await session.commit()
        answer = await client.get(FEED, params={"since": cursor}, headers=auth(world.engineer))
    assert answer.status_code == 410
    assert answer.json()["code"] == "sync.resync_required"


async def test_a_forged_cursor_is_refused(live: Live) -> None:
    async with live.client() as client:
        answer = await client.get(
            FEED, params={"since": "bm90LWEtY3Vyc29y"}, headers=auth(live.world.engineer)
        )
    assert answer.status_code == 422
    assert answer.json()["errors"][0]["loc"] == ["query", "since"]


async def test_the_cursor_endpoint_starts_deltas_from_now(live: Live) -> None:
    world = live.world
    async with live.sessionmaker() as session:
        await create_customer(session, owner=world.engineer, territory=world.north)
        await session.commit()
    async with live.client() as client:
        cursor = (await client.get("/api/v1/sync/cursor", headers=auth(world.engineer))).json()
        changes, _ = await pull_all(client, world.engineer, cursor["cursor"])
        created = await client.post(
            "/api/v1/customers", json={"name": "After the cursor"}, headers=auth(world.engineer)
        )
        later, _ = await pull_until(
            client, world.engineer, cursor["cursor"], lambda c: c["id"] == created.json()["id"]
        )
    assert changes == []
    assert created.json()["id"] in ids_of(later, "customers")
    assert uuid.UUID(created.json()["id"])

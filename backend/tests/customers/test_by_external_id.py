"""Customers by the ERP's id: `PUT /customers/by-external-id/{external_id}` creates,
updates or leaves as it is, through the same rules as the other writes."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from httpx import AsyncClient
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.events import DomainEvent
from app.customers.models import Customer
from app.customers.repository import CustomerRepository
from tests.conftest import Live, World, auth
from tests.factories.api_keys import create_api_key, key_auth
from tests.factories.customers import create_customer

URL = "/api/v1/customers/by-external-id"
ERP_CUSTOMER = {
    "name": "Kaveri Precision Tools",
    "tax_id": "29ABCDE1234F1Z5",
    "credit_limit": "250000.50",
    "segment_tags": ["sme"],
    "addresses": [
        {
            "kind": "billing",
            "line1": "Plot 12, Peenya",
            "city": "Bengaluru",
            "postal_code": "560058",
        }
    ],
    "contacts": [{"name": "Meera Iyer", "email": "meera@kaveri.example"}],
}


async def _events(session: AsyncSession) -> int:
    return int(await session.scalar(select(func.count()).select_from(DomainEvent)) or 0)


async def test_first_put_creates_second_identical_put_changes_nothing(
    client: AsyncClient, world: World, session: AsyncSession
):
    created = await client.put(f"{URL}/SAP-C1", json=ERP_CUSTOMER, headers=auth(world.engineer))
    assert created.status_code == 201, created.text
    assert created.headers["upsert-outcome"] == "created"
    body = created.json()
    assert body["external_id"] == "SAP-C1"
    assert body["owner_id"] == str(world.engineer.id)
    assert body["credit_limit"] == "250000.50"
    assert body["territory_id"] == str(world.south.id)  # from the billing postal code
    assert [c["name"] for c in body["contacts"]] == ["Meera Iyer"]
    events = await _events(session)

    again = await client.put(f"{URL}/SAP-C1", json=ERP_CUSTOMER, headers=auth(world.engineer))
    assert again.status_code == 200, again.text
    assert again.headers["upsert-outcome"] == "unchanged"
    assert again.json()["version"] == body["version"]
    assert again.headers["etag"] == created.headers["etag"]
    assert await _events(session) == events  # no audit row, no event
    read = await client.get(f"{URL}/SAP-C1", headers=auth(world.engineer))
    assert read.status_code == 200 and read.json()["id"] == body["id"]


async def test_a_changed_put_updates_only_what_it_sends(
    client: AsyncClient, world: World, session: AsyncSession
):
    first = (
        await client.put(f"{URL}/SAP-C2", json=ERP_CUSTOMER, headers=auth(world.engineer))
    ).json()
    changed = {
        "name": "Kaveri Precision Tools Ltd",
        "addresses": [
            {"kind": "shipping", "line1": "Gate 3, Peenya", "city": "Bengaluru", "state": "KA"}
        ],
        "contacts": [
            {"name": "Meera I.", "email": "MEERA@kaveri.example", "title": "Buyer"},
            {"name": "Arun Rao", "phone": "+91 98450 22222"},
        ],
    }
    answer = await client.put(f"{URL}/SAP-C2", json=changed, headers=auth(world.engineer))
    assert answer.status_code == 422  # "KA" is no state name: the field is named
    assert answer.json()["errors"][0]["loc"] == ["body", "addresses", 0, "state"]
    changed["addresses"][0]["state"] = "Karnataka"
    answer = await client.put(f"{URL}/SAP-C2", json=changed, headers=auth(world.engineer))
    assert answer.status_code == 200, answer.text
    assert answer.headers["upsert-outcome"] == "updated"
    body = answer.json()
    assert body["version"] == first["version"] + 1
    assert body["name"] == "Kaveri Precision Tools Ltd"
    assert body["tax_id"] == "29ABCDE1234F1Z5"  # not sent: kept
    assert body["credit_limit"] == "250000.50"
    kinds = {a["kind"]: a for a in body["addresses"]}
    assert kinds["billing"]["line1"] == "Plot 12, Peenya"  # kept
    assert kinds["shipping"]["state_code"] == "29"
    contacts = {c["name"]: c for c in body["contacts"]}
    assert set(contacts) == {"Meera I.", "Arun Rao"}  # matched by email: renamed, not added
    assert contacts["Meera I."]["id"] == first["contacts"][0]["id"]
    assert contacts["Meera I."]["title"] == "Buyer"
    audit = (
        await session.scalars(
            select(DomainEvent.type)
            .where(DomainEvent.request_id.is_not(None))
            .order_by(DomainEvent.seq)
        )
    ).all()
    assert audit.count("customer.updated") == 1


async def test_null_clears_a_field_and_required_fields_cannot_be_cleared(
    client: AsyncClient, world: World
):
    await client.put(f"{URL}/SAP-C3", json=ERP_CUSTOMER, headers=auth(world.engineer))
    cleared = await client.put(f"{URL}/SAP-C3", json={"tax_id": None}, headers=auth(world.engineer))
    assert cleared.status_code == 200 and cleared.json()["tax_id"] is None
    refused = await client.put(f"{URL}/SAP-C3", json={"name": None}, headers=auth(world.engineer))
    assert refused.status_code == 422
    assert refused.json()["errors"][0]["loc"] == ["body", "name"]


async def test_creating_needs_a_name_and_bad_input_names_the_field(
    client: AsyncClient, world: World, session: AsyncSession
):
    missing = await client.put(f"{URL}/SAP-C4", json={"rating": 3}, headers=auth(world.engineer))
    assert missing.status_code == 422
    assert missing.json()["errors"] == [
        {"loc": ["body", "name"], "msg": "required to create a customer", "type": "missing"}
    ]
    bad = await client.put(
        f"{URL}/SAP-C4", json={"name": "X", "rating": 9}, headers=auth(world.engineer)
    )
    assert bad.status_code == 422 and bad.json()["errors"][0]["loc"] == ["body", "rating"]
    twice = await client.put(
        f"{URL}/SAP-C4",
        json={"name": "X", "addresses": [ERP_CUSTOMER["addresses"][0]] * 2},
        headers=auth(world.engineer),
    )
    assert twice.status_code == 422
    assert twice.json()["errors"][0]["loc"] == ["body", "addresses", 1, "kind"]
    count = await session.scalar(select(func.count()).where(Customer.external_id == "SAP-C4"))
    assert count == 0


async def test_an_id_held_by_a_customer_out_of_sight_is_a_conflict_never_an_update(
    client: AsyncClient, world: World, session: AsyncSession
):
    theirs = await create_customer(
        session, owner=world.engineer_other_team, territory=world.south, external_id="SAP-X"
    )
    await session.commit()
    answer = await client.put(
        f"{URL}/SAP-X", json={"name": "Hijacked"}, headers=auth(world.engineer)
    )
    assert answer.status_code == 409
    assert answer.json()["code"] == "customers.external_id_taken"
    unseen = await client.get(f"{URL}/SAP-X", headers=auth(world.engineer))
    assert unseen.status_code == 404
    await session.refresh(theirs)
    assert theirs.name != "Hijacked"
    admin = await client.put(f"{URL}/SAP-X", json={"rating": 5}, headers=auth(world.admin))
    assert admin.status_code == 200 and admin.json()["rating"] == 5


async def test_preconditions(client: AsyncClient, world: World):
    created = await client.put(
        f"{URL}/SAP-C5",
        json=ERP_CUSTOMER,
        headers={**auth(world.engineer), "If-None-Match": "*"},
    )
    assert created.status_code == 201
    exists = await client.put(
        f"{URL}/SAP-C5", json=ERP_CUSTOMER, headers={**auth(world.engineer), "If-None-Match": "*"}
    )
    assert exists.status_code == 412
    stale = await client.put(
        f"{URL}/SAP-C5", json={"rating": 2}, headers={**auth(world.engineer), "If-Match": '"7"'}
    )
    assert stale.status_code == 412 and stale.headers["etag"] == '"1"'
    fresh = await client.put(
        f"{URL}/SAP-C5", json={"rating": 2}, headers={**auth(world.engineer), "If-Match": '"1"'}
    )
    assert fresh.status_code == 200 and fresh.json()["version"] == 2
    nothing = await client.put(
        f"{URL}/SAP-NONE", json={"name": "N"}, headers={**auth(world.engineer), "If-Match": "*"}
    )
    assert nothing.status_code == 412


async def test_placement_rules_apply_to_an_upsert(client: AsyncClient, world: World):
    elsewhere = await client.put(
        f"{URL}/SAP-C6",
        json={"name": "Far away", "territory_id": str(world.south.id)},
        headers=auth(world.engineer),
    )
    assert elsewhere.status_code == 422
    assert elsewhere.json()["errors"][0]["loc"] == ["body", "territory_id"]
    by_email = await client.put(
        f"{URL}/SAP-C6",
        json={"name": "Teammate's", "owner_email": world.teammate.email},
        headers=auth(world.head),
    )
    assert by_email.status_code == 201, by_email.text
    assert by_email.json()["owner_id"] == str(world.teammate.id)
    unknown = await client.put(
        f"{URL}/SAP-C7",
        json={"name": "Nobody's", "owner_email": "nobody@nowhere.example"},
        headers=auth(world.head),
    )
    assert unknown.status_code == 422
    assert unknown.json()["errors"][0]["loc"] == ["body", "owner_email"]


async def test_archiving_through_the_upsert(client: AsyncClient, world: World):
    await client.put(f"{URL}/SAP-C8", json=ERP_CUSTOMER, headers=auth(world.engineer))
    archived = await client.put(
        f"{URL}/SAP-C8", json={"is_archived": True}, headers=auth(world.engineer)
    )
    assert archived.json()["is_archived"] is True
    again = await client.put(
        f"{URL}/SAP-C8", json={"is_archived": True}, headers=auth(world.engineer)
    )
    assert again.headers["upsert-outcome"] == "unchanged"
    restored = await client.put(
        f"{URL}/SAP-C8",
        json={"is_archived": False, "contacts": [{"name": "New Person"}]},
        headers=auth(world.engineer),
    )
    assert restored.status_code == 200, restored.text
    assert restored.json()["is_archived"] is False
    assert len(restored.json()["contacts"]) == 2


async def test_api_key_needs_the_write_scope_and_names_an_owner(
    client: AsyncClient, world: World, session: AsyncSession
):
    _, reader = await create_api_key(session, by=world.admin, scopes=["customers:read"])
    refused = await client.put(f"{URL}/SAP-K1", json=ERP_CUSTOMER, headers=key_auth(reader))
    assert refused.status_code == 403 and refused.json()["code"] == "auth.missing_scope"
    _, writer = await create_api_key(session, by=world.admin, scopes=["customers:write"])
    no_owner = await client.put(f"{URL}/SAP-K1", json=ERP_CUSTOMER, headers=key_auth(writer))
    assert no_owner.status_code == 422
    assert no_owner.json()["errors"][0]["loc"] == ["body", "owner_id"]
    made = await client.put(
        f"{URL}/SAP-K1",
        json={**ERP_CUSTOMER, "owner_email": world.engineer.email},
        headers=key_auth(writer),
    )
    assert made.status_code == 201, made.text
    event = (
        await session.execute(
            select(DomainEvent.actor_kind, DomainEvent.actor_label).where(
                DomainEvent.entity_id == made.json()["id"]
            )
        )
    ).first()
    assert event is not None and tuple(event) == ("api_key", "ERP sync")


async def test_idempotency_key_replays_the_answer(client: AsyncClient, world: World):
    headers = {**auth(world.engineer), "Idempotency-Key": "put-sap-c9"}
    first = await client.put(f"{URL}/SAP-C9", json=ERP_CUSTOMER, headers=headers)
    again = await client.put(f"{URL}/SAP-C9", json=ERP_CUSTOMER, headers=headers)
    assert (first.status_code, again.status_code) == (201, 201)
    assert again.headers["idempotent-replayed"] == "true"
    assert again.headers["upsert-outcome"] == "created"
    assert again.json() == first.json()


async def test_external_ids_with_a_slash_and_bad_ones(client: AsyncClient, world: World):
    slash = await client.put(
        f"{URL}/SAP/C/10", json={"name": "Slashed"}, headers=auth(world.engineer)
    )
    assert slash.status_code == 201 and slash.json()["external_id"] == "SAP/C/10"
    long = await client.put(f"{URL}/{'x' * 101}", json={"name": "L"}, headers=auth(world.engineer))
    assert long.status_code == 422
    assert long.json()["errors"][0]["loc"] == ["path", "external_id"]


async def test_two_concurrent_creates_of_one_id_make_one_customer(live: Live):
    world = live.world
    async with live.client() as client:
        answers = await asyncio.gather(
            *(
                client.put(f"{URL}/SAP-RACE", json=ERP_CUSTOMER, headers=auth(world.engineer))
                for _ in range(4)
            )
        )
    statuses = sorted(a.status_code for a in answers)
    assert statuses == [200, 200, 200, 201], [a.text for a in answers]
    assert len({a.json()["id"] for a in answers}) == 1
    async with live.sessionmaker() as session:
        count = await session.scalar(select(func.count()).where(Customer.external_id == "SAP-RACE"))
    assert count == 1


async def test_a_twin_committed_between_the_lookup_and_the_hidden_holder_check_is_updated(
    live: Live, monkeypatch: pytest.MonkeyPatch
):
    """The interleaving the concurrent test above hits now and then, made to happen: the
    PUT looks for its customer and finds none, a twin PUT then commits it, and the check
    for a holder out of the caller's sight sees it. The PUT answers the twin's customer,
    not a 409 saying another customer holds the id."""
    world = live.world
    check = CustomerRepository.unscoped_external_id_taken
    async with live.client() as client:

        async def twin_commits_first(self: CustomerRepository, *args: Any, **kwargs: Any):
            monkeypatch.setattr(CustomerRepository, "unscoped_external_id_taken", check)
            made = await client.put(
                f"{URL}/SAP-GAP", json=ERP_CUSTOMER, headers=auth(world.engineer)
            )
            assert made.status_code == 201, made.text
            return await check(self, *args, **kwargs)

        monkeypatch.setattr(CustomerRepository, "unscoped_external_id_taken", twin_commits_first)
        answer = await client.put(f"{URL}/SAP-GAP", json=ERP_CUSTOMER, headers=auth(world.engineer))
    assert answer.status_code == 200, answer.text
    assert answer.headers["upsert-outcome"] == "unchanged"
    async with live.sessionmaker() as session:
        count = await session.scalar(select(func.count()).where(Customer.external_id == "SAP-GAP"))
    assert count == 1

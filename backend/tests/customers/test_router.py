"""Customers through HTTP: what a sales engineer, a head and an admin would check."""

from __future__ import annotations

import uuid
from decimal import Decimal

from httpx import AsyncClient
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.events import DomainEvent
from app.customers.models import Customer
from tests.conftest import World, auth
from tests.factories.customers import create_customer

NEW_CUSTOMER = {
    "name": "Kaveri Precision Tools",
    "legal_name": "Kaveri Precision Tools Pvt Ltd",
    "tax_id": "29ABCDE1234F1Z5",
    "industry": "Manufacturing",
    "segment_tags": ["sme"],
    "rating": 4,
    "credit_limit": "250000.50",
    "currency": "INR",
    "addresses": [
        {
            "kind": "billing",
            "line1": "Plot 12, Peenya",
            "city": "Bengaluru",
            "postal_code": "560058",
            "latitude": 13.03,
            "longitude": 77.51,
        }
    ],
    "contacts": [
        {"name": "Meera Iyer", "email": "meera@kaveri.example", "phone": "+91 98450 11111"}
    ],
}


async def test_engineer_creates_customer_and_reads_it_back(client: AsyncClient, world: World):
    created = await client.post(
        "/api/v1/customers", json=NEW_CUSTOMER, headers=auth(world.engineer)
    )
    assert created.status_code == 201, created.text
    body = created.json()
    assert body["owner_id"] == str(world.engineer.id)
    assert body["credit_limit"] == "250000.50"
    assert body["contacts"][0]["name"] == "Meera Iyer"
    assert created.headers["etag"] == '"1"'

    read = await client.get(f"/api/v1/customers/{body['id']}", headers=auth(world.engineer))
    assert read.status_code == 200
    assert read.json()["addresses"][0]["city"] == "Bengaluru"


async def test_territory_is_derived_from_the_billing_postal_code(client: AsyncClient, world: World):
    created = await client.post(
        "/api/v1/customers", json=NEW_CUSTOMER, headers=auth(world.engineer)
    )
    assert created.json()["territory_id"] == str(world.south.id)


async def test_same_client_id_twice_returns_the_first_customer(
    client: AsyncClient, world: World, session: AsyncSession
):
    client_id = str(uuid.uuid4())
    payload = {**NEW_CUSTOMER, "id": client_id}
    first = await client.post("/api/v1/customers", json=payload, headers=auth(world.engineer))
    again = await client.post("/api/v1/customers", json=payload, headers=auth(world.engineer))
    assert (first.status_code, again.status_code) == (201, 200)
    assert again.json()["id"] == client_id
    count = await session.scalar(select(func.count()).where(Customer.id == uuid.UUID(client_id)))
    assert count == 1


async def test_client_id_of_someone_elses_customer_is_a_conflict(
    client: AsyncClient, world: World, session: AsyncSession
):
    foreign = await create_customer(session, owner=world.engineer_other_team, territory=world.south)
    payload = {**NEW_CUSTOMER, "id": str(foreign.id), "addresses": []}
    answer = await client.post("/api/v1/customers", json=payload, headers=auth(world.engineer))
    assert answer.status_code == 409
    assert answer.json()["code"] == "id_taken"
    assert foreign.name not in answer.text


async def test_validation_errors_name_each_field(client: AsyncClient, world: World):
    bad = {"name": "", "rating": 9, "credit_limit": "-5", "tax_id": "nope", "currency": "rupees"}
    answer = await client.post("/api/v1/customers", json=bad, headers=auth(world.engineer))
    assert answer.status_code == 422
    assert answer.headers["content-type"].startswith("application/problem+json")
    fields = {tuple(e["loc"]) for e in answer.json()["errors"]}
    assert {
        ("body", "name"),
        ("body", "rating"),
        ("body", "credit_limit"),
        ("body", "tax_id"),
        ("body", "currency"),
    } <= fields


async def test_unknown_fields_are_rejected(client: AsyncClient, world: World):
    answer = await client.post(
        "/api/v1/customers", json={"name": "X", "colour": "red"}, headers=auth(world.engineer)
    )
    assert answer.status_code == 422
    assert ["body", "colour"] in [e["loc"] for e in answer.json()["errors"]]


async def test_external_id_is_unique(client: AsyncClient, world: World, session: AsyncSession):
    await create_customer(session, owner=world.engineer, external_id="SAP-1")
    await session.commit()
    answer = await client.post(
        "/api/v1/customers",
        json={"name": "Twin", "external_id": "SAP-1"},
        headers=auth(world.engineer),
    )
    assert answer.status_code == 409
    assert answer.json()["code"] == "customers.external_id_taken"


async def test_engineer_sees_own_and_territory_customers_only(
    client: AsyncClient, world: World, session: AsyncSession
):
    own = await create_customer(session, owner=world.engineer)
    territory_mate = await create_customer(session, owner=world.teammate, territory=world.north)
    foreign = await create_customer(session, owner=world.engineer_other_team, territory=world.south)
    await session.commit()

    listed = await client.get("/api/v1/customers", headers=auth(world.engineer))
    ids = {c["id"] for c in listed.json()["items"]}
    assert ids == {str(own.id), str(territory_mate.id)}

    hidden = await client.get(f"/api/v1/customers/{foreign.id}", headers=auth(world.engineer))
    assert hidden.status_code == 404
    assert foreign.name not in hidden.text


async def test_engineer_cannot_change_other_teams_customer(
    client: AsyncClient, world: World, session: AsyncSession
):
    foreign = await create_customer(session, owner=world.engineer_other_team, territory=world.south)
    await session.commit()
    answer = await client.patch(
        f"/api/v1/customers/{foreign.id}",
        json={"name": "Hijacked"},
        headers={**auth(world.engineer), "If-Match": '"1"'},
    )
    assert answer.status_code == 404
    await session.refresh(foreign)
    assert foreign.name != "Hijacked"


async def test_head_sees_the_teams_customers_and_not_the_other_teams(
    client: AsyncClient, world: World, session: AsyncSession
):
    mine = await create_customer(session, owner=world.teammate)
    foreign = await create_customer(session, owner=world.engineer_other_team, territory=world.south)
    await session.commit()
    listed = await client.get("/api/v1/customers", headers=auth(world.head))
    ids = {c["id"] for c in listed.json()["items"]}
    assert str(mine.id) in ids and str(foreign.id) not in ids
    admin_list = await client.get("/api/v1/customers", headers=auth(world.admin))
    assert {str(mine.id), str(foreign.id)} <= {c["id"] for c in admin_list.json()["items"]}


async def test_patch_needs_if_match_and_rejects_stale_versions(
    client: AsyncClient, world: World, session: AsyncSession
):
    customer = await create_customer(session, owner=world.engineer)
    await session.commit()
    url = f"/api/v1/customers/{customer.id}"
    missing = await client.patch(url, json={"rating": 3}, headers=auth(world.engineer))
    assert missing.status_code == 428

    ok = await client.patch(
        url, json={"rating": 3}, headers={**auth(world.engineer), "If-Match": '"1"'}
    )
    assert ok.status_code == 200 and ok.headers["etag"] == '"2"'

    stale = await client.patch(
        url, json={"rating": 5}, headers={**auth(world.engineer), "If-Match": '"1"'}
    )
    assert stale.status_code == 412
    assert stale.json()["code"] == "precondition_failed"
    current = await client.get(url, headers=auth(world.engineer))
    assert current.json()["rating"] == 3


async def test_update_writes_one_audit_row_with_before_and_after(
    client: AsyncClient, world: World, session: AsyncSession
):
    customer = await create_customer(session, owner=world.engineer, rating=2)
    await session.commit()
    await client.patch(
        f"/api/v1/customers/{customer.id}",
        json={"rating": 4},
        headers={**auth(world.engineer), "If-Match": '"1"', "X-Request-ID": "req-42"},
    )
    rows = (
        await session.scalars(
            select(DomainEvent).where(
                DomainEvent.entity_id == customer.id, DomainEvent.operation == "updated"
            )
        )
    ).all()
    assert len(rows) == 1
    assert rows[0].type == "customer.updated"
    assert rows[0].before == {"rating": 2} and rows[0].after == {"rating": 4}
    assert rows[0].actor_id == world.engineer.id and rows[0].request_id == "req-42"


async def test_engineer_cannot_reassign_owner_but_head_can(
    client: AsyncClient, world: World, session: AsyncSession
):
    customer = await create_customer(session, owner=world.engineer)
    await session.commit()
    url = f"/api/v1/customers/{customer.id}"
    denied = await client.patch(
        url,
        json={"owner_id": str(world.teammate.id)},
        headers={**auth(world.engineer), "If-Match": '"1"'},
    )
    assert denied.status_code == 403
    allowed = await client.patch(
        url,
        json={"owner_id": str(world.teammate.id)},
        headers={**auth(world.head), "If-Match": '"1"'},
    )
    assert allowed.status_code == 200
    assert allowed.json()["owner_id"] == str(world.teammate.id)


async def test_head_cannot_hand_a_customer_to_another_teams_engineer(
    client: AsyncClient, world: World, session: AsyncSession
):
    customer = await create_customer(session, owner=world.engineer)
    await session.commit()
    answer = await client.patch(
        f"/api/v1/customers/{customer.id}",
        json={"owner_id": str(world.engineer_other_team.id)},
        headers={**auth(world.head), "If-Match": '"1"'},
    )
    assert answer.status_code == 422
    assert answer.json()["errors"][0]["loc"] == ["body", "owner_id"]


async def test_search_finds_by_name_email_phone_and_contact(
    client: AsyncClient, world: World, session: AsyncSession
):
    target = await create_customer(
        session,
        owner=world.engineer,
        name="Surya Foods",
        email="orders@surya.example",
        phone="+91 99887 76655",
    )
    await create_customer(session, owner=world.engineer, name="Other Co")
    await session.commit()
    for q in ("surya", "ORDERS@SURYA", "99887", target.contacts[0].email.split("@")[0]):
        found = await client.get("/api/v1/customers", params={"q": q}, headers=auth(world.engineer))
        assert [c["id"] for c in found.json()["items"]] == [str(target.id)], q


async def test_digits_in_words_are_not_a_phone_number(
    client: AsyncClient, world: World, session: AsyncSession
):
    named = await create_customer(session, owner=world.engineer, name="Power Motors 0001")
    await create_customer(session, owner=world.engineer, name="Kiran Agro", phone="+91 90001 00010")
    await session.commit()
    words = await client.get(
        "/api/v1/customers", params={"q": "motors 0001"}, headers=auth(world.engineer)
    )
    assert [c["id"] for c in words.json()["items"]] == [str(named.id)]
    typed_phone = await client.get(
        "/api/v1/customers", params={"q": "90001 00010"}, headers=auth(world.engineer)
    )
    assert [c["name"] for c in typed_phone.json()["items"]] == ["Kiran Agro"]


async def test_filters_by_segment_industry_and_rating(
    client: AsyncClient, world: World, session: AsyncSession
):
    match = await create_customer(
        session, owner=world.engineer, industry="Textiles", segment_tags=["export"], rating=5
    )
    await create_customer(
        session, owner=world.engineer, industry="Textiles", segment_tags=["sme"], rating=5
    )
    await create_customer(
        session, owner=world.engineer, industry="Chemicals", segment_tags=["export"], rating=2
    )
    await session.commit()
    found = await client.get(
        "/api/v1/customers",
        params={"industry": "textiles", "segment": "export", "min_rating": 4},
        headers=auth(world.engineer),
    )
    assert [c["id"] for c in found.json()["items"]] == [str(match.id)]


async def test_archive_hides_from_default_list_and_unarchive_restores(
    client: AsyncClient, world: World, session: AsyncSession
):
    customer = await create_customer(session, owner=world.engineer)
    await session.commit()
    archived = await client.post(
        f"/api/v1/customers/{customer.id}/archive", headers=auth(world.engineer)
    )
    assert archived.status_code == 200 and archived.json()["is_archived"] is True
    default = await client.get("/api/v1/customers", headers=auth(world.engineer))
    assert str(customer.id) not in {c["id"] for c in default.json()["items"]}
    only_archived = await client.get(
        "/api/v1/customers", params={"archived": "true"}, headers=auth(world.engineer)
    )
    assert [c["id"] for c in only_archived.json()["items"]] == [str(customer.id)]
    await client.post(f"/api/v1/customers/{customer.id}/unarchive", headers=auth(world.engineer))
    default = await client.get("/api/v1/customers", headers=auth(world.engineer))
    assert str(customer.id) in {c["id"] for c in default.json()["items"]}


async def test_keyset_pages_walk_every_customer_once_in_order(
    client: AsyncClient, world: World, session: AsyncSession
):
    for n in range(7):
        await create_customer(session, owner=world.engineer, name=f"Walk {n % 3} {n}")
    await session.commit()
    seen: list[str] = []
    cursor = None
    while True:
        params = {"limit": 3, "sort": "-name", **({"cursor": cursor} if cursor else {})}
        page = (
            await client.get("/api/v1/customers", params=params, headers=auth(world.engineer))
        ).json()
        seen += [c["name"] for c in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == sorted(seen, reverse=True)
    assert len(seen) == len(set(seen)) == 7


async def test_list_costs_the_same_statements_whatever_the_limit(
    client: AsyncClient, world: World, session: AsyncSession, count_statements
):
    for _ in range(30):
        await create_customer(session, owner=world.engineer)
    await session.commit()
    counts = []
    for limit in (1, 30):
        with count_statements() as counted:
            answer = await client.get(
                "/api/v1/customers", params={"limit": limit}, headers=auth(world.engineer)
            )
        assert len(answer.json()["items"]) == limit
        counts.append(counted.n)
    assert counts[0] == counts[1]
    assert counts[0] <= 6


async def test_bad_sort_and_cursor_are_field_errors(client: AsyncClient, world: World):
    bad_sort = await client.get(
        "/api/v1/customers", params={"sort": "password"}, headers=auth(world.engineer)
    )
    assert bad_sort.status_code == 422
    assert bad_sort.json()["errors"][0]["loc"] == ["query", "sort"]
    bad_cursor = await client.get(
        "/api/v1/customers", params={"cursor": "%%%"}, headers=auth(world.engineer)
    )
    assert bad_cursor.status_code == 422
    assert bad_cursor.json()["errors"][0]["loc"] == ["query", "cursor"]
    too_many = await client.get(
        "/api/v1/customers", params={"limit": 201}, headers=auth(world.engineer)
    )
    assert too_many.status_code == 422


async def test_contacts_add_update_delete(client: AsyncClient, world: World, session: AsyncSession):
    customer = await create_customer(session, owner=world.engineer)
    await session.commit()
    base = f"/api/v1/customers/{customer.id}/contacts"
    added = await client.post(
        base,
        json={"name": "Ravi Menon", "title": "Plant Head", "preferred_channel": "whatsapp"},
        headers=auth(world.engineer),
    )
    assert added.status_code == 201
    contact_id = added.json()["id"]
    changed = await client.patch(
        f"{base}/{contact_id}",
        json={"phone": "+91 90000 12345"},
        headers={**auth(world.engineer), "If-Match": '"1"'},
    )
    assert changed.json()["phone"] == "+91 90000 12345"
    listed = await client.get(base, headers=auth(world.engineer))
    assert "Ravi Menon" in [c["name"] for c in listed.json()]
    deleted = await client.delete(
        f"{base}/{contact_id}", headers={**auth(world.engineer), "If-Match": '"2"'}
    )
    assert deleted.status_code == 204
    gone = await client.get(f"{base}/{contact_id}", headers=auth(world.engineer))
    assert gone.status_code == 404


async def test_a_customer_is_found_by_its_contacts_as_they_are_now(
    client: AsyncClient, world: World, session: AsyncSession
):
    customer = await create_customer(session, owner=world.engineer, name="Agro Tech")
    await session.commit()
    base = f"/api/v1/customers/{customer.id}/contacts"

    async def found(q: str) -> list[str]:
        answer = await client.get(
            "/api/v1/customers", params={"q": q}, headers=auth(world.engineer)
        )
        return [c["name"] for c in answer.json()["items"]]

    added = await client.post(base, json={"name": "Ravi Menon"}, headers=auth(world.engineer))
    assert await found("ravi menon") == ["Agro Tech"]
    await client.patch(
        f"{base}/{added.json()['id']}",
        json={"name": "Ravi Iyer", "phone": "+91 90000 12345"},
        headers={**auth(world.engineer), "If-Match": '"1"'},
    )
    assert await found("ravi menon") == []
    assert await found("ravi iyer") == await found("90000 12345") == ["Agro Tech"]
    await client.delete(
        f"{base}/{added.json()['id']}", headers={**auth(world.engineer), "If-Match": '"2"'}
    )
    assert await found("ravi iyer") == []


async def test_contact_of_another_customer_is_not_found_under_this_one(
    client: AsyncClient, world: World, session: AsyncSession
):
    one = await create_customer(session, owner=world.engineer)
    two = await create_customer(session, owner=world.engineer)
    await session.commit()
    answer = await client.get(
        f"/api/v1/customers/{one.id}/contacts/{two.contacts[0].id}", headers=auth(world.engineer)
    )
    assert answer.status_code == 404


async def test_consent_change_is_timestamped(
    client: AsyncClient, world: World, session: AsyncSession
):
    customer = await create_customer(session, owner=world.engineer)
    await session.commit()
    answer = await client.patch(
        f"/api/v1/customers/{customer.id}",
        json={"email_opt_in": True},
        headers={**auth(world.engineer), "If-Match": '"1"'},
    )
    assert answer.json()["email_opt_in"] is True
    assert answer.json()["consent_updated_at"] is not None


async def test_timeline_starts_with_creation_and_is_scoped(client: AsyncClient, world: World):
    created = (
        await client.post(
            "/api/v1/customers", json={"name": "Timeline Co"}, headers=auth(world.engineer)
        )
    ).json()
    timeline = await client.get(
        f"/api/v1/customers/{created['id']}/timeline", headers=auth(world.engineer)
    )
    assert [e["kind"] for e in timeline.json()["items"]] == ["customer.created"]
    hidden = await client.get(
        f"/api/v1/customers/{created['id']}/timeline", headers=auth(world.engineer_other_team)
    )
    assert hidden.status_code == 404


async def test_money_is_a_string_never_a_float(client: AsyncClient, world: World):
    created = await client.post(
        "/api/v1/customers",
        json={"name": "Decimal Co", "credit_limit": "0.10"},
        headers=auth(world.engineer),
    )
    assert created.json()["credit_limit"] == "0.10"
    assert Decimal(created.json()["credit_limit"]) == Decimal("0.10")


async def test_retry_of_a_create_that_moved_out_of_sight_replays_it(
    client: AsyncClient, world: World, session: AsyncSession
):
    """The phone retries a create after the record was handed to another team."""
    client_id = str(uuid.uuid4())
    payload = {"id": client_id, "name": "Handed Over Ltd"}
    first = await client.post("/api/v1/customers", json=payload, headers=auth(world.engineer))
    assert first.status_code == 201
    moved = await client.patch(
        f"/api/v1/customers/{client_id}",
        json={"owner_id": str(world.engineer_other_team.id), "territory_id": str(world.south.id)},
        headers={**auth(world.admin), "If-Match": '"1"'},
    )
    assert moved.status_code == 200
    retry = await client.post("/api/v1/customers", json=payload, headers=auth(world.engineer))
    assert retry.status_code == 200 and retry.json()["id"] == client_id
    stranger = await client.post("/api/v1/customers", json=payload, headers=auth(world.teammate))
    assert stranger.status_code == 409

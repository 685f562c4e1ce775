"""The privacy routes through HTTP: the export file, who may call them (admins; anyone
else is answered 404), bad input, and the list of erasures."""

from __future__ import annotations

import uuid

import orjson
import pytest
from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from tests.conftest import World, auth
from tests.factories.api_keys import create_api_key, key_auth
from tests.factories.customers import create_customer
from tests.factories.leads import create_lead
from tests.privacy.scenario import EMAIL, NAME, PHONE, hold_a_person


def _export_url(kind: str, subject_id: uuid.UUID | str) -> str:
    return f"/api/v1/privacy/subjects/{kind}/{subject_id}/export"


async def test_the_export_holds_the_person_from_every_place(
    client: AsyncClient, session: AsyncSession, world: World
):
    held = await hold_a_person(client, session, world, company="Acme Irrigation")

    answer = await client.get(_export_url("contact", held.contact_id), headers=auth(world.admin))

    assert answer.status_code == 200, answer.text
    assert answer.headers["content-type"] == "application/json"
    assert answer.headers["content-disposition"] == (
        f'attachment; filename="personal-data-contact-{held.contact_id}.json"'
    )
    assert answer.headers["cache-control"] == "no-store"
    export = orjson.loads(answer.content)
    assert export["kind"] == "contact" and export["subject_id"] == str(held.contact_id)
    records = {record["kind"]: record for record in export["records"]}
    assert records["contact"]["fields"]["email"] == EMAIL
    assert records["contact"]["fields"]["name"] == NAME
    assert records["lead"]["id"] == str(held.lead_id)  # the same person, as a lead
    assert records["lead"]["fields"]["phone"] == PHONE

    places: dict[str, list[dict]] = {}
    for appearance in export["appearances"]:
        places.setdefault(appearance["table"], []).append(appearance)
    assert set(places) >= {
        "activities",
        "customers",
        "opportunities",
        "quotes",
        "sales_orders",
        "invoices",
        "visit_reports",
        "files",
        "notifications",
        "webhook_attempts",
        "events",
        "idempotency_keys",
    }
    by_id = {a["id"]: a for rows in places.values() for a in rows}
    call = by_id[str(held.call_id)]
    assert call["linked"] is True
    assert call["fields"]["description"] == f"{NAME} wants a quote; call back on {PHONE}"
    assert by_id[str(held.mail_id)]["fields"] == {"description": f"Sent to {EMAIL.upper()}"}
    assert str(held.plain_id) not in by_id  # nothing of theirs in it
    assert by_id[str(held.quote_id)]["linked"] is True
    assert by_id[str(held.customer_id)]["fields"] == {"email": EMAIL, "phone": PHONE}
    assert by_id[str(held.invoice_id)]["fields"] == {"notes": f"Send to {EMAIL}"}
    assert by_id[str(held.report_id)]["fields"]["contacts_met"] == [
        {"contact_id": str(held.contact_id), "name": NAME}
    ]
    assert any(EMAIL in a["fields"]["body"] for a in places["idempotency_keys"])

    actions = [(entry["entity_type"], entry["action"]) for entry in export["audit"]]
    assert ("contacts", "contact.created") in actions
    assert ("leads", "lead.created") in actions and ("leads", "lead.converted") in actions
    assert export["erasures"] == []


async def test_after_an_erasure_the_export_shows_it_and_nothing_of_them(
    client: AsyncClient, session: AsyncSession, world: World
):
    held = await hold_a_person(client, session, world, company="Acme Irrigation")
    erased = await client.post(
        "/api/v1/privacy/erasures",
        json={"kind": "lead", "subject_id": str(held.lead_id), "reason": "Request"},
        headers=auth(world.admin),
    )
    assert erased.status_code == 201

    answer = await client.get(_export_url("contact", held.contact_id), headers=auth(world.admin))

    assert answer.status_code == 200
    export = answer.json()
    assert export["erasures"] == [erased.json()]
    for needle in (NAME, EMAIL, PHONE):
        assert needle.lower() not in answer.text.lower()
    assert {r["kind"]: r["fields"]["email"] for r in export["records"]} == {
        "contact": None,
        "lead": None,
    }


@pytest.mark.parametrize("role", ["engineer", "head"])
async def test_only_admins_reach_privacy_others_get_404(
    client: AsyncClient, session: AsyncSession, world: World, role: str
):
    """Even the engineer who owns the person's records (and the head of their team)."""
    customer = await create_customer(session, owner=world.engineer, territory=world.north)
    contact_id = customer.contacts[0].id
    await session.commit()
    caller = auth(getattr(world, role))

    answers = [
        await client.get(_export_url("contact", contact_id), headers=caller),
        await client.post(
            "/api/v1/privacy/erasures",
            json={"kind": "contact", "subject_id": str(contact_id), "reason": "Mine"},
            headers=caller,
        ),
        await client.get("/api/v1/privacy/erasures", headers=caller),
    ]

    for answer in answers:
        assert answer.status_code == 404, answer.text
        assert answer.json()["code"] == "privacy.not_found"
    contact = await client.get(f"/api/v1/customers/{customer.id}", headers=auth(world.engineer))
    assert contact.json()["contacts"][0]["name"] == customer.contacts[0].name  # untouched


async def test_an_api_key_is_refused_whatever_its_scopes(
    client: AsyncClient, session: AsyncSession, world: World
):
    _, secret = await create_api_key(
        session, by=world.admin, scopes=["customers:read", "customers:write", "leads:write"]
    )
    answer = await client.get("/api/v1/privacy/erasures", headers=key_auth(secret))
    assert answer.status_code == 403
    assert answer.json()["code"] == "auth.not_for_api_keys"


async def test_bad_input_is_a_422_naming_each_field(client: AsyncClient, world: World):
    answer = await client.post(
        "/api/v1/privacy/erasures",
        json={"kind": "user", "subject_id": "not-an-id", "reason": ""},
        headers=auth(world.admin),
    )
    assert answer.status_code == 422
    assert answer.headers["content-type"] == "application/problem+json"
    locs = {tuple(error["loc"]) for error in answer.json()["errors"]}
    assert locs == {("body", "kind"), ("body", "subject_id"), ("body", "reason")}

    missing = await client.post(
        "/api/v1/privacy/erasures",
        json={"kind": "lead", "subject_id": str(uuid.uuid4()), "extra": 1},
        headers=auth(world.admin),
    )
    assert missing.status_code == 422
    locs = {tuple(error["loc"]) for error in missing.json()["errors"]}
    assert locs == {("body", "reason"), ("body", "extra")}

    kind = await client.get(_export_url("user", uuid.uuid4()), headers=auth(world.admin))
    assert kind.status_code == 422
    assert kind.json()["errors"][0]["loc"] == ["path", "kind"]


async def test_exporting_nobody_is_a_404(client: AsyncClient, world: World):
    answer = await client.get(_export_url("lead", uuid.uuid4()), headers=auth(world.admin))
    assert answer.status_code == 404
    assert answer.json()["code"] == "privacy.subject_not_found"


async def test_erasures_are_listed_newest_first_a_page_at_a_time(
    client: AsyncClient, session: AsyncSession, world: World
):
    leads = [await create_lead(session, owner=world.engineer) for _ in range(3)]
    await session.commit()
    made = []
    for lead in leads:
        answer = await client.post(
            "/api/v1/privacy/erasures",
            json={"kind": "lead", "subject_id": str(lead.id), "reason": "Request"},
            headers=auth(world.admin),
        )
        assert answer.status_code == 201, answer.text
        made.append(answer.json())

    first = await client.get("/api/v1/privacy/erasures?limit=2", headers=auth(world.admin))
    assert first.status_code == 200, first.text
    page = first.json()
    assert page["items"] == made[::-1][:2]
    second = await client.get(
        f"/api/v1/privacy/erasures?limit=2&cursor={page['next_cursor']}",
        headers=auth(world.admin),
    )
    assert second.json() == {"items": [made[0]], "next_cursor": None}

    one = await client.get(
        f"/api/v1/privacy/erasures?kind=lead&subject_id={leads[1].id}", headers=auth(world.admin)
    )
    assert one.json()["items"] == [made[1]]
    none = await client.get("/api/v1/privacy/erasures?kind=contact", headers=auth(world.admin))
    assert none.json()["items"] == []

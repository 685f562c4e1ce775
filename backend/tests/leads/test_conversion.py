"""Converting a lead: customer, contact and deal in one transaction, replayable."""

from __future__ import annotations

import uuid
from decimal import Decimal

from httpx import AsyncClient
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.events import DomainEvent
from app.customers.models import Contact, Customer
from app.leads.models import LeadStatus
from app.opportunities.models import Opportunity
from tests.conftest import World, auth
from tests.factories.customers import create_customer
from tests.factories.leads import create_lead
from tests.factories.opportunities import stage_named

URL = "/api/v1/leads"


async def _count(session: AsyncSession, model: type) -> int:
    return await session.scalar(select(func.count()).select_from(model)) or 0


async def test_conversion_creates_customer_contact_and_deal_and_replays_them(
    client: AsyncClient, world: World, session: AsyncSession
):
    lead = await create_lead(
        session,
        owner=world.engineer,
        territory=world.north,
        status=LeadStatus.QUALIFIED,
        tax_id="07ABCDE1234F1Z5",
        industry="Manufacturing",
        product_interest="Chillers",
        estimated_value=Decimal("480000.00"),
    )
    await session.commit()
    url = f"{URL}/{lead.id}/convert"
    first = await client.post(url, json={}, headers=auth(world.engineer))
    assert first.status_code == 201, first.text
    body = first.json()

    customer = await session.get(Customer, uuid.UUID(body["customer_id"]))
    assert customer is not None
    assert (customer.name, customer.tax_id, customer.owner_id, customer.territory_id) == (
        lead.company_name,
        "07ABCDE1234F1Z5",
        world.engineer.id,
        world.north.id,
    )
    contact = await session.get(Contact, uuid.UUID(body["contact_id"]))
    assert contact is not None and contact.customer_id == customer.id
    assert (contact.name, contact.email, contact.is_primary) == (lead.person_name, lead.email, True)

    deal = body["opportunity"]
    potential = await stage_named(session, "Potential")
    assert deal["stage_id"] == str(potential.id)
    assert deal["customer_id"] == str(customer.id)
    assert deal["contact_id"] == str(contact.id)
    assert deal["source_lead_id"] == str(lead.id)
    assert (deal["amount"], deal["weighted_amount"]) == ("480000.00", "48000.00")
    assert deal["title"] == f"{lead.company_name}: Chillers"
    assert deal["owner_id"] == str(world.engineer.id)

    converted = body["lead"]
    assert converted["status"] == "converted"
    assert converted["converted_customer_id"] == str(customer.id)
    assert converted["converted_contact_id"] == str(contact.id)
    assert converted["converted_opportunity_id"] == deal["id"]

    events = (
        await session.scalars(
            select(DomainEvent.type).where(DomainEvent.customer_id == customer.id)
        )
    ).all()
    assert {"lead.converted", "opportunity.created"} <= set(events)

    counts = [await _count(session, m) for m in (Customer, Contact, Opportunity)]
    again = await client.post(url, json={"title": "Something else"}, headers=auth(world.engineer))
    assert again.status_code == 200
    assert again.json()["customer_id"] == body["customer_id"]
    assert again.json()["opportunity"]["id"] == deal["id"]
    assert [await _count(session, m) for m in (Customer, Contact, Opportunity)] == counts

    different = await client.post(
        url, json={"customer_id": str(uuid.uuid4())}, headers=auth(world.engineer)
    )
    assert different.status_code == 409
    assert different.json()["code"] == "leads.converted_differently"

    read_only = await client.patch(
        f"{URL}/{lead.id}",
        json={"notes": "late"},
        headers={**auth(world.engineer), "If-Match": f'"{converted["version"]}"'},
    )
    assert read_only.status_code == 409
    assert read_only.json()["code"] == "leads.converted"


async def test_conversion_links_an_existing_customer_and_its_matching_contact(
    client: AsyncClient, world: World, session: AsyncSession
):
    customer = await create_customer(session, owner=world.engineer, territory=world.north)
    known = customer.contacts[0]
    lead = await create_lead(
        session, owner=world.engineer, territory=world.north, email=known.email
    )
    await session.commit()
    contacts_before = await _count(session, Contact)
    answer = await client.post(
        f"{URL}/{lead.id}/convert",
        json={
            "customer_id": str(customer.id),
            "title": "Spares contract",
            "amount": "12500.50",
            "currency": "INR",
            "expected_close_date": "2027-02-15",
        },
        headers=auth(world.engineer),
    )
    assert answer.status_code == 201, answer.text
    body = answer.json()
    assert (body["customer_id"], body["contact_id"]) == (str(customer.id), str(known.id))
    deal = body["opportunity"]
    assert (deal["title"], deal["amount"], deal["expected_close_date"]) == (
        "Spares contract",
        "12500.50",
        "2027-02-15",
    )
    assert await _count(session, Contact) == contacts_before


async def test_conversion_adds_the_person_as_a_contact_of_a_linked_customer(
    client: AsyncClient, world: World, session: AsyncSession
):
    customer = await create_customer(session, owner=world.engineer, territory=world.north)
    lead = await create_lead(session, owner=world.engineer, territory=world.north)
    await session.commit()
    answer = await client.post(
        f"{URL}/{lead.id}/convert",
        json={"customer_id": str(customer.id)},
        headers=auth(world.engineer),
    )
    assert answer.status_code == 201, answer.text
    contact = await session.get(Contact, uuid.UUID(answer.json()["contact_id"]))
    assert contact is not None
    assert (contact.customer_id, contact.name) == (customer.id, lead.person_name)


async def test_conversion_references_must_be_visible_and_belong_together(
    client: AsyncClient, world: World, session: AsyncSession
):
    mine = await create_customer(session, owner=world.engineer, territory=world.north)
    other = await create_customer(session, owner=world.teammate, territory=world.north)
    foreign = await create_customer(session, owner=world.engineer_other_team, territory=world.south)
    lead = await create_lead(session, owner=world.engineer, territory=world.north)
    await session.commit()
    url = f"{URL}/{lead.id}/convert"
    cases = [
        ({"customer_id": str(foreign.id)}, ["body", "customer_id"]),
        (
            {"customer_id": str(mine.id), "contact_id": str(other.contacts[0].id)},
            ["body", "contact_id"],
        ),
        ({"pipeline_id": str(uuid.uuid4())}, ["body", "pipeline_id"]),
        ({"contact_id": str(mine.contacts[0].id)}, ["body"]),
        ({"amount": "-1"}, ["body", "amount"]),
    ]
    for payload, loc in cases:
        answer = await client.post(url, json=payload, headers=auth(world.engineer))
        assert answer.status_code == 422, answer.text
        assert answer.json()["errors"][0]["loc"] == loc
    await session.refresh(lead)
    assert lead.status is LeadStatus.NEW
    assert await _count(session, Opportunity) == 0


async def test_a_head_converting_a_members_lead_gives_the_customer_to_the_leads_owner(
    client: AsyncClient, world: World, session: AsyncSession
):
    lead = await create_lead(session, owner=world.teammate, territory=world.north)
    await session.commit()
    answer = await client.post(f"{URL}/{lead.id}/convert", json={}, headers=auth(world.head))
    assert answer.status_code == 201, answer.text
    customer = await session.get(Customer, uuid.UUID(answer.json()["customer_id"]))
    assert customer is not None and customer.owner_id == world.teammate.id
    assert answer.json()["opportunity"]["owner_id"] == str(world.teammate.id)


async def test_activities_can_link_a_visible_lead_and_reach_its_customer(
    client: AsyncClient, world: World, session: AsyncSession
):
    lead = await create_lead(session, owner=world.engineer, territory=world.north)
    foreign = await create_lead(session, owner=world.engineer_other_team, territory=world.south)
    await session.commit()
    converted = await client.post(f"{URL}/{lead.id}/convert", json={}, headers=auth(world.engineer))
    activity = await client.post(
        "/api/v1/activities",
        json={"type": "call", "subject": "Follow up", "lead_id": str(lead.id)},
        headers=auth(world.engineer),
    )
    assert activity.status_code == 201, activity.text
    assert activity.json()["customer_id"] == converted.json()["customer_id"]
    hidden = await client.post(
        "/api/v1/activities",
        json={"type": "call", "subject": "Snoop", "lead_id": str(foreign.id)},
        headers=auth(world.engineer),
    )
    assert hidden.status_code == 422
    assert hidden.json()["errors"][0]["loc"] == ["body", "lead_id"]


async def test_converting_a_lead_that_matches_a_customer_lists_it_instead_of_a_twin(
    client: AsyncClient, world: World, session: AsyncSession
):
    existing = await create_customer(
        session, owner=world.engineer, territory=world.north, tax_id="07ABCDE1234F1Z5"
    )
    lead = await create_lead(
        session, owner=world.engineer, territory=world.north, tax_id="07ABCDE1234F1Z5"
    )
    await session.commit()
    url = f"{URL}/{lead.id}/convert"
    headers = auth(world.engineer)
    customers_before = await _count(session, Customer)

    refused = await client.post(url, json={}, headers=headers)
    assert refused.status_code == 409, refused.text
    assert refused.headers["content-type"].startswith("application/problem+json")
    body = refused.json()
    assert body["code"] == "leads.possible_duplicates"
    assert "create_new_customer" in body["title"]
    assert {
        "kind": "customer",
        "id": str(existing.id),
        "name": existing.name,
        "customer_id": str(existing.id),
        "match_field": "tax_id",
        "visible": True,
    } in body["candidates"]
    assert await _count(session, Customer) == customers_before
    assert await _count(session, Opportunity) == 0
    await session.refresh(lead)
    assert lead.status is LeadStatus.NEW

    both = await client.post(
        url,
        json={"customer_id": str(existing.id), "create_new_customer": True},
        headers=headers,
    )
    assert both.status_code == 422

    linked = await client.post(url, json={"customer_id": str(existing.id)}, headers=headers)
    assert linked.status_code == 201, linked.text
    assert linked.json()["customer_id"] == str(existing.id)
    assert await _count(session, Customer) == customers_before


async def test_converting_into_a_new_customer_despite_a_match_needs_saying_so(
    client: AsyncClient, world: World, session: AsyncSession
):
    existing = await create_customer(
        session, owner=world.engineer, territory=world.north, email="buyer@twin.example"
    )
    lead = await create_lead(
        session, owner=world.engineer, territory=world.north, email="buyer@twin.example"
    )
    await session.commit()
    url = f"{URL}/{lead.id}/convert"
    assert (await client.post(url, json={}, headers=auth(world.engineer))).status_code == 409
    created = await client.post(
        url, json={"create_new_customer": True}, headers=auth(world.engineer)
    )
    assert created.status_code == 201, created.text
    assert created.json()["customer_id"] != str(existing.id)
    replay = await client.post(url, json={}, headers=auth(world.engineer))
    assert replay.status_code == 200
    assert replay.json()["customer_id"] == created.json()["customer_id"]

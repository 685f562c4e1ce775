"""Erasing a person (GDPR): their data leaves every table, documents stay whole, the
erasure is recorded without their data, and it happens once."""

from __future__ import annotations

import asyncio
import uuid

import orjson
from httpx import AsyncClient
from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.events import DomainEvent
from app.privacy.models import Erasure
from app.webhooks.dispatch import body_of
from app.webhooks.models import WebhookDelivery
from tests.conftest import Live, World, auth
from tests.privacy.scenario import EMAIL, IDENTIFYING, NAME, PHONE, hold_a_person, where_found


async def _documents(client: AsyncClient, world: World, held) -> dict[str, dict]:
    answers = {
        "quote": await client.get(f"/api/v1/quotes/{held.quote_id}", headers=auth(world.engineer)),
        "order": await client.get(
            f"/api/v1/sales-orders/{held.order_id}", headers=auth(world.engineer)
        ),
        "invoice": await client.get(
            f"/api/v1/invoices/{held.invoice_id}", headers=auth(world.admin)
        ),
    }
    for name, answer in answers.items():
        assert answer.status_code == 200, (name, answer.text)
    return {name: answer.json() for name, answer in answers.items()}


async def test_erasing_a_contact_leaves_nothing_of_them_anywhere(
    client: AsyncClient, session: AsyncSession, world: World
):
    held = await hold_a_person(client, session, world, company="Acme Irrigation")
    for needle in IDENTIFYING:
        assert await where_found(session, needle), needle  # held before
    before = await _documents(client, world, held)

    erased = await client.post(
        "/api/v1/privacy/erasures",
        json={
            "kind": "contact",
            "subject_id": str(held.contact_id),
            "reason": f"Asked by {NAME} ({EMAIL}) on the phone, ticket 4711",
        },
        headers={**auth(world.admin), "Idempotency-Key": "erase-jane"},
    )

    assert erased.status_code == 201, erased.text
    for needle in IDENTIFYING:
        assert await where_found(session, needle) == [], needle
    erasure = erased.json()
    assert erasure["kind"] == "contact" and erasure["subject_id"] == str(held.contact_id)
    assert erasure["also_erased"] == [{"kind": "lead", "id": str(held.lead_id)}]
    assert erasure["reason"] == "Asked by [erased] ([erased]) on the phone, ticket 4711"
    assert erasure["erased_by_id"] == str(world.admin.id)
    scrubbed = erasure["rows_scrubbed"]
    for table in (
        "contacts",
        "leads",
        "customers",
        "activities",
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
    ):
        assert scrubbed.get(table, 0) >= 1, (table, scrubbed)
    assert scrubbed["activities"] == 2  # the call, and the mail naming the e-mail

    # The documents stay, whole: numbers, lines and totals as they were.
    after = await _documents(client, world, held)
    for name in ("quote", "order", "invoice"):
        for field in ("number", "grand_total", "tax_total", "subtotal", "currency", "status"):
            if field in before[name]:
                assert after[name][field] == before[name][field], (name, field)
        assert len(after[name]["lines"]) == len(before[name]["lines"])
    assert after["quote"]["contact_id"] == str(held.contact_id)
    assert after["quote"]["notes"] == "For the attention of [erased]"
    assert after["order"]["delivery_address"] == "c/o [erased], 12 Lake Road, New Delhi"
    assert after["invoice"]["notes"] == "Send to [erased]"


async def test_the_persons_records_keep_their_ids_and_lose_their_data(
    client: AsyncClient, session: AsyncSession, world: World
):
    held = await hold_a_person(client, session, world, company="Acme Irrigation")
    answer = await client.post(
        "/api/v1/privacy/erasures",
        json={"kind": "lead", "subject_id": str(held.lead_id), "reason": "Art. 17 request"},
        headers=auth(world.admin),
    )
    assert answer.status_code == 201, answer.text
    assert answer.json()["also_erased"] == [{"kind": "contact", "id": str(held.contact_id)}]

    lead = (await client.get(f"/api/v1/leads/{held.lead_id}", headers=auth(world.admin))).json()
    assert lead["person_name"] == "[erased]"
    assert lead["email"] is None and lead["phone"] is None and lead["job_title"] is None
    assert lead["notes"] is None and lead["address"]["line1"] is None
    # What the funnel counts stays: the company, the source, the status, the city.
    assert lead["company_name"] == "Acme Irrigation" and lead["source"] == "referral"
    assert lead["status"] == "converted" and lead["address"]["city"] == "New Delhi"

    contact = (
        await session.execute(
            text("SELECT name, email, phone, phone_key, is_archived FROM contacts WHERE id = :id"),
            {"id": held.contact_id},
        )
    ).one()
    assert tuple(contact) == ("[erased]", None, None, None, True)
    customer = (
        await client.get(f"/api/v1/customers/{held.customer_id}", headers=auth(world.admin))
    ).json()
    assert customer["name"] == "Acme Irrigation"  # the business's name is the business's
    assert customer["email"] is None and customer["phone"] is None  # copied from the lead
    assert customer["contacts"] == []  # the erased contact is archived

    activities = {
        row.id: row
        for row in (
            await session.execute(
                text(
                    "SELECT id, subject, description, outcome, location FROM activities "
                    "WHERE id = ANY(:ids)"
                ),
                {"ids": [held.call_id, held.mail_id, held.plain_id]},
            )
        ).all()
    }
    # The call with them keeps its type and time, not what was said.
    call = activities[held.call_id]
    assert (call.subject, call.description, call.location) == ("Call with [erased]", None, None)
    assert activities[held.mail_id].description == "Sent to [erased]"
    assert activities[held.plain_id].description == "Before the visit"

    report = (
        await session.execute(
            text("SELECT contacts_met, next_steps FROM visit_reports WHERE id = :id"),
            {"id": held.report_id},
        )
    ).one()
    assert report.contacts_met == [{"contact_id": str(held.contact_id), "name": "[erased]"}]
    assert report.next_steps == "[erased] to confirm the site plan"


async def test_the_stream_keeps_the_changes_without_the_person(
    client: AsyncClient, session: AsyncSession, world: World
):
    held = await hold_a_person(client, session, world, company="Acme Irrigation")
    answer = await client.post(
        "/api/v1/privacy/erasures",
        json={"kind": "contact", "subject_id": str(held.contact_id), "reason": "Request"},
        headers=auth(world.admin),
    )
    assert answer.status_code == 201, answer.text
    erasure_id = answer.json()["id"]

    audit = await client.get(
        f"/api/v1/audit?entity_type=contacts&entity_id={held.contact_id}&sort=occurred_at",
        headers=auth(world.admin),
    )
    entries = audit.json()["items"]
    assert [e["action"] for e in entries] == ["contact.created", "contact.erased"]
    created, erasure_event = entries
    assert created["after"]["name"] == "[erased]" and created["after"]["email"] is None
    assert created["entity_label"] == "[erased]"
    assert erasure_event["after"]["is_archived"] is True
    erased_event = await session.scalar(
        select(DomainEvent).where(
            DomainEvent.entity_id == held.contact_id, DomainEvent.type == "contact.erased"
        )
    )
    assert erased_event is not None and erased_event.data == {"erasure_id": erasure_id}

    # What a webhook still has to send is built from the scrubbed event.
    delivery = await session.get(WebhookDelivery, held.delivery_id)
    assert delivery is not None
    event = await session.scalar(select(DomainEvent).where(DomainEvent.id == delivery.event_id))
    assert event is not None
    await session.refresh(event)
    body = body_of(event).decode()
    for needle in (NAME, EMAIL, PHONE):
        assert needle.lower() not in body.lower()
    assert orjson.loads(body)["data"]["after"]["name"] == "[erased]"

    # Who erased whom, and when, is in the audit log (by id only).
    recorded = await client.get(
        f"/api/v1/audit?entity_type=privacy_erasures&entity_id={erasure_id}",
        headers=auth(world.admin),
    )
    (entry,) = recorded.json()["items"]
    assert entry["action"] == "privacy_erasure.created"
    assert entry["actor_id"] == str(world.admin.id)


async def test_a_sole_trader_customer_keeps_its_invoices_without_the_name(
    client: AsyncClient, session: AsyncSession, world: World
):
    """A lead with no company becomes a customer of the person's name: the invoices keep
    their numbers and totals, the billing name is erased."""
    held = await hold_a_person(client, session, world, company=None)
    before = await _documents(client, world, held)
    assert before["invoice"]["billing_name"] == NAME

    answer = await client.post(
        "/api/v1/privacy/erasures",
        json={"kind": "lead", "subject_id": str(held.lead_id), "reason": "Request"},
        headers=auth(world.admin),
    )

    assert answer.status_code == 201, answer.text
    after = await _documents(client, world, held)
    assert after["invoice"]["billing_name"] == "[erased]"
    assert after["invoice"]["number"] == before["invoice"]["number"]
    assert after["invoice"]["grand_total"] == before["invoice"]["grand_total"]
    for needle in IDENTIFYING:
        assert await where_found(session, needle) == [], needle


async def test_a_person_is_erased_once(client: AsyncClient, session: AsyncSession, world: World):
    held = await hold_a_person(client, session, world, company="Acme Irrigation")
    body = {"kind": "contact", "subject_id": str(held.contact_id), "reason": "Request"}
    headers = {**auth(world.admin), "Idempotency-Key": "erase-once"}

    first = await client.post("/api/v1/privacy/erasures", json=body, headers=headers)
    replayed = await client.post("/api/v1/privacy/erasures", json=body, headers=headers)
    again = await client.post(
        "/api/v1/privacy/erasures",
        json={**body, "reason": "Asked again"},
        headers=auth(world.admin),
    )
    through_the_lead = await client.post(
        "/api/v1/privacy/erasures",
        json={"kind": "lead", "subject_id": str(held.lead_id), "reason": "And the lead"},
        headers=auth(world.admin),
    )

    assert first.status_code == 201, first.text
    assert replayed.status_code == 201 and replayed.json() == first.json()
    assert again.status_code == 200 and again.json() == first.json()
    assert through_the_lead.status_code == 200 and through_the_lead.json() == first.json()
    assert await session.scalar(select(func.count()).select_from(Erasure)) == 1


async def test_an_unknown_person_is_a_422_naming_the_field(client: AsyncClient, world: World):
    answer = await client.post(
        "/api/v1/privacy/erasures",
        json={"kind": "lead", "subject_id": str(uuid.uuid4()), "reason": "Request"},
        headers=auth(world.admin),
    )
    assert answer.status_code == 422
    assert answer.headers["content-type"] == "application/problem+json"
    assert answer.json()["errors"][0]["loc"] == ["body", "subject_id"]


async def test_erasing_a_lead_and_its_contact_at_once_erases_the_person_once(live: Live):
    """Two admins at the same moment, one by the lead and one by the contact it became
    (concurrent transactions): one erases, the other answers that erasure."""
    world = live.world
    async with live.client() as client:
        lead = await client.post(
            "/api/v1/leads",
            json={"person_name": NAME, "email": EMAIL, "phone": PHONE, "source": "web"},
            headers=auth(world.engineer),
        )
        assert lead.status_code == 201, lead.text
        converted = await client.post(
            f"/api/v1/leads/{lead.json()['id']}/convert",
            json={"create_new_customer": True},
            headers=auth(world.engineer),
        )
        assert converted.status_code == 201, converted.text
        subjects = [("lead", lead.json()["id"]), ("contact", converted.json()["contact_id"])]
        answers = await asyncio.gather(
            *(
                client.post(
                    "/api/v1/privacy/erasures",
                    json={"kind": kind, "subject_id": subject_id, "reason": "Request"},
                    headers=auth(world.admin),
                )
                for kind, subject_id in subjects
            )
        )
    assert sorted(answer.status_code for answer in answers) == [200, 201], [
        answer.text for answer in answers
    ]
    assert answers[0].json()["id"] == answers[1].json()["id"]
    async with live.sessionmaker() as session:
        assert await session.scalar(select(func.count()).select_from(Erasure)) == 1
        for needle in (NAME, EMAIL, PHONE):
            assert await where_found(session, needle) == [], needle

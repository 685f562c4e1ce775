"""A person held everywhere: a lead captured on the phone (with an Idempotency-Key),
converted into a customer and its contact, then met, called, quoted, ordered, invoiced,
reported on, reminded about and sent to an integration; and the whole database searched
for what identifies them."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from httpx import AsyncClient
from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.clock import utcnow
from app.core.events import DomainEvent
from app.visits.models import REPORT_PHOTOS, VisitStatus
from app.webhooks.dispatch import pending_delivery
from app.webhooks.models import WebhookAttempt
from tests.conftest import World, auth
from tests.factories.catalogue import create_product
from tests.factories.field import create_visit, create_visit_report
from tests.factories.files import create_attached_file
from tests.factories.invoices import create_invoice
from tests.factories.notifications import create_notification
from tests.factories.quotes import create_quote
from tests.factories.sales_orders import create_sales_order
from tests.factories.webhooks import create_webhook

NAME = "Jane Q. Testperson"
SURNAME = "Testperson"
EMAIL = "jane.testperson@example.org"
PHONE = "+91 97311 40957"
PHONE_DIGITS = "9731140957"
# What must be found nowhere once the person is erased.
IDENTIFYING = (NAME, SURNAME, EMAIL, PHONE, PHONE_DIGITS)


@dataclass
class Held:
    lead_id: uuid.UUID
    contact_id: uuid.UUID
    customer_id: uuid.UUID
    opportunity_id: uuid.UUID
    call_id: uuid.UUID  # an activity with them
    mail_id: uuid.UUID  # an activity of their customer naming their e-mail
    plain_id: uuid.UUID  # an activity of their customer not about them
    quote_id: uuid.UUID
    order_id: uuid.UUID
    invoice_id: uuid.UUID
    report_id: uuid.UUID
    file_id: uuid.UUID
    notification_id: uuid.UUID
    delivery_id: uuid.UUID  # a webhook delivery still to be sent


async def hold_a_person(
    client: AsyncClient, session: AsyncSession, world: World, *, company: str | None
) -> Held:
    engineer = auth(world.engineer)
    lead = await client.post(
        "/api/v1/leads",
        json={
            "person_name": NAME,
            "job_title": "Head of Procurement",
            "company_name": company,
            "email": EMAIL,
            "phone": PHONE,
            "source": "referral",
            "address": {"line1": "12 Lake Road", "city": "New Delhi", "postal_code": "110001"},
            "notes": f"Met {NAME} at the expo",
            "capture_latitude": 28.6,
            "capture_longitude": 77.2,
        },
        headers={**engineer, "Idempotency-Key": f"lead-{uuid.uuid4()}"},
    )
    assert lead.status_code == 201, lead.text
    lead_id = lead.json()["id"]
    converted = await client.post(
        f"/api/v1/leads/{lead_id}/convert",
        json={"create_new_customer": True, "title": f"Pumps for {NAME}", "amount": "250000"},
        headers={**engineer, "Idempotency-Key": f"convert-{uuid.uuid4()}"},
    )
    assert converted.status_code == 201, converted.text
    conversion = converted.json()
    customer_id, contact_id = conversion["customer_id"], conversion["contact_id"]

    activities = []
    for body in (
        {
            "type": "call",
            "subject": f"Call with {NAME}",
            "description": f"{NAME} wants a quote; call back on {PHONE}",
            "location": "12 Lake Road",
            "contact_id": contact_id,
            "customer_id": customer_id,
        },
        {"type": "email", "subject": "Brochure", "description": f"Sent to {EMAIL.upper()}"},
        {"type": "task", "subject": "Check the site plan", "description": "Before the visit"},
    ):
        made = await client.post(
            "/api/v1/activities",
            json={"customer_id": customer_id, "due_at": "2026-12-10T10:00:00Z", **body},
            headers=engineer,
        )
        assert made.status_code == 201, made.text
        activities.append(made.json()["id"])

    from app.customers.models import Customer

    customer = await session.get(Customer, uuid.UUID(customer_id))
    assert customer is not None
    product = await create_product(session)
    quote = await create_quote(
        session,
        owner=world.engineer,
        customer=customer,
        lines=[(product, "2", "1000", "0")],
        contact_id=uuid.UUID(contact_id),
        notes=f"For the attention of {NAME}",
    )
    order = await create_sales_order(
        session,
        owner=world.engineer,
        customer=customer,
        lines=[(product, "3", "500", "0")],
        contact_id=uuid.UUID(contact_id),
        delivery_address=f"c/o {NAME}, 12 Lake Road, New Delhi",
    )
    invoice = await create_invoice(
        session,
        by=world.admin,
        customer=customer,
        lines=[(product, "1", "800", "0")],
        issued_on=date(2026, 12, 1),
    )
    invoice.notes = f"Send to {EMAIL}"
    visit = await create_visit(
        session, owner=world.engineer, customer=customer, status=VisitStatus.CHECKED_IN
    )
    report = await create_visit_report(session, visit=visit)
    report.contacts_met = [{"contact_id": contact_id, "name": NAME}]
    report.next_steps = f"{NAME} to confirm the site plan"
    photo = await create_attached_file(
        session, spec=REPORT_PHOTOS, parent=report, owner=world.engineer
    )
    photo.filename = f"{NAME} card.jpg"
    notification = await create_notification(
        session,
        user=world.engineer,
        title=f"Call: Call with {NAME}",
        subject_type="activities",
        subject_id=uuid.UUID(activities[0]),
    )
    await session.flush()

    # An integration subscribed to contacts: one delivery waits to be sent, one attempt
    # was answered with the body echoed.
    webhook, _ = await create_webhook(session, by=world.admin, event_types=("contact.created",))
    created = await session.scalar(
        select(DomainEvent).where(
            DomainEvent.entity_id == uuid.UUID(contact_id), DomainEvent.type == "contact.created"
        )
    )
    assert created is not None
    delivery = pending_delivery(
        webhook.id,
        event_id=created.id,
        event_type=created.type,
        entity_type=created.entity_type,
        entity_id=created.entity_id,
        now=utcnow(),
    )
    session.add(delivery)
    await session.flush()
    session.add(
        WebhookAttempt(
            delivery_id=delivery.id,
            number=1,
            attempted_at=utcnow(),
            succeeded=False,
            status_code=500,
            latency_ms=12,
            response_excerpt=f'{{"error": "no such contact {EMAIL}"}}',
        )
    )
    await session.commit()
    return Held(
        lead_id=uuid.UUID(lead_id),
        contact_id=uuid.UUID(contact_id),
        customer_id=uuid.UUID(customer_id),
        opportunity_id=uuid.UUID(conversion["opportunity"]["id"]),
        call_id=uuid.UUID(activities[0]),
        mail_id=uuid.UUID(activities[1]),
        plain_id=uuid.UUID(activities[2]),
        quote_id=quote.id,
        order_id=order.id,
        invoice_id=invoice.id,
        report_id=report.id,
        file_id=photo.id,
        notification_id=notification.id,
        delivery_id=delivery.id,
    )


_SEARCHABLE = ("text", "character varying", "json", "jsonb", "bytea", "ARRAY")


async def where_found(session: AsyncSession, needle: str) -> list[str]:
    """Every ``table.column`` of the database holding ``needle`` (in any case), searched
    column by column: text, JSON (as JSONB prints it), arrays and bytes."""
    columns = (
        await session.execute(
            text(
                "SELECT c.table_name, c.column_name, c.data_type "
                "FROM information_schema.columns c JOIN information_schema.tables t "
                "ON t.table_schema = c.table_schema AND t.table_name = c.table_name "
                "WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' "
                "AND c.data_type = ANY(:types) ORDER BY 1, 2"
            ),
            {"types": list(_SEARCHABLE)},
        )
    ).all()
    found = []
    for table, column, data_type in columns:
        quoted = f'"{column}"'
        if data_type == "bytea":
            where = (
                f"position(convert_to(:needle, 'UTF8') IN {quoted}) > 0 "
                f"OR position(convert_to(lower(:needle), 'UTF8') IN {quoted}) > 0"
            )
        else:
            as_text = {
                "json": f"{quoted}::jsonb::text",
                "jsonb": f"{quoted}::text",
                "ARRAY": f"array_to_string({quoted}, ' ')",
            }.get(data_type, quoted)
            where = f"{as_text} ILIKE '%' || :needle || '%'"
        hits = await session.scalar(
            text(f'SELECT count(*) FROM "{table}" WHERE {where}'), {"needle": needle}
        )
        if hits:
            found.append(f"{table}.{column}")
    return found

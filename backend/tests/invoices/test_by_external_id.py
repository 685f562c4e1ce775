"""Invoices by the ERP's id: a draft made, revised and issued; an issued invoice's
content fixed; a customer's invoices seen by who may see the customer."""

from __future__ import annotations

import asyncio
from typing import Any

from httpx import AsyncClient
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.events import DomainEvent
from app.invoices.models import Invoice
from tests.conftest import Live, World, auth
from tests.factories.api_keys import create_api_key, key_auth
from tests.factories.catalogue import create_product
from tests.factories.customers import create_customer

URL = "/api/v1/invoices/by-external-id"


async def _events(session: AsyncSession) -> int:
    return int(await session.scalar(select(func.count()).select_from(DomainEvent)) or 0)


async def _catalogue(session: AsyncSession, world: World) -> None:
    """A customer of the engineer's (SAP-C1) and two products (ERP-P-1, SKU VLV-1)."""
    await create_customer(
        session, owner=world.engineer, territory=world.north, external_id="SAP-C1"
    )
    await create_product(session, external_id="ERP-P-1", sku="PMP-1")
    await create_product(session, sku="VLV-1")
    await session.commit()


def _body(**extra: Any) -> dict[str, Any]:
    return {
        "customer_external_id": "SAP-C1",
        "invoice_date": "2026-05-04",
        "payment_terms_days": 15,
        "notes": "Per PO 4471",
        "lines": [
            {
                "product_external_id": "ERP-P-1",
                "quantity": "2",
                "unit_price": "1000",
                "discount_percent": "10",
            },
            {"product_sku": "vlv-1", "quantity": "1", "unit_price": "500"},
        ],
        **extra,
    }


async def test_a_draft_is_made_left_unchanged_then_revised(
    client: AsyncClient, world: World, session: AsyncSession
):
    await _catalogue(session, world)
    head = auth(world.head)
    created = await client.put(f"{URL}/INV-1", json=_body(), headers=head)
    assert created.status_code == 201, created.text
    assert created.headers["upsert-outcome"] == "created"
    made = created.json()
    assert created.headers["etag"] == f'"{made["version"]}"'
    assert (made["external_id"], made["status"], made["number"]) == ("INV-1", "draft", None)
    assert (made["invoice_date"], made["due_date"], made["notes"]) == (
        "2026-05-04",
        "2026-05-19",
        "Per PO 4471",
    )
    # Priced here: 2 x 1000 less 10 % = 1800, plus 500; 18 % tax on 2300.
    assert (made["subtotal"], made["discount_total"], made["taxable_total"]) == (
        "2500.00",
        "200.00",
        "2300.00",
    )
    assert made["grand_total"] == "2714.00"
    assert [line["line_total"] for line in made["lines"]] == ["2124.00", "590.00"]
    read = await client.get(f"{URL}/INV-1", headers=auth(world.engineer))  # the engineer's customer
    assert read.status_code == 200 and read.json()["id"] == made["id"]

    events = await _events(session)
    same = await client.put(f"{URL}/INV-1", json=_body(), headers=head)
    assert (same.status_code, same.headers["upsert-outcome"]) == (200, "unchanged")
    assert same.json()["version"] == made["version"]
    assert await _events(session) == events

    changed = await client.put(
        f"{URL}/INV-1",
        json=_body(
            notes="Per PO 4471, revised",
            lines=[{"product_sku": "VLV-1", "quantity": "4", "unit_price": "500"}],
        ),
        headers=head,
    )
    assert (changed.status_code, changed.headers["upsert-outcome"]) == (200, "updated")
    revised = changed.json()
    assert revised["id"] == made["id"] and revised["status"] == "draft"
    assert revised["version"] > made["version"]
    assert [(line["quantity"], line["line_total"]) for line in revised["lines"]] == [
        ("4", "2360.00")
    ]
    assert (revised["subtotal"], revised["discount_total"], revised["grand_total"]) == (
        "2000.00",
        "0.00",
        "2360.00",
    )
    assert revised["notes"] == "Per PO 4471, revised"
    assert await _events(session) > events


async def test_issued_by_status_then_its_content_is_fixed(
    client: AsyncClient, world: World, session: AsyncSession
):
    await _catalogue(session, world)
    head = auth(world.head)
    draft = await client.put(f"{URL}/INV-2", json=_body(), headers=head)
    assert draft.status_code == 201, draft.text
    issued = await client.put(f"{URL}/INV-2", json=_body(status="issued"), headers=head)
    assert (issued.status_code, issued.headers["upsert-outcome"]) == (200, "updated")
    invoice = issued.json()
    assert invoice["status"] == "issued"
    assert invoice["number"] == "INV/2026-27/00001"
    assert (invoice["invoice_date"], invoice["due_date"]) == ("2026-05-04", "2026-05-19")
    assert invoice["open_amount"] == invoice["grand_total"] == "2714.00"

    events = await _events(session)
    again = await client.put(f"{URL}/INV-2", json=_body(status="issued"), headers=head)
    assert (again.status_code, again.headers["upsert-outcome"]) == (200, "unchanged")
    assert again.json()["version"] == invoice["version"]
    assert again.json()["number"] == "INV/2026-27/00001"
    assert await _events(session) == events

    dearer = _body(status="issued")
    dearer["lines"][1]["unit_price"] = "550"
    refused = await client.put(f"{URL}/INV-2", json=dearer, headers=head)
    assert refused.status_code == 409 and refused.json()["code"] == "invoices.invalid_transition"
    renoted = await client.put(f"{URL}/INV-2", json={"notes": "Other"}, headers=head)
    assert renoted.status_code == 409 and renoted.json()["code"] == "invoices.invalid_transition"
    cancelled = await client.put(f"{URL}/INV-2", json={"status": "cancelled"}, headers=head)
    assert cancelled.status_code == 409
    assert cancelled.json()["code"] == "invoices.invalid_transition"
    back = await client.put(f"{URL}/INV-2", json={"status": "draft"}, headers=head)
    assert back.status_code == 409 and back.json()["code"] == "invoices.invalid_transition"
    assert await _events(session) == events
    kept = await client.get(f"{URL}/INV-2", headers=head)
    assert (kept.json()["status"], kept.json()["grand_total"]) == ("issued", "2714.00")
    assert kept.json()["version"] == invoice["version"]


async def test_created_issued_in_one_call_and_a_draft_cancelled(
    client: AsyncClient, world: World, session: AsyncSession
):
    await _catalogue(session, world)
    head = auth(world.head)
    issued = await client.put(
        f"{URL}/INV-3", json=_body(status="issued", invoice_date="2026-06-01"), headers=head
    )
    assert issued.status_code == 201, issued.text
    assert (issued.json()["status"], issued.json()["invoice_date"]) == ("issued", "2026-06-01")
    assert issued.json()["number"] == "INV/2026-27/00001"

    draft = await client.put(f"{URL}/INV-4", json=_body(), headers=head)
    assert draft.status_code == 201
    cancelled = await client.put(f"{URL}/INV-4", json={"status": "cancelled"}, headers=head)
    assert (cancelled.status_code, cancelled.headers["upsert-outcome"]) == (200, "updated")
    assert (cancelled.json()["status"], cancelled.json()["number"]) == ("cancelled", None)
    again = await client.put(f"{URL}/INV-4", json={"status": "cancelled"}, headers=head)
    assert (again.status_code, again.headers["upsert-outcome"]) == (200, "unchanged")


async def test_refusals_name_the_field(client: AsyncClient, world: World, session: AsyncSession):
    await _catalogue(session, world)
    other = await create_customer(
        session, owner=world.teammate, territory=world.north, external_id="SAP-C2"
    )
    await session.commit()
    head = auth(world.head)

    no_customer = await client.put(f"{URL}/INV-5", json={"lines": _body()["lines"]}, headers=head)
    assert no_customer.status_code == 422, no_customer.text
    assert [e["loc"] for e in no_customer.json()["errors"]] == [["body", "customer_id"]]
    nothing = await client.put(f"{URL}/INV-5", json={"notes": "x"}, headers=head)
    assert nothing.status_code == 422
    assert [e["loc"] for e in nothing.json()["errors"]] == [
        ["body", "customer_id"],
        ["body", "lines"],
    ]
    no_lines = await client.put(
        f"{URL}/INV-5", json={"customer_external_id": "SAP-C1"}, headers=head
    )
    assert no_lines.status_code == 422
    assert [e["loc"] for e in no_lines.json()["errors"]] == [["body", "lines"]]

    unknown = _body()
    unknown["lines"][0]["product_external_id"] = "NOPE"
    answer = await client.put(f"{URL}/INV-5", json=unknown, headers=head)
    assert answer.status_code == 422
    assert answer.json()["errors"][0]["loc"] == ["body", "lines", 0, "product_external_id"]
    no_such_customer = await client.put(
        f"{URL}/INV-5", json=_body(customer_external_id="NOPE"), headers=head
    )
    assert no_such_customer.status_code == 422
    assert no_such_customer.json()["errors"][0]["loc"] == ["body", "customer_external_id"]
    assert (await client.get(f"{URL}/INV-5", headers=head)).status_code == 404  # none made

    made = await client.put(f"{URL}/INV-5", json=_body(), headers=head)
    assert made.status_code == 201
    moved = await client.put(
        f"{URL}/INV-5",
        json={"customer_id": str(other.id), "currency": "USD"},
        headers=head,
    )
    assert moved.status_code == 422, moved.text
    assert [(e["loc"], e["type"]) for e in moved.json()["errors"]] == [
        (["body", "customer_id"], "fixed"),
        (["body", "currency"], "fixed"),
    ]
    by_erp_id = await client.put(
        f"{URL}/INV-5", json={"customer_external_id": "SAP-C1", "currency": "INR"}, headers=head
    )
    assert by_erp_id.headers["upsert-outcome"] == "unchanged"  # the same customer and currency
    # null for what a new invoice takes a default for means "as it is" once it exists:
    # the body that made it, nulls and all, replays unchanged.
    nulled = {"invoice_date": None, "payment_terms_days": None, "currency": None}
    same = await client.put(f"{URL}/INV-5", json=nulled, headers=head)
    assert same.headers["upsert-outcome"] == "unchanged", same.text
    by_other_id = await client.put(
        f"{URL}/INV-5", json={"customer_external_id": "SAP-C2"}, headers=head
    )
    assert by_other_id.status_code == 422  # named as it was sent
    assert [(e["loc"], e["type"]) for e in by_other_id.json()["errors"]] == [
        (["body", "customer_external_id"], "fixed")
    ]

    exists = await client.put(f"{URL}/INV-5", json=_body(), headers={**head, "If-None-Match": "*"})
    assert exists.status_code == 412
    assert exists.headers["etag"] == f'"{made.json()["version"]}"'
    fresh = await client.put(f"{URL}/INV-6", json=_body(), headers={**head, "If-None-Match": "*"})
    assert fresh.status_code == 201


async def test_a_customer_out_of_sight_keeps_its_invoices_out_of_sight(
    client: AsyncClient, world: World, session: AsyncSession
):
    await _catalogue(session, world)
    await create_customer(
        session, owner=world.engineer_other_team, territory=world.south, external_id="SAP-C9"
    )
    await session.commit()
    theirs = await client.put(
        f"{URL}/INV-THEIRS",
        json=_body(customer_external_id="SAP-C9"),
        headers=auth(world.other_head),
    )
    assert theirs.status_code == 201, theirs.text

    hidden = await client.get(f"{URL}/INV-THEIRS", headers=auth(world.engineer))
    assert hidden.status_code == 404
    assert (await client.get(f"{URL}/INV-THEIRS", headers=auth(world.head))).status_code == 404
    taken = await client.put(f"{URL}/INV-THEIRS", json=_body(), headers=auth(world.head))
    assert taken.status_code == 409 and taken.json()["code"] == "invoices.external_id_taken"
    posted = await client.post(
        "/api/v1/invoices",
        json={
            "customer_id": theirs.json()["customer_id"],
            "external_id": "INV-THEIRS",
            "lines": [
                {
                    "product_id": theirs.json()["lines"][0]["product_id"],
                    "quantity": "1",
                    "unit_price": "10",
                }
            ],
        },
        headers=auth(world.other_head),
    )
    assert posted.status_code == 409 and posted.json()["code"] == "invoices.external_id_taken"
    # Engineers follow their customers' invoices but do not bill.
    assert (
        await client.put(f"{URL}/INV-7", json=_body(), headers=auth(world.engineer))
    ).status_code == 403
    seen = await client.get(f"{URL}/INV-THEIRS", headers=auth(world.engineer_other_team))
    assert seen.status_code == 200 and seen.json()["id"] == theirs.json()["id"]
    admin = await client.get(f"{URL}/INV-THEIRS", headers=auth(world.admin))
    assert admin.status_code == 200


async def test_an_api_key_with_invoices_write_upserts(
    client: AsyncClient, world: World, session: AsyncSession
):
    await _catalogue(session, world)
    _, reader = await create_api_key(session, by=world.admin, scopes=["invoices:read"])
    key, writer = await create_api_key(
        session, by=world.admin, scopes=["invoices:write", "invoices:read"]
    )
    refused = await client.put(f"{URL}/INV-K", json=_body(), headers=key_auth(reader))
    assert refused.status_code == 403 and refused.json()["code"] == "auth.missing_scope"
    made = await client.put(f"{URL}/INV-K", json=_body(status="issued"), headers=key_auth(writer))
    assert made.status_code == 201, made.text
    assert made.json()["status"] == "issued" and made.json()["number"] is not None
    actor = await session.scalar(
        select(DomainEvent.actor_id).where(DomainEvent.entity_id == made.json()["id"]).limit(1)
    )
    assert actor == key.id
    read = await client.get(f"{URL}/INV-K", headers=key_auth(reader))
    assert read.status_code == 200 and read.json()["number"] == made.json()["number"]


async def test_twenty_concurrent_puts_of_one_new_issued_invoice_make_one_number(live: Live):
    """Twenty copies of an ERP's PUT at once: one invoice, issued once, one number taken;
    the others find it and answer unchanged."""
    world = live.world
    async with live.sessionmaker() as session:
        await _catalogue(session, world)
    body = _body(status="issued")
    async with live.client() as client:
        answers = await asyncio.gather(
            *(client.put(f"{URL}/INV-RACE", json=body, headers=auth(world.head)) for _ in range(20))
        )
    statuses = sorted(a.status_code for a in answers)
    assert statuses == [200] * 19 + [201], [a.text for a in answers if a.status_code >= 300]
    assert {a.headers["upsert-outcome"] for a in answers if a.status_code == 200} == {"unchanged"}
    assert len({(a.json()["id"], a.json()["number"]) for a in answers}) == 1
    async with live.sessionmaker() as session:
        numbers = list(
            await session.scalars(select(Invoice.number).where(Invoice.number.is_not(None)))
        )
    assert numbers == ["INV/2026-27/00001"]  # the series' first: none taken and lost

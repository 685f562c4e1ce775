"""Payments through HTTP: allocation rules, customer credit, the invoice's status,
scoping, bad input, replays and the event stream."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from httpx import AsyncClient
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.events import DomainEvent
from app.payments.models import Payment
from tests.conftest import World, auth
from tests.factories.catalogue import create_product
from tests.factories.customers import create_customer
from tests.factories.invoices import create_invoice

URL = "/api/v1/payments"
ON = date(2026, 9, 1)


async def _invoices(session: AsyncSession, world: World, n: int = 2) -> tuple[Any, list[Any]]:
    customer = await create_customer(session, owner=world.engineer, territory=world.north)
    product = await create_product(session)
    made = [
        # 1 x 1000 + 18 % IGST = 1180.00 each
        await create_invoice(
            session,
            by=world.admin,
            customer=customer,
            lines=[(product, "1", "1000", "0")],
            issued_on=ON,
        )
        for _ in range(n)
    ]
    await session.commit()
    return customer, made


def _payment(customer: Any, amount: str, *allocations: tuple[Any, str]) -> dict[str, Any]:
    return {
        "customer_id": str(customer.id),
        "payment_date": "2026-09-10",
        "amount": amount,
        "method": "bank_transfer",
        "reference": "UTR 1234",
        "allocations": [{"invoice_id": str(i.id), "amount": a} for i, a in allocations],
    }


async def _invoice(client: AsyncClient, world: World, invoice: Any) -> dict[str, Any]:
    answer = await client.get(f"/api/v1/invoices/{invoice.id}", headers=auth(world.admin))
    return answer.json()  # type: ignore[no-any-return]


async def test_a_payment_pays_invoices_in_part_and_keeps_the_rest_as_credit(
    client: AsyncClient, session: AsyncSession, world: World
):
    customer, (first, second) = await _invoices(session, world)
    answer = await client.post(
        URL,
        json=_payment(customer, "2000.00", (first, "1180.00"), (second, "500.00")),
        headers=auth(world.head),
    )
    assert answer.status_code == 201, answer.text
    payment = answer.json()
    assert (payment["allocated_amount"], payment["unallocated_amount"]) == ("1680.00", "320.00")
    assert [(a["invoice_id"], a["amount"]) for a in payment["allocations"]] == [
        (str(first.id), "1180.00"),
        (str(second.id), "500.00"),
    ]
    assert payment["allocations"][0]["invoice_number"] == first.number
    paid, part = await _invoice(client, world, first), await _invoice(client, world, second)
    assert (paid["status"], paid["open_amount"], paid["amount_paid"]) == ("paid", "0.00", "1180.00")
    assert (part["status"], part["open_amount"]) == ("partially_paid", "680.00")
    # The credit is allocated later.
    later = await client.post(
        f"{URL}/{payment['id']}/allocations",
        json={"allocations": [{"invoice_id": str(second.id), "amount": "320.00"}]},
        headers=auth(world.head),
    )
    assert later.status_code == 200, later.text
    assert (later.json()["unallocated_amount"], len(later.json()["allocations"])) == ("0.00", 3)
    assert (await _invoice(client, world, second))["open_amount"] == "360.00"
    more = await client.post(
        f"{URL}/{payment['id']}/allocations",
        json={"allocations": [{"invoice_id": str(second.id), "amount": "0.01"}]},
        headers=auth(world.head),
    )
    assert more.status_code == 422
    assert more.json()["errors"][0]["loc"] == ["body", "allocations"]
    types = set(
        await session.scalars(
            select(DomainEvent.type).where(DomainEvent.entity_id == payment["id"])
        )
    )
    assert {"payment.received", "payment.allocated"} <= types
    invoice_types = set(
        await session.scalars(select(DomainEvent.type).where(DomainEvent.entity_id == first.id))
    )
    assert {"invoice.issued", "invoice.paid"} <= invoice_types


async def test_an_allocation_above_the_open_amount_is_a_422_naming_it_and_changes_nothing(
    client: AsyncClient, session: AsyncSession, world: World
):
    customer, (first, second) = await _invoices(session, world)
    answer = await client.post(
        URL,
        json=_payment(customer, "5000", (first, "100"), (second, "1180.01")),
        headers=auth(world.head),
    )
    assert answer.status_code == 422
    error = answer.json()["errors"][0]
    assert error["loc"] == ["body", "allocations", 1, "amount"]
    assert "1180.00" in error["msg"]
    assert (await _invoice(client, world, first))["amount_paid"] == "0.00"
    count = await session.scalar(
        select(func.count()).select_from(Payment).where(Payment.customer_id == customer.id)
    )
    assert count == 0


async def test_allocations_must_be_open_invoices_of_the_customer_in_the_currency(
    client: AsyncClient, session: AsyncSession, world: World
):
    customer, (invoice,) = await _invoices(session, world, n=1)
    other_customer, (others,) = await _invoices(session, world, n=1)
    product = await create_product(session)
    draft = await create_invoice(
        session, by=world.admin, customer=customer, lines=[(product, "1", "5", "0")]
    )
    await session.commit()
    cases = [
        (_payment(customer, "10", (others, "5")), ["body", "allocations", 0, "invoice_id"]),
        (_payment(customer, "10", (draft, "5")), ["body", "allocations", 0, "invoice_id"]),
        (
            _payment(customer, "10", (invoice, "5"), (invoice, "5")),
            ["body", "allocations", 1, "invoice_id"],
        ),
        (
            {**_payment(customer, "10", (invoice, "5")), "currency": "USD"},
            ["body", "allocations", 0, "invoice_id"],
        ),
        (_payment(customer, "10", (invoice, "10.01")), ["body", "allocations"]),
        (_payment(customer, "10.001", (invoice, "5")), ["body", "amount"]),
        (_payment(customer, "0", (invoice, "5")), ["body", "amount"]),
        ({**_payment(customer, "10"), "method": "barter"}, ["body", "method"]),
        ({**_payment(customer, "10"), "amount": 10}, ["body", "amount"]),
        (_payment(customer, "10", (invoice, "-1")), ["body", "allocations", 0, "amount"]),
        (
            {**_payment(other_customer, "10"), "customer_id": str(world.admin.id)},
            ["body", "customer_id"],
        ),
    ]
    for body, loc in cases:
        answer = await client.post(URL, json=body, headers=auth(world.head))
        assert answer.status_code == 422, (body, answer.text)
        assert loc in [e["loc"] for e in answer.json()["errors"]], (body, answer.text)


async def test_a_payment_replayed_by_key_or_id_is_recorded_once(
    client: AsyncClient, session: AsyncSession, world: World
):
    customer, (invoice,) = await _invoices(session, world, n=1)
    body = _payment(customer, "100", (invoice, "100"))
    headers = {**auth(world.head), "Idempotency-Key": "pay-once"}
    one = await client.post(URL, json=body, headers=headers)
    two = await client.post(URL, json=body, headers=headers)
    assert (one.status_code, two.status_code, one.json()["id"]) == (201, 201, two.json()["id"])
    with_id = {**body, "id": "01932b6e-0000-7000-8000-0000000000ef"}
    three = await client.post(URL, json=with_id, headers=auth(world.head))
    four = await client.post(URL, json=with_id, headers=auth(world.head))
    assert (three.status_code, four.status_code) == (201, 200)
    assert (await _invoice(client, world, invoice))["amount_paid"] == "200.00"


async def test_payments_are_scoped_like_their_customers_and_engineers_only_read(
    client: AsyncClient, session: AsyncSession, world: World
):
    customer, _ = await _invoices(session, world, n=1)
    foreign = await create_customer(session, owner=world.engineer_other_team, territory=world.south)
    await session.commit()
    own = await client.post(URL, json=_payment(customer, "10"), headers=auth(world.admin))
    theirs = await client.post(URL, json=_payment(foreign, "10"), headers=auth(world.admin))
    for user in (world.engineer, world.head):
        assert (
            await client.get(f"{URL}/{own.json()['id']}", headers=auth(user))
        ).status_code == 200
        assert (
            await client.get(f"{URL}/{theirs.json()['id']}", headers=auth(user))
        ).status_code == 404
        ids = {p["id"] for p in (await client.get(URL, headers=auth(user))).json()["items"]}
        assert own.json()["id"] in ids and theirs.json()["id"] not in ids
    refused = await client.post(URL, json=_payment(customer, "10"), headers=auth(world.engineer))
    assert refused.status_code == 403
    hidden = await client.post(URL, json=_payment(foreign, "10"), headers=auth(world.head))
    assert hidden.status_code == 422
    assert hidden.json()["errors"][0]["loc"] == ["body", "customer_id"]
    credit = await client.get(URL, params={"has_credit": "true"}, headers=auth(world.admin))
    assert {own.json()["id"], theirs.json()["id"]} <= {p["id"] for p in credit.json()["items"]}
    assert Decimal(own.json()["unallocated_amount"]) == Decimal(10)


async def test_the_customer_timeline_tells_invoices_and_payments(
    client: AsyncClient, session: AsyncSession, world: World
):
    customer, (invoice,) = await _invoices(session, world, n=1)
    paid = await client.post(
        URL, json=_payment(customer, "1180", (invoice, "1180")), headers=auth(world.head)
    )
    assert paid.status_code == 201
    timeline = await client.get(
        f"/api/v1/customers/{customer.id}/timeline", headers=auth(world.engineer)
    )
    assert timeline.status_code == 200, timeline.text
    titles = {e["kind"]: e["title"] for e in timeline.json()["items"]}
    assert titles["invoice.issued"] == f"Invoice {invoice.number} issued"
    assert titles["invoice.paid"] == f"Invoice {invoice.number} paid"
    assert titles["payment.received"] == "Payment UTR 1234 received"

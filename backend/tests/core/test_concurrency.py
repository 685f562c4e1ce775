"""Races, on real concurrent PostgreSQL transactions (the ``live`` database): one
winner, the others the documented answer (412, 409 or the first answer replayed),
never a 500 and never a duplicate."""

from __future__ import annotations

import asyncio
from collections import Counter

from sqlalchemy import func, select

from app.customers.models import Customer
from app.leads.models import Lead, LeadStatus
from app.opportunities.models import Opportunity
from tests.conftest import Live, auth
from tests.factories.customers import create_customer
from tests.factories.leads import create_lead
from tests.factories.users import PASSWORD

COPIES = 20


async def test_twenty_patches_with_one_if_match_have_one_winner(live: Live) -> None:
    world = live.world
    async with live.sessionmaker() as session:
        customer = await create_customer(session, owner=world.engineer, territory=world.north)
        await session.commit()
    url = f"/api/v1/customers/{customer.id}"
    async with live.client() as client:
        answers = await asyncio.gather(
            *(
                client.patch(
                    url,
                    json={"rating": 1 + n % 5, "notes": f"writer {n}"},
                    headers={**auth(world.engineer), "If-Match": '"1"'},
                )
                for n in range(COPIES)
            )
        )
        statuses = Counter(a.status_code for a in answers)
        assert statuses == {200: 1, 412: COPIES - 1}, statuses
        winner = next(a for a in answers if a.status_code == 200).json()
        final = (await client.get(url, headers=auth(world.engineer))).json()
    assert final["version"] == 2
    assert final["notes"] == winner["notes"]
    assert all(
        a.headers["content-type"] == "application/problem+json"
        for a in answers
        if a.status_code == 412
    )


async def test_one_idempotency_key_sent_twenty_times_at_once_creates_one_record(
    live: Live,
) -> None:
    world = live.world
    headers = {**auth(world.engineer), "Idempotency-Key": "create-acme-once"}
    async with live.client() as client:
        answers = await asyncio.gather(
            *(
                client.post("/api/v1/customers", json={"name": "Acme Once"}, headers=headers)
                for _ in range(COPIES)
            )
        )
    assert {a.status_code for a in answers} == {201}, [a.text for a in answers if a.is_error]
    assert len({a.json()["id"] for a in answers}) == 1
    assert sum(a.headers.get("idempotent-replayed") == "true" for a in answers) == COPIES - 1
    async with live.sessionmaker() as session:
        count = await session.scalar(
            select(func.count()).select_from(Customer).where(Customer.name == "Acme Once")
        )
    assert count == 1


async def test_a_lead_converted_twenty_times_at_once_converts_once(live: Live) -> None:
    world = live.world
    async with live.sessionmaker() as session:
        lead = await create_lead(
            session,
            owner=world.engineer,
            territory=world.north,
            status=LeadStatus.QUALIFIED,
            email="once@example.com",
        )
        await session.commit()
    url = f"/api/v1/leads/{lead.id}/convert"
    async with live.client() as client:
        answers = await asyncio.gather(
            *(
                client.post(url, json={"create_new_customer": True}, headers=auth(world.engineer))
                for _ in range(COPIES)
            )
        )
    statuses = Counter(a.status_code for a in answers)
    assert statuses[201] == 1, statuses
    # the others: the first conversion replayed (200), or "changed at the same moment" (412)
    assert set(statuses) <= {201, 200, 412}, [a.text for a in answers if a.status_code >= 500]
    async with live.sessionmaker() as session:
        stored = await session.get(Lead, lead.id)
        assert stored is not None and stored.status is LeadStatus.CONVERTED
        deals = await session.scalar(
            select(func.count())
            .select_from(Opportunity)
            .where(Opportunity.source_lead_id == lead.id)
        )
        customers = await session.scalar(
            select(func.count())
            .select_from(Customer)
            .where(Customer.id == stored.converted_customer_id)
        )
    assert deals == 1 and customers == 1
    winner = next(a for a in answers if a.status_code == 201).json()
    assert all(
        a.json()["customer_id"] == winner["customer_id"] for a in answers if a.status_code == 200
    )


async def test_twenty_correct_logins_at_once_all_sign_in(live: Live) -> None:
    body = {"email": live.world.engineer.email, "password": PASSWORD}
    async with live.client() as client:
        answers = await asyncio.gather(
            *(client.post("/api/v1/auth/login", json=body) for _ in range(COPIES))
        )
    assert {a.status_code for a in answers} == {200}
    assert len({a.json()["refresh_token"] for a in answers}) == COPIES

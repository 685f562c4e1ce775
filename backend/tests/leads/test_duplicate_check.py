"""The read-only duplicate check a lead form calls while the user types."""

from __future__ import annotations

from typing import Any

from httpx import AsyncClient
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.leads.models import Lead
from app.users.models import User
from tests.conftest import World, auth
from tests.factories.customers import create_customer
from tests.factories.leads import create_lead


async def _check(client: AsyncClient, user: User, **params: str) -> list[dict[str, Any]]:
    answer = await client.get("/api/v1/leads/duplicates", params=params, headers=auth(user))
    assert answer.status_code == 200, answer.text
    candidates: list[dict[str, Any]] = answer.json()["candidates"]
    return candidates


async def test_check_lists_visible_twins_with_id_and_name(
    client: AsyncClient, world: World, session: AsyncSession
):
    lead = await create_lead(session, owner=world.engineer, email="buyer@acme.example")
    customer = await create_customer(session, owner=world.engineer, phone="+91 98100 11111")
    await session.commit()

    by_email = await _check(client, world.engineer, email="  Buyer@ACME.example ")
    assert by_email == [
        {
            "kind": "lead",
            "id": str(lead.id),
            "name": lead.display_name,
            "customer_id": None,
            "match_field": "email",
            "visible": True,
        }
    ]
    by_phone = await _check(client, world.engineer, phone="098100-11111")
    assert [(c["kind"], c["id"], c["match_field"]) for c in by_phone] == [
        ("customer", str(customer.id), "phone")
    ]


async def test_check_says_only_kind_and_field_of_twins_the_caller_may_not_see(
    client: AsyncClient, world: World, session: AsyncSession
):
    await create_lead(
        session, owner=world.engineer_other_team, territory=world.south, email="x@foreign.example"
    )
    await create_customer(
        session,
        owner=world.engineer_other_team,
        territory=world.south,
        name="Secret Foreign Ltd",
        email="x@foreign.example",
    )
    await session.commit()

    candidates = await _check(client, world.engineer, email="x@foreign.example")

    assert sorted(c["kind"] for c in candidates) == ["customer", "lead"]
    for candidate in candidates:
        assert candidate["visible"] is False
        assert candidate["id"] is None and candidate["name"] is None
        assert candidate["customer_id"] is None and candidate["match_field"] == "email"


async def test_check_answers_what_capturing_would(
    client: AsyncClient, world: World, session: AsyncSession
):
    await create_lead(
        session, owner=world.teammate, phone="+91 99999 00001", phone_key="9999900001"
    )
    await session.commit()
    checked = await _check(client, world.head, phone="9999900001")
    captured = await client.post(
        "/api/v1/leads",
        json={"person_name": "Twin", "source": "web", "phone": "9999900001"},
        headers=auth(world.head),
    )
    assert captured.status_code == 409
    assert captured.json()["candidates"] == checked


async def test_check_creates_nothing_and_matches_nothing_on_short_or_empty_values(
    client: AsyncClient, world: World, session: AsyncSession
):
    await create_lead(
        session, owner=world.engineer, phone="+91 98765 43210", phone_key="9876543210"
    )
    await session.commit()
    before = await session.scalar(select(func.count()).select_from(Lead))
    assert await _check(client, world.engineer) == []
    assert await _check(client, world.engineer, email="", phone="", tax_id="") == []
    assert await _check(client, world.engineer, phone="3210") == []
    assert len(await _check(client, world.engineer, phone="98765 43210")) == 1
    assert await session.scalar(select(func.count()).select_from(Lead)) == before


async def test_check_needs_the_capture_permission_and_refuses_long_values(
    client: AsyncClient, world: World
):
    anonymous = await client.get("/api/v1/leads/duplicates", params={"email": "a@b.example"})
    assert anonymous.status_code == 401
    too_long = await client.get(
        "/api/v1/leads/duplicates", params={"phone": "9" * 41}, headers=auth(world.engineer)
    )
    assert too_long.status_code == 422
    assert too_long.json()["errors"][0]["loc"] == ["query", "phone"]

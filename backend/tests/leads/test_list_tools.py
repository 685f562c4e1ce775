"""The lead list's tools: count, export and bulk status changes and reassignment."""

from __future__ import annotations

import uuid
from decimal import Decimal

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from app.leads.models import LeadStatus
from tests.conftest import World, auth
from tests.factories.leads import create_lead
from tests.support.files import read_csv, read_xlsx


async def test_count_and_export_follow_the_filters_and_scope(
    client: AsyncClient, session: AsyncSession, world: World
) -> None:
    await create_lead(session, owner=world.engineer, territory=world.north, status=LeadStatus.NEW)
    await create_lead(
        session,
        owner=world.engineer,
        territory=world.north,
        status=LeadStatus.CONTACTED,
        company_name="@Evil Corp",
        estimated_value=Decimal("1250000"),
        currency="INR",
    )
    await create_lead(session, owner=world.engineer_other_team, territory=world.south)
    await session.commit()
    headers = auth(world.engineer)

    count = await client.get("/api/v1/leads/count", headers=headers)
    contacted = await client.get(
        "/api/v1/leads/count", params={"status": "contacted"}, headers=headers
    )
    exported = await client.get(
        "/api/v1/leads/export", params={"status": "contacted"}, headers=headers
    )
    book = await client.get("/api/v1/leads/export", params={"format": "xlsx"}, headers=headers)

    assert (count.json(), contacted.json()) == ({"count": 2}, {"count": 1})
    (row,) = read_csv(exported.content)
    assert row["company_name"] == "'@Evil Corp"
    assert row["estimated_value"] == "1250000.00"
    assert row["status"] == "contacted"
    assert "address.city" in row
    header, *rows = read_xlsx(book.content)
    assert len(rows) == 2
    assert "score_factors" not in header


async def test_bulk_status_change_reports_illegal_moves_per_row(
    client: AsyncClient, session: AsyncSession, world: World
) -> None:
    contacted = await create_lead(
        session, owner=world.engineer, territory=world.north, status=LeadStatus.CONTACTED
    )
    new = await create_lead(session, owner=world.engineer, territory=world.north)
    theirs = await create_lead(
        session,
        owner=world.engineer_other_team,
        territory=world.south,
        status=LeadStatus.CONTACTED,
    )
    await session.commit()

    answer = await client.post(
        "/api/v1/leads/bulk",
        json={
            "action": "change_status",
            "status": "qualified",
            "ids": [str(contacted.id), str(new.id), str(theirs.id)],
        },
        headers=auth(world.engineer),
    )

    results = {r["id"]: r for r in answer.json()["results"]}
    assert results[str(contacted.id)]["outcome"] == "ok"
    assert results[str(new.id)]["code"] == "leads.illegal_transition"
    assert results[str(theirs.id)]["code"] == "leads.not_found"
    await session.refresh(contacted)
    await session.refresh(theirs)
    assert contacted.status is LeadStatus.QUALIFIED
    assert theirs.status is LeadStatus.CONTACTED


async def test_bulk_reassign_needs_the_assign_permission(
    client: AsyncClient, session: AsyncSession, world: World
) -> None:
    lead = await create_lead(session, owner=world.engineer, territory=world.north)
    await session.commit()
    body = {"action": "reassign", "ids": [str(lead.id)], "owner_id": str(world.teammate.id)}

    by_engineer = await client.post("/api/v1/leads/bulk", json=body, headers=auth(world.engineer))
    by_head = await client.post("/api/v1/leads/bulk", json=body, headers=auth(world.head))
    disqualify = await client.post(
        "/api/v1/leads/bulk",
        json={"action": "change_status", "status": "disqualified", "ids": [str(uuid.uuid4())]},
        headers=auth(world.head),
    )

    assert by_engineer.status_code == 403
    assert by_head.json()["succeeded"] == 1
    assert disqualify.status_code == 422
    assert disqualify.json()["errors"][0]["loc"] == ["body", "reason"]

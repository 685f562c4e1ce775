"""The deal list's tools: count, export and bulk stage moves and reassignment."""

from __future__ import annotations

from decimal import Decimal

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from tests.conftest import World, auth
from tests.factories.customers import create_customer
from tests.factories.opportunities import create_opportunity, stage_named
from tests.support.files import read_csv


async def test_count_export_and_bulk_moves_are_scoped(
    client: AsyncClient, session: AsyncSession, world: World
) -> None:
    mine = await create_customer(session, owner=world.engineer, territory=world.north)
    theirs_customer = await create_customer(
        session, owner=world.engineer_other_team, territory=world.south
    )
    deals = [
        await create_opportunity(
            session, owner=world.engineer, customer=mine, amount=Decimal("2700384.5")
        )
        for _ in range(2)
    ]
    theirs = await create_opportunity(
        session, owner=world.engineer_other_team, customer=theirs_customer
    )
    proposal = await stage_named(session, "Proposal")
    await session.commit()
    headers = auth(world.engineer)

    count = await client.get("/api/v1/opportunities/count", headers=headers)
    rows = read_csv((await client.get("/api/v1/opportunities/export", headers=headers)).content)
    moved = await client.post(
        "/api/v1/opportunities/bulk",
        json={
            "action": "change_stage",
            "stage_id": str(proposal.id),
            "ids": [str(deals[0].id), str(theirs.id)],
        },
        headers=headers,
    )
    again = await client.post(
        "/api/v1/opportunities/bulk",
        json={"action": "change_stage", "stage_id": str(proposal.id), "ids": [str(deals[0].id)]},
        headers=headers,
    )

    assert count.json() == {"count": 2}
    assert {r["id"] for r in rows} == {str(d.id) for d in deals}
    assert {r["amount"] for r in rows} == {"2700384.50"}
    assert {r["currency"] for r in rows} == {"INR"}
    assert {r["customer_name"] for r in rows} == {mine.name}
    results = {r["id"]: r for r in moved.json()["results"]}
    assert results[str(deals[0].id)]["outcome"] == "ok"
    assert results[str(theirs.id)]["code"] == "opportunities.not_found"
    assert again.json()["results"][0]["status"] == 409

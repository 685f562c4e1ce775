"""Lead counts per status: exact, scoped, constant cost."""

from __future__ import annotations

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from app.leads.models import LeadStatus
from tests.conftest import World, auth
from tests.factories.leads import create_lead


async def test_counts_per_status_are_exact_and_scoped(
    client: AsyncClient, world: World, session: AsyncSession, count_statements
):
    for status, n in ((LeadStatus.NEW, 3), (LeadStatus.CONTACTED, 2), (LeadStatus.QUALIFIED, 1)):
        for _ in range(n):
            await create_lead(session, owner=world.engineer, territory=world.north, status=status)
    await create_lead(session, owner=world.teammate, territory=world.north)
    await create_lead(session, owner=world.engineer_other_team, territory=world.south)
    await session.commit()

    with count_statements() as counted:
        mine = await client.get("/api/v1/leads/counts", headers=auth(world.engineer))
    assert mine.status_code == 200
    assert mine.json() == {
        "new": 3,
        "contacted": 2,
        "qualified": 1,
        "disqualified": 0,
        "converted": 0,
    }
    assert counted.n <= 4

    team = await client.get("/api/v1/leads/counts", headers=auth(world.head))
    assert team.json()["new"] == 4  # the teammate's lead too, not the other team's
    one_owner = await client.get(
        "/api/v1/leads/counts",
        params={"owner_id": str(world.teammate.id)},
        headers=auth(world.head),
    )
    assert one_owner.json()["new"] == 1 and one_owner.json()["contacted"] == 0

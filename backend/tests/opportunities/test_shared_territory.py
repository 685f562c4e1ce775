"""A territory covered by both teams: deals stay with the team that owns them."""

from __future__ import annotations

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from app.users.models import Territory
from tests.conftest import World, auth
from tests.factories.customers import create_customer
from tests.factories.opportunities import create_opportunity, stage_named

URL = "/api/v1/opportunities"


async def test_another_teams_deal_in_a_shared_territory_is_a_404_and_off_the_board(
    client: AsyncClient, world: World, session: AsyncSession, west: Territory
):
    customer = await create_customer(session, owner=world.engineer_other_team, territory=west)
    foreign = await create_opportunity(session, owner=world.engineer_other_team, customer=customer)
    mine = await create_opportunity(session, owner=world.engineer, customer=customer)
    proposal = await stage_named(session, "Proposal")
    await session.commit()
    url = f"{URL}/{foreign.id}"
    for user in (world.engineer, world.head):
        headers = auth(user)
        listed = await client.get(URL, params={"territory_id": str(west.id)}, headers=headers)
        assert [o["id"] for o in listed.json()["items"]] == [str(mine.id)]
        read = await client.get(url, headers=headers)
        assert read.status_code == 404
        assert foreign.title not in read.text
        patched = await client.patch(
            url, json={"title": "Hijacked"}, headers={**headers, "If-Match": '"1"'}
        )
        assert patched.status_code == 404
        moved = await client.post(
            f"{url}/move", json={"stage_id": str(proposal.id)}, headers=headers
        )
        assert moved.status_code == 404
        assert (await client.get(f"{url}/history", headers=headers)).status_code == 404
        board = await client.get(
            f"{URL}/board", params={"territory_id": str(west.id)}, headers=headers
        )
        potential = board.json()["columns"][0]
        assert potential["count"] == 1
        assert [c["id"] for c in potential["cards"]] == [str(mine.id)]
        assert potential["totals"][0]["amount"] == "100000.00"
    reassigned = await client.patch(
        url,
        json={"owner_id": str(world.engineer.id)},
        headers={**auth(world.head), "If-Match": '"1"'},
    )
    assert reassigned.status_code == 404
    await session.refresh(foreign)
    assert foreign.title != "Hijacked" and foreign.stage_id != proposal.id
    assert foreign.owner_id == world.engineer_other_team.id

    theirs = await client.get(URL, headers=auth(world.other_head))
    assert {o["id"] for o in theirs.json()["items"]} == {str(foreign.id)}

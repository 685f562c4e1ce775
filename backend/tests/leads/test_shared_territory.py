"""A territory covered by both teams (like the demo's West): leads stay with the team
that owns them. Territory is not a reason to see another team's lead."""

from __future__ import annotations

from httpx import AsyncClient
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.leads.models import Lead, LeadStatus
from app.users.models import Territory
from tests.conftest import World, auth
from tests.factories.leads import create_lead

URL = "/api/v1/leads"


async def test_another_teams_lead_in_a_shared_territory_is_a_404(
    client: AsyncClient, world: World, session: AsyncSession, west: Territory
):
    foreign = await create_lead(session, owner=world.engineer_other_team, territory=west)
    mine = await create_lead(session, owner=world.engineer, territory=west)
    await session.commit()
    url = f"{URL}/{foreign.id}"
    for user in (world.engineer, world.head):
        headers = auth(user)
        listed = await client.get(URL, params={"territory_id": str(west.id)}, headers=headers)
        assert [lead["id"] for lead in listed.json()["items"]] == [str(mine.id)]
        read = await client.get(url, headers=headers)
        assert read.status_code == 404
        assert foreign.company_name not in read.text
        patched = await client.patch(
            url, json={"notes": "mine now"}, headers={**headers, "If-Match": '"1"'}
        )
        assert patched.status_code == 404
        for action, body in (
            ("contact", None),
            ("disqualify", {"reason": "x"}),
            ("convert", {}),
            ("convert", {"create_new_customer": True}),
        ):
            answer = await client.post(f"{url}/{action}", json=body, headers=headers)
            assert answer.status_code == 404, (user.email, action)
    assigned = await client.post(
        f"{url}/assign", json={"owner_id": str(world.head.id)}, headers=auth(world.head)
    )
    assert assigned.status_code == 404
    await session.refresh(foreign)
    assert foreign.status is LeadStatus.NEW and foreign.notes is None
    assert foreign.owner_id == world.engineer_other_team.id

    theirs = await client.get(URL, headers=auth(world.other_head))
    assert {lead["id"] for lead in theirs.json()["items"]} == {str(foreign.id)}


async def test_another_teams_twin_in_a_shared_territory_is_reported_without_its_data(
    client: AsyncClient, world: World, session: AsyncSession, west: Territory
):
    await create_lead(
        session, owner=world.engineer_other_team, territory=west, phone_key="9820012345"
    )
    await session.commit()
    answer = await client.post(
        URL,
        json={"company_name": "Twin Pumps", "phone": "+91 98200 12345", "source": "web"},
        headers=auth(world.engineer),
    )
    assert answer.status_code == 409
    [candidate] = answer.json()["candidates"]
    assert candidate["visible"] is False and candidate["id"] is None and candidate["name"] is None


async def test_a_heads_capture_in_a_shared_territory_goes_to_their_own_team(
    client: AsyncClient, world: World, session: AsyncSession, west: Territory
):
    # engineer_other_team has no open lead, the team's engineer has one: plain
    # round-robin would hand the head's lead to the other team, out of their sight.
    await create_lead(session, owner=world.engineer, territory=west)
    await session.commit()
    answer = await client.post(
        URL,
        json={
            "company_name": "Western Gears",
            "source": "web",
            "address": {"line1": "Andheri", "city": "Mumbai", "postal_code": "400069"},
        },
        headers=auth(world.head),
    )
    assert answer.status_code == 201, answer.text
    assert answer.json()["territory_id"] == str(west.id)
    assert answer.json()["owner_id"] == str(world.engineer.id)
    read = await client.get(f"{URL}/{answer.json()['id']}", headers=auth(world.head))
    assert read.status_code == 200


async def test_retrying_a_capture_that_was_routed_away_replays_the_first_answer(
    client: AsyncClient, world: World, session: AsyncSession
):
    """The phone's outbox resends the same create after a lost answer; the lead went to
    another territory's engineer, yet the retry is the same lead, not a 409 or a twin."""
    lead_id = "0190f2a4-7c3e-7b1a-9d2e-3f4a5b6c7d8e"
    body = {
        "id": lead_id,
        "company_name": "Southern Valves",
        "source": "field_visit",
        "address": {"line1": "Peenya", "city": "Bengaluru", "postal_code": "560058"},
    }
    first = await client.post(URL, json=body, headers=auth(world.engineer))
    assert first.status_code == 201, first.text
    assert first.json()["owner_id"] == str(world.engineer_other_team.id)
    retry = await client.post(URL, json=body, headers=auth(world.engineer))
    assert retry.status_code == 200, retry.text
    assert retry.json()["id"] == lead_id
    assert retry.json()["owner_id"] == str(world.engineer_other_team.id)
    count = await session.scalar(select(func.count()).select_from(Lead))
    assert count == 1
    # Someone else sending that id is still told it is taken.
    stranger = await client.post(URL, json=body, headers=auth(world.teammate))
    assert stranger.status_code == 409

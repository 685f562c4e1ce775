"""A head's team agenda with a per-engineer filter, and the owner filter of the list."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from app.activities.models import Activity
from app.core.clock import utcnow
from app.users.models import User
from tests.conftest import World, auth
from tests.factories.activities import create_activity


async def _agenda(client: AsyncClient, user: User, **params: Any) -> dict[str, Any]:
    start = utcnow().replace(hour=0, minute=0, second=0, microsecond=0)
    query = {"from": start.isoformat(), "to": (start + timedelta(days=7)).isoformat(), **params}
    answer = await client.get("/api/v1/activities/agenda", params=query, headers=auth(user))
    assert answer.status_code == 200, answer.text
    body: dict[str, Any] = answer.json()
    return body


def _subjects(items: list[dict[str, Any]]) -> list[str]:
    return sorted(item["subject"] for item in items)


async def _plan(session: AsyncSession, world: World) -> dict[str, Activity]:
    soon = utcnow() + timedelta(days=1)
    planned = {
        "engineer": await create_activity(
            session, owner=world.engineer, at=soon, subject="Engineer's call"
        ),
        "teammate": await create_activity(
            session, owner=world.teammate, at=soon, subject="Teammate's call"
        ),
        "head": await create_activity(session, owner=world.head, at=soon, subject="Head's call"),
        "foreign": await create_activity(
            session, owner=world.engineer_other_team, at=soon, subject="Foreign call"
        ),
        "overdue": await create_activity(
            session,
            owner=world.teammate,
            at=utcnow() - timedelta(days=3),
            subject="Teammate's overdue",
        ),
    }
    await session.commit()
    return planned


async def test_head_sees_the_whole_teams_agenda(
    client: AsyncClient, world: World, session: AsyncSession
):
    await _plan(session, world)
    body = await _agenda(client, world.head)
    assert _subjects(body["activities"]) == ["Engineer's call", "Head's call", "Teammate's call"]
    assert _subjects(body["overdue"]) == ["Teammate's overdue"]
    assert body["truncated"] is False


async def test_head_picks_one_engineers_agenda_or_several(
    client: AsyncClient, world: World, session: AsyncSession
):
    await _plan(session, world)
    one = await _agenda(client, world.head, owner_id=str(world.teammate.id))
    assert _subjects(one["activities"]) == ["Teammate's call"]
    assert _subjects(one["overdue"]) == ["Teammate's overdue"]
    two = await _agenda(
        client, world.head, owner_id=[str(world.teammate.id), str(world.engineer.id)]
    )
    assert _subjects(two["activities"]) == ["Engineer's call", "Teammate's call"]


async def test_another_teams_engineer_adds_nothing_to_a_heads_agenda(
    client: AsyncClient, world: World, session: AsyncSession
):
    await _plan(session, world)
    body = await _agenda(client, world.head, owner_id=str(world.engineer_other_team.id))
    assert body["activities"] == [] and body["overdue"] == []


async def test_engineer_sees_only_their_own_agenda_whoever_they_ask_for(
    client: AsyncClient, world: World, session: AsyncSession
):
    await _plan(session, world)
    assert _subjects((await _agenda(client, world.engineer))["activities"]) == ["Engineer's call"]
    teammate = await _agenda(client, world.engineer, owner_id=str(world.teammate.id))
    assert teammate["activities"] == [] and teammate["overdue"] == []


async def test_admin_sees_everyones_agenda(
    client: AsyncClient, world: World, session: AsyncSession
):
    await _plan(session, world)
    body = await _agenda(client, world.admin)
    assert "Foreign call" in _subjects(body["activities"])
    other = await _agenda(client, world.admin, owner_id=str(world.engineer_other_team.id))
    assert _subjects(other["activities"]) == ["Foreign call"]


async def test_reminders_are_the_callers_own_on_a_team_agenda(
    client: AsyncClient, world: World, session: AsyncSession
):
    now = utcnow()
    for owner in (world.head, world.teammate):
        await create_activity(
            session,
            owner=owner,
            at=now + timedelta(minutes=30),
            reminder_at=now - timedelta(minutes=1),
            subject=f"Remind {owner.email}",
        )
    await session.commit()
    body = await _agenda(client, world.head, owner_id=str(world.teammate.id))
    assert _subjects(body["reminders"]) == [f"Remind {world.head.email}"]


async def test_my_agenda_stays_my_own_for_a_head(
    client: AsyncClient, world: World, session: AsyncSession
):
    await _plan(session, world)
    start = utcnow().replace(hour=0, minute=0, second=0, microsecond=0)
    mine = await client.get(
        "/api/v1/me/agenda",
        params={"from": start.isoformat(), "to": (start + timedelta(days=7)).isoformat()},
        headers=auth(world.head),
    )
    assert _subjects(mine.json()["activities"]) == ["Head's call"]


async def test_the_list_filters_by_several_owners_within_scope(
    client: AsyncClient, world: World, session: AsyncSession
):
    await _plan(session, world)

    async def listed(user: User, *owners: User) -> list[str]:
        answer = await client.get(
            "/api/v1/activities",
            params={"owner_id": [str(o.id) for o in owners]},
            headers=auth(user),
        )
        assert answer.status_code == 200, answer.text
        return _subjects(answer.json()["items"])

    assert await listed(world.head, world.engineer) == ["Engineer's call"]
    assert await listed(world.head, world.engineer, world.head) == [
        "Engineer's call",
        "Head's call",
    ]
    assert await listed(world.head, world.engineer_other_team) == []
    assert await listed(world.engineer, world.teammate) == []


async def test_team_agenda_validates_its_range_and_owners(
    client: AsyncClient, world: World, session: AsyncSession
):
    start = utcnow()
    too_long = await client.get(
        "/api/v1/activities/agenda",
        params={"from": start.isoformat(), "to": (start + timedelta(days=63)).isoformat()},
        headers=auth(world.head),
    )
    assert too_long.status_code == 422
    not_an_id = await client.get(
        "/api/v1/activities/agenda", params={"owner_id": "me"}, headers=auth(world.head)
    )
    assert not_an_id.status_code == 422
    assert not_an_id.json()["errors"][0]["loc"][:2] == ["query", "owner_id"]

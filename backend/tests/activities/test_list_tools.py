"""The activity list's tools: count, export and bulk complete/cancel."""

from __future__ import annotations

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from app.activities.models import ActivityStatus
from tests.conftest import World, auth
from tests.factories.activities import create_activity
from tests.support.files import read_csv


async def test_count_export_and_bulk_cancel(
    client: AsyncClient, session: AsyncSession, world: World
) -> None:
    planned = await create_activity(session, owner=world.engineer, subject="=1+1")
    done = await create_activity(session, owner=world.engineer, status=ActivityStatus.DONE)
    theirs = await create_activity(session, owner=world.engineer_other_team)
    await session.commit()
    headers = auth(world.engineer)

    count = await client.get(
        "/api/v1/activities/count", params={"status": "planned"}, headers=headers
    )
    rows = read_csv((await client.get("/api/v1/activities/export", headers=headers)).content)
    answer = await client.post(
        "/api/v1/activities/bulk",
        json={
            "action": "change_status",
            "status": "cancelled",
            "ids": [str(planned.id), str(done.id), str(theirs.id)],
        },
        headers=headers,
    )

    assert count.json() == {"count": 1}
    assert {r["id"] for r in rows} == {str(planned.id), str(done.id)}
    assert "'=1+1" in {r["subject"] for r in rows}
    outcomes = [(r["outcome"], r["code"]) for r in answer.json()["results"]]
    assert outcomes == [
        ("ok", None),
        ("problem", "activities.closed"),
        ("problem", "activities.not_found"),
    ]
    await session.refresh(planned)
    assert planned.status is ActivityStatus.CANCELLED

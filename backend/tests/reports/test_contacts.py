"""The contacts report through HTTP: interactions per contact recounted from the
activities done with them, the last outcome and days since; scoping; filters."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from app.activities.models import ActivityStatus, ActivityType
from tests.conftest import World, auth
from tests.factories.activities import create_activity
from tests.factories.customers import create_customer
from tests.support.files import read_csv

URL = "/api/v1/reports/contacts"
WINDOW = {"from": "2026-06-01", "to": "2026-06-30"}
JUNE = datetime(2026, 6, 10, 6, tzinfo=UTC)


@pytest.fixture
async def people(session: AsyncSession, world: World) -> dict[str, object]:
    mine = await create_customer(
        session, owner=world.engineer, territory=world.north, segment_tags=["oem"]
    )
    theirs = await create_customer(session, owner=world.engineer_other_team, territory=world.south)
    ravi, other = mine.contacts[0], theirs.contacts[0]
    done = ActivityStatus.DONE
    for kind, at, outcome, owner in (
        (ActivityType.CALL, JUNE, "Asked for a quote", world.engineer),
        (ActivityType.CALL, JUNE + timedelta(days=5), "Quote sent", world.engineer),
        (ActivityType.MEETING, JUNE + timedelta(days=12), "Visited the plant", world.teammate),
        (ActivityType.CALL, JUNE - timedelta(days=20), "May: not counted", world.engineer),
    ):
        await create_activity(
            session,
            owner=owner,
            type=kind,
            at=at,
            status=done,
            completed_at=at,
            outcome=outcome,
            contact_id=ravi.id,
            customer_id=mine.id,
        )
    await create_activity(  # planned, not done
        session, owner=world.engineer, at=JUNE, contact_id=ravi.id, customer_id=mine.id
    )
    await create_activity(
        session,
        owner=world.engineer_other_team,
        at=JUNE,
        status=done,
        completed_at=JUNE,
        contact_id=other.id,
        customer_id=theirs.id,
    )
    await session.commit()
    return {"ravi": ravi, "other": other}


async def test_interactions_per_contact(
    client: AsyncClient, world: World, people: dict[str, object]
):
    answer = await client.get(URL, params=WINDOW, headers=auth(world.head))
    assert answer.status_code == 200, answer.text
    (ravi,) = answer.json()["items"]
    assert ravi["contact_id"] == str(people["ravi"].id)  # type: ignore[attr-defined]
    assert (ravi["calls"], ravi["meetings"], ravi["interactions"]) == (2, 1, 3)
    assert (ravi["last_outcome"], ravi["days_since_last"], ravi["per_month"]) == (
        "Visited the plant",
        8,
        3.0,
    )
    assert ravi["channel"] == "phone"
    # An engineer counts their own activities only; the admin sees both contacts.
    mine = (await client.get(URL, params=WINDOW, headers=auth(world.engineer))).json()
    assert [(c["interactions"], c["last_outcome"]) for c in mine["items"]] == [(2, "Quote sent")]
    everyone = (await client.get(URL, params=WINDOW, headers=auth(world.admin))).json()
    assert len(everyone["items"]) == 2


async def test_filters_narrow(client: AsyncClient, world: World, people: dict[str, object]):
    south = await client.get(
        URL, params={**WINDOW, "territory_id": str(world.south.id)}, headers=auth(world.admin)
    )
    assert [c["contact_id"] for c in south.json()["items"]] == [str(people["other"].id)]  # type: ignore[attr-defined]
    mate = await client.get(
        URL, params={**WINDOW, "engineer_id": str(world.teammate.id)}, headers=auth(world.admin)
    )
    assert [c["interactions"] for c in mate.json()["items"]] == [1]
    as_csv = await client.get(
        URL, params={**WINDOW, "segment": "oem", "format": "csv"}, headers=auth(world.admin)
    )
    (line,) = read_csv(as_csv.content)
    assert (line["interactions"], line["last_outcome"]) == ("3", "Visited the plant")

"""The employee login report through HTTP: per person, first and last sign-in,
failures, devices and days, recounted from the login events; heads see their team,
engineers may not read it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.models import LoginEvent
from app.users.models import User
from tests.conftest import World, auth
from tests.support.files import read_csv

URL = "/api/v1/reports/logins"
WINDOW = {"from": "2026-04-01", "to": "2026-04-30"}
START = datetime(2026, 4, 6, 3, 30, tzinfo=UTC)  # 09:00 in India


def _event(
    user: User | None, when: datetime, outcome: str, device: str | None, ip: str
) -> LoginEvent:
    return LoginEvent(
        occurred_at=when,
        email=user.email if user else "nobody@example.com",
        user_id=user.id if user else None,
        succeeded=outcome == "ok",
        outcome=outcome,
        ip_address=ip,
        device_name=device,
    )


@pytest.fixture
async def events(session: AsyncSession, world: World) -> None:
    eng = world.engineer
    session.add_all(
        [
            _event(eng, START, "ok", "Pixel 8", "10.0.0.1"),
            _event(eng, START + timedelta(hours=1), "ok", "Chrome on Windows", "10.0.0.2"),
            _event(eng, START + timedelta(days=2), "ok", "Pixel 8", "10.0.0.3"),
            _event(eng, START + timedelta(days=2, hours=2), "logout", "Pixel 8", "10.0.0.3"),
            _event(eng, START - timedelta(minutes=5), "bad_credentials", None, "10.0.0.9"),
            _event(eng, START - timedelta(minutes=4), "throttled", None, "10.0.0.9"),
            _event(eng, START - timedelta(days=10), "ok", "Old phone", "10.0.0.8"),  # March
            _event(world.engineer_other_team, START, "ok", "iPhone", "10.1.0.1"),
            _event(None, START, "bad_credentials", None, "203.0.113.5"),
        ]
    )
    await session.commit()


async def test_per_person_recounted_from_the_events(
    client: AsyncClient, world: World, events: None
):
    answer = await client.get(URL, params=WINDOW, headers=auth(world.admin))
    assert answer.status_code == 200, answer.text
    items = answer.json()["items"]
    mine = next(item for item in items if item["user_id"] == str(world.engineer.id))
    assert (mine["first_login_at"], mine["last_login_at"]) == (
        "2026-04-06T03:30:00Z",
        "2026-04-08T03:30:00Z",
    )
    assert (mine["logins"], mine["failures"], mine["throttled"], mine["logouts"]) == (3, 1, 1, 1)
    assert (mine["active_days"], mine["devices"], mine["last_ip_address"]) == (
        2,
        ["Chrome on Windows", "Pixel 8"],
        "10.0.0.3",
    )
    # Active people without a sign-in appear (who never signed in); the unknown last.
    mate = next(item for item in items if item["user_id"] == str(world.teammate.id))
    assert (mate["logins"], mate["first_login_at"], mate["devices"]) == (0, None, [])
    unknown = items[-1]
    assert (unknown["user_id"], unknown["failures"]) == (None, 1)


async def test_a_head_sees_the_team_an_engineer_may_not_read_it(
    client: AsyncClient, world: World, events: None
):
    answer = await client.get(URL, params=WINDOW, headers=auth(world.head))
    names = {item["user_name"] for item in answer.json()["items"]}
    assert names == {world.head.full_name, world.engineer.full_name, world.teammate.full_name}
    refused = await client.get(URL, params=WINDOW, headers=auth(world.engineer))
    assert (refused.status_code, refused.json()["code"]) == (403, "auth.missing_permission")
    one = await client.get(
        URL,
        params={**WINDOW, "engineer_id": str(world.engineer.id), "format": "csv"},
        headers=auth(world.head),
    )
    (line,) = read_csv(one.content)
    assert (line["logins"], line["devices"]) == ("3", "Chrome on Windows; Pixel 8")

"""Duty days: starting and ending the working day, one open day at a time."""

from __future__ import annotations

import asyncio
import uuid
from datetime import timedelta

from httpx import AsyncClient
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.clock import utcnow
from app.duty.models import DutyDay
from tests.conftest import Live, World, auth

PLACE = {"latitude": 28.6139, "longitude": 77.209, "accuracy_m": 12.0}


def start_body(**extra):
    return {"started_at": (utcnow() - timedelta(hours=1)).isoformat(), **PLACE, **extra}


def end_body(**extra):
    return {"ended_at": utcnow().isoformat(), **PLACE, **extra}


async def test_engineer_starts_and_ends_the_day_with_place_and_odometer(
    client: AsyncClient, world: World
):
    started = await client.post(
        "/api/v1/duty-days", json=start_body(odometer_km="12045.5"), headers=auth(world.engineer)
    )
    assert started.status_code == 201, started.text
    day = started.json()
    assert day["user_id"] == str(world.engineer.id)
    assert day["start_odometer_km"] == "12045.5" and day["ended_at"] is None
    assert day["start_latitude"] == 28.6139

    ended = await client.post(
        f"/api/v1/duty-days/{day['id']}/end",
        json=end_body(odometer_km="12102.0"),
        headers=auth(world.engineer),
    )
    assert ended.status_code == 200, ended.text
    assert ended.json()["end_odometer_km"] == "12102.0" and ended.json()["ended_at"]

    again = await client.post(
        f"/api/v1/duty-days/{day['id']}/end", json=end_body(), headers=auth(world.engineer)
    )
    assert again.status_code == 409 and again.json()["code"] == "duty.already_ended"
    # Once ended, a new day may start.
    next_day = await client.post(
        "/api/v1/duty-days", json=start_body(), headers=auth(world.engineer)
    )
    assert next_day.status_code == 201


async def test_a_second_open_day_is_refused(client: AsyncClient, world: World):
    first = await client.post("/api/v1/duty-days", json=start_body(), headers=auth(world.engineer))
    assert first.status_code == 201
    second = await client.post("/api/v1/duty-days", json=start_body(), headers=auth(world.engineer))
    assert second.status_code == 409 and second.json()["code"] == "duty.already_started"
    # Someone else's day is their own.
    other = await client.post("/api/v1/duty-days", json=start_body(), headers=auth(world.teammate))
    assert other.status_code == 201


async def test_start_replayed_with_its_client_id_or_idempotency_key_is_one_day(
    client: AsyncClient, world: World, session: AsyncSession
):
    body = start_body(id=str(uuid.uuid4()))
    first = await client.post("/api/v1/duty-days", json=body, headers=auth(world.engineer))
    replay = await client.post("/api/v1/duty-days", json=body, headers=auth(world.engineer))
    assert first.status_code == 201 and replay.status_code == 200
    assert replay.json()["id"] == first.json()["id"] == body["id"]
    keyed = {**auth(world.teammate), "Idempotency-Key": "duty-start-1"}
    keyed_body = start_body()
    one = await client.post("/api/v1/duty-days", json=keyed_body, headers=keyed)
    two = await client.post("/api/v1/duty-days", json=keyed_body, headers=keyed)
    assert one.status_code == two.status_code == 201 and one.json()["id"] == two.json()["id"]
    count = await session.scalar(select(func.count()).select_from(DutyDay))
    assert count == 2


async def test_bad_times_and_readings_name_the_field(client: AsyncClient, world: World):
    future = {**start_body(), "started_at": (utcnow() + timedelta(hours=2)).isoformat()}
    answer = await client.post("/api/v1/duty-days", json=future, headers=auth(world.engineer))
    assert answer.status_code == 422
    assert answer.json()["errors"][0]["loc"] == ["body", "started_at"]

    bad_lat = {**start_body(), "latitude": 91}
    answer = await client.post("/api/v1/duty-days", json=bad_lat, headers=auth(world.engineer))
    assert answer.status_code == 422 and answer.json()["errors"][0]["loc"][-1] == "latitude"

    day = (
        await client.post(
            "/api/v1/duty-days", json=start_body(odometer_km="500"), headers=auth(world.engineer)
        )
    ).json()
    early = {**end_body(), "ended_at": (utcnow() - timedelta(hours=3)).isoformat()}
    answer = await client.post(
        f"/api/v1/duty-days/{day['id']}/end", json=early, headers=auth(world.engineer)
    )
    assert answer.status_code == 422 and answer.json()["errors"][0]["loc"] == ["body", "ended_at"]
    lower = end_body(odometer_km="499")
    answer = await client.post(
        f"/api/v1/duty-days/{day['id']}/end", json=lower, headers=auth(world.engineer)
    )
    assert answer.status_code == 422
    assert answer.json()["errors"][0]["loc"] == ["body", "odometer_km"]
    read = await client.get(f"/api/v1/duty-days/{day['id']}", headers=auth(world.engineer))
    assert read.json()["ended_at"] is None  # the refused ends changed nothing


async def test_head_sees_the_teams_days_but_not_other_teams_and_does_not_end_them(
    client: AsyncClient, world: World
):
    mine = (
        await client.post("/api/v1/duty-days", json=start_body(), headers=auth(world.engineer))
    ).json()
    theirs = (
        await client.post(
            "/api/v1/duty-days", json=start_body(), headers=auth(world.engineer_other_team)
        )
    ).json()
    listed = await client.get("/api/v1/duty-days?is_open=true", headers=auth(world.head))
    ids = {d["id"] for d in listed.json()["items"]}
    assert mine["id"] in ids and theirs["id"] not in ids
    hidden = await client.get(f"/api/v1/duty-days/{theirs['id']}", headers=auth(world.head))
    assert hidden.status_code == 404
    ended = await client.post(
        f"/api/v1/duty-days/{mine['id']}/end", json=end_body(), headers=auth(world.head)
    )
    assert ended.status_code == 403
    own_list = await client.get("/api/v1/duty-days", headers=auth(world.engineer_other_team))
    assert [d["id"] for d in own_list.json()["items"]] == [theirs["id"]]


async def test_two_concurrent_starts_leave_one_open_day(live: Live):
    engineer = live.world.engineer
    async with live.client() as client:
        answers = await asyncio.gather(
            *(
                client.post("/api/v1/duty-days", json=start_body(), headers=auth(engineer))
                for _ in range(4)
            )
        )
    statuses = sorted(a.status_code for a in answers)
    assert statuses == [201, 409, 409, 409], [a.text for a in answers]
    assert all(a.json()["code"] == "duty.already_started" for a in answers if a.status_code == 409)
    async with live.sessionmaker() as session:
        count = await session.scalar(
            select(func.count()).select_from(DutyDay).where(DutyDay.user_id == engineer.id)
        )
    assert count == 1

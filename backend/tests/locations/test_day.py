"""One person's day: distance and route computed from the pings, outliers left out."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from httpx import AsyncClient

from app.core.geo import TrackPoint, haversine_m, simplify
from tests.conftest import World, auth

DAY = "2026-11-02"
# 10:00 in India (the default company time zone) on that day.
MORNING = datetime(2026, 11, 2, 4, 30, tzinfo=UTC)


def ping(at: datetime, lat: float, lon: float = 77.2, accuracy: float | None = 10.0):
    return {
        "id": str(uuid.uuid4()),
        "recorded_at": at.isoformat(),
        "latitude": lat,
        "longitude": lon,
        "accuracy_m": accuracy,
    }


async def send(client: AsyncClient, person, pings) -> None:
    answer = await client.post(
        "/api/v1/locations/pings", json={"pings": pings}, headers=auth(person)
    )
    assert answer.json()["applied"] == len(pings), answer.text


def test_haversine_matches_a_known_distance():
    # New Delhi to Mumbai, about 1,150 km as the crow flies.
    assert haversine_m(28.6139, 77.209, 19.076, 72.8777) == pytest.approx(1_153_000, rel=0.01)
    assert haversine_m(28.6, 77.2, 28.6, 77.2) == 0


def test_simplify_keeps_corners_and_drops_points_on_a_straight_line():
    start = MORNING
    line = [TrackPoint(start + timedelta(minutes=i), 28.6 + i * 0.001, 77.2) for i in range(10)]
    corner = [
        TrackPoint(start + timedelta(minutes=10 + i), 28.609, 77.2 + i * 0.001)
        for i in range(1, 10)
    ]
    simplified = simplify(line + corner, tolerance_m=15)
    assert [(p.latitude, p.longitude) for p in simplified] == [
        (28.6, 77.2),
        (28.609, 77.2),
        (28.609, 77.209),
    ]


async def test_the_day_measures_plausible_points_and_draws_a_simplified_route(
    client: AsyncClient, world: World
):
    # A walk due north: 11 pings a minute apart, 0.001° (≈111 m) each.
    walk = [ping(MORNING + timedelta(minutes=i), 28.6 + i * 0.001) for i in range(11)]
    imprecise = ping(MORNING + timedelta(minutes=4, seconds=30), 28.65, accuracy=900)
    jump = ping(MORNING + timedelta(minutes=6, seconds=30), 28.66)  # 6 km in 30 s
    # The evening before and the morning after in India are other days.
    before = ping(datetime(2026, 11, 1, 18, 0, tzinfo=UTC), 28.9)  # 23:30 on 1 Nov
    after = ping(datetime(2026, 11, 2, 18, 40, tzinfo=UTC), 28.9)  # 00:10 on 3 Nov
    await send(client, world.engineer, [*walk, imprecise, jump, before, after])

    answer = await client.get(
        f"/api/v1/users/{world.engineer.id}/day?date={DAY}", headers=auth(world.engineer)
    )
    assert answer.status_code == 200, answer.text
    day = answer.json()
    assert day["date"] == DAY and day["timezone"] == "Asia/Kolkata"
    assert day["ping_count"] == 13 and day["points_used"] == 11
    expected = 10 * haversine_m(28.6, 77.2, 28.601, 77.2) / 1000
    assert day["distance_km"] == pytest.approx(expected, abs=0.002)
    assert datetime.fromisoformat(day["first_ping_at"]) == MORNING
    assert datetime.fromisoformat(day["last_ping_at"]) == MORNING + timedelta(minutes=10)
    # A straight walk is drawn with its two ends.
    drawn = [value for p in day["track"] for value in (p["latitude"], p["longitude"])]
    assert drawn == pytest.approx([28.6, 77.2, 28.61, 77.2])


async def test_pings_uploaded_late_count_in_the_day(client: AsyncClient, world: World):
    await send(
        client, world.engineer, [ping(MORNING, 28.6), ping(MORNING + timedelta(minutes=5), 28.605)]
    )
    url = f"/api/v1/users/{world.engineer.id}/day?date={DAY}"
    first = (await client.get(url, headers=auth(world.head))).json()
    # The phone was offline in the afternoon; its pings arrive the next day.
    late = [ping(MORNING + timedelta(hours=5, minutes=i), 28.605 + i * 0.001) for i in range(1, 4)]
    await send(client, world.engineer, late)
    second = (await client.get(url, headers=auth(world.head))).json()
    assert second["ping_count"] == first["ping_count"] + 3
    assert second["distance_km"] > first["distance_km"]
    assert datetime.fromisoformat(second["last_ping_at"]) == MORNING + timedelta(hours=5, minutes=3)


async def test_a_day_of_someone_the_caller_may_not_see_is_404(client: AsyncClient, world: World):
    await send(client, world.engineer_other_team, [ping(MORNING, 12.97)])
    url = f"/api/v1/users/{world.engineer_other_team.id}/day?date={DAY}"
    assert (await client.get(url, headers=auth(world.head))).status_code == 404
    assert (await client.get(url, headers=auth(world.engineer))).status_code == 404
    assert (await client.get(url, headers=auth(world.other_head))).json()["ping_count"] == 1
    missing = f"/api/v1/users/{uuid.uuid4()}/day?date={DAY}"
    assert (await client.get(missing, headers=auth(world.admin))).status_code == 404
    bad_date = f"/api/v1/users/{world.engineer.id}/day?date=02-11-2026"
    answer = await client.get(bad_date, headers=auth(world.engineer))
    assert answer.status_code == 422 and answer.json()["errors"][0]["loc"] == ["query", "date"]


async def test_a_day_without_pings_is_empty(client: AsyncClient, world: World):
    answer = await client.get(
        f"/api/v1/users/{world.engineer.id}/day?date={DAY}", headers=auth(world.engineer)
    )
    day = answer.json()
    assert day["ping_count"] == 0 and day["distance_km"] == 0 and day["track"] == []
    assert day["first_ping_at"] is None

"""Location pings: batches with a result per ping, stored once however often re-sent."""

from __future__ import annotations

import asyncio
import json
import uuid
from datetime import timedelta

from httpx import AsyncClient
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.clock import utcnow
from app.locations.models import LocationPing
from tests.conftest import Live, World, auth


def ping(**fields):
    return {
        "id": str(uuid.uuid4()),
        "recorded_at": (utcnow() - timedelta(minutes=5)).isoformat(),
        "latitude": 28.6139,
        "longitude": 77.209,
        "accuracy_m": 8.5,
        "speed_mps": 1.2,
        "battery_pct": 81,
        "is_mock": False,
        "event": "periodic",
        **fields,
    }


async def stored(session: AsyncSession) -> int:
    return int(await session.scalar(select(func.count()).select_from(LocationPing)) or 0)


async def test_each_ping_answers_its_outcome_and_bad_ones_do_not_stop_the_rest(
    client: AsyncClient, world: World, session: AsyncSession
):
    good = ping(event="check_in")
    pings = [
        good,
        ping(latitude=91.5),
        ping(longitude=-181),
        ping(latitude=0, longitude=0),
        ping(recorded_at=(utcnow() + timedelta(hours=1)).isoformat()),
        ping(battery_pct=140),
        good,  # the same ping twice in one batch
        ping(is_mock=True, event="quote"),
    ]
    answer = await client.post(
        "/api/v1/locations/pings", json={"pings": pings}, headers=auth(world.engineer)
    )
    assert answer.status_code == 200, answer.text
    body = answer.json()
    outcomes = [r["outcome"] for r in body["results"]]
    assert outcomes == [
        "applied",
        "rejected",
        "rejected",
        "rejected",
        "rejected",
        "rejected",
        "duplicate",
        "applied",
    ]
    assert [r["id"] for r in body["results"]] == [p["id"] for p in pings]
    assert (body["applied"], body["duplicate"], body["rejected"]) == (2, 1, 5)
    fields = [r["problem"]["errors"][0]["loc"] for r in body["results"][1:6]]
    assert fields == [
        ["body", "pings", 1, "latitude"],
        ["body", "pings", 2, "longitude"],
        ["body", "pings", 3, "latitude"],
        ["body", "pings", 4, "recorded_at"],
        ["body", "pings", 5, "battery_pct"],
    ]
    problem = body["results"][1]["problem"]
    assert problem["status"] == 422 and problem["code"] == "locations.impossible_ping"
    assert await stored(session) == 2
    row = await session.get(LocationPing, uuid.UUID(good["id"]))
    assert row is not None and row.user_id == world.engineer.id and row.event.value == "check_in"


async def test_a_batch_sent_again_is_all_duplicates_and_stores_nothing_new(
    client: AsyncClient, world: World, session: AsyncSession
):
    pings = [ping() for _ in range(20)]
    first = await client.post(
        "/api/v1/locations/pings", json={"pings": pings}, headers=auth(world.engineer)
    )
    assert first.json()["applied"] == 20
    for _ in range(3):
        again = await client.post(
            "/api/v1/locations/pings", json={"pings": pings}, headers=auth(world.engineer)
        )
        assert again.status_code == 200
        assert again.json()["duplicate"] == 20 and again.json()["applied"] == 0
    # The answer was lost after the first half arrived: the whole batch again.
    mixed = pings[:10] + [ping() for _ in range(5)]
    answer = await client.post(
        "/api/v1/locations/pings", json={"pings": mixed}, headers=auth(world.engineer)
    )
    assert (answer.json()["applied"], answer.json()["duplicate"]) == (5, 10)
    assert await stored(session) == 25


async def test_an_id_someone_else_used_is_refused_without_touching_their_ping(
    client: AsyncClient, world: World, session: AsyncSession
):
    theirs = ping()
    await client.post(
        "/api/v1/locations/pings", json={"pings": [theirs]}, headers=auth(world.engineer_other_team)
    )
    answer = await client.post(
        "/api/v1/locations/pings",
        json={"pings": [{**theirs, "latitude": 12.97}]},
        headers=auth(world.engineer),
    )
    result = answer.json()["results"][0]
    assert result["outcome"] == "rejected" and result["problem"]["code"] == "id_taken"
    row = await session.get(LocationPing, uuid.UUID(theirs["id"]))
    assert row is not None
    assert row.user_id == world.engineer_other_team.id and row.latitude == 28.6139


async def test_batches_over_a_thousand_are_413_and_malformed_ones_422(
    client: AsyncClient, world: World, session: AsyncSession
):
    too_many = [ping() for _ in range(1001)]
    answer = await client.post(
        "/api/v1/locations/pings", json={"pings": too_many}, headers=auth(world.engineer)
    )
    assert answer.status_code == 413
    assert answer.json()["code"] == "locations.batch_too_large"
    assert answer.json()["errors"][0]["loc"] == ["body", "pings"]
    empty = await client.post(
        "/api/v1/locations/pings", json={"pings": []}, headers=auth(world.engineer)
    )
    assert empty.status_code == 422
    no_id = {k: v for k, v in ping().items() if k != "id"}
    answer = await client.post(
        "/api/v1/locations/pings", json={"pings": [no_id]}, headers=auth(world.engineer)
    )
    assert answer.status_code == 422
    assert answer.json()["errors"][0]["loc"] == ["body", "pings", 0, "id"]
    bad_event = ping(event="teleport")
    answer = await client.post(
        "/api/v1/locations/pings", json={"pings": [bad_event]}, headers=auth(world.engineer)
    )
    assert answer.status_code == 422
    assert await stored(session) == 0


async def test_a_batch_is_stored_in_the_same_statements_whatever_its_size(
    client: AsyncClient, world: World, count_statements
):
    counts = []
    for size in (3, 1000):
        pings = [ping() for _ in range(size)]
        with count_statements() as counted:
            answer = await client.post(
                "/api/v1/locations/pings", json={"pings": pings}, headers=auth(world.engineer)
            )
        assert answer.json()["applied"] == size
        counts.append(sum("location_pings" in s for s in counted.statements))
    assert counts == [1, 1]


async def test_latest_positions_are_each_visible_persons_newest_ping(
    client: AsyncClient, world: World, count_statements
):
    now = utcnow()
    sent = {
        world.engineer: [
            ping(recorded_at=(now - timedelta(hours=2)).isoformat(), latitude=28.50),
            ping(recorded_at=(now - timedelta(minutes=3)).isoformat(), latitude=28.55),
        ],
        world.teammate: [ping(recorded_at=(now - timedelta(hours=1)).isoformat(), latitude=28.7)],
        world.engineer_other_team: [ping(latitude=12.97, longitude=77.59)],
    }
    for person, pings in sent.items():
        # Sent out of order: the newest is the latest recorded, not the latest received.
        await client.post(
            "/api/v1/locations/pings", json={"pings": pings[::-1]}, headers=auth(person)
        )

    async def latest(person):
        with count_statements() as counted:
            answer = await client.get("/api/v1/locations/latest", headers=auth(person))
        assert answer.status_code == 200
        assert sum("location_pings" in s for s in counted.statements) == 1
        return {item["user_id"]: item for item in answer.json()["items"]}

    head_view = await latest(world.head)
    assert set(head_view) == {str(world.engineer.id), str(world.teammate.id)}
    assert head_view[str(world.engineer.id)]["latitude"] == 28.55
    assert head_view[str(world.engineer.id)]["user_name"] == world.engineer.full_name
    assert set(await latest(world.engineer)) == {str(world.engineer.id)}
    admin_view = await latest(world.admin)
    assert set(admin_view) == {
        str(world.engineer.id),
        str(world.teammate.id),
        str(world.engineer_other_team.id),
    }
    assert set(await latest(world.other_head)) == {str(world.engineer_other_team.id)}


async def test_the_same_batch_sent_concurrently_is_stored_once(live: Live):
    engineer = live.world.engineer
    pings = [ping() for _ in range(200)]
    async with live.client() as client:
        answers = await asyncio.gather(
            *(
                client.post(
                    "/api/v1/locations/pings", json={"pings": pings}, headers=auth(engineer)
                )
                for _ in range(3)
            )
        )
    assert all(a.status_code == 200 for a in answers), [a.text for a in answers]
    # Each ping was applied by exactly one of the three requests.
    for index in range(len(pings)):
        outcomes = sorted(a.json()["results"][index]["outcome"] for a in answers)
        assert outcomes == ["applied", "duplicate", "duplicate"]
    async with live.sessionmaker() as session:
        assert await stored(session) == 200


async def test_a_nan_in_the_body_is_that_pings_refusal_not_the_batchs(
    client: AsyncClient, world: World, session: AsyncSession
):
    """JSON bodies are parsed fast (orjson), which refuses the NaN that Python's json
    reads: such a body is parsed as before, so the ping with it is refused as impossible
    and the one beside it kept (not a 400 for the whole batch)."""
    good, bad = ping(), ping()
    body = json.dumps({"pings": [good, {**bad, "latitude": float("nan")}]}).encode()
    assert b"NaN" in body
    answer = await client.post(
        "/api/v1/locations/pings",
        content=body,
        headers={**auth(world.engineer), "Content-Type": "application/json"},
    )
    assert answer.status_code == 200, answer.text
    kept, refused = answer.json()["results"]
    assert kept["outcome"] == "applied"
    assert refused["outcome"] == "rejected"
    assert refused["problem"]["code"] == "locations.impossible_ping"
    assert await session.get(LocationPing, uuid.UUID(good["id"])) is not None
    assert await session.get(LocationPing, uuid.UUID(bad["id"])) is None

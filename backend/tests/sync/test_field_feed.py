"""Field work in the change feed: duty days, visits, visit reports and to-dos reach the
phone as deltas, scoped like their reads, with tombstones."""

from __future__ import annotations

from datetime import timedelta

from httpx import AsyncClient

from app.core.clock import utcnow
from tests.conftest import Live, auth
from tests.factories.customers import create_customer
from tests.sync.test_router import ids_of, pull_all, pull_until

PLACE = {"latitude": 28.61, "longitude": 77.21, "accuracy_m": 10.0}


async def _created(client: AsyncClient, url: str, body: dict, user) -> str:
    answer = await client.post(url, json=body, headers=auth(user))
    assert answer.status_code == 201, answer.text
    return str(answer.json()["id"])


async def test_field_records_reach_whoever_may_see_them(live: Live) -> None:
    world = live.world
    async with live.sessionmaker() as session:
        customer = await create_customer(session, owner=world.engineer, territory=world.north)
        await session.commit()
    async with live.client() as client:
        now = utcnow()
        todo = await _created(client, "/api/v1/todos", {"title": "Call back"}, world.engineer)
        day = await _created(
            client,
            "/api/v1/duty-days",
            {"started_at": (now - timedelta(hours=1)).isoformat(), **PLACE},
            world.engineer,
        )
        visit = await _created(
            client,
            "/api/v1/visits/check-in",
            {"customer_id": str(customer.id), "checked_in_at": now.isoformat(), **PLACE},
            world.engineer,
        )
        report = await _created(
            client, f"/api/v1/visits/{visit}/report", {"outcome": "Good"}, world.engineer
        )
        wanted = lambda c: c["id"] == report  # noqa: E731
        mine, _ = await pull_until(client, world.engineer, "", wanted)
        assert ids_of(mine, "todos") == {todo}
        assert ids_of(mine, "duty_days") == {day}
        assert ids_of(mine, "visits") == {visit}
        assert ids_of(mine, "visit_reports") == {report}
        visit_change = next(c for c in mine if c["id"] == visit)
        assert visit_change["data"]["status"] == "checked_in"
        assert visit_change["data"]["customer_name"] == customer.name

        heads, _ = await pull_all(client, world.head)
        assert ids_of(heads, "visits") == {visit} and ids_of(heads, "duty_days") == {day}
        assert ids_of(heads, "todos") == set()  # to-dos are personal
        others, _ = await pull_all(client, world.engineer_other_team)
        seen = {c["id"] for c in others}
        assert not seen & {todo, day, visit, report}


async def test_deleted_to_dos_and_reassigned_visits_arrive_as_tombstones(live: Live) -> None:
    world = live.world
    async with live.sessionmaker() as session:
        customer = await create_customer(session, owner=world.engineer, territory=world.north)
        await session.commit()
    async with live.client() as client:
        todo = await _created(client, "/api/v1/todos", {"title": "Soon gone"}, world.engineer)
        visit = await _created(
            client,
            "/api/v1/visits",
            {"customer_id": str(customer.id), "planned_date": "2027-01-15"},
            world.engineer,
        )
        _, since = await pull_until(client, world.engineer, "", lambda c: c["id"] == visit)
        deleted = await client.delete(
            f"/api/v1/todos/{todo}", headers={**auth(world.engineer), "If-Match": "*"}
        )
        assert deleted.status_code == 204
        moved = await client.patch(
            f"/api/v1/visits/{visit}",
            json={"owner_id": str(world.teammate.id)},
            headers={**auth(world.head), "If-Match": "*"},
        )
        assert moved.status_code == 200, moved.text
        changes, _ = await pull_until(
            client, world.engineer, since, lambda c: c["id"] == visit and c["op"] == "delete"
        )
        reasons = {c["id"]: c["reason"] for c in changes if c["op"] == "delete"}
        assert reasons == {todo: "deleted", visit: "out_of_scope"}

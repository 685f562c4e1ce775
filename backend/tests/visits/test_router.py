"""Visits: the day's route, check-in with proof and flags, check-out, reports."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from httpx import AsyncClient
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.activities.models import Activity
from app.core.clock import utcnow
from app.core.config import get_settings
from app.core.geo import haversine_m
from app.customers.models import CustomerAddress
from app.todos.models import Todo
from app.visits.models import VisitReport
from tests.conftest import World, auth
from tests.factories.customers import create_customer
from tests.factories.field import create_visit

# The factories' customers are at (28.61, 77.21), their billing address.
AT_CUSTOMER = {"latitude": 28.6101, "longitude": 77.2101, "accuracy_m": 10.0}
A_KM_AWAY = {"latitude": 28.619, "longitude": 77.21, "accuracy_m": 10.0}


def now_iso(minutes: int = 0) -> str:
    return (utcnow() + timedelta(minutes=minutes)).isoformat()


async def plan(client: AsyncClient, caller, **body):
    return await client.post("/api/v1/visits", json=body, headers=auth(caller))


async def test_engineer_plans_a_days_route_in_order(
    client: AsyncClient, world: World, session: AsyncSession
):
    customers = [await create_customer(session, owner=world.engineer) for _ in range(3)]
    await session.commit()
    ids = []
    for customer in customers:
        answer = await plan(
            client, world.engineer, customer_id=str(customer.id), planned_date="2027-01-15"
        )
        assert answer.status_code == 201, answer.text
        ids.append(answer.json()["id"])
    assert [
        (await client.get(f"/api/v1/visits/{i}", headers=auth(world.engineer))).json()[
            "route_position"
        ]
        for i in ids
    ] == [1, 2, 3]
    # Move the last one to the front of the route.
    moved = await client.patch(
        f"/api/v1/visits/{ids[2]}",
        json={"route_position": 1},
        headers={**auth(world.engineer), "If-Match": '"1"'},
    )
    assert moved.status_code == 200
    await client.patch(
        f"/api/v1/visits/{ids[0]}",
        json={"route_position": 2},
        headers={**auth(world.engineer), "If-Match": "*"},
    )
    await client.patch(
        f"/api/v1/visits/{ids[1]}",
        json={"route_position": 3},
        headers={**auth(world.engineer), "If-Match": "*"},
    )
    route = await client.get(
        f"/api/v1/visits?owner_id={world.engineer.id}&planned_date=2027-01-15&sort=route_position",
        headers=auth(world.head),
    )
    assert [v["id"] for v in route.json()["items"]] == [ids[2], ids[0], ids[1]]
    assert route.json()["items"][0]["customer_name"] == customers[2].name
    stale = await client.patch(
        f"/api/v1/visits/{ids[2]}",
        json={"purpose": "x"},
        headers={**auth(world.engineer), "If-Match": '"1"'},
    )
    assert stale.status_code == 412


async def test_a_head_assigns_visits_to_the_team_only(
    client: AsyncClient, world: World, session: AsyncSession
):
    customer = await create_customer(session, owner=world.engineer, territory=world.north)
    await session.commit()
    assigned = await plan(
        client,
        world.head,
        customer_id=str(customer.id),
        planned_date="2027-01-15",
        owner_id=str(world.engineer.id),
    )
    assert assigned.status_code == 201, assigned.text
    body = assigned.json()
    assert body["owner_id"] == str(world.engineer.id) and body["created_by_id"] == str(
        world.head.id
    )
    outside = await plan(
        client,
        world.head,
        customer_id=str(customer.id),
        planned_date="2027-01-15",
        owner_id=str(world.engineer_other_team.id),
    )
    assert outside.status_code == 422 and outside.json()["errors"][0]["loc"] == ["body", "owner_id"]
    by_engineer = await plan(
        client,
        world.engineer,
        customer_id=str(customer.id),
        planned_date="2027-01-15",
        owner_id=str(world.teammate.id),
    )
    assert by_engineer.status_code == 422
    hidden_customer = await create_customer(session, owner=world.engineer_other_team)
    await session.commit()
    invisible = await plan(
        client, world.engineer, customer_id=str(hidden_customer.id), planned_date="2027-01-15"
    )
    assert invisible.status_code == 422
    assert invisible.json()["errors"][0]["loc"] == ["body", "customer_id"]


async def test_check_in_at_the_customer_is_not_flagged(
    client: AsyncClient, world: World, session: AsyncSession
):
    customer = await create_customer(session, owner=world.engineer)
    visit = await create_visit(session, owner=world.engineer, customer=customer)
    await session.commit()
    answer = await client.post(
        f"/api/v1/visits/{visit.id}/check-in",
        json={"checked_in_at": now_iso(), **AT_CUSTOMER},
        headers=auth(world.engineer),
    )
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["status"] == "checked_in"
    assert body["check_in_distance_m"] == pytest.approx(
        haversine_m(28.6101, 77.2101, 28.61, 77.21), abs=0.1
    )
    assert body["check_in_distance_m"] < 20
    assert not (body["is_outside_radius"] or body["is_poor_accuracy"] or body["is_mock_location"])
    assert body["is_flagged"] is False
    again = await client.post(
        f"/api/v1/visits/{visit.id}/check-in",
        json={"checked_in_at": now_iso(), **AT_CUSTOMER},
        headers=auth(world.engineer),
    )
    assert again.status_code == 409 and again.json()["code"] == "visits.already_checked_in"


async def test_a_doubtful_check_in_is_flagged_never_refused(
    client: AsyncClient, world: World, session: AsyncSession
):
    customer = await create_customer(session, owner=world.engineer)
    visit = await create_visit(session, owner=world.engineer, customer=customer)
    await session.commit()
    answer = await client.post(
        f"/api/v1/visits/{visit.id}/check-in",
        json={"checked_in_at": now_iso(), **A_KM_AWAY, "accuracy_m": 450, "is_mock": True},
        headers=auth(world.engineer),
    )
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["check_in_distance_m"] == pytest.approx(1000, rel=0.01)
    assert body["is_outside_radius"] and body["is_poor_accuracy"] and body["is_mock_location"]
    flagged = await client.get("/api/v1/visits?is_flagged=true", headers=auth(world.head))
    assert [v["id"] for v in flagged.json()["items"]] == [str(visit.id)]
    timeline = await client.get(
        f"/api/v1/customers/{customer.id}/timeline", headers=auth(world.engineer)
    )
    titles = [e["title"] for e in timeline.json()["items"] if e["kind"] == "visit.checked_in"]
    assert titles == [
        "Checked in 1.0 km from the address (flagged: outside radius, poor accuracy, mock location)"
    ]


async def test_the_radius_is_a_setting_and_no_accuracy_counts_as_poor(
    client: AsyncClient, world: World, session: AsyncSession, monkeypatch
):
    monkeypatch.setattr(get_settings(), "visit_check_in_radius_m", 2000.0)
    customer = await create_customer(session, owner=world.engineer)
    visit = await create_visit(session, owner=world.engineer, customer=customer)
    await session.commit()
    answer = await client.post(
        f"/api/v1/visits/{visit.id}/check-in",
        json={"checked_in_at": now_iso(), "latitude": 28.619, "longitude": 77.21},
        headers=auth(world.engineer),
    )
    body = answer.json()
    assert body["is_outside_radius"] is False and body["is_poor_accuracy"] is True


async def test_a_customer_without_coordinates_gives_no_distance_and_no_radius_flag(
    client: AsyncClient, world: World, session: AsyncSession
):
    customer = await create_customer(session, owner=world.engineer)
    address = await session.scalar(
        select(CustomerAddress).where(CustomerAddress.customer_id == customer.id)
    )
    assert address is not None
    address.latitude = address.longitude = None
    visit = await create_visit(session, owner=world.engineer, customer=customer)
    await session.commit()
    body = (
        await client.post(
            f"/api/v1/visits/{visit.id}/check-in",
            json={"checked_in_at": now_iso(), **A_KM_AWAY},
            headers=auth(world.engineer),
        )
    ).json()
    assert body["check_in_distance_m"] is None and body["is_outside_radius"] is False


async def test_check_out_ends_the_visit_with_its_duration(
    client: AsyncClient, world: World, session: AsyncSession
):
    customer = await create_customer(session, owner=world.engineer)
    visit = await create_visit(session, owner=world.engineer, customer=customer)
    await session.commit()
    url = f"/api/v1/visits/{visit.id}"
    early = await client.post(
        f"{url}/check-out",
        json={"checked_out_at": now_iso(), **AT_CUSTOMER},
        headers=auth(world.engineer),
    )
    assert early.status_code == 409 and early.json()["code"] == "visits.not_checked_in"
    await client.post(
        f"{url}/check-in",
        json={"checked_in_at": now_iso(-50), **AT_CUSTOMER},
        headers=auth(world.engineer),
    )
    before = await client.post(
        f"{url}/check-out",
        json={"checked_out_at": now_iso(-60), **AT_CUSTOMER},
        headers=auth(world.engineer),
    )
    assert before.status_code == 422
    assert before.json()["errors"][0]["loc"] == ["body", "checked_out_at"]
    done = await client.post(
        f"{url}/check-out",
        json={"checked_out_at": now_iso(-5), **AT_CUSTOMER},
        headers=auth(world.engineer),
    )
    assert done.status_code == 200, done.text
    assert done.json()["status"] == "completed" and done.json()["duration_minutes"] == 45
    head_try = await client.post(f"{url}/cancel", headers=auth(world.head))
    assert head_try.status_code == 409 and head_try.json()["code"] == "visits.closed"


async def test_an_unplanned_visit_is_checked_into_directly(
    client: AsyncClient, world: World, session: AsyncSession
):
    customer = await create_customer(session, owner=world.engineer)
    await session.commit()
    client_id = str(uuid.uuid4())
    body = {
        "id": client_id,
        "customer_id": str(customer.id),
        "checked_in_at": now_iso(),
        **A_KM_AWAY,
    }
    answer = await client.post("/api/v1/visits/check-in", json=body, headers=auth(world.engineer))
    assert answer.status_code == 201, answer.text
    visit = answer.json()
    assert visit["id"] == client_id and visit["is_planned"] is False
    assert visit["status"] == "checked_in" and visit["is_outside_radius"] is True
    replay = await client.post("/api/v1/visits/check-in", json=body, headers=auth(world.engineer))
    assert replay.status_code == 200 and replay.json()["id"] == client_id


async def test_only_the_visitor_checks_in_and_other_teams_visits_are_invisible(
    client: AsyncClient, world: World, session: AsyncSession
):
    customer = await create_customer(session, owner=world.engineer)
    visit = await create_visit(session, owner=world.engineer, customer=customer)
    other_customer = await create_customer(session, owner=world.engineer_other_team)
    other = await create_visit(session, owner=world.engineer_other_team, customer=other_customer)
    await session.commit()
    body = {"checked_in_at": now_iso(), **AT_CUSTOMER}
    by_head = await client.post(
        f"/api/v1/visits/{visit.id}/check-in", json=body, headers=auth(world.head)
    )
    assert by_head.status_code == 403 and by_head.json()["code"] == "visits.not_yours"
    hidden = await client.post(
        f"/api/v1/visits/{other.id}/check-in", json=body, headers=auth(world.engineer)
    )
    assert hidden.status_code == 404
    assert (
        await client.get(f"/api/v1/visits/{other.id}", headers=auth(world.head))
    ).status_code == 404
    listed = await client.get("/api/v1/visits", headers=auth(world.head))
    assert [v["id"] for v in listed.json()["items"]] == [str(visit.id)]


async def _checked_in(client: AsyncClient, world: World, session: AsyncSession):
    customer = await create_customer(session, owner=world.engineer)
    visit = await create_visit(session, owner=world.engineer, customer=customer)
    await session.commit()
    await client.post(
        f"/api/v1/visits/{visit.id}/check-in",
        json={"checked_in_at": now_iso(), **AT_CUSTOMER},
        headers=auth(world.engineer),
    )
    return customer, visit


async def test_a_report_with_a_follow_up_to_do_is_one_write(
    client: AsyncClient, world: World, session: AsyncSession
):
    customer, visit = await _checked_in(client, world, session)
    report = {
        "purpose": "Annual maintenance contract",
        "outcome": "Wants a quote for two chillers",
        "contacts_met": [{"contact_id": str(customer.contacts[0].id)}, {"name": "Plant manager"}],
        "products_discussed": [{"name": "Chiller 200 TR", "notes": "needs delivery by March"}],
        "next_steps": "Send the quote",
        "next_visit_date": "2027-01-20",
        "follow_up": {"kind": "todo", "title": "Send the chiller quote", "due_date": "2027-01-10"},
    }
    answer = await client.post(
        f"/api/v1/visits/{visit.id}/report", json=report, headers=auth(world.engineer)
    )
    assert answer.status_code == 201, answer.text
    body = answer.json()
    assert body["contacts_met"][0] == {
        "contact_id": str(customer.contacts[0].id),
        "name": customer.contacts[0].name,
    }
    assert body["next_visit_date"] == "2027-01-20"
    todo = await session.get(Todo, uuid.UUID(body["follow_up_todo_id"]))
    assert todo is not None and todo.title == "Send the chiller quote"
    assert todo.owner_id == world.engineer.id and todo.customer_id == customer.id
    read = await client.get(f"/api/v1/visits/{visit.id}/report", headers=auth(world.head))
    assert read.status_code == 200 and read.json()["outcome"] == report["outcome"]
    second = await client.post(
        f"/api/v1/visits/{visit.id}/report", json={"outcome": "again"}, headers=auth(world.engineer)
    )
    assert second.status_code == 409 and second.json()["code"] == "visits.already_reported"
    timeline = await client.get(
        f"/api/v1/customers/{customer.id}/timeline", headers=auth(world.engineer)
    )
    kinds = [e["kind"] for e in timeline.json()["items"]]
    assert kinds[:2] == ["visit.reported", "visit.checked_in"]
    # The other team's head sees neither the visit nor its report.
    hidden = await client.get(f"/api/v1/visits/{visit.id}/report", headers=auth(world.other_head))
    assert hidden.status_code == 404


async def test_a_report_with_a_follow_up_activity_puts_a_task_in_the_agenda(
    client: AsyncClient, world: World, session: AsyncSession
):
    customer, visit = await _checked_in(client, world, session)
    answer = await client.post(
        f"/api/v1/visits/{visit.id}/report",
        json={
            "outcome": "Follow up on pricing",
            "follow_up": {
                "kind": "activity",
                "title": "Call about pricing",
                "due_date": "2027-01-11",
            },
        },
        headers=auth(world.engineer),
    )
    assert answer.status_code == 201, answer.text
    activity = await session.get(Activity, uuid.UUID(answer.json()["follow_up_activity_id"]))
    assert activity is not None and activity.subject == "Call about pricing"
    assert activity.customer_id == customer.id and activity.type.value == "task"


async def test_a_refused_report_leaves_no_follow_up_behind(
    client: AsyncClient, world: World, session: AsyncSession
):
    customer, visit = await _checked_in(client, world, session)
    other = await create_customer(session, owner=world.engineer)
    await session.commit()
    answer = await client.post(
        f"/api/v1/visits/{visit.id}/report",
        json={
            "outcome": "x",
            "contacts_met": [{"contact_id": str(other.contacts[0].id)}],
            "follow_up": {"kind": "todo", "title": "Never made"},
        },
        headers=auth(world.engineer),
    )
    assert answer.status_code == 422
    assert answer.json()["errors"][0]["loc"] == ["body", "contacts_met", 0, "contact_id"]
    assert await session.scalar(select(func.count()).select_from(Todo)) == 0
    assert await session.scalar(select(func.count()).select_from(VisitReport)) == 0
    planned = await create_visit(session, owner=world.engineer, customer=customer)
    await session.commit()
    too_early = await client.post(
        f"/api/v1/visits/{planned.id}/report", json={"outcome": "x"}, headers=auth(world.engineer)
    )
    assert too_early.status_code == 409 and too_early.json()["code"] == "visits.not_visited"


async def test_a_report_is_edited_with_its_version(
    client: AsyncClient, world: World, session: AsyncSession
):
    _, visit = await _checked_in(client, world, session)
    created = await client.post(
        f"/api/v1/visits/{visit.id}/report", json={"outcome": "Good"}, headers=auth(world.engineer)
    )
    url = f"/api/v1/visits/{visit.id}/report"
    missing = await client.patch(url, json={"next_steps": "Call"}, headers=auth(world.engineer))
    assert missing.status_code == 428
    stale = await client.patch(
        url, json={"next_steps": "Call"}, headers={**auth(world.engineer), "If-Match": '"7"'}
    )
    assert stale.status_code == 412
    etag = created.headers["ETag"]
    edited = await client.patch(
        url, json={"next_steps": "Call"}, headers={**auth(world.engineer), "If-Match": etag}
    )
    assert edited.status_code == 200 and edited.json()["next_steps"] == "Call"
    assert edited.json()["version"] == 2


async def test_the_visit_list_costs_the_same_statements_for_any_page(
    client: AsyncClient, world: World, session: AsyncSession, count_statements
):
    counts = []
    for extra in (1, 15):
        for _ in range(extra):
            customer = await create_customer(session, owner=world.engineer)
            await create_visit(session, owner=world.engineer, customer=customer)
        await session.commit()
        with count_statements() as counted:
            answer = await client.get("/api/v1/visits?limit=50", headers=auth(world.head))
        assert answer.status_code == 200
        counts.append(counted.n)
    assert len(answer.json()["items"]) == 16
    assert counts[0] == counts[1]


async def test_a_check_in_retried_with_its_idempotency_key_replays_the_first_answer(
    client: AsyncClient, world: World, session: AsyncSession
):
    customer = await create_customer(session, owner=world.engineer)
    visit = await create_visit(session, owner=world.engineer, customer=customer)
    await session.commit()
    body = {"checked_in_at": now_iso(), **AT_CUSTOMER}
    headers = {**auth(world.engineer), "Idempotency-Key": f"check-in-{visit.id}"}
    first = await client.post(f"/api/v1/visits/{visit.id}/check-in", json=body, headers=headers)
    retried = await client.post(f"/api/v1/visits/{visit.id}/check-in", json=body, headers=headers)
    assert first.status_code == retried.status_code == 200
    assert retried.json() == first.json() and first.json()["version"] == 2

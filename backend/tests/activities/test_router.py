"""Activities, the agenda and the calendar feed, as an engineer and a head use them."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from httpx import AsyncClient
from icalendar import Calendar
from sqlalchemy.ext.asyncio import AsyncSession

from app.activities.models import ActivityStatus, ActivityType
from app.core.clock import utcnow
from tests.conftest import Live, World, auth
from tests.factories.activities import create_activity
from tests.factories.customers import create_customer
from tests.support.jobs import drain_projections


def iso(value: datetime) -> str:
    return value.isoformat()


async def test_engineer_plans_a_meeting_with_a_customer_and_it_shows_in_the_timeline(
    client: AsyncClient, world: World, session: AsyncSession
):
    customer = await create_customer(session, owner=world.engineer)
    await session.commit()
    start = utcnow() + timedelta(days=1)
    created = await client.post(
        "/api/v1/activities",
        json={
            "type": "meeting",
            "subject": "Demo of the chiller",
            "customer_id": str(customer.id),
            "contact_id": str(customer.contacts[0].id),
            "starts_at": iso(start),
            "ends_at": iso(start + timedelta(hours=1)),
            "reminder_at": iso(start - timedelta(minutes=30)),
            "location": "Plant 2, Okhla",
        },
        headers=auth(world.engineer),
    )
    assert created.status_code == 201, created.text
    body = created.json()
    assert body["owner_id"] == str(world.engineer.id) and body["status"] == "planned"
    assert body["customer_name"] == customer.name
    assert datetime.fromisoformat(body["scheduled_at"]) == start

    timeline = await client.get(
        f"/api/v1/customers/{customer.id}/timeline", headers=auth(world.engineer)
    )
    kinds = [e["kind"] for e in timeline.json()["items"]]
    assert kinds[0] == "activity.planned"  # newest first, after the customer's own events
    assert kinds.count("activity.planned") == 1


async def test_contact_alone_links_its_customer(
    client: AsyncClient, world: World, session: AsyncSession
):
    customer = await create_customer(session, owner=world.engineer)
    await session.commit()
    created = await client.post(
        "/api/v1/activities",
        json={"type": "call", "subject": "Follow up", "contact_id": str(customer.contacts[0].id)},
        headers=auth(world.engineer),
    )
    assert created.json()["customer_id"] == str(customer.id)


async def test_validation_errors(client: AsyncClient, world: World, session: AsyncSession):
    foreign = await create_customer(session, owner=world.engineer_other_team, territory=world.south)
    await session.commit()
    start = utcnow()
    cases = [
        ({"type": "meeting", "subject": "No time"}, ["body", "starts_at"]),
        ({"type": "fax", "subject": "x"}, ["body", "type"]),
        ({"type": "call", "subject": ""}, ["body", "subject"]),
        ({"type": "call", "subject": "x", "due_at": "2026-01-01T10:00:00"}, ["body", "due_at"]),
        (
            {"type": "call", "subject": "x", "customer_id": str(foreign.id)},
            ["body", "customer_id"],
        ),
        (
            {"type": "call", "subject": "x", "owner_id": str(world.teammate.id)},
            ["body", "owner_id"],
        ),
    ]
    for payload, loc in cases:
        answer = await client.post("/api/v1/activities", json=payload, headers=auth(world.engineer))
        assert answer.status_code == 422, payload
        assert loc in [e["loc"] for e in answer.json()["errors"]], answer.json()
    backwards = await client.post(
        "/api/v1/activities",
        json={
            "type": "meeting",
            "subject": "Backwards",
            "starts_at": iso(start),
            "ends_at": iso(start - timedelta(hours=1)),
        },
        headers=auth(world.engineer),
    )
    assert backwards.status_code == 422


async def test_head_assigns_to_a_team_member_but_not_to_another_team(
    client: AsyncClient, world: World
):
    ok = await client.post(
        "/api/v1/activities",
        json={"type": "task", "subject": "Send brochure", "owner_id": str(world.teammate.id)},
        headers=auth(world.head),
    )
    assert ok.status_code == 201 and ok.json()["owner_id"] == str(world.teammate.id)
    denied = await client.post(
        "/api/v1/activities",
        json={"type": "task", "subject": "x", "owner_id": str(world.engineer_other_team.id)},
        headers=auth(world.head),
    )
    assert denied.status_code == 422


async def test_complete_is_idempotent_and_cancelled_cannot_complete(
    client: AsyncClient, world: World, session: AsyncSession
):
    customer = await create_customer(session, owner=world.engineer)
    call = await create_activity(session, owner=world.engineer, customer_id=customer.id)
    other = await create_activity(session, owner=world.engineer)
    await session.commit()
    url = f"/api/v1/activities/{call.id}/complete"
    done = await client.post(url, json={"outcome": "Wants a quote"}, headers=auth(world.engineer))
    assert done.status_code == 200 and done.json()["status"] == "done"
    again = await client.post(url, json={"outcome": "x"}, headers=auth(world.engineer))
    assert again.json()["outcome"] == "Wants a quote"
    assert again.json()["version"] == done.json()["version"]

    await client.post(f"/api/v1/activities/{other.id}/cancel", headers=auth(world.engineer))
    refused = await client.post(
        f"/api/v1/activities/{other.id}/complete", json={}, headers=auth(world.engineer)
    )
    assert refused.status_code == 409 and refused.json()["code"] == "activities.closed"
    timeline = await client.get(
        f"/api/v1/customers/{customer.id}/timeline", headers=auth(world.engineer)
    )
    assert "activity.completed" in [e["kind"] for e in timeline.json()["items"]]


async def test_reschedule_needs_if_match_and_done_activities_are_frozen(
    client: AsyncClient, world: World, session: AsyncSession
):
    task = await create_activity(session, owner=world.engineer, type=ActivityType.TASK)
    done = await create_activity(session, owner=world.engineer, status=ActivityStatus.DONE)
    await session.commit()
    new_due = utcnow() + timedelta(days=3)
    moved = await client.patch(
        f"/api/v1/activities/{task.id}",
        json={"due_at": iso(new_due)},
        headers={**auth(world.engineer), "If-Match": '"1"'},
    )
    assert moved.status_code == 200
    assert datetime.fromisoformat(moved.json()["scheduled_at"]) == new_due
    frozen = await client.patch(
        f"/api/v1/activities/{done.id}",
        json={"subject": "rewrite history"},
        headers={**auth(world.engineer), "If-Match": '"1"'},
    )
    assert frozen.status_code == 409


async def test_scoping_other_teams_activity_is_404(
    client: AsyncClient, world: World, session: AsyncSession
):
    foreign = await create_activity(session, owner=world.engineer_other_team)
    mate = await create_activity(session, owner=world.teammate)
    await session.commit()
    assert (
        await client.get(f"/api/v1/activities/{foreign.id}", headers=auth(world.engineer))
    ).status_code == 404
    assert (
        await client.get(f"/api/v1/activities/{mate.id}", headers=auth(world.engineer))
    ).status_code == 404  # an engineer's activities are their own
    assert (
        await client.get(f"/api/v1/activities/{mate.id}", headers=auth(world.head))
    ).status_code == 200
    assert (
        await client.post(
            f"/api/v1/activities/{foreign.id}/complete", json={}, headers=auth(world.head)
        )
    ).status_code == 404


async def test_agenda_has_today_overdue_and_due_reminders(
    client: AsyncClient, world: World, session: AsyncSession
):
    day = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    now = utcnow()
    today = await create_activity(session, owner=world.engineer, at=day + timedelta(hours=23))
    overdue = await create_activity(session, owner=world.engineer, at=day - timedelta(days=2))
    await create_activity(
        session, owner=world.engineer, at=day - timedelta(days=3), status=ActivityStatus.DONE
    )
    remind = await create_activity(
        session,
        owner=world.engineer,
        at=now + timedelta(minutes=20),
        reminder_at=now - timedelta(minutes=10),
    )
    await create_activity(session, owner=world.teammate, at=day + timedelta(hours=12))
    await session.commit()
    agenda = await client.get(
        "/api/v1/me/agenda",
        params={"from": iso(day), "to": iso(day + timedelta(days=1))},
        headers=auth(world.engineer),
    )
    assert agenda.status_code == 200
    body = agenda.json()
    in_day = {a["id"] for a in body["activities"]}
    assert str(today.id) in in_day
    assert all(a["owner_id"] == str(world.engineer.id) for a in body["activities"])
    assert all(a["customer_name"] is None for a in body["activities"])  # none linked here
    assert [a["id"] for a in body["overdue"]] == [str(overdue.id)]
    assert [a["id"] for a in body["reminders"]] == [str(remind.id)]


async def test_agenda_range_is_bounded(client: AsyncClient, world: World):
    start = utcnow()
    too_long = await client.get(
        "/api/v1/me/agenda",
        params={"from": iso(start), "to": iso(start + timedelta(days=90))},
        headers=auth(world.engineer),
    )
    assert too_long.status_code == 422


async def test_calendar_feed_parses_and_holds_only_the_owners_activities(
    client: AsyncClient, world: World, session: AsyncSession
):
    start = utcnow().replace(microsecond=0) + timedelta(days=2)
    meeting = await create_activity(
        session,
        owner=world.engineer,
        type=ActivityType.MEETING,
        at=start,
        subject="Site survey",
        location="Gurugram",
        reminder_at=start - timedelta(minutes=15),
    )
    await create_activity(session, owner=world.teammate, subject="Teammate's call")
    await session.commit()

    feed = (await client.get("/api/v1/me/calendar-feed", headers=auth(world.engineer))).json()
    assert feed["url"].endswith(f"/api/v1/calendar/{feed['token']}.ics")
    ics = await client.get(f"/api/v1/calendar/{feed['token']}.ics")  # no sign-in
    assert ics.status_code == 200
    assert ics.headers["content-type"].startswith("text/calendar")
    calendar = Calendar.from_ical(ics.content)
    events = list(calendar.walk("VEVENT"))
    assert [str(e["summary"]) for e in events] == ["[meeting] Site survey"]
    event = events[0]
    assert str(event["uid"]).startswith(str(meeting.id))
    assert event.decoded("dtstart") == start
    assert event.decoded("dtend") == start + timedelta(hours=1)
    assert str(event["location"]) == "Gurugram"
    alarm = event.walk("VALARM")[0]
    assert alarm.decoded("trigger") == timedelta(minutes=-15)


async def test_rotating_the_feed_token_cuts_off_the_old_address(client: AsyncClient, world: World):
    old = (await client.get("/api/v1/me/calendar-feed", headers=auth(world.engineer))).json()
    same = (await client.get("/api/v1/me/calendar-feed", headers=auth(world.engineer))).json()
    assert old["token"] == same["token"]
    new = (
        await client.post("/api/v1/me/calendar-feed/rotate", headers=auth(world.engineer))
    ).json()
    assert new["token"] != old["token"]
    assert (await client.get(f"/api/v1/calendar/{old['token']}.ics")).status_code == 404
    assert (await client.get(f"/api/v1/calendar/{new['token']}.ics")).status_code == 200


async def test_same_client_id_twice_makes_one_activity(client: AsyncClient, world: World):
    payload = {"id": str(uuid.uuid4()), "type": "call", "subject": "Logged offline"}
    first = await client.post("/api/v1/activities", json=payload, headers=auth(world.engineer))
    second = await client.post("/api/v1/activities", json=payload, headers=auth(world.engineer))
    assert (first.status_code, second.status_code) == (201, 200)
    listed = await client.get("/api/v1/activities", headers=auth(world.engineer))
    assert [a["id"] for a in listed.json()["items"]].count(payload["id"]) == 1


async def test_list_filters_and_constant_statements(
    client: AsyncClient, world: World, session: AsyncSession, count_statements
):
    for n in range(12):
        await create_activity(
            session, owner=world.engineer, type=ActivityType.TASK if n % 2 else ActivityType.CALL
        )
    await session.commit()
    counts = []
    for limit in (2, 12):
        with count_statements() as counted:
            page = await client.get(
                "/api/v1/activities", params={"limit": limit}, headers=auth(world.engineer)
            )
        assert len(page.json()["items"]) == limit
        counts.append(counted.n)
    assert counts[0] == counts[1]
    tasks = await client.get(
        "/api/v1/activities", params={"type": "task"}, headers=auth(world.engineer)
    )
    assert {a["type"] for a in tasks.json()["items"]} == {"task"}


async def test_linking_an_opportunity_links_its_customer_and_a_foreign_one_is_refused(
    client: AsyncClient, world: World, session: AsyncSession
):
    from tests.factories.opportunities import create_opportunity

    customer = await create_customer(session, owner=world.engineer)
    deal = await create_opportunity(session, owner=world.engineer, customer=customer)
    foreign_customer = await create_customer(
        session, owner=world.engineer_other_team, territory=world.south
    )
    foreign_deal = await create_opportunity(
        session, owner=world.engineer_other_team, customer=foreign_customer
    )
    await session.commit()
    linked = await client.post(
        "/api/v1/activities",
        json={"type": "call", "subject": "Discuss PO", "opportunity_id": str(deal.id)},
        headers=auth(world.engineer),
    )
    assert linked.status_code == 201
    assert linked.json()["customer_id"] == str(customer.id)
    by_deal = await client.get(
        "/api/v1/activities", params={"opportunity_id": str(deal.id)}, headers=auth(world.engineer)
    )
    assert [a["id"] for a in by_deal.json()["items"]] == [linked.json()["id"]]
    refused = await client.post(
        "/api/v1/activities",
        json={"type": "call", "subject": "x", "opportunity_id": str(foreign_deal.id)},
        headers=auth(world.engineer),
    )
    assert refused.status_code == 422
    assert refused.json()["errors"][0]["loc"] == ["body", "opportunity_id"]


async def test_an_activity_on_a_lead_stays_off_customer_timelines(
    client: AsyncClient, world: World, session: AsyncSession
):
    from tests.factories.leads import create_lead

    lead = await create_lead(session, owner=world.engineer, territory=world.north)
    foreign_lead = await create_lead(
        session, owner=world.engineer_other_team, territory=world.south
    )
    await session.commit()
    created = await client.post(
        "/api/v1/activities",
        json={
            "type": "meeting",
            "subject": "First visit",
            "lead_id": str(lead.id),
            "starts_at": iso(utcnow() + timedelta(days=1)),
        },
        headers=auth(world.engineer),
    )
    assert created.status_code == 201
    assert created.json()["lead_id"] == str(lead.id) and created.json()["customer_id"] is None
    refused = await client.post(
        "/api/v1/activities",
        json={"type": "call", "subject": "x", "lead_id": str(foreign_lead.id)},
        headers=auth(world.engineer),
    )
    assert refused.status_code == 422


async def test_a_call_logged_on_a_stale_lead_raises_its_recent_activity_score(live: Live):
    """The lead's score follows the call once the worker has read the activity's event."""
    from tests.factories.leads import create_lead

    world = live.world
    long_ago = utcnow() - timedelta(days=200)
    async with live.sessionmaker() as session:
        lead = await create_lead(
            session,
            owner=world.engineer,
            territory=world.north,
            captured_at=long_ago,
            last_activity_at=long_ago,
        )
        await session.commit()
    async with live.client() as client:
        url = f"/api/v1/leads/{lead.id}"
        before = (await client.get(url, headers=auth(world.engineer))).json()
        assert "recent_activity" not in [f["factor"] for f in before["score_factors"]]
        logged = await client.post(
            "/api/v1/activities",
            json={"type": "call", "subject": "Intro call", "lead_id": str(lead.id)},
            headers=auth(world.engineer),
        )
        assert logged.status_code == 201
        await drain_projections(live.sessionmaker)
        after = (await client.get(url, headers=auth(world.engineer))).json()
    assert "recent_activity" in [f["factor"] for f in after["score_factors"]]
    assert after["score"] > before["score"]


async def test_the_timeline_never_shows_an_activity_its_reader_may_not_open(
    client: AsyncClient, world: World, session: AsyncSession
):
    """A teammate's call on a customer of my territory: 404 for me, so not in my timeline."""
    customer = await create_customer(session, owner=world.teammate, territory=world.north)
    await session.commit()
    logged = await client.post(
        "/api/v1/activities",
        json={"type": "call", "subject": "Price talk", "customer_id": str(customer.id)},
        headers=auth(world.teammate),
    )
    activity_id = logged.json()["id"]
    await client.post(
        f"/api/v1/activities/{activity_id}/complete",
        json={"outcome": "Will accept 18% discount"},
        headers=auth(world.teammate),
    )
    url = f"/api/v1/customers/{customer.id}/timeline"
    assert (
        await client.get(f"/api/v1/activities/{activity_id}", headers=auth(world.engineer))
    ).status_code == 404
    mine = await client.get(url, headers=auth(world.engineer))
    assert mine.status_code == 200
    assert "18%" not in mine.text and "Price talk" not in mine.text
    assert not [e for e in mine.json()["items"] if e["kind"].startswith("activity.")]
    assert {e["kind"] for e in mine.json()["items"]} == {"customer.created", "contact.created"}
    heads = await client.get(url, headers=auth(world.head))
    kinds = {e["kind"] for e in heads.json()["items"]}
    assert {"activity.planned", "activity.completed"} <= kinds

"""Opportunities through HTTP: creating, moving through stages, closing, the board."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from httpx import AsyncClient
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.events import DomainEvent
from app.opportunities import service as opportunity_service
from app.opportunities.models import Opportunity
from app.pipelines.models import Pipeline, PipelineStage, StageKind
from tests.conftest import World, auth
from tests.factories.customers import create_customer
from tests.factories.opportunities import create_opportunity, default_pipeline, stage_named

URL = "/api/v1/opportunities"


def new_deal(customer_id: uuid.UUID, **fields: object) -> dict[str, object]:
    return {
        "customer_id": str(customer_id),
        "title": "Compressor line upgrade",
        "amount": "1250000.00",
        "currency": "INR",
        "expected_close_date": "2027-03-31",
        **fields,
    }


async def test_engineer_opens_a_deal_in_the_first_stage_of_the_default_pipeline(
    client: AsyncClient, world: World, session: AsyncSession
):
    customer = await create_customer(session, owner=world.engineer, territory=world.north)
    await session.commit()
    answer = await client.post(URL, json=new_deal(customer.id), headers=auth(world.engineer))
    assert answer.status_code == 201, answer.text
    body = answer.json()
    potential = await stage_named(session, "Potential")
    assert body["stage_id"] == str(potential.id)
    assert body["pipeline_id"] == str(potential.pipeline_id)
    assert body["status"] == "open"
    assert body["probability"] == 10
    assert body["amount"] == "1250000.00"
    assert body["weighted_amount"] == "125000.00"
    assert body["owner_id"] == str(world.engineer.id)
    assert body["territory_id"] == str(world.north.id)
    assert body["customer_name"] == customer.name
    assert answer.headers["etag"] == '"1"'

    history = await client.get(f"{URL}/{body['id']}/history", headers=auth(world.engineer))
    assert [(h["from_stage_id"], h["to_stage_id"]) for h in history.json()] == [
        (None, str(potential.id))
    ]


async def test_probability_override_and_half_up_rounding_of_the_weighted_amount(
    client: AsyncClient, world: World, session: AsyncSession
):
    customer = await create_customer(session, owner=world.engineer, territory=world.north)
    await session.commit()
    answer = await client.post(
        URL,
        json=new_deal(customer.id, amount="100.05", probability=15),
        headers=auth(world.engineer),
    )
    assert answer.status_code == 201, answer.text
    # 100.05 x 15 / 100 = 15.0075 -> 15.01 (half-up to cents)
    assert (answer.json()["probability"], answer.json()["weighted_amount"]) == (15, "15.01")


async def test_validation_errors_name_each_field(
    client: AsyncClient, world: World, session: AsyncSession
):
    bad = {
        "customer_id": "not-a-uuid",
        "title": "",
        "amount": "-1",
        "currency": "rupees",
        "expected_close_date": "31/03/2027",
        "probability": 101,
    }
    answer = await client.post(URL, json=bad, headers=auth(world.engineer))
    assert answer.status_code == 422
    fields = {tuple(e["loc"]) for e in answer.json()["errors"]}
    assert {
        ("body", "customer_id"),
        ("body", "title"),
        ("body", "amount"),
        ("body", "currency"),
        ("body", "expected_close_date"),
        ("body", "probability"),
    } <= fields


async def test_references_must_be_visible_and_consistent(
    client: AsyncClient, world: World, session: AsyncSession
):
    mine = await create_customer(session, owner=world.engineer, territory=world.north)
    other = await create_customer(session, owner=world.teammate, territory=world.north)
    foreign = await create_customer(session, owner=world.engineer_other_team, territory=world.south)
    won = await stage_named(session, "Won")
    await session.commit()
    cases = [
        (new_deal(foreign.id), ["body", "customer_id"]),
        (new_deal(mine.id, contact_id=str(other.contacts[0].id)), ["body", "contact_id"]),
        (new_deal(mine.id, stage_id=str(won.id)), ["body", "stage_id"]),
        (new_deal(mine.id, stage_id=str(uuid.uuid4())), ["body", "stage_id"]),
        (new_deal(mine.id, pipeline_id=str(uuid.uuid4())), ["body", "pipeline_id"]),
    ]
    for payload, loc in cases:
        answer = await client.post(URL, json=payload, headers=auth(world.engineer))
        assert answer.status_code == 422, answer.text
        assert answer.json()["errors"][0]["loc"] == loc
    assert foreign.name not in answer.text


async def test_starting_in_a_later_stage_needs_that_stages_details(
    client: AsyncClient, world: World, session: AsyncSession
):
    customer = await create_customer(session, owner=world.engineer, territory=world.north)
    po_stage = await stage_named(session, "Purchase order")
    await session.commit()
    payload = new_deal(customer.id, stage_id=str(po_stage.id))
    missing = await client.post(URL, json=payload, headers=auth(world.engineer))
    assert missing.status_code == 422
    assert {tuple(e["loc"]) for e in missing.json()["errors"]} == {
        ("body", "details", "po_number"),
        ("body", "details", "po_date"),
    }
    payload["details"] = {"po_number": "PO-7781", "po_date": "2026-11-20"}
    created = await client.post(URL, json=payload, headers=auth(world.engineer))
    assert created.status_code == 201, created.text
    assert created.json()["probability"] == 60
    assert created.json()["details"] == {"po_number": "PO-7781", "po_date": "2026-11-20"}


async def test_same_client_id_twice_returns_the_first_deal(
    client: AsyncClient, world: World, session: AsyncSession
):
    customer = await create_customer(session, owner=world.engineer, territory=world.north)
    await session.commit()
    client_id = str(uuid.uuid4())
    payload = new_deal(customer.id, id=client_id)
    first = await client.post(URL, json=payload, headers=auth(world.engineer))
    again = await client.post(URL, json=payload, headers=auth(world.engineer))
    assert (first.status_code, again.status_code) == (201, 200)
    assert again.json()["id"] == client_id
    count = await session.scalar(select(func.count()).where(Opportunity.id == uuid.UUID(client_id)))
    assert count == 1


async def test_move_names_each_missing_detail_then_keeps_history_and_timeline(
    client: AsyncClient, world: World, session: AsyncSession, monkeypatch: pytest.MonkeyPatch
):
    customer = await create_customer(session, owner=world.engineer, territory=world.north)
    await session.commit()
    start = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)
    monkeypatch.setattr(opportunity_service, "utcnow", lambda: start)
    created = await client.post(URL, json=new_deal(customer.id), headers=auth(world.engineer))
    deal = created.json()
    po_stage = await stage_named(session, "Purchase order")
    move_url = f"{URL}/{deal['id']}/move"

    missing = await client.post(
        move_url, json={"stage_id": str(po_stage.id)}, headers=auth(world.engineer)
    )
    assert missing.status_code == 422
    assert missing.json()["code"] == "pipelines.stage_details_invalid"
    assert [e["loc"] for e in missing.json()["errors"]] == [
        ["body", "details", "po_number"],
        ["body", "details", "po_date"],
    ]
    invalid = await client.post(
        move_url,
        json={"stage_id": str(po_stage.id), "details": {"po_number": "PO-1", "po_date": "soon"}},
        headers=auth(world.engineer),
    )
    assert invalid.status_code == 422
    assert [e["loc"] for e in invalid.json()["errors"]] == [["body", "details", "po_date"]]
    unknown = await client.post(
        move_url,
        json={
            "stage_id": str(po_stage.id),
            "details": {"po_number": "PO-1", "po_date": "2026-11-03", "colour": "red"},
        },
        headers=auth(world.engineer),
    )
    assert [e["loc"] for e in unknown.json()["errors"]] == [["body", "details", "colour"]]

    later = start + timedelta(days=2, hours=3)
    monkeypatch.setattr(opportunity_service, "utcnow", lambda: later)
    moved = await client.post(
        move_url,
        json={
            "stage_id": str(po_stage.id),
            "details": {"po_number": "PO-1", "po_date": "2026-11-03"},
        },
        headers=auth(world.engineer),
    )
    assert moved.status_code == 200, moved.text
    assert moved.json()["probability"] == 60
    assert moved.json()["weighted_amount"] == "750000.00"
    assert moved.json()["stage_entered_at"] == "2026-11-03T12:00:00Z"

    history = (await client.get(f"{URL}/{deal['id']}/history", headers=auth(world.engineer))).json()
    assert len(history) == 2
    assert history[1]["from_stage_id"] == deal["stage_id"]
    assert history[1]["to_stage_id"] == str(po_stage.id)
    assert history[1]["seconds_in_previous_stage"] == (2 * 24 + 3) * 3600
    assert history[1]["moved_by_id"] == str(world.engineer.id)
    assert history[1]["details"] == {"po_number": "PO-1", "po_date": "2026-11-03"}

    events = (
        await session.scalars(
            select(DomainEvent).where(
                DomainEvent.entity_id == uuid.UUID(deal["id"]),
                DomainEvent.type == "opportunity.stage_changed",
            )
        )
    ).all()
    assert len(events) == 1
    assert events[0].customer_id == customer.id
    assert events[0].data["to_stage"] == "Purchase order"


async def test_lost_needs_a_reason_and_closes_the_deal(
    client: AsyncClient, world: World, session: AsyncSession
):
    customer = await create_customer(session, owner=world.engineer, territory=world.north)
    deal = await create_opportunity(session, owner=world.engineer, customer=customer)
    lost = await stage_named(session, "Lost")
    await session.commit()
    move_url = f"{URL}/{deal.id}/move"
    no_reason = await client.post(
        move_url, json={"stage_id": str(lost.id)}, headers=auth(world.engineer)
    )
    assert no_reason.status_code == 422
    assert [e["loc"] for e in no_reason.json()["errors"]] == [["body", "details", "lost_reason"]]

    closed = await client.post(
        move_url,
        json={
            "stage_id": str(lost.id),
            "details": {"lost_reason": "Price", "competitor": "Acme Compressors"},
            "probability": 40,
        },
        headers=auth(world.engineer),
    )
    assert closed.status_code == 200, closed.text
    body = closed.json()
    assert (body["status"], body["probability"], body["weighted_amount"]) == ("lost", 0, "0.00")
    assert (body["lost_reason"], body["competitor"]) == ("Price", "Acme Compressors")
    assert body["closed_at"] is not None

    potential = await stage_named(session, "Potential")
    again = await client.post(
        move_url, json={"stage_id": str(potential.id)}, headers=auth(world.engineer)
    )
    assert again.status_code == 409
    assert again.json()["code"] == "opportunities.closed"
    patch = await client.patch(
        f"{URL}/{deal.id}",
        json={"title": "Revived"},
        headers={**auth(world.engineer), "If-Match": f'"{body["version"]}"'},
    )
    assert patch.status_code == 409


async def test_won_closes_at_full_weight(client: AsyncClient, world: World, session: AsyncSession):
    customer = await create_customer(session, owner=world.engineer, territory=world.north)
    deal = await create_opportunity(
        session, owner=world.engineer, customer=customer, amount=Decimal("999.99")
    )
    won = await stage_named(session, "Won")
    await session.commit()
    answer = await client.post(
        f"{URL}/{deal.id}/move", json={"stage_id": str(won.id)}, headers=auth(world.engineer)
    )
    assert answer.status_code == 200
    body = answer.json()
    assert (body["status"], body["probability"], body["weighted_amount"]) == ("won", 100, "999.99")


async def test_illegal_moves_are_conflicts_or_invalid_references(
    client: AsyncClient, world: World, session: AsyncSession
):
    customer = await create_customer(session, owner=world.engineer, territory=world.north)
    deal = await create_opportunity(session, owner=world.engineer, customer=customer)
    other_pipeline = Pipeline(
        name="Spares",
        stages=[
            PipelineStage(name="Asked", position=1, probability=20, required_fields=[]),
            PipelineStage(
                name="Sold", position=2, probability=100, kind=StageKind.WON, required_fields=[]
            ),
            PipelineStage(
                name="Gone", position=3, probability=0, kind=StageKind.LOST, required_fields=[]
            ),
        ],
    )
    session.add(other_pipeline)
    await session.commit()
    move_url = f"{URL}/{deal.id}/move"
    same = await client.post(
        move_url, json={"stage_id": str(deal.stage_id)}, headers=auth(world.engineer)
    )
    assert same.status_code == 409
    assert same.json()["code"] == "opportunities.already_in_stage"
    elsewhere = await client.post(
        move_url,
        json={"stage_id": str(other_pipeline.stages[0].id)},
        headers=auth(world.engineer),
    )
    assert elsewhere.status_code == 422
    assert elsewhere.json()["errors"][0]["loc"] == ["body", "stage_id"]


async def test_engineer_cannot_see_or_change_other_teams_opportunities(
    client: AsyncClient, world: World, session: AsyncSession
):
    mine_customer = await create_customer(session, owner=world.engineer, territory=world.north)
    foreign_customer = await create_customer(
        session, owner=world.engineer_other_team, territory=world.south
    )
    mine = await create_opportunity(session, owner=world.engineer, customer=mine_customer)
    territory_mate = await create_opportunity(session, owner=world.teammate, customer=mine_customer)
    foreign = await create_opportunity(
        session, owner=world.engineer_other_team, customer=foreign_customer
    )
    proposal = await stage_named(session, "Proposal")
    await session.commit()

    listed = await client.get(URL, headers=auth(world.engineer))
    assert {o["id"] for o in listed.json()["items"]} == {str(mine.id)}
    mate = await client.get(f"{URL}/{territory_mate.id}", headers=auth(world.engineer))
    assert mate.status_code == 404
    read = await client.get(f"{URL}/{foreign.id}", headers=auth(world.engineer))
    assert read.status_code == 404
    assert foreign.title not in read.text
    moved = await client.post(
        f"{URL}/{foreign.id}/move",
        json={"stage_id": str(proposal.id)},
        headers=auth(world.engineer),
    )
    assert moved.status_code == 404
    patched = await client.patch(
        f"{URL}/{foreign.id}",
        json={"title": "Hijacked"},
        headers={**auth(world.engineer), "If-Match": '"1"'},
    )
    assert patched.status_code == 404
    history = await client.get(f"{URL}/{foreign.id}/history", headers=auth(world.engineer))
    assert history.status_code == 404
    await session.refresh(foreign)
    assert foreign.title != "Hijacked" and foreign.stage_id != proposal.id

    head_list = await client.get(URL, headers=auth(world.head))
    head_ids = {o["id"] for o in head_list.json()["items"]}
    assert head_ids == {str(mine.id), str(territory_mate.id)}
    admin_list = await client.get(URL, headers=auth(world.admin))
    assert str(foreign.id) in {o["id"] for o in admin_list.json()["items"]}


async def test_patch_recomputes_weight_and_needs_if_match_and_assign_permission(
    client: AsyncClient, world: World, session: AsyncSession
):
    customer = await create_customer(session, owner=world.engineer, territory=world.north)
    deal = await create_opportunity(session, owner=world.engineer, customer=customer)
    await session.commit()
    url = f"{URL}/{deal.id}"
    missing = await client.patch(url, json={"amount": "10.00"}, headers=auth(world.engineer))
    assert missing.status_code == 428
    ok = await client.patch(
        url,
        json={"amount": "200000.00", "probability": 35},
        headers={**auth(world.engineer), "If-Match": '"1"'},
    )
    assert ok.status_code == 200, ok.text
    assert ok.json()["weighted_amount"] == "70000.00"
    stale = await client.patch(
        url, json={"title": "x"}, headers={**auth(world.engineer), "If-Match": '"1"'}
    )
    assert stale.status_code == 412
    denied = await client.patch(
        url,
        json={"owner_id": str(world.teammate.id)},
        headers={**auth(world.engineer), "If-Match": '"2"'},
    )
    assert denied.status_code == 403
    handed = await client.patch(
        url,
        json={"owner_id": str(world.teammate.id)},
        headers={**auth(world.head), "If-Match": '"2"'},
    )
    assert handed.status_code == 200
    assert handed.json()["owner_id"] == str(world.teammate.id)
    outside = await client.patch(
        url,
        json={"owner_id": str(world.engineer_other_team.id)},
        headers={**auth(world.head), "If-Match": '"3"'},
    )
    assert outside.status_code == 422


async def test_list_filters_and_keyset_pages(
    client: AsyncClient, world: World, session: AsyncSession
):
    customer = await create_customer(session, owner=world.engineer, territory=world.north)
    proposal = await stage_named(session, "Proposal")
    won = await stage_named(session, "Won")
    deals = [
        await create_opportunity(
            session,
            owner=world.engineer,
            customer=customer,
            amount=Decimal(1000 * (n + 1)),
            expected_close_date=date(2027, 1, 1) + timedelta(days=n),
            stage=proposal if n % 2 else None,
        )
        for n in range(6)
    ]
    # Closing outside the dates filtered below (the factory's default date depends on how
    # many deals the worker made before: the filter must not depend on the test order).
    closed = await create_opportunity(
        session,
        owner=world.teammate,
        customer=customer,
        stage=won,
        expected_close_date=date(2027, 6, 1),
    )
    await session.commit()
    headers = auth(world.head)

    async def ids(**params: object) -> list[str]:
        answer = await client.get(URL, params=params, headers=headers)
        assert answer.status_code == 200, answer.text
        return [o["id"] for o in answer.json()["items"]]

    assert await ids(stage_id=str(proposal.id)) == [str(d.id) for d in deals[1::2]]
    assert await ids(status="won") == [str(closed.id)]
    assert set(await ids(owner_id=str(world.teammate.id))) == {str(closed.id)}
    assert await ids(close_from="2027-01-02", close_to="2027-01-03") == [
        str(deals[1].id),
        str(deals[2].id),
    ]
    assert await ids(min_amount="2000", max_amount="3000", sort="-amount") == [
        str(deals[2].id),
        str(deals[1].id),
    ]
    assert await ids(territory_id=str(world.south.id)) == []

    seen: list[str] = []
    cursor = None
    while True:
        params: dict[str, object] = {"limit": 2, "status": "open"}
        if cursor:
            params["cursor"] = cursor
        page = (await client.get(URL, params=params, headers=headers)).json()
        seen += [o["id"] for o in page["items"]]
        if not (cursor := page["next_cursor"]):
            break
    assert seen == [str(d.id) for d in deals]


async def test_list_costs_the_same_statements_for_few_or_many_deals(
    client: AsyncClient, world: World, session: AsyncSession, count_statements
):
    customers = [
        await create_customer(session, owner=world.engineer, territory=world.north)
        for _ in range(4)
    ]
    await create_opportunity(session, owner=world.engineer, customer=customers[0])
    await session.commit()
    with count_statements() as few:
        await client.get(URL, headers=auth(world.engineer))
    for n in range(30):
        await create_opportunity(session, owner=world.engineer, customer=customers[n % 4])
    await session.commit()
    with count_statements() as many:
        answer = await client.get(URL, headers=auth(world.engineer))
    assert len(answer.json()["items"]) == 31
    assert many.n == few.n


async def test_create_writes_an_opened_event_on_the_customer_timeline(
    client: AsyncClient, world: World, session: AsyncSession
):
    customer = await create_customer(session, owner=world.engineer, territory=world.north)
    await session.commit()
    await client.post(URL, json=new_deal(customer.id), headers=auth(world.engineer))
    timeline = await client.get(
        f"/api/v1/customers/{customer.id}/timeline", headers=auth(world.engineer)
    )
    assert "opportunity.created" in {e["kind"] for e in timeline.json()["items"]}


async def test_default_pipeline_fixture_has_the_field_stages(session: AsyncSession):
    pipeline = await default_pipeline(session)
    assert [s.name for s in pipeline.stages][:6] == [
        "Potential",
        "Proposal",
        "Purchase order",
        "Advance",
        "Order acceptance",
        "Installation",
    ]

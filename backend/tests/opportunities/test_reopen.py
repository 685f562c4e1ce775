"""Reopening a won or lost deal through HTTP: where it goes, what the history says, who
may, and a retry."""

from __future__ import annotations

import uuid
from typing import Any

from httpx import AsyncClient
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.events import DomainEvent
from app.users.models import User
from tests.conftest import World, auth
from tests.factories.customers import create_customer
from tests.factories.opportunities import create_opportunity, stage_named

URL = "/api/v1/opportunities"


async def _move(client: AsyncClient, user: User, deal_id: Any, stage_id: Any, **details: str):
    answer = await client.post(
        f"{URL}/{deal_id}/move",
        json={"stage_id": str(stage_id), "details": details},
        headers=auth(user),
    )
    assert answer.status_code == 200, answer.text
    return answer.json()


async def _history(client: AsyncClient, user: User, deal_id: Any) -> list[dict[str, Any]]:
    answer = await client.get(f"{URL}/{deal_id}/history", headers=auth(user))
    assert answer.status_code == 200, answer.text
    return answer.json()  # type: ignore[no-any-return]


async def test_a_won_deal_reopens_in_the_stage_it_closed_from_and_history_says_who_and_why(
    client: AsyncClient, world: World, session: AsyncSession
):
    customer = await create_customer(session, owner=world.engineer, territory=world.north)
    deal = await create_opportunity(session, owner=world.engineer, customer=customer)
    proposal = await stage_named(session, "Proposal")
    won = await stage_named(session, "Won")
    await session.commit()
    await _move(client, world.engineer, deal.id, proposal.id)
    closed = await _move(client, world.engineer, deal.id, won.id)
    assert closed["closed_from_stage_id"] == str(proposal.id)

    reopened = await client.post(
        f"{URL}/{deal.id}/reopen",
        json={"reason": "  Customer cancelled the PO  "},
        headers=auth(world.head),
    )
    assert reopened.status_code == 200, reopened.text
    body = reopened.json()
    assert (body["status"], body["stage_id"], body["probability"]) == (
        "open",
        str(proposal.id),
        30,
    )
    assert body["weighted_amount"] == "30000.00"
    assert body["closed_at"] is None and body["closed_from_stage_id"] is None
    assert reopened.headers["etag"] == f'"{body["version"]}"'

    last = (await _history(client, world.engineer, deal.id))[-1]
    assert last["kind"] == "reopened"
    assert (last["from_stage_id"], last["to_stage_id"]) == (str(won.id), str(proposal.id))
    assert last["moved_by_id"] == str(world.head.id)
    assert last["moved_by_name"] == world.head.full_name
    assert last["reason"] == "Customer cancelled the PO"

    events = (
        await session.scalars(
            select(DomainEvent).where(
                DomainEvent.entity_id == deal.id, DomainEvent.type == "opportunity.reopened"
            )
        )
    ).all()
    assert len(events) == 1
    assert events[0].customer_id == customer.id
    assert (events[0].data["from_stage"], events[0].data["to_stage"]) == ("Won", "Proposal")

    # An open deal again: it moves like any other.
    await _move(client, world.engineer, deal.id, won.id)


async def test_a_lost_deal_reopened_in_a_later_stage_needs_its_details_and_is_no_longer_lost(
    client: AsyncClient, world: World, session: AsyncSession
):
    customer = await create_customer(session, owner=world.engineer, territory=world.north)
    deal = await create_opportunity(session, owner=world.engineer, customer=customer)
    proposal = await stage_named(session, "Proposal")
    po = await stage_named(session, "Purchase order")
    lost = await stage_named(session, "Lost")
    await session.commit()
    await _move(client, world.engineer, deal.id, proposal.id)
    await _move(client, world.engineer, deal.id, lost.id, lost_reason="Price", competitor="Acme")

    missing = await client.post(
        f"{URL}/{deal.id}/reopen", json={"stage_id": str(po.id)}, headers=auth(world.engineer)
    )
    assert missing.status_code == 422
    assert missing.json()["code"] == "pipelines.stage_details_invalid"
    assert [e["loc"] for e in missing.json()["errors"]] == [
        ["body", "details", "po_number"],
        ["body", "details", "po_date"],
    ]

    reopened = await client.post(
        f"{URL}/{deal.id}/reopen",
        json={"stage_id": str(po.id), "details": {"po_number": "PO-9", "po_date": "2026-12-01"}},
        headers=auth(world.engineer),
    )
    assert reopened.status_code == 200, reopened.text
    body = reopened.json()
    assert (body["status"], body["stage_id"], body["probability"]) == ("open", str(po.id), 60)
    assert (body["lost_reason"], body["competitor"]) == (None, None)
    assert body["details"] == {"po_number": "PO-9", "po_date": "2026-12-01"}
    last = (await _history(client, world.engineer, deal.id))[-1]
    assert last["kind"] == "reopened" and last["reason"] is None


async def test_only_closed_deals_reopen_and_only_into_an_open_stage(
    client: AsyncClient, world: World, session: AsyncSession
):
    customer = await create_customer(session, owner=world.engineer, territory=world.north)
    open_deal = await create_opportunity(session, owner=world.engineer, customer=customer)
    won = await stage_named(session, "Won")
    lost = await stage_named(session, "Lost")
    won_deal = await create_opportunity(session, owner=world.engineer, customer=customer, stage=won)
    await session.commit()

    still_open = await client.post(
        f"{URL}/{open_deal.id}/reopen", json={}, headers=auth(world.engineer)
    )
    assert still_open.status_code == 409
    assert still_open.json()["code"] == "opportunities.not_closed"

    into_lost = await client.post(
        f"{URL}/{won_deal.id}/reopen",
        json={"stage_id": str(lost.id)},
        headers=auth(world.engineer),
    )
    assert into_lost.status_code == 422
    assert into_lost.json()["errors"][0]["loc"] == ["body", "stage_id"]
    unknown = await client.post(
        f"{URL}/{won_deal.id}/reopen",
        json={"stage_id": str(uuid.uuid4())},
        headers=auth(world.engineer),
    )
    assert unknown.status_code == 422

    # A closed deal with no record of where it closed from goes back to the first stage.
    first = await client.post(f"{URL}/{won_deal.id}/reopen", json={}, headers=auth(world.engineer))
    assert first.status_code == 200, first.text
    assert first.json()["stage_id"] == str((await stage_named(session, "Potential")).id)


async def test_engineer_cannot_reopen_another_teams_deal(
    client: AsyncClient, world: World, session: AsyncSession
):
    foreign_customer = await create_customer(
        session, owner=world.engineer_other_team, territory=world.south
    )
    foreign = await create_opportunity(
        session,
        owner=world.engineer_other_team,
        customer=foreign_customer,
        stage=await stage_named(session, "Won"),
    )
    await session.commit()
    for user in (world.engineer, world.head):
        answer = await client.post(f"{URL}/{foreign.id}/reopen", json={}, headers=auth(user))
        assert answer.status_code == 404, answer.text
        assert answer.json()["code"] == "opportunities.not_found"
    still = await client.get(f"{URL}/{foreign.id}", headers=auth(world.engineer_other_team))
    assert still.json()["status"] == "won"


async def test_a_retried_reopen_with_the_same_key_reopens_once(
    client: AsyncClient, world: World, session: AsyncSession
):
    customer = await create_customer(session, owner=world.engineer, territory=world.north)
    deal = await create_opportunity(
        session,
        owner=world.engineer,
        customer=customer,
        stage=await stage_named(session, "Lost"),
        lost_reason="Budget",
    )
    await session.commit()
    headers = {**auth(world.engineer), "Idempotency-Key": "reopen-once"}
    first = await client.post(f"{URL}/{deal.id}/reopen", json={"reason": "x"}, headers=headers)
    again = await client.post(f"{URL}/{deal.id}/reopen", json={"reason": "x"}, headers=headers)
    assert (first.status_code, again.status_code) == (200, 200), again.text
    assert again.headers.get("idempotent-replayed") == "true"
    assert again.json() == first.json()
    history = await _history(client, world.engineer, deal.id)
    assert [h["kind"] for h in history].count("reopened") == 1

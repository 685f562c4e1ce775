"""Jumping forward over stages (decision 0013): stages asking for details get them in the
same request (the deal passes through them), stages asking for nothing are recorded as
skipped, and the history names the people who moved the deal."""

from __future__ import annotations

from typing import Any

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from tests.conftest import World, auth
from tests.factories.customers import create_customer
from tests.factories.opportunities import create_opportunity, stage_named

URL = "/api/v1/opportunities"
PO = {"po_number": "PO-7781", "po_date": "2026-11-20"}
ADVANCE = {"advance_amount": "250000.00", "advance_received_date": "2026-11-25"}


async def _ids(session: AsyncSession, *names: str) -> list[str]:
    return [str((await stage_named(session, name)).id) for name in names]


async def test_jumping_past_stages_that_need_details_names_each_missing_field_by_stage(
    client: AsyncClient, world: World, session: AsyncSession
):
    customer = await create_customer(session, owner=world.engineer, territory=world.north)
    deal = await create_opportunity(session, owner=world.engineer, customer=customer)
    acceptance = await stage_named(session, "Order acceptance")
    await session.commit()

    answer = await client.post(
        f"{URL}/{deal.id}/move",
        json={"stage_id": str(acceptance.id), "details": {"po_number": "PO-1"}},
        headers=auth(world.engineer),
    )
    assert answer.status_code == 422, answer.text
    errors = answer.json()["errors"]
    assert [e["loc"][-1] for e in errors] == ["po_date", "advance_amount", "advance_received_date"]
    assert all(e["loc"][:2] == ["body", "details"] for e in errors)
    assert "Purchase order" in errors[0]["msg"]
    assert all("Advance" in e["msg"] for e in errors[1:])
    still = await client.get(f"{URL}/{deal.id}", headers=auth(world.engineer))
    assert still.json()["stage_id"] == str(deal.stage_id)


async def test_a_jump_with_the_details_passes_through_those_stages_and_skips_the_others(
    client: AsyncClient, world: World, session: AsyncSession
):
    customer = await create_customer(session, owner=world.engineer, territory=world.north)
    deal = await create_opportunity(session, owner=world.engineer, customer=customer)
    acceptance = await stage_named(session, "Order acceptance")
    await session.commit()
    proposal, po, advance = await _ids(session, "Proposal", "Purchase order", "Advance")

    answer = await client.post(
        f"{URL}/{deal.id}/move",
        json={"stage_id": str(acceptance.id), "details": {**PO, **ADVANCE}},
        headers=auth(world.engineer),
    )
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["stage_id"] == str(acceptance.id) and body["probability"] == 90
    assert body["details"] == {**PO, **ADVANCE}
    # The stage bar's data: Proposal was gone past without entering; PO and Advance were not.
    assert body["skipped_stage_ids"] == [proposal]

    last = (await client.get(f"{URL}/{deal.id}/history", headers=auth(world.engineer))).json()[-1]
    assert (last["kind"], last["to_stage_id"]) == ("moved", str(acceptance.id))
    assert last["passed_stage_ids"] == [po, advance]
    assert last["skipped_stage_ids"] == [proposal]
    assert last["details"] == {**PO, **ADVANCE}


async def test_a_skipped_stage_entered_later_is_no_longer_skipped_and_held_details_count(
    client: AsyncClient, world: World, session: AsyncSession
):
    customer = await create_customer(session, owner=world.engineer, territory=world.north)
    deal = await create_opportunity(session, owner=world.engineer, customer=customer)
    await session.commit()
    proposal, po, acceptance = await _ids(session, "Proposal", "Purchase order", "Order acceptance")
    move = f"{URL}/{deal.id}/move"

    jumped = await client.post(
        move, json={"stage_id": po, "details": PO}, headers=auth(world.engineer)
    )
    assert jumped.json()["skipped_stage_ids"] == [proposal]
    back = await client.post(move, json={"stage_id": proposal}, headers=auth(world.engineer))
    assert back.status_code == 200 and back.json()["skipped_stage_ids"] == []
    # The PO details the deal already holds count; only the Advance's are asked for.
    ahead = await client.post(move, json={"stage_id": acceptance}, headers=auth(world.engineer))
    assert ahead.status_code == 422
    assert [e["loc"][-1] for e in ahead.json()["errors"]] == [
        "advance_amount",
        "advance_received_date",
    ]
    ahead = await client.post(
        move, json={"stage_id": acceptance, "details": ADVANCE}, headers=auth(world.engineer)
    )
    assert ahead.status_code == 200, ahead.text
    assert ahead.json()["skipped_stage_ids"] == []
    assert ahead.json()["details"] == {**PO, **ADVANCE}
    # The history keeps what this move brought, not what the deal already held.
    history = (await client.get(f"{URL}/{deal.id}/history", headers=auth(world.engineer))).json()
    assert history[-1]["details"] == ADVANCE


async def test_closing_is_not_a_skip_and_a_deal_opened_mid_way_has_its_first_stages_skipped(
    client: AsyncClient, world: World, session: AsyncSession
):
    customer = await create_customer(session, owner=world.engineer, territory=world.north)
    deal = await create_opportunity(session, owner=world.engineer, customer=customer)
    won = await stage_named(session, "Won")
    await session.commit()
    potential, proposal, acceptance = await _ids(
        session, "Potential", "Proposal", "Order acceptance"
    )
    closed = await client.post(
        f"{URL}/{deal.id}/move", json={"stage_id": str(won.id)}, headers=auth(world.engineer)
    )
    assert closed.status_code == 200, closed.text
    assert closed.json()["skipped_stage_ids"] == []

    created = await client.post(
        URL,
        json={
            "customer_id": str(customer.id),
            "title": "Met at order acceptance",
            "amount": "5000.00",
            "expected_close_date": "2027-01-31",
            "stage_id": acceptance,
        },
        headers=auth(world.engineer),
    )
    assert created.status_code == 201, created.text
    po, advance = await _ids(session, "Purchase order", "Advance")
    assert created.json()["skipped_stage_ids"] == [potential, proposal, po, advance]
    opened = (
        await client.get(f"{URL}/{created.json()['id']}/history", headers=auth(world.engineer))
    ).json()
    assert [(h["kind"], h["skipped_stage_ids"]) for h in opened] == [
        ("opened", [potential, proposal, po, advance])
    ]


async def test_stage_history_names_the_people_who_moved_the_deal(
    client: AsyncClient, world: World, session: AsyncSession
):
    customer = await create_customer(session, owner=world.engineer, territory=world.north)
    await session.commit()
    created = await client.post(
        URL,
        json={
            "customer_id": str(customer.id),
            "title": "Named movers",
            "amount": "1000.00",
            "expected_close_date": "2027-01-31",
        },
        headers=auth(world.engineer),
    )
    deal: dict[str, Any] = created.json()
    proposal = (await _ids(session, "Proposal"))[0]
    moved = await client.post(
        f"{URL}/{deal['id']}/move", json={"stage_id": proposal}, headers=auth(world.head)
    )
    assert moved.status_code == 200, moved.text
    history = (await client.get(f"{URL}/{deal['id']}/history", headers=auth(world.engineer))).json()
    assert [h["moved_by_name"] for h in history] == [world.engineer.full_name, world.head.full_name]
    assert world.engineer.full_name != world.engineer.email

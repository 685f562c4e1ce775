"""Reopening on real concurrent transactions (the ``live`` database): twenty reopens of
one deal at once reopen it once, and phones pulling the change feed see it."""

from __future__ import annotations

import asyncio
from collections import Counter

from sqlalchemy import func, select

from app.opportunities.models import OpportunityStageHistory, StageHistoryKind
from tests.conftest import Live, auth
from tests.factories.customers import create_customer
from tests.factories.opportunities import create_opportunity, stage_named
from tests.sync.test_router import pull_all, pull_until

COPIES = 20


async def test_twenty_reopens_at_once_reopen_the_deal_once_and_the_feed_shows_it(
    live: Live,
) -> None:
    world = live.world
    async with live.sessionmaker() as session:
        customer = await create_customer(session, owner=world.engineer, territory=world.north)
        proposal = await stage_named(session, "Proposal")
        deal = await create_opportunity(
            session,
            owner=world.engineer,
            customer=customer,
            stage=await stage_named(session, "Won"),
            closed_from_stage_id=proposal.id,
        )
        await session.commit()
    url = f"/api/v1/opportunities/{deal.id}/reopen"
    async with live.client() as client:
        _, cursor = await pull_all(client, world.engineer)
        answers = await asyncio.gather(
            *(
                client.post(url, json={"reason": f"writer {n}"}, headers=auth(world.engineer))
                for n in range(COPIES)
            )
        )
        statuses = Counter(a.status_code for a in answers)
        assert statuses == {200: 1, 409: COPIES - 1}, [a.text for a in answers]
        assert {a.json()["code"] for a in answers if a.status_code == 409} == {
            "opportunities.not_closed"
        }
        changes, _ = await pull_until(
            client,
            world.engineer,
            cursor,
            lambda c: c["id"] == str(deal.id) and c["data"]["status"] == "open",
        )
    about = [c for c in changes if c["id"] == str(deal.id)]
    assert about[-1]["data"]["stage_id"] == str(proposal.id)
    async with live.sessionmaker() as session:
        reopens = await session.scalar(
            select(func.count())
            .select_from(OpportunityStageHistory)
            .where(
                OpportunityStageHistory.opportunity_id == deal.id,
                OpportunityStageHistory.kind == StageHistoryKind.REOPENED,
            )
        )
    assert reopens == 1

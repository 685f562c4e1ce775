"""The demo's leads and deals: spread over sources, statuses and every stage."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.core.access import Role
from app.leads.models import Lead, LeadSource, LeadStatus
from app.opportunities.models import Opportunity, OpportunityStageHistory, OpportunityStatus
from app.seed import load_demo_data
from app.users.models import User, user_territories
from tests.factories.opportunities import default_pipeline
from tests.support.demo import DEMO

pytestmark = DEMO


async def test_demo_leads_and_deals_cover_every_source_status_and_stage(
    sessionmaker: async_sessionmaker[AsyncSession], session: AsyncSession, client
):
    await load_demo_data(sessionmaker)
    assert await session.scalar(select(func.count()).select_from(Lead)) == 300
    assert await session.scalar(select(func.count()).select_from(Opportunity)) == 150
    sources = set((await session.scalars(select(Lead.source).distinct())).all())
    statuses = set((await session.scalars(select(Lead.status).distinct())).all())
    assert sources == set(LeadSource) and statuses == set(LeadStatus)
    pipeline = await default_pipeline(session)
    used = set((await session.scalars(select(Opportunity.stage_id).distinct())).all())
    assert used == {s.id for s in pipeline.stages}

    closed = (
        await session.scalars(
            select(Opportunity).where(Opportunity.status != OpportunityStatus.OPEN)
        )
    ).all()
    assert closed and all(o.closed_at is not None for o in closed)
    moves = await session.scalar(
        select(func.count())
        .select_from(OpportunityStageHistory)
        .where(OpportunityStageHistory.opportunity_id.in_([o.id for o in closed]))
    )
    assert moves is not None and moves >= 2 * len(closed)
    assert all(o.lost_reason for o in closed if o.status is OpportunityStatus.LOST)

    converted = (
        await session.scalars(select(Lead).where(Lead.status == LeadStatus.CONVERTED))
    ).all()
    assert converted and all(lead.converted_opportunity_id for lead in converted)

    login = await client.post(
        "/api/v1/auth/login", json={"email": "eng1@example.com", "password": "demo-pass-1"}
    )
    headers = {"Authorization": f"Bearer {login.json()['access_token']}"}
    board = await client.get("/api/v1/opportunities/board", headers=headers)
    assert board.status_code == 200
    assert 0 < sum(c["count"] for c in board.json()["columns"]) < 150


async def test_demo_leads_reach_every_engineer_of_each_territory(
    sessionmaker: async_sessionmaker[AsyncSession], session: AsyncSession
):
    await load_demo_data(sessionmaker)
    engineers_with_territory = set(
        (
            await session.scalars(
                select(User.id)
                .join(user_territories, user_territories.c.user_id == User.id)
                .where(User.role == Role.SALES_ENGINEER)
                .distinct()
            )
        ).all()
    )
    owners = set((await session.scalars(select(Lead.owner_id).distinct())).all())
    assert engineers_with_territory and engineers_with_territory <= owners

"""Build valid opportunities in the default pipeline in one call."""

from __future__ import annotations

import itertools
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from app.core.clock import utcnow
from app.core.money import round_amount
from app.customers.models import Customer
from app.opportunities.models import Opportunity, OpportunityStatus
from app.pipelines.models import Pipeline, PipelineStage, StageKind
from app.users.models import User

_seq = itertools.count(1)


async def default_pipeline(session: AsyncSession) -> Pipeline:
    stmt = (
        select(Pipeline).where(Pipeline.is_default.is_(True)).options(selectinload(Pipeline.stages))
    )
    return (await session.scalars(stmt)).one()


async def stage_named(session: AsyncSession, name: str) -> PipelineStage:
    pipeline = await default_pipeline(session)
    return next(s for s in pipeline.stages if s.name == name)


async def create_opportunity(
    session: AsyncSession,
    *,
    owner: User,
    customer: Customer,
    stage: PipelineStage | None = None,
    amount: Decimal = Decimal("100000.00"),
    currency: str = "INR",
    expected_close_date: date | None = None,
    probability: int | None = None,
    **fields: Any,
) -> Opportunity:
    n = next(_seq)
    stage = stage or await stage_named(session, "Potential")
    chance = stage.probability if probability is None else probability
    status = {
        StageKind.OPEN: OpportunityStatus.OPEN,
        StageKind.WON: OpportunityStatus.WON,
        StageKind.LOST: OpportunityStatus.LOST,
    }[stage.kind]
    opportunity = Opportunity(
        customer_id=customer.id,
        title=f"Deal {n:04d}",
        amount=amount,
        currency=currency,
        expected_close_date=expected_close_date or date(2027, 1, 1) + timedelta(days=n % 90),
        owner_id=owner.id,
        territory_id=customer.territory_id,
        pipeline_id=stage.pipeline_id,
        stage_id=stage.id,
        status=status,
        probability=chance,
        weighted_amount=round_amount(amount * chance / Decimal(100), currency),
        stage_entered_at=utcnow(),
        closed_at=utcnow() if status is not OpportunityStatus.OPEN else None,
        details={},
        **fields,
    )
    session.add(opportunity)
    await session.flush()
    return opportunity

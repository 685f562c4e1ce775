"""Every query of the opportunities domain starts from the scoped base.

The board costs two statements whatever the data: one aggregate (GROUP BY stage and
currency) and one window query ranking the cards of each stage. Sums add integer
cents (``CAST(ROUND(amount * 100) AS BIGINT)``) so they are exact on SQLite too, which
keeps NUMERIC values as floating point.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger, ColumnElement, Select, cast, func, or_, select
from sqlalchemy.orm import aliased

from app.core.export import export_columns
from app.core.pagination import SortOptions
from app.core.reads import ReadModel
from app.core.repository import ScopedRepository
from app.core.search import matches
from app.customers.service import customer_ids_matching, customer_name_of
from app.opportunities.errors import OpportunityNotFound
from app.opportunities.models import Opportunity, OpportunityStageHistory, OpportunityStatus
from app.opportunities.schemas import OpportunityRead

# The read path (core/reads.py): the customer's name comes along when the caller may see
# the customer (a deal can be visible while its customer is another team's).
OPPORTUNITY_READ = ReadModel(
    Opportunity,
    OpportunityRead,
    fields={"customer_name": lambda p: customer_name_of(p, Opportunity.customer_id)},
    amounts=("amount", "weighted_amount"),
)
OPPORTUNITY_COLUMNS = export_columns(OPPORTUNITY_READ)
OPPORTUNITY_SORT = SortOptions(
    "expected_close_date",
    expected_close_date=Opportunity.expected_close_date,
    amount=Opportunity.amount,
    created_at=Opportunity.created_at,
    updated_at=Opportunity.updated_at,
)
BOARD_CARD_ORDER = (Opportunity.expected_close_date, Opportunity.id)


@dataclass(frozen=True)
class StageTotal:
    stage_id: uuid.UUID
    currency: str
    count: int
    amount: Decimal
    weighted_amount: Decimal


def _cents_sum(column: Any) -> ColumnElement[Any]:
    return func.sum(cast(func.round(column * 100), BigInteger))


def _from_cents(value: Any) -> Decimal:
    return Decimal(int(value or 0)).scaleb(-2)


class OpportunityRepository(ScopedRepository[Opportunity]):
    model = Opportunity
    not_found = OpportunityNotFound

    def filtered(
        self,
        *,
        q: str | None = None,
        pipeline_id: uuid.UUID | None = None,
        stage_id: uuid.UUID | None = None,
        owner_id: uuid.UUID | None = None,
        territory_id: uuid.UUID | None = None,
        customer_id: uuid.UUID | None = None,
        status: OpportunityStatus | None = None,
        close_from: date | None = None,
        close_to: date | None = None,
        min_amount: Decimal | None = None,
        max_amount: Decimal | None = None,
        currency: str | None = None,
    ) -> Select[Opportunity]:
        stmt = self.scoped()
        if q:
            stmt = stmt.where(
                or_(
                    matches(Opportunity.search_text, q),
                    Opportunity.customer_id.in_(customer_ids_matching(q)),
                )
            )
        equals = {
            Opportunity.pipeline_id: pipeline_id,
            Opportunity.stage_id: stage_id,
            Opportunity.owner_id: owner_id,
            Opportunity.territory_id: territory_id,
            Opportunity.customer_id: customer_id,
            Opportunity.status: status,
            Opportunity.currency: currency,
        }
        for column, value in equals.items():
            if value is not None:
                stmt = stmt.where(column == value)
        if close_from is not None:
            stmt = stmt.where(Opportunity.expected_close_date >= close_from)
        if close_to is not None:
            stmt = stmt.where(Opportunity.expected_close_date <= close_to)
        if min_amount is not None:
            stmt = stmt.where(Opportunity.amount >= min_amount)
        if max_amount is not None:
            stmt = stmt.where(Opportunity.amount <= max_amount)
        return stmt

    async def stage_totals(self, stmt: Select[Opportunity]) -> list[StageTotal]:
        """Count, amount and weighted amount per (stage, currency): ONE aggregate query."""
        filtered = stmt.subquery()
        totals = select(
            filtered.c.stage_id,
            filtered.c.currency,
            func.count(),
            _cents_sum(filtered.c.amount),
            _cents_sum(filtered.c.weighted_amount),
        ).group_by(filtered.c.stage_id, filtered.c.currency)
        return [
            StageTotal(stage_id, currency, count, _from_cents(amount), _from_cents(weighted))
            for stage_id, currency, count, amount, weighted in (
                await self.session.execute(totals)
            ).all()
        ]

    async def first_cards_per_stage(
        self, stmt: Select[Opportunity], *, per_stage: int
    ) -> list[Opportunity]:
        """The first ``per_stage`` deals of every stage by expected close date: ONE query
        ranking rows with ROW_NUMBER() OVER (PARTITION BY stage_id ...)."""
        rank = (
            func.row_number()
            .over(partition_by=Opportunity.stage_id, order_by=BOARD_CARD_ORDER)
            .label("card_rank")
        )
        ranked = stmt.add_columns(rank).subquery()
        card = aliased(Opportunity, ranked)
        cards = (
            select(card)
            .where(ranked.c.card_rank <= per_stage)
            .order_by(ranked.c.stage_id, ranked.c.card_rank)
        )
        return list((await self.session.scalars(cards)).all())


class StageHistoryRepository(ScopedRepository[OpportunityStageHistory]):
    model = OpportunityStageHistory

    async def of_opportunity(self, opportunity_id: uuid.UUID) -> list[OpportunityStageHistory]:
        stmt = (
            self.scoped()
            .where(OpportunityStageHistory.opportunity_id == opportunity_id)
            .order_by(OpportunityStageHistory.moved_at, OpportunityStageHistory.id)
        )
        return list((await self.session.scalars(stmt)).all())

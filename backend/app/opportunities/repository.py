"""Every query of the opportunities domain starts from the scoped base.

The board is one statement whatever the data (``board_rows``): window aggregates give
each stage's per-currency count and exact NUMERIC sums beside the first cards of every
stage, which PostgreSQL writes as JSON like the list does.
"""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    Date,
    Select,
    Text,
    case,
    cast,
    false,
    func,
    literal,
    or_,
    select,
    true,
    union_all,
)

from app.core.access import Principal, scope_clause
from app.core.clock import company_day_bounds, company_zone
from app.core.export import export_columns
from app.core.pagination import SortOptions
from app.core.reads import ReadModel, execute
from app.core.repository import ScopedRepository, flag_filters_built_once
from app.core.search import matches
from app.customers.service import customer_ids_matching, customer_name_of
from app.opportunities.errors import OpportunityNotFound
from app.opportunities.models import Opportunity, OpportunityStageHistory, OpportunityStatus
from app.opportunities.schemas import OpportunityRead, StageHistoryRead
from app.users.service import user_name_of

# The read path (core/reads/): the customer's name comes along when the caller may see
# the customer (a deal can be visible while its customer is another team's).
OPPORTUNITY_READ = ReadModel(
    Opportunity,
    OpportunityRead,
    fields={"customer_name": lambda p: customer_name_of(p, Opportunity.customer_id)},
    amounts=("amount", "weighted_amount"),
    stored=True,  # the customer's name spliced in per caller (decision 0048)
)
OPPORTUNITY_COLUMNS = export_columns(OPPORTUNITY_READ)
# People by name: the mover's full name comes along (users are visible to everyone).
STAGE_HISTORY_READ = ReadModel(
    OpportunityStageHistory,
    StageHistoryRead,
    fields={"moved_by_name": lambda p: user_name_of(p, OpportunityStageHistory.moved_by_id)},
)
OPPORTUNITY_SORT = SortOptions(
    "expected_close_date",
    expected_close_date=Opportunity.expected_close_date,
    amount=Opportunity.amount,
    created_at=Opportunity.created_at,
    updated_at=Opportunity.updated_at,
)
BOARD_CARD_ORDER = (Opportunity.expected_close_date, Opportunity.id)


class OpportunityRepository(ScopedRepository[Opportunity]):
    model = Opportunity
    not_found = OpportunityNotFound

    @flag_filters_built_once
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

    @staticmethod
    def open_pipeline(principal: Principal) -> Any:
        """The caller's open deals per stage and currency: stage_id, currency, deals,
        amount, weighted_amount (each deal's stored weighting, so the sums are the
        board's): a subquery for the dashboard."""
        return (
            select(
                Opportunity.stage_id,
                Opportunity.currency,
                func.count().label("deals"),
                func.sum(Opportunity.amount).label("amount"),
                func.sum(Opportunity.weighted_amount).label("weighted_amount"),
            )
            .where(
                scope_clause(Opportunity, principal),
                Opportunity.status == OpportunityStatus.OPEN,
            )
            .group_by(Opportunity.stage_id, Opportunity.currency)
        )

    @staticmethod
    def unscoped_outcomes() -> Any:
        """Every deal's status and when it closed (opportunity_id, status, closed_at,
        created_at): how a converted lead ended, read inside a scoped statement."""
        return select(
            Opportunity.id.label("opportunity_id"),
            Opportunity.status,
            Opportunity.closed_at,
            Opportunity.created_at,
        )

    @staticmethod
    def closed_deals(principal: Principal, *, start: date, end: date) -> Any:
        """The caller's deals won or lost on the company's days ``start`` to ``end``:
        opportunity_id, day (the company's date of closing), seller_id (the owner),
        territory_id, customer_id, currency, status (``won`` or ``lost``) and amount."""
        since, _ = company_day_bounds(start)
        _, until = company_day_bounds(end)
        return select(
            Opportunity.id.label("opportunity_id"),
            cast(func.timezone(company_zone().key, Opportunity.closed_at), Date).label("day"),
            Opportunity.owner_id.label("seller_id"),
            Opportunity.territory_id,
            Opportunity.customer_id,
            Opportunity.currency,
            Opportunity.status,
            Opportunity.amount,
        ).where(
            scope_clause(Opportunity, principal),
            Opportunity.status.in_((OpportunityStatus.WON, OpportunityStatus.LOST)),
            Opportunity.closed_at >= since,
            Opportunity.closed_at < until,
        )

    @staticmethod
    def forecast_deals(principal: Principal, *, start: date, end: date, today: date) -> Any:
        """The caller's deals that make a forecast of ``start`` to ``end``: open deals
        expected to close by ``end`` (one expected before ``today`` is still expected:
        it counts on ``today``) and deals won from ``start`` to ``end``. Columns: day
        (expected or won), seller_id, territory_id, customer_id, currency, is_won,
        probability, amount, weighted_amount (a won deal weighs its whole amount)."""
        since, _ = company_day_bounds(start)
        _, until = company_day_bounds(end)
        won_day = cast(func.timezone(company_zone().key, Opportunity.closed_at), Date)
        keys = (
            Opportunity.owner_id.label("seller_id"),
            Opportunity.territory_id,
            Opportunity.customer_id,
            Opportunity.currency,
        )
        expected = select(
            func.greatest(Opportunity.expected_close_date, today).label("day"),
            *keys,
            false().label("is_won"),
            Opportunity.probability,
            Opportunity.amount,
            Opportunity.weighted_amount,
        ).where(
            scope_clause(Opportunity, principal),
            Opportunity.status == OpportunityStatus.OPEN,
            Opportunity.expected_close_date <= end,
        )
        won = select(
            won_day.label("day"),
            *keys,
            true().label("is_won"),
            literal(100).label("probability"),
            Opportunity.amount,
            Opportunity.amount.label("weighted_amount"),
        ).where(
            scope_clause(Opportunity, principal),
            Opportunity.status == OpportunityStatus.WON,
            Opportunity.closed_at >= since,
            Opportunity.closed_at < until,
        )
        return union_all(expected, won)

    async def lock(self, opportunity: Opportunity) -> Opportunity:
        """The deal as committed now, its row locked until the request ends: concurrent
        moves of one deal take turns, so the second sees the first's result (a 409) instead
        of both deciding from the same stale state."""
        stmt = (
            self.scoped()
            .where(Opportunity.id == opportunity.id)
            .with_for_update()
            .execution_options(populate_existing=True)
        )
        locked = (await self.session.scalars(stmt)).one_or_none()
        if locked is None:
            raise self.not_found()
        return locked

    async def board_rows(self, stmt: Select[Opportunity], *, per_stage: int) -> list[Any]:
        """The board in ONE statement. Every deal ``stmt`` selects is ranked within its
        stage (by expected close date) and within its (stage, currency) with that pair's
        count and sums as window aggregates; a row comes back when it is one of its
        stage's first ``per_stage`` cards (then with its answer written as JSON) or the
        first of its (stage, currency) (then carrying the totals). In stage, rank order."""
        pair = (Opportunity.stage_id, Opportunity.currency)
        ranked = stmt.with_only_columns(
            Opportunity.id.label("k"),
            Opportunity.stage_id.label("stage_id"),
            func.row_number()
            .over(partition_by=Opportunity.stage_id, order_by=BOARD_CARD_ORDER)
            .label("card_rank"),
            func.row_number().over(partition_by=pair, order_by=Opportunity.id).label("first"),
            func.count().over(partition_by=pair).label("count"),
            func.sum(Opportunity.amount).over(partition_by=pair).label("amount"),
            func.sum(Opportunity.weighted_amount).over(partition_by=pair).label("weighted"),
            maintain_column_froms=True,
        ).subquery("ranked")
        is_card = ranked.c.card_rank <= per_stage
        card = OPPORTUNITY_READ.item(self.principal, OPPORTUNITY_READ.names)
        rows = (
            select(
                case((is_card, cast(card, Text))).label("card"),
                ranked.c.stage_id,
                Opportunity.currency,
                (ranked.c.first == 1).label("has_totals"),
                ranked.c.count,
                ranked.c.amount,
                ranked.c.weighted,
                Opportunity.expected_close_date,
                Opportunity.id,
            )
            .select_from(Opportunity.__table__.join(ranked, Opportunity.id == ranked.c.k))
            .where(or_(is_card, ranked.c.first == 1))
            .order_by(ranked.c.stage_id, ranked.c.card_rank)
        )
        return await execute(self.session, rows)


class StageHistoryRepository(ScopedRepository[OpportunityStageHistory]):
    model = OpportunityStageHistory

    def of_opportunity(self, opportunity_id: uuid.UUID) -> Select[OpportunityStageHistory]:
        """A deal's history, oldest first (bounded: one row per move of one deal)."""
        return (
            self.scoped()
            .where(OpportunityStageHistory.opportunity_id == opportunity_id)
            .order_by(OpportunityStageHistory.moved_at, OpportunityStageHistory.id)
        )

"""Every query of the leads domain starts from the scoped base."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Date, Integer, Select, case, cast, func, or_, select

from app.core.access import Principal, scope_clause
from app.core.clock import company_zone
from app.core.export import export_columns
from app.core.pagination import SortOptions
from app.core.reads import Nested, ReadModel
from app.core.repository import ScopedRepository, flag_filters_built_once
from app.core.search import matches
from app.leads.errors import LeadNotFound
from app.leads.models import OPEN_STATUSES, Lead, LeadScoringRule, LeadSource, LeadStatus
from app.leads.schemas import LeadRead

# The read path (core/reads/): the address is built from the lead's own columns, so
# each lead keeps its answer (written on every insert and update, read by every page).
LEAD_READ = ReadModel(
    Lead,
    LeadRead,
    fields={
        "address": Nested(
            {
                "line1": Lead.address_line1,
                "line2": Lead.address_line2,
                "city": Lead.city,
                "state": Lead.state,
                "state_code": Lead.state_code,
                "postal_code": Lead.postal_code,
                "country": Lead.country,
                "latitude": Lead.latitude,
                "longitude": Lead.longitude,
            }
        )
    },
    amounts=("estimated_value",),
    stored=True,
)
LEAD_COLUMNS = export_columns(LEAD_READ, exclude=("score_factors",))
LEAD_SORT = SortOptions(
    "-created_at", created_at=Lead.created_at, updated_at=Lead.updated_at, score=Lead.score
)


class LeadRepository(ScopedRepository[Lead]):
    model = Lead
    not_found = LeadNotFound

    async def count_by_status(self, stmt: Select[Lead]) -> dict[LeadStatus, int]:
        """How many of the filtered leads are in each status: one GROUP BY statement."""
        counted = stmt.with_only_columns(Lead.status, func.count()).group_by(Lead.status)
        rows = (await self.session.execute(counted)).all()
        return {status: int(count) for status, count in rows}

    @flag_filters_built_once
    def filtered(
        self,
        *,
        q: str | None = None,
        status: LeadStatus | None = None,
        source: LeadSource | None = None,
        owner_id: uuid.UUID | None = None,
        territory_id: uuid.UUID | None = None,
        campaign_ref: str | None = None,
        min_score: int | None = None,
    ) -> Select[Lead]:
        stmt = self.scoped()
        if q:
            stmt = stmt.where(matches(Lead.search_text, q))
        equals = {
            Lead.status: status,
            Lead.source: source,
            Lead.owner_id: owner_id,
            Lead.territory_id: territory_id,
            Lead.campaign_ref: campaign_ref,
        }
        for column, value in equals.items():
            if value is not None:
                stmt = stmt.where(column == value)
        if min_score is not None:
            stmt = stmt.where(Lead.score >= min_score)
        return stmt

    async def unscoped_matching(
        self, *, email: str | None, phone_key: str | None, tax_id: str | None, limit: int
    ) -> list[tuple[Lead, bool]]:
        """Leads with the same email, phone or tax id across the company, each with whether
        the caller may see it (the duplicate check's first half)."""
        conditions: list[ColumnElement[bool]] = []
        if email:
            conditions.append(Lead.email == email.lower())
        if phone_key:
            conditions.append(Lead.phone_key == phone_key)
        if tax_id:
            conditions.append(Lead.tax_id == tax_id.upper())
        if not conditions:
            return []
        visible = case((scope_clause(Lead, self.principal), True), else_=False)
        stmt = (
            select(Lead, visible)
            .where(or_(*conditions))
            .order_by(Lead.created_at.desc(), Lead.id)
            .limit(limit)
        )
        return [(lead, bool(seen)) for lead, seen in (await self.session.execute(stmt)).all()]

    async def unscoped_load_of_owners(
        self, owner_ids: Sequence[uuid.UUID]
    ) -> dict[uuid.UUID, tuple[int, datetime | None]]:
        """Per owner: open leads and when they were last given one (round-robin input)."""
        if not owner_ids:
            return {}
        is_open = case((Lead.status.in_(OPEN_STATUSES), 1), else_=0)
        stmt = (
            select(Lead.owner_id, func.sum(is_open, type_=Integer), func.max(Lead.assigned_at))
            .where(Lead.owner_id.in_(owner_ids))
            .group_by(Lead.owner_id)
        )
        return {
            owner: (int(open_count or 0), last)
            for owner, open_count, last in (await self.session.execute(stmt)).all()
        }

    async def unscoped_open_batch(self, *, after: uuid.UUID | None, size: int) -> list[Lead]:
        """Open leads in id order, one batch after ``after`` (rescoring when rules change),
        locked until the caller's transaction ends: a user's edit of one of them waits
        for the batch instead of making it fail on a stale version."""
        stmt = (
            select(Lead)
            .where(Lead.status.in_(OPEN_STATUSES))
            .order_by(Lead.id)
            .limit(size)
            .with_for_update()
        )
        if after is not None:
            stmt = stmt.where(Lead.id > after)
        return list((await self.session.scalars(stmt)).all())

    @staticmethod
    def captured(principal: Principal, *, since: datetime, until: datetime) -> Any:
        """The caller's leads captured in [since, until): lead_id, captured_at, day (the
        company's date of capture), owner_id, territory_id, source, status, converted_at
        and converted_opportunity_id (a subquery for the leads report)."""
        return select(
            Lead.id.label("lead_id"),
            Lead.captured_at,
            cast(func.timezone(company_zone().key, Lead.captured_at), Date).label("day"),
            Lead.owner_id,
            Lead.territory_id,
            Lead.source,
            Lead.status,
            Lead.converted_at,
            Lead.converted_opportunity_id,
        ).where(
            scope_clause(Lead, principal),
            Lead.captured_at >= since,
            Lead.captured_at < until,
        )


class ScoringRuleRepository(ScopedRepository[LeadScoringRule]):
    model = LeadScoringRule

    async def all(self) -> list[LeadScoringRule]:
        stmt = self.scoped().order_by(
            LeadScoringRule.factor, LeadScoringRule.match, LeadScoringRule.threshold
        )
        return list((await self.session.scalars(stmt)).all())

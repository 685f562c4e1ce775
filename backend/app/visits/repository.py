from __future__ import annotations

import uuid
from collections.abc import Callable, Collection, Mapping
from datetime import date
from typing import Any

from sqlalchemy import (
    ARRAY,
    Date,
    Integer,
    Select,
    Uuid,
    and_,
    any_,
    cast,
    extract,
    func,
    literal,
    or_,
    select,
)

from app.core.access import Principal, scope_clause
from app.core.attachments import attached_files
from app.core.db import ArrayRows
from app.core.pagination import SortOptions
from app.core.reads import ReadModel
from app.core.repository import ScopedRepository
from app.customers.service import customer_name_of
from app.visits.errors import AlreadyReported, VisitNotFound, VisitReportNotFound
from app.visits.models import REPORT_PHOTOS, Visit, VisitReport, VisitStatus
from app.visits.schemas import VisitRead, VisitReportRead

# The (owner, day) routes asked about and the last place taken in each (built once).
_ROUTES_WANTED = ArrayRows("routes_wanted", [("owner_id", Uuid()), ("planned_date", Date())])
_LAST_ROUTE_POSITIONS = select(
    _ROUTES_WANTED.c.owner_id,
    _ROUTES_WANTED.c.planned_date,
    select(func.max(Visit.route_position))
    .where(
        Visit.owner_id == _ROUTES_WANTED.c.owner_id,
        Visit.planned_date == _ROUTES_WANTED.c.planned_date,
    )
    .scalar_subquery(),
)

IS_FLAGGED = or_(Visit.is_outside_radius, Visit.is_poor_accuracy, Visit.is_mock_location)
VISIT_READ = ReadModel(
    Visit,
    VisitRead,
    fields={
        "customer_name": lambda p: customer_name_of(p, Visit.customer_id),
        "is_flagged": IS_FLAGGED,
        "duration_minutes": cast(
            func.floor(extract("epoch", Visit.checked_out_at - Visit.checked_in_at) / 60), Integer
        ),
    },
)
VISIT_SORT = SortOptions(
    "planned_date",
    planned_date=Visit.planned_date,
    route_position=Visit.route_position,
    created_at=Visit.created_at,
)
REPORT_READ = ReadModel(
    VisitReport, VisitReportRead, fields={"photos": attached_files(REPORT_PHOTOS)}
)


class VisitRepository(ScopedRepository[Visit]):
    model = Visit
    not_found = VisitNotFound

    def filtered(
        self,
        *,
        owner_ids: Collection[uuid.UUID] | None = None,
        customer_id: uuid.UUID | None = None,
        planned_date: date | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
        status: VisitStatus | None = None,
        is_flagged: bool | None = None,
    ) -> Select[Visit]:
        stmt = self.scoped()
        if owner_ids:
            owners = literal(sorted(set(owner_ids)), ARRAY(Uuid()))
            stmt = stmt.where(Visit.owner_id == any_(owners))
        if customer_id is not None:
            stmt = stmt.where(Visit.customer_id == customer_id)
        if planned_date is not None:
            stmt = stmt.where(Visit.planned_date == planned_date)
        if date_from is not None:
            stmt = stmt.where(Visit.planned_date >= date_from)
        if date_to is not None:
            stmt = stmt.where(Visit.planned_date <= date_to)
        if status is not None:
            stmt = stmt.where(Visit.status == status)
        if is_flagged is not None:
            stmt = stmt.where(IS_FLAGGED if is_flagged else ~IS_FLAGGED)
        return stmt

    async def last_route_positions(
        self, keys: Collection[tuple[uuid.UUID, date]]
    ) -> dict[tuple[uuid.UUID, date], int]:
        """``last_route_position`` of many (owner, day) routes, one statement (routes
        without a visit are left out): one index probe per route asked (the owner's
        day read from its end), however many visits those people have planned."""
        if not keys:
            return {}
        values = _ROUTES_WANTED.values(sorted(set(keys)))
        rows = (await self.session.execute(_LAST_ROUTE_POSITIONS, values)).all()
        return {(o, d): int(n) for o, d, n in rows if n is not None}

    async def last_route_position(self, owner_id: uuid.UUID, day: date) -> int:
        """The last place taken in someone's route of a day (0: none), whoever planned it."""
        stmt = select(func.max(Visit.route_position)).where(
            Visit.owner_id == owner_id, Visit.planned_date == day
        )
        return int(await self.session.scalar(stmt) or 0)

    @staticmethod
    def period_counts(principal: Principal, start: date, end: date) -> Any:
        """Per person, the visits the caller may see of the routes of ``start`` to
        ``end``, counted as ``day_counts`` counts a day's (a subquery for the
        activities report)."""
        live = Visit.status != VisitStatus.CANCELLED

        def count(*conditions: Any) -> Any:
            return func.count().filter(and_(*conditions))

        return (
            select(
                Visit.owner_id.label("user_id"),
                count(Visit.is_planned, live).label("visits_planned"),
                count(Visit.status == VisitStatus.COMPLETED).label("visits_done"),
                count(~Visit.is_planned, live).label("visits_unplanned"),
                count(Visit.checked_in_at.is_not(None), IS_FLAGGED).label("flagged_check_ins"),
            )
            .where(scope_clause(Visit, principal), Visit.planned_date.between(start, end))
            .group_by(Visit.owner_id)
        )

    @staticmethod
    def unscoped_done_count(*, start: Any, end: Any, made_by: Any) -> Any:
        """Visits done (checked out) of routes dated ``start`` to ``end`` by whom
        ``made_by(owner_id)`` says: a scalar subquery correlated to another domain's
        row (a target's period and subject)."""
        return (
            select(func.count())
            .where(
                Visit.status == VisitStatus.COMPLETED,
                Visit.planned_date.between(start, end),
                made_by(Visit.owner_id),
            )
            .scalar_subquery()
        )

    @staticmethod
    def day_counts(principal: Principal, day: date) -> Any:
        """Per person, the visits of their route of ``day`` the caller may see: planned
        (cancelled ones left out), done (checked out), unplanned (made by a check-in)
        and check-ins flagged (a subquery for attendance)."""
        live = Visit.status != VisitStatus.CANCELLED

        def count(*conditions: Any) -> Any:
            return func.count().filter(and_(*conditions))

        return (
            select(
                Visit.owner_id.label("user_id"),
                count(Visit.is_planned, live).label("visits_planned"),
                count(Visit.status == VisitStatus.COMPLETED).label("visits_done"),
                count(~Visit.is_planned, live).label("visits_unplanned"),
                count(Visit.checked_in_at.is_not(None), IS_FLAGGED).label("flagged_check_ins"),
            )
            .where(scope_clause(Visit, principal), Visit.planned_date == day)
            .group_by(Visit.owner_id)
        )


class VisitReportRepository(ScopedRepository[VisitReport]):
    model = VisitReport
    not_found = VisitReportNotFound
    unique_conflicts: Mapping[str, Callable[[], Exception]] = {
        "uq_visit_reports_visit_id": AlreadyReported
    }

    async def of_visit(self, visit_id: uuid.UUID) -> VisitReport | None:
        stmt = self.scoped().where(VisitReport.visit_id == visit_id)
        return (await self.session.scalars(stmt)).one_or_none()

    def of_visit_stmt(self, visit_id: uuid.UUID) -> Select[VisitReport]:
        return self.scoped().where(VisitReport.visit_id == visit_id)

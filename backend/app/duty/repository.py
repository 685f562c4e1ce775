from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import Select, Text, case, cast, func, null, select

from app.core.access import Principal, scope_clause
from app.core.pagination import SortOptions
from app.core.reads import ReadModel
from app.core.repository import ScopedRepository
from app.duty.errors import DutyAlreadyStarted, DutyDayNotFound
from app.duty.models import OPEN_DUTY_DAY_INDEX, DutyDay
from app.duty.schemas import DutyDayRead

# Odometer readings print as stored, one decimal (as the schema prints them), not as
# amounts.
DUTY_DAY_READ = ReadModel(
    DutyDay,
    DutyDayRead,
    fields={
        "start_odometer_km": cast(DutyDay.start_odometer_km, Text),
        "end_odometer_km": cast(DutyDay.end_odometer_km, Text),
    },
)
DUTY_DAY_SORT = SortOptions("-started_at", started_at=DutyDay.started_at)


class DutyDayRepository(ScopedRepository[DutyDay]):
    model = DutyDay
    not_found = DutyDayNotFound
    unique_conflicts: Mapping[str, Callable[[], Exception]] = {
        OPEN_DUTY_DAY_INDEX: DutyAlreadyStarted
    }

    def filtered(
        self,
        *,
        user_id: uuid.UUID | None = None,
        started_from: datetime | None = None,
        started_to: datetime | None = None,
        is_open: bool | None = None,
    ) -> Select[DutyDay]:
        stmt = self.scoped()
        if user_id is not None:
            stmt = stmt.where(DutyDay.user_id == user_id)
        if started_from is not None:
            stmt = stmt.where(DutyDay.started_at >= started_from)
        if started_to is not None:
            stmt = stmt.where(DutyDay.started_at < started_to)
        if is_open is not None:
            stmt = stmt.where(
                DutyDay.ended_at.is_(None) if is_open else DutyDay.ended_at.is_not(None)
            )
        return stmt

    async def open_day_of(self, user_id: uuid.UUID) -> DutyDay | None:
        stmt = self.scoped().where(DutyDay.user_id == user_id, DutyDay.ended_at.is_(None))
        return (await self.session.scalars(stmt)).one_or_none()

    @staticmethod
    def period_summaries(principal: Principal, start: datetime, end: datetime) -> Any:
        """Per person, the working days the caller may see started in [start, end): how
        many, and the km between their odometer readings (days with both readings)
        (user_id, duty_days, odometer_km): a subquery for the activities report."""
        return (
            select(
                DutyDay.user_id,
                func.count().label("duty_days"),
                func.sum(DutyDay.end_odometer_km - DutyDay.start_odometer_km).label("odometer_km"),
            )
            .where(
                scope_clause(DutyDay, principal),
                DutyDay.started_at >= start,
                DutyDay.started_at < end,
            )
            .group_by(DutyDay.user_id)
        )

    @staticmethod
    def day_summaries(principal: Principal, start: datetime, end: datetime) -> Any:
        """Per person, the working days the caller may see started in [start, end): when
        the first started, when the last ended (null while one is still open) and
        whether one is open (a subquery for attendance)."""
        is_open = func.bool_or(DutyDay.ended_at.is_(None))
        return (
            select(
                DutyDay.user_id,
                func.min(DutyDay.started_at).label("duty_started_at"),
                case((is_open, null()), else_=func.max(DutyDay.ended_at)).label("duty_ended_at"),
                is_open.label("is_duty_open"),
            )
            .where(
                scope_clause(DutyDay, principal),
                DutyDay.started_at >= start,
                DutyDay.started_at < end,
            )
            .group_by(DutyDay.user_id)
        )

"""Duty rules: one open working day per person; a day ends once, after it started."""

from __future__ import annotations

import uuid
from collections.abc import Collection
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.access import Principal
from app.core.clock import utcnow
from app.core.config import get_settings
from app.core.errors import UnprocessableEntity, field_error
from app.core.feed import FeedRecord, load_feed
from app.core.pagination import ListParams
from app.core.repository import Saved
from app.duty.errors import DutyAlreadyEnded, DutyAlreadyStarted, NotAPerson
from app.duty.models import DutyDay
from app.duty.repository import DUTY_DAY_READ, DUTY_DAY_SORT, DutyDayRepository
from app.duty.schemas import DutyEnd, DutyStart

__all__ = ["DUTY_DAY_SORT"]


def _not_ahead(name: str, value: Any) -> None:
    """A time from the phone may not lie further ahead than its clock can drift."""
    limit = utcnow() + timedelta(minutes=get_settings().location_max_future_minutes)
    if value > limit:
        raise UnprocessableEntity(errors=[field_error(name, "is in the future")])


async def start_duty(
    session: AsyncSession, principal: Principal, *, data: DutyStart
) -> Saved[DutyDay]:
    if principal.user_id is None:
        raise NotAPerson()
    user_id = principal.user_id
    repo = DutyDayRepository(session, principal)

    async def build() -> DutyDay:
        _not_ahead("started_at", data.started_at)
        if await repo.open_day_of(user_id) is not None:
            raise DutyAlreadyStarted()
        return DutyDay(
            user_id=user_id,
            started_at=data.started_at,
            start_latitude=data.latitude,
            start_longitude=data.longitude,
            start_accuracy_m=data.accuracy_m,
            start_odometer_km=data.odometer_km,
        )

    # A concurrent twin passes the check too: the partial unique index refuses it (409).
    return await repo.create_once(data.id, build)


async def end_duty(
    session: AsyncSession, principal: Principal, day: DutyDay, *, data: DutyEnd
) -> DutyDay:
    if day.ended_at is not None:
        raise DutyAlreadyEnded()
    if principal.user_id != day.user_id:
        # A head sees the team's days but does not end them for the engineer.
        raise NotAPerson("Only the person whose day it is can end it")
    _not_ahead("ended_at", data.ended_at)
    if data.ended_at < day.started_at:
        raise UnprocessableEntity(errors=[field_error("ended_at", "is before the day started")])
    if (
        data.odometer_km is not None
        and day.start_odometer_km is not None
        and data.odometer_km < day.start_odometer_km
    ):
        raise UnprocessableEntity(
            errors=[field_error("odometer_km", "is below the reading at the start")]
        )
    changes = {
        "ended_at": data.ended_at,
        "end_latitude": data.latitude,
        "end_longitude": data.longitude,
        "end_accuracy_m": data.accuracy_m,
        "end_odometer_km": data.odometer_km,
    }
    return await DutyDayRepository(session, principal).update(day, changes)


async def get_duty_day(session: AsyncSession, principal: Principal, day_id: uuid.UUID) -> DutyDay:
    return await DutyDayRepository(session, principal).get_or_404(day_id)


async def duty_days_page(
    session: AsyncSession, principal: Principal, *, params: ListParams, **filters: Any
) -> bytes:
    repo = DutyDayRepository(session, principal)
    return await repo.read_page(DUTY_DAY_READ, repo.filtered(**filters), params)


async def duty_day_item(
    session: AsyncSession, principal: Principal, day_id: uuid.UUID
) -> dict[str, Any]:
    return await DutyDayRepository(session, principal).read_item(DUTY_DAY_READ, day_id)


async def duty_day_feed(
    session: AsyncSession, principal: Principal, ids: Collection[uuid.UUID]
) -> list[FeedRecord]:
    return await load_feed(DutyDayRepository(session, principal), DUTY_DAY_READ, ids)


def period_summaries(principal: Principal, *, start: datetime, end: datetime) -> Any:
    """The caller's visible working days started in [start, end), one row per person
    (user_id, duty_days, odometer_km): a subquery for the activities report."""
    return DutyDayRepository.period_summaries(principal, start, end)


def day_summaries(principal: Principal, *, start: datetime, end: datetime) -> Any:
    """The caller's visible working days started in [start, end), one row per person
    (user_id, duty_started_at, duty_ended_at, is_duty_open): a subquery for attendance."""
    return DutyDayRepository.day_summaries(principal, start, end)

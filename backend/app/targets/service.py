"""Target rules: one subject (an engineer, a team, a territory), a period that starts
where such periods start (a month's 1st; a fiscal quarter's or year's first month, from
``SALES_FISCAL_YEAR_START_MONTH``), and who may set it: an admin for anyone, a head for
the team they lead, its members and its territories. Decision: docs/decisions/0043."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.access import Principal, Role
from app.core.config import get_settings
from app.core.errors import InvalidReference, UnprocessableEntity, field_error
from app.core.pagination import ListParams
from app.core.repository import Saved
from app.targets.errors import PeriodMisaligned
from app.targets.models import Target, TargetPeriod
from app.targets.repository import TARGET_READ, TARGET_SORT, TargetRepository
from app.targets.schemas import VISITS_OF_PEOPLE, TargetCreate, TargetUpdate
from app.users import service as users

__all__ = ["TARGET_SORT"]
MONTHS = {TargetPeriod.MONTH: 1, TargetPeriod.QUARTER: 3, TargetPeriod.FISCAL_YEAR: 12}


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def period_end(period: TargetPeriod, start: date) -> date:
    """The last day of the period starting on ``start``."""
    return _add_months(start, MONTHS[period]) - timedelta(days=1)


def check_period_start(period: TargetPeriod, start: date) -> None:
    """A period starts on a month's 1st; a quarter in a month the fiscal quarters start
    in, a fiscal year in the fiscal year's first month."""
    if start.day != 1:
        raise PeriodMisaligned("must be the 1st of a month")
    fiscal = get_settings().fiscal_year_start_month
    offset = (start.month - fiscal) % 12
    if period is TargetPeriod.QUARTER and offset % 3:
        raise PeriodMisaligned("a fiscal quarter starts 0, 3, 6 or 9 months into the fiscal year")
    if period is TargetPeriod.FISCAL_YEAR and offset:
        raise PeriodMisaligned(f"the fiscal year starts in month {fiscal}")


def period_of(period: TargetPeriod, day: date) -> date:
    """The first day of the ``period`` that holds ``day``."""
    fiscal = get_settings().fiscal_year_start_month
    back = {
        TargetPeriod.MONTH: 0,
        TargetPeriod.QUARTER: (day.month - fiscal) % 3,
        TargetPeriod.FISCAL_YEAR: (day.month - fiscal) % 12,
    }[period]
    return _add_months(day.replace(day=1), -back)


async def _check_subject(session: AsyncSession, principal: Principal, data: TargetCreate) -> None:
    """The subject exists, and a head sets targets only within the team they lead."""
    head = principal.role is Role.SALES_HEAD and not principal.is_admin
    if data.engineer_id is not None:
        reach = principal.team_member_ids | {principal.user_id}
        found = await users.find_active(session, {data.engineer_id})
        if not found or (head and data.engineer_id not in reach):
            raise InvalidReference("engineer_id")
    elif data.team_id is not None:
        team = await users.find_team(session, data.team_id)
        if team is None or (head and data.team_id != principal.team_id):
            raise InvalidReference("team_id")
    elif data.territory_id is not None:
        territory = await users.find_territory(session, data.territory_id)
        reach = principal.team_territory_ids | principal.territory_ids
        if territory is None or (head and data.territory_id not in reach):
            raise InvalidReference("territory_id")


async def create_target(
    session: AsyncSession, principal: Principal, *, data: TargetCreate
) -> Saved[Target]:
    repo = TargetRepository(session, principal)

    async def build() -> Target:
        check_period_start(data.period, data.period_start)
        await _check_subject(session, principal, data)
        values = data.model_dump(exclude={"id"})
        return Target(
            **values,
            period_end=period_end(data.period, data.period_start),
            created_by_id=principal.user_id,
        )

    return await repo.create_once(data.id, build)


async def update_target(
    session: AsyncSession, principal: Principal, target: Target, *, data: TargetUpdate
) -> Target:
    changes = data.model_dump(exclude_unset=True)
    if "revenue" in changes and changes["revenue"] is None:
        raise UnprocessableEntity(errors=[field_error("revenue", "must not be null")])
    if changes.get("visits") is not None and target.territory_id is not None:
        raise UnprocessableEntity(errors=[field_error("visits", VISITS_OF_PEOPLE)])
    return await TargetRepository(session, principal).update(target, changes)


async def delete_target(session: AsyncSession, principal: Principal, target: Target) -> None:
    """Targets are plans, not documents: a wrong one is deleted (the audit log keeps it)."""
    await TargetRepository(session, principal).delete(target)


async def get_target(session: AsyncSession, principal: Principal, target_id: uuid.UUID) -> Target:
    return await TargetRepository(session, principal).get_or_404(target_id)


async def targets_page(
    session: AsyncSession, principal: Principal, *, params: ListParams, **filters: Any
) -> bytes:
    repo = TargetRepository(session, principal)
    return await repo.read_page(TARGET_READ, repo.filtered(**filters), params)


async def target_item(
    session: AsyncSession, principal: Principal, target_id: uuid.UUID
) -> dict[str, Any]:
    return await TargetRepository(session, principal).read_item(TARGET_READ, target_id)


async def current_targets(
    session: AsyncSession, principal: Principal, *, on: date, limit: int = 50
) -> list[dict[str, Any]]:
    """The caller's visible targets whose period holds ``on``, with their attainment
    (the dashboard's): people first, then teams, then territories; shortest period
    first."""
    repo = TargetRepository(session, principal)
    return await repo.read_items(TARGET_READ, repo.current(on=on, limit=limit))

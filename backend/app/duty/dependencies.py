from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import Depends

from app.auth.dependencies import DB, CurrentPrincipal
from app.core.schemas import UtcDateTime
from app.duty import service
from app.duty.models import DutyDay


async def get_duty_day_or_404(
    duty_day_id: uuid.UUID, session: DB, principal: CurrentPrincipal
) -> DutyDay:
    return await service.get_duty_day(session, principal, duty_day_id)


VisibleDutyDay = Annotated[DutyDay, Depends(get_duty_day_or_404)]


async def duty_day_filters(
    user_id: uuid.UUID | None = None,
    started_from: UtcDateTime | None = None,
    started_to: UtcDateTime | None = None,
    is_open: bool | None = None,
) -> dict[str, Any]:
    return {
        "user_id": user_id,
        "started_from": started_from,
        "started_to": started_to,
        "is_open": is_open,
    }


DutyDayFilters = Annotated[dict[str, Any], Depends(duty_day_filters)]

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import Depends, Query

from app.auth.dependencies import DB, CurrentPrincipal
from app.core.schemas import IsoDate
from app.targets import service
from app.targets.models import Target, TargetPeriod, TargetSubject


async def get_target_or_404(
    target_id: uuid.UUID, session: DB, principal: CurrentPrincipal
) -> Target:
    return await service.get_target(session, principal, target_id)


VisibleTarget = Annotated[Target, Depends(get_target_or_404)]


async def target_filters(
    period: TargetPeriod | None = None,
    subject: TargetSubject | None = None,
    engineer_id: uuid.UUID | None = None,
    team_id: uuid.UUID | None = None,
    territory_id: uuid.UUID | None = None,
    on: IsoDate | None = Query(None, description="Only targets whose period holds this day"),
) -> dict[str, Any]:
    return {
        "period": period,
        "subject": subject,
        "engineer_id": engineer_id,
        "team_id": team_id,
        "territory_id": territory_id,
        "on": on,
    }


TargetFilters = Annotated[dict[str, Any], Depends(target_filters)]

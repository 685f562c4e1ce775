from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import Depends, Query

from app.auth.dependencies import DB, CurrentPrincipal
from app.core.schemas import IsoDate
from app.visits import service
from app.visits.models import Visit, VisitReport, VisitStatus


async def get_visit_or_404(visit_id: uuid.UUID, session: DB, principal: CurrentPrincipal) -> Visit:
    return await service.get_visit(session, principal, visit_id)


VisibleVisit = Annotated[Visit, Depends(get_visit_or_404)]


async def get_report_or_404(
    visit: VisibleVisit, session: DB, principal: CurrentPrincipal
) -> VisitReport:
    return await service.get_report(session, principal, visit)


VisibleReport = Annotated[VisitReport, Depends(get_report_or_404)]


async def visit_filters(
    owner_id: list[uuid.UUID] | None = Query(
        None, max_length=100, description="Only these people's visits (repeat for several)"
    ),
    customer_id: uuid.UUID | None = None,
    planned_date: IsoDate | None = Query(
        None, description="One day (with sort=route_position: that day's route in order)"
    ),
    date_from: IsoDate | None = None,
    date_to: IsoDate | None = None,
    status: VisitStatus | None = None,
    is_flagged: bool | None = Query(None, description="Check-ins with any flag"),
) -> dict[str, Any]:
    return {
        "owner_ids": owner_id,
        "customer_id": customer_id,
        "planned_date": planned_date,
        "date_from": date_from,
        "date_to": date_to,
        "status": status,
        "is_flagged": is_flagged,
    }


VisitFilters = Annotated[dict[str, Any], Depends(visit_filters)]

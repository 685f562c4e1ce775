from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import Depends, Query

from app.activities import service
from app.activities.models import Activity, ActivityStatus, ActivityType
from app.auth.dependencies import DB, CurrentPrincipal
from app.core.schemas import UtcDateTime


async def get_activity_or_404(
    activity_id: uuid.UUID, session: DB, principal: CurrentPrincipal
) -> Activity:
    return await service.get_activity(session, principal, activity_id)


VisibleActivity = Annotated[Activity, Depends(get_activity_or_404)]


async def activity_filters(
    type: ActivityType | None = None,
    status: ActivityStatus | None = None,
    owner_id: list[uuid.UUID] | None = Query(
        None,
        max_length=100,
        description="Only these assignees (repeat for several); others' are never shown",
    ),
    customer_id: uuid.UUID | None = None,
    lead_id: uuid.UUID | None = None,
    opportunity_id: uuid.UUID | None = None,
    scheduled_from: UtcDateTime | None = None,
    scheduled_to: UtcDateTime | None = None,
) -> dict[str, Any]:
    """The list's filters, shared by the list, its count and its export."""
    return {
        "type_": type,
        "status": status,
        "owner_ids": owner_id,
        "customer_id": customer_id,
        "lead_id": lead_id,
        "opportunity_id": opportunity_id,
        "scheduled_from": scheduled_from,
        "scheduled_to": scheduled_to,
    }


ActivityFilters = Annotated[dict[str, Any], Depends(activity_filters)]

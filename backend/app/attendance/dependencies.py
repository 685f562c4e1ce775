from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import Depends, Query

from app.core.schemas import IsoDate


async def attendance_filters(
    day: IsoDate | None = Query(
        None, alias="date", description="The day, YYYY-MM-DD (default: today, company time)"
    ),
    team_id: uuid.UUID | None = Query(None, description="Only this team's people"),
    user_id: list[uuid.UUID] | None = Query(
        None, max_length=100, description="Only these people (repeat for several)"
    ),
) -> dict[str, Any]:
    return {"day": day, "team_id": team_id, "user_ids": user_id}


AttendanceFilters = Annotated[dict[str, Any], Depends(attendance_filters)]

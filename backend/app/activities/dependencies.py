from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Depends

from app.activities import service
from app.activities.models import Activity
from app.auth.dependencies import DB, CurrentPrincipal


async def get_activity_or_404(
    activity_id: uuid.UUID, session: DB, principal: CurrentPrincipal
) -> Activity:
    return await service.get_activity(session, principal, activity_id)


VisibleActivity = Annotated[Activity, Depends(get_activity_or_404)]

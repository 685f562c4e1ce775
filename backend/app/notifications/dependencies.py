from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Depends

from app.auth.dependencies import DB, CurrentPrincipal
from app.notifications import service
from app.notifications.models import Notification


async def get_notification_or_404(
    notification_id: uuid.UUID, session: DB, principal: CurrentPrincipal
) -> Notification:
    return await service.get_notification(session, principal, notification_id)


OwnNotification = Annotated[Notification, Depends(get_notification_or_404)]

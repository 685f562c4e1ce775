from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.notifications.models import Notification
from app.users.models import User


async def create_notification(session: AsyncSession, *, user: User, **fields: Any) -> Notification:
    notification = Notification(
        user_id=user.id,
        kind=fields.pop("kind", "activity.reminder"),
        title=fields.pop("title", "Call: follow up"),
        dedupe_key=fields.pop("dedupe_key", f"test:{uuid.uuid4()}"),
        **fields,
    )
    session.add(notification)
    await session.flush()
    return notification

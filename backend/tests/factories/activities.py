from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.activities.models import Activity, ActivityStatus, ActivityType
from app.core.clock import utcnow
from app.users.models import User


async def create_activity(
    session: AsyncSession,
    *,
    owner: User,
    type: ActivityType = ActivityType.CALL,
    at: datetime | None = None,
    status: ActivityStatus = ActivityStatus.PLANNED,
    **fields: Any,
) -> Activity:
    when = at or utcnow() + timedelta(hours=2)
    activity = Activity(
        type=type,
        subject=fields.pop("subject", f"{type.value} with customer"),
        owner_id=owner.id,
        created_by_id=owner.id,
        starts_at=when if type in (ActivityType.MEETING, ActivityType.APPOINTMENT) else None,
        due_at=None if type in (ActivityType.MEETING, ActivityType.APPOINTMENT) else when,
        scheduled_at=when,
        status=status,
        **fields,
    )
    session.add(activity)
    await session.flush()
    return activity

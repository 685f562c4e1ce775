from __future__ import annotations

import uuid
from datetime import datetime

from app.core.schemas import EntityRead, OutputModel


class NotificationRead(EntityRead):
    user_id: uuid.UUID
    kind: str
    title: str
    body: str | None
    subject_type: str | None
    subject_id: uuid.UUID | None
    read_at: datetime | None


class UnreadCount(OutputModel):
    unread: int

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from app.core.schemas import OutputModel


class AuditEntryRead(OutputModel):
    id: uuid.UUID
    occurred_at: datetime
    actor_id: uuid.UUID | None
    actor_label: str
    action: str
    entity_type: str
    entity_id: uuid.UUID
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    request_id: str | None

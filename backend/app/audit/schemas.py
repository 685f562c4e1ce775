from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from pydantic import Field

from app.core.schemas import OutputModel


class AuditEntryRead(OutputModel):
    """One change, from the event stream: before and after hold the changed fields
    (everything on create and delete); secrets read as "[secret]"."""

    id: uuid.UUID
    occurred_at: datetime
    actor_id: uuid.UUID | None
    actor_kind: str = Field(description="user, api_key or system")
    actor_label: str
    action: str = Field(description="The event type, e.g. customer.updated, lead.converted")
    operation: str = Field(description="created, updated or deleted")
    entity_type: str
    entity_id: uuid.UUID
    entity_label: str | None = Field(description="The record's name at the time")
    version: int | None
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    request_id: str | None

    @classmethod
    def of(cls, event: Any) -> AuditEntryRead:
        return cls(
            id=event.id,
            occurred_at=event.occurred_at,
            actor_id=event.actor_id,
            actor_kind=event.actor_kind,
            actor_label=event.actor_label,
            action=event.type,
            operation=event.operation,
            entity_type=event.entity_type,
            entity_id=event.entity_id,
            entity_label=event.label,
            version=event.version,
            before=event.before,
            after=event.after,
            request_id=event.request_id,
        )

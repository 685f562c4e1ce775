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

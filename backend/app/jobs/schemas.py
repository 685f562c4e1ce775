from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from app.core.schemas import OutputModel


class JobStatus(StrEnum):
    TODO = "todo"
    DOING = "doing"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    CANCELLED = "cancelled"
    ABORTED = "aborted"


class JobRead(OutputModel):
    """A background job: what it runs, how it went, and why its last attempt failed."""

    id: int
    queue: str
    task_name: str
    status: JobStatus
    attempts: int
    args: dict[str, Any]
    scheduled_at: datetime | None
    deferred_at: datetime | None
    last_error: str | None
    last_error_at: datetime | None

from __future__ import annotations

import uuid
from datetime import date, datetime

from pydantic import Field

from app.core.schemas import CreateModel, EntityRead, InputModel, IsoDate
from app.todos.models import TodoPriority


class _TodoFields(InputModel):
    title: str | None = Field(default=None, min_length=1, max_length=200)
    notes: str | None = Field(default=None, max_length=10_000)
    due_date: IsoDate | None = None
    priority: TodoPriority | None = None
    customer_id: uuid.UUID | None = None
    lead_id: uuid.UUID | None = None
    opportunity_id: uuid.UUID | None = None


class TodoCreate(_TodoFields, CreateModel):
    """A new to-do goes to the end of my list."""

    title: str = Field(min_length=1, max_length=200)


class TodoUpdate(_TodoFields):
    is_done: bool | None = None


class TodoMove(InputModel):
    after_id: uuid.UUID | None = Field(
        description="Put it right after this to-do of mine; null puts it first"
    )


class TodoRead(EntityRead):
    owner_id: uuid.UUID
    title: str
    notes: str | None
    due_date: date | None
    priority: TodoPriority
    is_done: bool
    done_at: datetime | None
    customer_id: uuid.UUID | None
    lead_id: uuid.UUID | None
    opportunity_id: uuid.UUID | None
    position: float = Field(description="Lists sort by it (sort=position)")

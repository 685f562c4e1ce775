"""To-dos: a personal list (only its owner sees it: PRODUCT.md "a personal to-do
list"), in the owner's manual order."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import Boolean, Float, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.core.access import personal_rows, register_scope
from app.core.db import Entity, enum_column
from app.core.events import Tracked, track
from app.core.personal_data import SubjectKind, copies


class TodoPriority(StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"


class Todo(Entity):
    __tablename__ = "todos"
    __table_args__ = (
        Index("ix_todos_owner_id_position_id", "owner_id", "position", "id"),
        Index("ix_todos_owner_id_due_date_id", "owner_id", "due_date", "id"),
        Index("ix_todos_owner_id_created_at_id", "owner_id", "created_at", "id"),
    )

    owner_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    title: Mapped[str] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(Text)
    due_date: Mapped[date | None]
    priority: Mapped[TodoPriority] = mapped_column(
        enum_column(TodoPriority), default=TodoPriority.NORMAL
    )
    is_done: Mapped[bool] = mapped_column(Boolean, default=False)
    done_at: Mapped[datetime | None]
    customer_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("customers.id", ondelete="SET NULL"), index=True
    )
    lead_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("leads.id", ondelete="SET NULL"), index=True
    )
    opportunity_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("opportunities.id", ondelete="SET NULL"), index=True
    )
    # The manual order: a number between its neighbours' (moving one row writes one row).
    position: Mapped[float] = mapped_column(Float)


register_scope(Todo, personal_rows(Todo.owner_id))
track(Todo, Tracked("todo", label="title", feed="todos"))
copies(
    Todo,
    linked={SubjectKind.LEAD: Todo.lead_id},
    customer=Todo.customer_id,
    mentions=("title", "notes"),
)

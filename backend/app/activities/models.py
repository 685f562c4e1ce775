"""Activities: calls, emails, meetings, appointments and tasks, linked to any customer,
contact, lead or opportunity, with reminders."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import Float, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.core.access import owned_rows, register_scope
from app.core.db import Entity, enum_column, stored_answer
from app.core.events import Tracked, track
from app.core.personal_data import SubjectKind, copies


class ActivityType(StrEnum):
    CALL = "call"
    EMAIL = "email"
    MEETING = "meeting"
    APPOINTMENT = "appointment"
    TASK = "task"


class ActivityStatus(StrEnum):
    PLANNED = "planned"
    DONE = "done"
    CANCELLED = "cancelled"


@stored_answer
class Activity(Entity):
    __tablename__ = "activities"
    __table_args__ = (
        Index("ix_activities_owner_id_scheduled_at_id", "owner_id", "scheduled_at", "id"),
        Index("ix_activities_scheduled_at_id", "scheduled_at", "id"),
        Index("ix_activities_created_at_id", "created_at", "id"),
        Index("ix_activities_owner_id_reminder_at", "owner_id", "reminder_at"),
        # The reminders job's scan: only planned activities with a reminder.
        Index(
            "ix_activities_due_reminders",
            "reminder_at",
            postgresql_where="status = 'planned' AND reminder_at IS NOT NULL",
        ),
    )

    type: Mapped[ActivityType] = mapped_column(enum_column(ActivityType))
    subject: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    status: Mapped[ActivityStatus] = mapped_column(
        enum_column(ActivityStatus), default=ActivityStatus.PLANNED
    )
    # The assignee: whose agenda and calendar feed it appears in.
    owner_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    customer_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("customers.id", ondelete="SET NULL"), index=True
    )
    contact_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL"), index=True
    )
    lead_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("leads.id", ondelete="SET NULL"), index=True
    )
    opportunity_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("opportunities.id", ondelete="SET NULL"), index=True
    )
    starts_at: Mapped[datetime | None]
    ends_at: Mapped[datetime | None]
    due_at: Mapped[datetime | None]
    # When it sits in an agenda: the start, else the due time (always set; sorts lists).
    scheduled_at: Mapped[datetime]
    reminder_at: Mapped[datetime | None]
    location: Mapped[str | None] = mapped_column(String(300))
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    outcome: Mapped[str | None] = mapped_column(Text)
    completed_at: Mapped[datetime | None]


register_scope(Activity, owned_rows(Activity.owner_id))
track(
    Activity,
    Tracked(
        "activity",
        label="subject",
        customer="customer_id",
        private_to_owner=True,
        feed="activities",
    ),
)
# What was said with a person (GDPR erasure, docs/decisions/0042): an activity with them
# keeps its type, times and status (the activity reports count it) and loses its notes.
copies(
    Activity,
    linked={SubjectKind.CONTACT: Activity.contact_id, SubjectKind.LEAD: Activity.lead_id},
    customer=Activity.customer_id,
    mentions=("subject", "description", "outcome", "location"),
    clear={
        "description": None,
        "outcome": None,
        "location": None,
        "latitude": None,
        "longitude": None,
    },
)

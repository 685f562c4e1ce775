from __future__ import annotations

import uuid
from datetime import datetime
from typing import Literal

from pydantic import Field, model_validator

from app.activities.models import ActivityStatus, ActivityType
from app.core.bulk import BulkIds
from app.core.schemas import CreateModel, EntityRead, InputModel, OutputModel, UtcDateTime


class _ActivityFields(InputModel):
    subject: str | None = Field(default=None, min_length=1, max_length=200)
    description: str | None = Field(default=None, max_length=10_000)
    customer_id: uuid.UUID | None = None
    contact_id: uuid.UUID | None = None
    lead_id: uuid.UUID | None = None
    opportunity_id: uuid.UUID | None = None
    starts_at: UtcDateTime | None = None
    ends_at: UtcDateTime | None = None
    due_at: UtcDateTime | None = None
    reminder_at: UtcDateTime | None = None
    location: str | None = Field(default=None, max_length=300)
    latitude: float | None = Field(default=None, ge=-90, le=90)
    longitude: float | None = Field(default=None, ge=-180, le=180)
    owner_id: uuid.UUID | None = Field(
        default=None, description="The assignee; defaults to the caller. Heads may assign."
    )

    @model_validator(mode="after")
    def _ends_after_start(self) -> _ActivityFields:
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValueError("ends_at must be after starts_at")
        return self


class ActivityCreate(_ActivityFields, CreateModel):
    type: ActivityType
    subject: str = Field(min_length=1, max_length=200)


class ActivityUpdate(_ActivityFields):
    type: ActivityType | None = None


class ActivityComplete(InputModel):
    outcome: str | None = Field(default=None, max_length=10_000)
    completed_at: UtcDateTime | None = Field(
        default=None, description="When it was done (the phone may report it later)"
    )


class ActivityRead(EntityRead):
    type: ActivityType
    subject: str
    description: str | None
    status: ActivityStatus
    owner_id: uuid.UUID
    created_by_id: uuid.UUID | None
    customer_id: uuid.UUID | None
    customer_name: str | None = Field(default=None, description="When the caller may see it")
    contact_id: uuid.UUID | None
    lead_id: uuid.UUID | None
    opportunity_id: uuid.UUID | None
    starts_at: datetime | None
    ends_at: datetime | None
    due_at: datetime | None
    scheduled_at: datetime
    reminder_at: datetime | None
    location: str | None
    latitude: float | None
    longitude: float | None
    outcome: str | None
    completed_at: datetime | None


class Agenda(OutputModel):
    """One's own calendar for a period, what is overdue, and reminders due now."""

    activities: list[ActivityRead]
    overdue: list[ActivityRead]
    reminders: list[ActivityRead]


class TeamAgenda(Agenda):
    """The agenda of several people (a head's team, or chosen engineers)."""

    truncated: bool = Field(
        description="More activities fell in the range than the 1000 listed: narrow it"
    )


class CalendarFeed(OutputModel):
    url: str = Field(description="Subscribe to this URL in Google Calendar, Outlook or a phone")
    token: str


class ActivityBulk(InputModel):
    """One action on many activities; each row is checked like the single write."""

    ids: BulkIds
    action: Literal["reassign", "change_status"]
    owner_id: uuid.UUID | None = Field(default=None, description="The new owner (reassign)")
    status: Literal["done", "cancelled"] | None = Field(
        default=None, description="Complete or cancel (change_status), as the actions do"
    )

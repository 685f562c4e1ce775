"""The contacts report's answer."""

from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import BaseModel, Field

from app.core.schemas import OutputModel
from app.reports.schemas import Span


class ContactInteractions(BaseModel):
    contact_id: uuid.UUID
    name: str
    title: str | None
    customer_id: uuid.UUID
    customer_name: str
    channel: str = Field(description="The contact's preferred channel")
    calls: int
    emails: int
    meetings: int
    appointments: int
    tasks: int
    interactions: int = Field(description="Activities done with the contact in the window")
    per_month: float = Field(description="Interactions per 30 days of the window")
    first_at: datetime
    last_at: datetime
    days_since_last: int = Field(description="From the last interaction to the window's end")
    last_outcome: str | None = Field(description="What the last interaction's record says")


class ContactsReport(OutputModel):
    window: Span
    items: list[ContactInteractions] = Field(description="Most interactions first")

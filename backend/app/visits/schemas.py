from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Literal

from pydantic import Field, model_validator

from app.core.attachments import FileRead
from app.core.schemas import CreateModel, EntityRead, InputModel, IsoDate, OutputModel, UtcDateTime
from app.visits.models import VisitStatus


class VisitCreate(CreateModel):
    """A planned visit in someone's day route: mine, or (a head) a team member's."""

    customer_id: uuid.UUID
    planned_date: IsoDate
    route_position: int | None = Field(
        default=None, ge=1, le=1000, description="Its place in the day's route; default: last"
    )
    owner_id: uuid.UUID | None = Field(
        default=None, description="Who makes the visit; defaults to the caller. Heads may assign."
    )
    purpose: str | None = Field(default=None, max_length=300)


class VisitUpdate(InputModel):
    planned_date: IsoDate | None = None
    route_position: int | None = Field(default=None, ge=1, le=1000)
    owner_id: uuid.UUID | None = None
    purpose: str | None = Field(default=None, max_length=300)


class _Fix(InputModel):
    latitude: float = Field(ge=-90, le=90)
    longitude: float = Field(ge=-180, le=180)
    accuracy_m: float | None = Field(
        default=None, ge=0, description="The fix's accuracy (m); none counts as poor accuracy"
    )


class CheckIn(_Fix):
    checked_in_at: UtcDateTime
    is_mock: bool = Field(default=False, description="The OS says the position is simulated")


class UnplannedCheckIn(CheckIn, CreateModel):
    """Check into a visit no one planned: the visit is made by this request."""

    customer_id: uuid.UUID
    purpose: str | None = Field(default=None, max_length=300)


class CheckOut(_Fix):
    checked_out_at: UtcDateTime


class VisitRead(EntityRead):
    owner_id: uuid.UUID
    created_by_id: uuid.UUID | None
    customer_id: uuid.UUID
    customer_name: str | None = Field(default=None, description="When the caller may see it")
    status: VisitStatus
    planned_date: date
    route_position: int
    is_planned: bool = Field(description="False for a visit checked into without a plan")
    purpose: str | None
    checked_in_at: datetime | None
    check_in_latitude: float | None
    check_in_longitude: float | None
    check_in_accuracy_m: float | None
    check_in_distance_m: float | None = Field(
        description="From the customer's address (null: the address has no coordinates)"
    )
    is_outside_radius: bool
    is_poor_accuracy: bool
    is_mock_location: bool
    is_flagged: bool = Field(description="Any of the three flags: worth a head's look")
    checked_out_at: datetime | None
    check_out_latitude: float | None
    check_out_longitude: float | None
    check_out_accuracy_m: float | None
    duration_minutes: int | None = Field(description="From check-in to check-out")


class ContactMet(InputModel):
    contact_id: uuid.UUID | None = Field(default=None, description="One of the customer's")
    name: str | None = Field(default=None, max_length=200)

    @model_validator(mode="after")
    def _named(self) -> ContactMet:
        if self.contact_id is None and not self.name:
            raise ValueError("give contact_id or name")
        return self


class ProductDiscussed(InputModel):
    product_id: uuid.UUID | None = None
    name: str | None = Field(default=None, max_length=200)
    notes: str | None = Field(default=None, max_length=1000)

    @model_validator(mode="after")
    def _named(self) -> ProductDiscussed:
        if self.product_id is None and not self.name:
            raise ValueError("give product_id or name")
        return self


class FollowUp(InputModel):
    """A follow-up made in the same request (and kept only if the report is)."""

    kind: Literal["activity", "todo"] = Field(
        description="activity: a task in my agenda; todo: on my to-do list"
    )
    title: str = Field(min_length=1, max_length=200)
    due_date: IsoDate | None = None
    notes: str | None = Field(default=None, max_length=10_000)


class _ReportFields(InputModel):
    purpose: str | None = Field(default=None, max_length=300)
    outcome: str | None = Field(default=None, min_length=1, max_length=10_000)
    contacts_met: list[ContactMet] | None = Field(default=None, max_length=50)
    products_discussed: list[ProductDiscussed] | None = Field(default=None, max_length=50)
    next_steps: str | None = Field(default=None, max_length=10_000)
    next_visit_date: IsoDate | None = None


class VisitReportCreate(_ReportFields, CreateModel):
    outcome: str = Field(min_length=1, max_length=10_000)
    follow_up: FollowUp | None = None


class VisitReportUpdate(_ReportFields):
    pass


class ContactMetRead(OutputModel):
    contact_id: uuid.UUID | None
    name: str | None


class ProductDiscussedRead(OutputModel):
    product_id: uuid.UUID | None
    name: str | None
    notes: str | None


class VisitReportRead(EntityRead):
    visit_id: uuid.UUID
    owner_id: uuid.UUID
    customer_id: uuid.UUID
    purpose: str | None
    outcome: str
    contacts_met: list[ContactMetRead]
    products_discussed: list[ProductDiscussedRead]
    next_steps: str | None
    next_visit_date: date | None
    follow_up_activity_id: uuid.UUID | None
    follow_up_todo_id: uuid.UUID | None
    photos: list[FileRead] = Field(
        description="Oldest first; add with POST /visits/{visit_id}/report/photos"
    )

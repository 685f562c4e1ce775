"""The activities report's answer."""

from __future__ import annotations

import uuid

from pydantic import BaseModel, Field

from app.core.schemas import OutputModel
from app.reports.schemas import Figure, Span


class ActivityFigures(BaseModel):
    """One person's field work over the window (or, in ``summary``, everyone's)."""

    user_id: uuid.UUID | None = Field(description="Null in the summary")
    user_name: str | None
    team_id: uuid.UUID | None
    team_name: str | None
    calls: int = Field(description="Activities done, by type")
    emails: int
    meetings: int
    appointments: int
    tasks: int
    visits_planned: int = Field(description="Planned visits of their routes, not cancelled")
    visits_done: int = Field(description="Visits checked out, planned or not")
    visits_unplanned: int
    flagged_check_ins: int
    duty_days: int = Field(description="Working days started")
    odometer_km: Figure | None = Field(
        description="Km between the odometer readings of the days that have both"
    )
    claimed_km: Figure | None = Field(
        description="Km claimed as mileage on expense reports handed in (not rejected)"
    )


class ActivitiesReport(OutputModel):
    """The tracked km of each day (measured from the phone's pings) are in
    `GET /attendance` and `GET /users/{id}/day`: their filter of implausible points
    cannot be written in SQL, so they are not summed over a window here."""

    window: Span
    items: list[ActivityFigures] = Field(description="Per person, by name")
    summary: ActivityFigures

from __future__ import annotations

import uuid
from datetime import date, datetime

from pydantic import Field

from app.core.money import Amount
from app.core.schemas import CurrencyAmounts, OutputModel


class ClaimedAmount(CurrencyAmounts):
    amount_fields = ("amount",)

    currency: str
    amount: Amount


class AttendanceRow(OutputModel):
    """One person's working day."""

    user_id: uuid.UUID
    user_name: str
    team_id: uuid.UUID | None
    team_name: str | None
    duty_started_at: datetime | None = Field(
        description="When the first duty day started that day (null: no duty that day)"
    )
    duty_ended_at: datetime | None = Field(
        description="When the day's duty ended (null while it is still open or never ended)"
    )
    is_duty_open: bool = Field(description="A duty day started that day has not been ended")
    first_ping_at: datetime | None
    last_ping_at: datetime | None
    ping_count: int
    distance_km: float = Field(
        description="Travelled, measured from the pings as the person's day route measures it"
    )
    visits_planned: int = Field(description="Planned visits of the day's route, not cancelled")
    visits_done: int = Field(description="Visits of the day checked out, planned or not")
    visits_unplanned: int = Field(description="Visits made by a check-in nobody planned")
    flagged_check_ins: int = Field(
        description="Check-ins outside the radius, with a poor fix or a simulated position"
    )
    expense_lines: int = Field(
        description="Expense lines dated that day on reports handed in, rejected ones left out"
    )
    expenses_submitted: list[ClaimedAmount] = Field(
        description="Those lines' totals, one per currency"
    )


class Attendance(OutputModel):
    """The day (local midnight to midnight in the company's time zone) of every person
    the caller may see: active sales engineers, and anyone else with duty, visits or
    expenses that day. Computed whenever asked: late uploads and days never ended count."""

    date: date
    timezone: str
    items: list[AttendanceRow]

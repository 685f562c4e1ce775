from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from pydantic import Field, model_validator

from app.core.attachments import FileRead
from app.core.money import Amount, CurrencyCode
from app.core.schemas import CreateModel, EntityRead, InputModel, IsoDate, OutputModel
from app.expenses.models import ExpenseCategory, ExpenseStatus, LineDecision


class ExpenseReportCreate(CreateModel):
    """A trip or a period's expenses, in one currency."""

    title: str = Field(min_length=1, max_length=200)
    period_start: IsoDate
    period_end: IsoDate
    currency: CurrencyCode = "INR"

    @model_validator(mode="after")
    def _ordered(self) -> ExpenseReportCreate:
        if self.period_end < self.period_start:
            raise ValueError("period_end must not precede period_start")
        return self


class ExpenseLineCreate(CreateModel):
    expense_date: IsoDate
    category: ExpenseCategory
    amount: Amount | None = Field(
        default=None, description="Required except for mileage (km x the policy's rate)"
    )
    distance_km: Decimal | None = Field(default=None, description="Mileage: the km (> 0)")
    km_from_day: bool = Field(
        default=False, description="Mileage: take the km from the day's computed distance"
    )
    vehicle_type: str | None = Field(default=None, max_length=20, description="Mileage: car, ...")
    notes: str | None = Field(default=None, max_length=2000)


class LineVerdict(InputModel):
    line_id: uuid.UUID
    decision: LineDecision
    comment: str | None = Field(default=None, max_length=2000)


class ExpenseDecision(InputModel):
    """Approve (lines listed as rejected are left out of the approved total) or reject
    the whole report, with a comment."""

    approve: bool
    comment: str | None = Field(default=None, max_length=2000)
    lines: list[LineVerdict] = Field(default_factory=list, max_length=500)


class Reimbursement(InputModel):
    reimbursed_on: IsoDate
    reference: str = Field(min_length=1, max_length=100)


class ExpenseReportRead(EntityRead):
    owner_id: uuid.UUID
    title: str
    period_start: date
    period_end: date
    currency: str
    status: ExpenseStatus
    submitted_at: datetime | None
    decided_at: datetime | None
    decided_by_id: uuid.UUID | None
    decision_comment: str | None
    reimbursed_on: date | None
    reimbursement_reference: str | None


class ExpenseReportSummaryRead(ExpenseReportRead):
    """A report in a list: its figures, so an approver sees what waits without opening it."""

    total: Amount
    approved_total: Amount = Field(description="Lines not rejected")
    line_count: int
    over_limit_count: int = Field(description="Lines above the policy's limit (flagged)")


class ExpenseLineRead(EntityRead):
    report_id: uuid.UUID
    owner_id: uuid.UUID
    expense_date: date
    category: ExpenseCategory
    amount: Amount
    currency: str
    distance_km: Decimal | None
    vehicle_type: str | None
    notes: str | None
    is_over_limit: bool = Field(description="Above the policy's limit for its category and day")
    decision: LineDecision
    decision_comment: str | None
    receipts: list[FileRead] = Field(
        description="Photos or PDFs, oldest first; add with POST .../lines/{id}/receipts"
    )


class MileageRate(OutputModel):
    vehicle_type: str
    rate_per_km: Decimal = Field(description="In the report's currency, per km")


class DailyLimit(OutputModel):
    category: ExpenseCategory
    amount: Decimal = Field(description="A day's claims of the category above it are flagged")


class ExpensePolicyRead(OutputModel):
    """What a phone needs to draft lines offline: the vehicle types with their mileage
    rate, and the daily limits above which lines are flagged (the server flags them)."""

    mileage_rates: list[MileageRate]
    daily_limits: list[DailyLimit]


class CategoryTotal(OutputModel):
    category: ExpenseCategory
    amount: Amount


class ExpenseReportDetail(ExpenseReportRead):
    lines: list[ExpenseLineRead]
    total: Amount
    approved_total: Amount = Field(description="Lines not rejected")
    totals_by_category: list[CategoryTotal]

"""Expense reports (a trip or a period) and their lines, with the approval trail."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import Boolean, ForeignKey, Index, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.core.access import owned_rows, register_scope, register_unscoped
from app.core.attachments import attachable
from app.core.db import Base, Entity, enum_column
from app.core.events import Tracked, track
from app.core.images import RECEIPT_TYPES


class ExpenseStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    REJECTED = "rejected"
    REIMBURSED = "reimbursed"


class ExpenseCategory(StrEnum):
    TRAVEL = "travel"
    FUEL = "fuel"
    FOOD = "food"
    LODGING = "lodging"
    MILEAGE = "mileage"
    OTHER = "other"


class LineDecision(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"


class ExpenseReport(Entity):
    __tablename__ = "expense_reports"
    __table_args__ = (
        Index("ix_expense_reports_owner_id_created_at_id", "owner_id", "created_at", "id"),
        Index("ix_expense_reports_status_created_at_id", "status", "created_at", "id"),
        Index("ix_expense_reports_created_at_id", "created_at", "id"),
    )

    owner_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    title: Mapped[str] = mapped_column(String(200))
    period_start: Mapped[date]
    period_end: Mapped[date]
    currency: Mapped[str] = mapped_column(String(3))
    status: Mapped[ExpenseStatus] = mapped_column(
        enum_column(ExpenseStatus), default=ExpenseStatus.DRAFT
    )
    submitted_at: Mapped[datetime | None]
    decided_at: Mapped[datetime | None]
    decided_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    decision_comment: Mapped[str | None] = mapped_column(Text)
    reimbursed_on: Mapped[date | None]
    reimbursement_reference: Mapped[str | None] = mapped_column(String(100))


class ExpenseLine(Entity):
    __tablename__ = "expense_lines"
    __table_args__ = (
        Index("ix_expense_lines_report_id_expense_date", "report_id", "expense_date"),
        Index("ix_expense_lines_owner_id_expense_date", "owner_id", "expense_date"),
    )

    report_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("expense_reports.id", ondelete="CASCADE")
    )
    # Copied from the report: lines are scoped like it (and the policy sums per owner).
    owner_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    expense_date: Mapped[date]
    category: Mapped[ExpenseCategory] = mapped_column(enum_column(ExpenseCategory))
    amount: Mapped[Decimal] = mapped_column(Numeric(14, 2))
    currency: Mapped[str] = mapped_column(String(3))
    distance_km: Mapped[Decimal | None] = mapped_column(Numeric(10, 2))
    vehicle_type: Mapped[str | None] = mapped_column(String(20))
    notes: Mapped[str | None] = mapped_column(Text)
    is_over_limit: Mapped[bool] = mapped_column(Boolean, default=False)
    decision: Mapped[LineDecision] = mapped_column(
        enum_column(LineDecision), default=LineDecision.PENDING
    )
    decision_comment: Mapped[str | None] = mapped_column(Text)


class ExpenseDayTotal(Base):
    """What an owner claims for a category on a day in a currency (rejected lines left
    out): the sum the policy's daily limit is checked against. Kept by PostgreSQL (a
    statement-level trigger on ``expense_lines``, migration 2026-12-09-0907) on every
    insert, update and delete of a line, whatever writes it; read, never written, here.
    Summing the lines instead read every earlier line of the days asked for (a batch of
    pushed lines: 1.8 ms over 5,000 of an engineer's lines)."""

    __tablename__ = "expense_day_totals"

    owner_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    expense_date: Mapped[date] = mapped_column(primary_key=True)
    category: Mapped[ExpenseCategory] = mapped_column(
        enum_column(ExpenseCategory), primary_key=True
    )
    currency: Mapped[str] = mapped_column(String(3), primary_key=True)
    amount: Mapped[Decimal] = mapped_column(Numeric(18, 2))


# A line's receipts (photos or PDFs; docs/decisions/0034-files.md): visible with the line.
RECEIPTS = attachable(ExpenseLine, types=RECEIPT_TYPES, max_files=5)
register_scope(ExpenseReport, owned_rows(ExpenseReport.owner_id))
register_scope(ExpenseLine, owned_rows(ExpenseLine.owner_id))
register_unscoped(ExpenseDayTotal, reason="the policy's day sums, read for a line's owner only")
track(ExpenseReport, Tracked("expense_report", label="title", feed="expense_reports"))
track(
    ExpenseLine,
    Tracked("expense_line", feed="expense_lines"),
)

from __future__ import annotations

import uuid
from collections.abc import Collection
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import ARRAY, Date, Numeric, Select, Uuid, any_, bindparam, func, literal, select
from sqlalchemy.dialects.postgresql import aggregate_order_by

from app.core.access import Principal, scope_clause
from app.core.attachments import attached_files
from app.core.pagination import SortOptions
from app.core.reads import ReadModel
from app.core.repository import ScopedRepository
from app.expenses.errors import ExpenseLineNotFound, ExpenseReportNotFound
from app.expenses.models import (
    RECEIPTS,
    ExpenseCategory,
    ExpenseDayTotal,
    ExpenseLine,
    ExpenseReport,
    ExpenseStatus,
    LineDecision,
)
from app.expenses.schemas import ExpenseLineRead, ExpenseReportRead, ExpenseReportSummaryRead

REPORT_READ = ReadModel(ExpenseReport, ExpenseReportRead)


def _of_report(value: Any, *where: Any) -> Any:
    """An aggregate of the report's lines, per row of a page (on the lines' report index)."""
    return (
        select(value)
        .where(ExpenseLine.report_id == ExpenseReport.id, *where)
        .correlate(ExpenseReport)
        .scalar_subquery()
    )


_ZERO = literal(0, Numeric(14, 2))
# The list's item: the report and its figures, summed by PostgreSQL as the page is written.
REPORT_SUMMARY_READ = ReadModel(
    ExpenseReport,
    ExpenseReportSummaryRead,
    fields={
        "total": _of_report(func.coalesce(func.sum(ExpenseLine.amount), _ZERO)),
        "approved_total": _of_report(
            func.coalesce(func.sum(ExpenseLine.amount), _ZERO),
            ExpenseLine.decision != LineDecision.REJECTED,
        ),
        "line_count": _of_report(func.count()),
        "over_limit_count": _of_report(func.count(), ExpenseLine.is_over_limit.is_(True)),
    },
)
LINE_READ = ReadModel(ExpenseLine, ExpenseLineRead, fields={"receipts": attached_files(RECEIPTS)})
REPORT_SORT = SortOptions("-created_at", created_at=ExpenseReport.created_at)


class ExpenseReportRepository(ScopedRepository[ExpenseReport]):
    model = ExpenseReport
    not_found = ExpenseReportNotFound

    def filtered(
        self, *, status: ExpenseStatus | None = None, owner_id: uuid.UUID | None = None
    ) -> Select[ExpenseReport]:
        stmt = self.scoped()
        if status is not None:
            stmt = stmt.where(ExpenseReport.status == status)
        if owner_id is not None:
            stmt = stmt.where(ExpenseReport.owner_id == owner_id)
        return stmt


# The day sums of some owners on some days (the keys a set of lines asks for, filtered
# in Python): built once.
_DAY_TOTALS = select(
    ExpenseDayTotal.owner_id,
    ExpenseDayTotal.expense_date,
    ExpenseDayTotal.category,
    ExpenseDayTotal.currency,
    ExpenseDayTotal.amount,
).where(
    ExpenseDayTotal.owner_id == any_(bindparam("owners", type_=ARRAY(Uuid()))),
    ExpenseDayTotal.expense_date == any_(bindparam("days", type_=ARRAY(Date()))),
)


class ExpenseLineRepository(ScopedRepository[ExpenseLine]):
    model = ExpenseLine
    not_found = ExpenseLineNotFound

    def of_report(self, report_id: uuid.UUID) -> Select[ExpenseLine]:
        return (
            self.scoped()
            .where(ExpenseLine.report_id == report_id)
            .order_by(ExpenseLine.expense_date, ExpenseLine.created_at, ExpenseLine.id)
        )

    async def lines_of(self, report_id: uuid.UUID) -> list[ExpenseLine]:
        return list((await self.session.scalars(self.of_report(report_id))).all())

    async def day_totals(
        self, keys: Collection[tuple[uuid.UUID, date, ExpenseCategory, str]]
    ) -> dict[tuple[uuid.UUID, date, ExpenseCategory, str], Decimal]:
        """What each owner already claims for a category on a day in a currency (rejected
        lines left out): the policy's limit is per person, category and day. One
        statement for all ``keys``, over the sums PostgreSQL keeps (``ExpenseDayTotal``);
        a key without lines is left out."""
        if not keys:
            return {}
        owners = sorted({key[0] for key in keys})
        days = sorted({key[1] for key in keys})
        rows = await self.session.execute(_DAY_TOTALS, {"owners": owners, "days": days})
        totals = {}
        for owner_id, day, category, currency, total in rows.all():
            if (owner_id, day, category, currency) in keys:
                totals[owner_id, day, category, currency] = total
        return totals

    async def totals(self, report_id: uuid.UUID) -> list[tuple[ExpenseCategory, Decimal, Decimal]]:
        """Per category: the claimed total and the total of lines not rejected (SQL)."""
        not_rejected = ExpenseLine.decision != LineDecision.REJECTED
        stmt = (
            select(
                ExpenseLine.category,
                func.sum(ExpenseLine.amount),
                func.coalesce(func.sum(ExpenseLine.amount).filter(not_rejected), 0),
            )
            .where(ExpenseLine.report_id == report_id)
            .group_by(ExpenseLine.category)
            .order_by(ExpenseLine.category)
        )
        return [(c, Decimal(t), Decimal(a)) for c, t, a in (await self.session.execute(stmt)).all()]

    @staticmethod
    def mileage(principal: Principal, start: date, end: date) -> Any:
        """Per person, the km of mileage lines dated ``start`` to ``end`` on reports
        handed in, rejected lines left out (user_id, claimed_km): a subquery for the
        activities report."""
        handed_in = (ExpenseStatus.SUBMITTED, ExpenseStatus.APPROVED, ExpenseStatus.REIMBURSED)
        return (
            select(
                ExpenseLine.owner_id.label("user_id"),
                func.sum(ExpenseLine.distance_km).label("claimed_km"),
            )
            .join(ExpenseReport, ExpenseReport.id == ExpenseLine.report_id)
            .where(
                scope_clause(ExpenseLine, principal),
                ExpenseLine.category == ExpenseCategory.MILEAGE,
                ExpenseLine.expense_date.between(start, end),
                ExpenseLine.decision != LineDecision.REJECTED,
                ExpenseReport.status.in_(handed_in),
            )
            .group_by(ExpenseLine.owner_id)
        )

    @staticmethod
    def day_claims(principal: Principal, day: date) -> Any:
        """Per person, what the caller may see claimed for ``day``: lines dated that day
        on reports handed in (submitted, approved or reimbursed), rejected lines left
        out; their count, and their currencies and totals as two arrays in the same
        order (a subquery for attendance)."""
        handed_in = (ExpenseStatus.SUBMITTED, ExpenseStatus.APPROVED, ExpenseStatus.REIMBURSED)
        per_currency = (
            select(
                ExpenseLine.owner_id,
                ExpenseLine.currency,
                func.count().label("lines"),
                func.sum(ExpenseLine.amount).label("amount"),
            )
            .join(ExpenseReport, ExpenseReport.id == ExpenseLine.report_id)
            .where(
                scope_clause(ExpenseLine, principal),
                ExpenseLine.expense_date == day,
                ExpenseLine.decision != LineDecision.REJECTED,
                ExpenseReport.status.in_(handed_in),
            )
            .group_by(ExpenseLine.owner_id, ExpenseLine.currency)
            .subquery("per_currency")
        )
        return select(
            per_currency.c.owner_id.label("user_id"),
            func.sum(per_currency.c.lines).label("expense_lines"),
            func.array_agg(
                aggregate_order_by(per_currency.c.currency, per_currency.c.currency)
            ).label("expense_currencies"),
            func.array_agg(
                aggregate_order_by(per_currency.c.amount, per_currency.c.currency)
            ).label("expense_amounts"),
        ).group_by(per_currency.c.owner_id)

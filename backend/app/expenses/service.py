"""Expense rules: a report is its owner's (a head sees the team's, an admin all); lines
are added while it is a draft (or rejected, which makes it a draft again); mileage is
km x the policy's rate for the vehicle type (the km may come from the day's computed
distance); a line above the policy's limit for its category and day is flagged, never
refused. Submit -> a head (not the owner) approves, optionally rejecting some lines, or
rejects it -> approved reports are marked reimbursed with a date and reference."""

from __future__ import annotations

import uuid
from collections.abc import Collection, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core import attachments
from app.core.access import Principal
from app.core.attachments import StoredFile, Upload
from app.core.clock import utcnow
from app.core.config import get_settings
from app.core.db import new_record
from app.core.errors import AppError, UnprocessableEntity, field_error
from app.core.feed import FeedRecord, load_feed
from app.core.money import round_amount
from app.core.pagination import ListParams
from app.core.repository import Saved
from app.expenses.errors import (
    EmptyReport,
    ExpenseReportNotFound,
    NotYours,
    OwnReport,
    ReportLocked,
    WrongStatus,
)
from app.expenses.models import (
    RECEIPTS,
    ExpenseCategory,
    ExpenseLine,
    ExpenseReport,
    ExpenseStatus,
    LineDecision,
)
from app.expenses.repository import (
    LINE_READ,
    REPORT_READ,
    REPORT_SORT,
    REPORT_SUMMARY_READ,
    ExpenseLineRepository,
    ExpenseReportRepository,
)
from app.expenses.schemas import (
    DailyLimit,
    ExpenseDecision,
    ExpenseLineCreate,
    ExpensePolicyRead,
    ExpenseReportCreate,
    ExpenseReportRead,
    LineVerdict,
    MileageRate,
    Reimbursement,
)
from app.locations import service as locations

__all__ = ["REPORT_SORT"]
EDITABLE = {ExpenseStatus.DRAFT, ExpenseStatus.REJECTED}


def _own(principal: Principal, report: ExpenseReport) -> None:
    if principal.user_id != report.owner_id:
        raise NotYours()


def _editable_by_owner(principal: Principal, report: ExpenseReport) -> None:
    _own(principal, report)
    if report.status not in EDITABLE:
        raise ReportLocked()


def policy() -> ExpensePolicyRead:
    """The policy in force (settings, decision 0029), in a stable order."""
    settings = get_settings()
    return ExpensePolicyRead(
        mileage_rates=[
            MileageRate(vehicle_type=vehicle, rate_per_km=rate)
            for vehicle, rate in sorted(settings.mileage_rates.items())
        ],
        daily_limits=[
            DailyLimit(category=category, amount=settings.expense_daily_limits[category])
            for category in ExpenseCategory
            if category in settings.expense_daily_limits
        ],
    )


async def create_report(
    session: AsyncSession, principal: Principal, *, data: ExpenseReportCreate
) -> Saved[ExpenseReport]:
    if principal.user_id is None:
        raise NotYours("Only a signed-in person keeps expense reports")
    owner_id = principal.user_id

    async def build() -> ExpenseReport:
        return ExpenseReport(**data.model_dump(exclude={"id"}), owner_id=owner_id)

    return await ExpenseReportRepository(session, principal).create_once(data.id, build)


async def _mileage(
    session: AsyncSession, principal: Principal, report: ExpenseReport, data: ExpenseLineCreate
) -> tuple[Decimal, Decimal]:
    rates = get_settings().mileage_rates
    if data.vehicle_type not in rates:
        raise UnprocessableEntity(
            errors=[field_error("vehicle_type", f"one of {', '.join(sorted(rates))}")]
        )
    km = data.distance_km
    if data.km_from_day:
        route = await locations.day_route(
            session, principal, report.owner_id, day=data.expense_date
        )
        km = Decimal(str(route["distance_km"])).quantize(Decimal("0.01"))
    if km is None or km <= 0:
        raise UnprocessableEntity(
            errors=[field_error("distance_km", "more than 0 km (or km_from_day)")]
        )
    return km, round_amount(km * rates[data.vehicle_type], report.currency)


async def _line(
    session: AsyncSession, principal: Principal, report: ExpenseReport, data: ExpenseLineCreate
) -> ExpenseLine:
    """A new line of ``report`` as asked (the policy's flag is set by the caller)."""
    _editable_by_owner(principal, report)
    if not report.period_start <= data.expense_date <= report.period_end:
        outside = field_error("expense_date", "outside the report's period")
        raise UnprocessableEntity(errors=[outside])
    km: Decimal | None = None
    if data.category is ExpenseCategory.MILEAGE:
        km, amount = await _mileage(session, principal, report, data)
    elif data.amount is None or data.amount <= 0:
        raise UnprocessableEntity(errors=[field_error("amount", "more than 0")])
    else:
        amount = round_amount(data.amount, report.currency)
    return new_record(
        ExpenseLine,
        report_id=report.id,
        owner_id=report.owner_id,
        expense_date=data.expense_date,
        category=data.category,
        amount=amount,
        currency=report.currency,
        distance_km=km,
        vehicle_type=data.vehicle_type,
        notes=data.notes,
    )


async def add_line(
    session: AsyncSession, principal: Principal, report: ExpenseReport, *, data: ExpenseLineCreate
) -> Saved[ExpenseLine]:
    saved = (await _add_lines(session, principal, [(report, data)]))[0]
    if isinstance(saved, AppError):
        raise saved
    return saved


async def add_lines(
    session: AsyncSession,
    principal: Principal,
    *,
    lines: Sequence[tuple[uuid.UUID, ExpenseLineCreate]],
) -> list[Saved[ExpenseLine] | AppError]:
    """Lines added together, each to the report it names (a pushed batch), each
    answered alone: added, added before (its client id), or the error refusing it (a
    report the caller may not see is its 404). The reports are read in one statement,
    the policy's day sums in one."""
    repo = ExpenseReportRepository(session, principal)
    found = {r.id: r for r in await repo.many({report_id for report_id, _ in lines})}
    wanted = [(i, found[r], data) for i, (r, data) in enumerate(lines) if r in found]
    added = await _add_lines(session, principal, [(report, data) for _, report, data in wanted])
    answers: dict[int, Saved[ExpenseLine] | AppError] = {
        index: answer for (index, _, _), answer in zip(wanted, added, strict=True)
    }
    return [answers.get(i) or ExpenseReportNotFound() for i in range(len(lines))]


DayKey = tuple[uuid.UUID, date, ExpenseCategory, str]


async def _add_lines(
    session: AsyncSession,
    principal: Principal,
    lines: Sequence[tuple[ExpenseReport, ExpenseLineCreate]],
) -> list[Saved[ExpenseLine] | AppError]:
    """Lines are added while their report is a draft (a rejected report becomes one
    again); a line bringing its owner's claims for its category and day above the
    policy's limit is flagged, counting the lines added before it in the same set."""
    repo = ExpenseLineRepository(session, principal)
    limits = get_settings().expense_daily_limits

    async def build(fresh: list[int]) -> list[ExpenseLine | AppError]:
        wanted = [lines[i] for i in fresh]
        claimed = await repo.day_totals(
            {(r.owner_id, d.expense_date, d.category, r.currency) for r, d in wanted}
        )
        made: list[ExpenseLine | AppError] = []
        for report, data in wanted:
            try:
                line = await _line(session, principal, report, data)
            except AppError as refusal:
                made.append(refusal)
                continue
            key: DayKey = (line.owner_id, line.expense_date, line.category, line.currency)
            limit = limits.get(data.category.value)
            total = claimed.get(key, Decimal(0)) + line.amount
            line.is_over_limit = limit is not None and total > limit
            claimed[key] = total
            if report.status is ExpenseStatus.REJECTED:
                report.status = ExpenseStatus.DRAFT
            made.append(line)
        return made

    return await repo.create_many([data.id for _, data in lines], build)


async def delete_line(
    session: AsyncSession, principal: Principal, report: ExpenseReport, line_id: uuid.UUID
) -> None:
    _editable_by_owner(principal, report)
    line = await get_line(session, principal, report, line_id)
    await attachments.detach_all(session, principal, RECEIPTS, line.id)
    await ExpenseLineRepository(session, principal).delete(line)


async def get_line(
    session: AsyncSession, principal: Principal, report: ExpenseReport, line_id: uuid.UUID
) -> ExpenseLine:
    """One line of ``report`` (another report's line, or one not visible: 404)."""
    repo = ExpenseLineRepository(session, principal)
    line = await repo.get_or_404(line_id)
    if line.report_id != report.id:
        raise repo.not_found()
    return line


# --- receipts ---------------------------------------------------------------------------


async def add_receipt(
    session: AsyncSession,
    principal: Principal,
    report: ExpenseReport,
    line: ExpenseLine,
    *,
    upload: Upload,
    client_id: uuid.UUID | None,
) -> Saved[StoredFile]:
    """A receipt (photo or PDF) on a line of my draft or rejected report; like adding a
    line, it makes a rejected report a draft again (the usual fix: the missing receipt)."""

    def rules() -> None:
        _editable_by_owner(principal, report)
        if report.status is ExpenseStatus.REJECTED:
            report.status = ExpenseStatus.DRAFT

    return await attachments.attach(
        session, principal, RECEIPTS, line, upload=upload, client_id=client_id, rules=rules
    )


async def remove_receipt(
    session: AsyncSession,
    principal: Principal,
    report: ExpenseReport,
    line: ExpenseLine,
    file_id: uuid.UUID,
) -> None:
    _editable_by_owner(principal, report)
    await attachments.detach(session, principal, RECEIPTS, line, file_id)


async def submit_report(
    session: AsyncSession, principal: Principal, report: ExpenseReport
) -> ExpenseReport:
    _own(principal, report)
    if report.status not in EDITABLE:
        raise WrongStatus()
    lines = await ExpenseLineRepository(session, principal).lines_of(report.id)
    if not lines:
        raise EmptyReport()
    for line in lines:
        line.decision, line.decision_comment = LineDecision.PENDING, None
    changes = {"status": ExpenseStatus.SUBMITTED, "submitted_at": utcnow()}
    return await ExpenseReportRepository(session, principal).update(report, changes)


async def decide_report(
    session: AsyncSession, principal: Principal, report: ExpenseReport, *, data: ExpenseDecision
) -> ExpenseReport:
    if principal.user_id == report.owner_id:
        raise OwnReport()
    if report.status is not ExpenseStatus.SUBMITTED:
        raise WrongStatus()
    found = await ExpenseLineRepository(session, principal).lines_of(report.id)
    lines = {line.id: line for line in found}
    verdicts: dict[uuid.UUID, LineVerdict] = {}
    for index, verdict in enumerate(data.lines):
        if verdict.line_id not in lines:
            error = field_error("lines", "not a line of this report")
            error.loc = ["body", "lines", index, "line_id"]
            raise UnprocessableEntity(errors=[error])
        verdicts[verdict.line_id] = verdict
    for line_id, line in lines.items():
        given = verdicts.get(line_id)
        if not data.approve:
            line.decision = LineDecision.REJECTED
        elif given is not None and given.decision is not LineDecision.PENDING:
            line.decision = given.decision
        else:
            line.decision = LineDecision.APPROVED
        line.decision_comment = given.comment if given else None
    approved = data.approve and any(x.decision is LineDecision.APPROVED for x in found)
    changes = {
        "status": ExpenseStatus.APPROVED if approved else ExpenseStatus.REJECTED,
        "decided_at": utcnow(),
        "decided_by_id": principal.user_id,
        "decision_comment": data.comment,
    }
    return await ExpenseReportRepository(session, principal).update(report, changes)


async def reimburse_report(
    session: AsyncSession, principal: Principal, report: ExpenseReport, *, data: Reimbursement
) -> ExpenseReport:
    if report.status is not ExpenseStatus.APPROVED:
        raise WrongStatus()
    changes = {
        "status": ExpenseStatus.REIMBURSED,
        "reimbursed_on": data.reimbursed_on,
        "reimbursement_reference": data.reference,
    }
    return await ExpenseReportRepository(session, principal).update(report, changes)


async def get_report(
    session: AsyncSession, principal: Principal, report_id: uuid.UUID
) -> ExpenseReport:
    return await ExpenseReportRepository(session, principal).get_or_404(report_id)


async def report_detail(
    session: AsyncSession, principal: Principal, report: ExpenseReport
) -> dict[str, Any]:
    """The report with its lines and its totals per category (summed in SQL)."""
    lines_repo = ExpenseLineRepository(session, principal)
    lines = await lines_repo.read_items(LINE_READ, lines_repo.of_report(report.id))
    totals = await lines_repo.totals(report.id)
    zero = Decimal(0)
    return {
        **ExpenseReportRead.model_validate(report).model_dump(),
        "lines": lines,
        "total": sum((t for _, t, _ in totals), zero),
        "approved_total": sum((a for _, _, a in totals), zero),
        "totals_by_category": [{"category": c, "amount": t} for c, t, _ in totals],
    }


async def line_item(
    session: AsyncSession, principal: Principal, line_id: uuid.UUID
) -> dict[str, Any]:
    return await ExpenseLineRepository(session, principal).read_item(LINE_READ, line_id)


async def reports_page(
    session: AsyncSession, principal: Principal, *, params: ListParams, **filters: Any
) -> bytes:
    repo = ExpenseReportRepository(session, principal)
    return await repo.read_page(REPORT_SUMMARY_READ, repo.filtered(**filters), params)


async def expense_report_feed(
    session: AsyncSession, principal: Principal, ids: Collection[uuid.UUID]
) -> list[FeedRecord]:
    return await load_feed(ExpenseReportRepository(session, principal), REPORT_READ, ids)


async def expense_line_feed(
    session: AsyncSession, principal: Principal, ids: Collection[uuid.UUID]
) -> list[FeedRecord]:
    return await load_feed(ExpenseLineRepository(session, principal), LINE_READ, ids)


def mileage(principal: Principal, *, start: date, end: date) -> Any:
    """The km each person the caller may see claims as mileage for ``start`` to ``end``
    on reports handed in (user_id, claimed_km): a subquery for the activities report."""
    return ExpenseLineRepository.mileage(principal, start, end)


def day_claims(principal: Principal, *, day: date) -> Any:
    """What each person the caller may see claims for ``day`` on reports handed in
    (user_id, expense_lines, expense_currencies, expense_amounts): a subquery for
    attendance."""
    return ExpenseLineRepository.day_claims(principal, day)

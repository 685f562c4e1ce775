"""Expense reports: the engineer's claims, the head's approvals (`?status=submitted` is
the approvals inbox's list), reimbursement."""

from __future__ import annotations

import uuid

from fastapi import File, Request, Response, UploadFile

from app.auth.dependencies import DB, requires
from app.core.access import Permission, Principal
from app.core.attachments import FileRead, read_upload
from app.core.concurrency import answer_saved, set_etag
from app.core.errors import problem_responses
from app.core.file_answers import UPLOAD_RESPONSES, UploadClientId, saved_file_answer
from app.core.pagination import ListParams, Page, list_params
from app.core.reads import dumps, json_answer, version_etag
from app.core.routing import DomainRouter, accepts_upload
from app.expenses import service
from app.expenses.dependencies import ReportFilters, VisibleReport
from app.expenses.schemas import (
    ExpenseDecision,
    ExpenseLineCreate,
    ExpenseLineRead,
    ExpensePolicyRead,
    ExpenseReportCreate,
    ExpenseReportDetail,
    ExpenseReportRead,
    ExpenseReportSummaryRead,
    Reimbursement,
)

router = DomainRouter(prefix="/expense-reports", tags=["expenses"])
READ = problem_responses(401, 403, 404, 422)
CREATE = problem_responses(401, 403, 409, 422)
WRITE = problem_responses(401, 403, 404, 409, 422)
CAN_READ = requires(Permission.FIELD_READ)
CAN_WRITE = requires(Permission.FIELD_WRITE)
CAN_APPROVE = requires(Permission.EXPENSES_APPROVE)


@router.get("", response_model=Page[ExpenseReportSummaryRead], responses=READ)
async def list_expense_reports(
    request: Request,
    session: DB,
    filters: ReportFilters,
    principal: Principal = CAN_READ,
    params: ListParams = list_params(service.REPORT_SORT),
) -> Response:
    """Reports the caller may see (own; a head's team; all for admins), newest first,
    each with its total, the total not rejected, its number of lines and of lines over
    the policy's limit. `status=submitted` lists those waiting for a decision; `owner_id`
    one engineer's."""
    body = await service.reports_page(session, principal, params=params, **filters)
    return json_answer(request, body)


@router.get("/policy", response_model=ExpensePolicyRead, responses=problem_responses(401, 403))
async def read_expense_policy(principal: Principal = CAN_READ) -> ExpensePolicyRead:
    """The expense policy: the mileage rate of each vehicle type (a mileage line is km x
    that rate) and each category's daily limit (lines above it are flagged, never
    refused). The phone keeps a copy to draft lines offline."""
    return service.policy()


@router.post("", response_model=ExpenseReportRead, status_code=201, responses=CREATE)
async def create_expense_report(
    body: ExpenseReportCreate, response: Response, session: DB, principal: Principal = CAN_WRITE
) -> ExpenseReportRead:
    saved = await service.create_report(session, principal, data=body)
    return ExpenseReportRead.model_validate(answer_saved(response, saved))


@router.get("/{expense_report_id:uuid}", response_model=ExpenseReportDetail, responses=READ)
async def read_expense_report(
    report: VisibleReport, session: DB, principal: Principal = CAN_READ
) -> ExpenseReportDetail:
    """The report with its lines, its total, the total not rejected, and per category."""
    detail = await service.report_detail(session, principal, report)
    return ExpenseReportDetail.model_validate(detail)


@router.post(
    "/{expense_report_id:uuid}/lines",
    response_model=ExpenseLineRead,
    status_code=201,
    responses=WRITE,
)
async def add_expense_line(
    body: ExpenseLineCreate,
    report: VisibleReport,
    request: Request,
    session: DB,
    principal: Principal = CAN_WRITE,
) -> Response:
    """Add a line to my draft (or rejected) report. Mileage: `distance_km` (or
    `km_from_day`) x the rate of `vehicle_type`. Above the day's limit: flagged.
    Receipts are uploaded to the line afterwards (`POST .../receipts`)."""
    saved = await service.add_line(session, principal, report, data=body)
    item = await service.line_item(session, principal, saved.entity.id)
    status = 201 if saved.created else 200
    return json_answer(request, dumps(item), etag=version_etag(item), status_code=status)


@router.delete(
    "/{expense_report_id:uuid}/lines/{expense_line_id:uuid}",
    status_code=204,
    response_class=Response,
    responses=WRITE,
)
async def delete_expense_line(
    expense_line_id: uuid.UUID, report: VisibleReport, session: DB, principal: Principal = CAN_WRITE
) -> Response:
    await service.delete_line(session, principal, report, expense_line_id)
    return Response(status_code=204)


@router.post("/{expense_report_id:uuid}/submit", response_model=ExpenseReportRead, responses=WRITE)
async def submit_expense_report(
    report: VisibleReport, response: Response, session: DB, principal: Principal = CAN_WRITE
) -> ExpenseReportRead:
    report = await service.submit_report(session, principal, report)
    set_etag(response, report.version)
    return ExpenseReportRead.model_validate(report)


@router.post("/{expense_report_id:uuid}/decide", response_model=ExpenseReportRead, responses=WRITE)
async def decide_expense_report(
    body: ExpenseDecision,
    report: VisibleReport,
    response: Response,
    session: DB,
    principal: Principal = CAN_APPROVE,
) -> ExpenseReportRead:
    """Approve (rejecting the lines listed as rejected) or reject a submitted report of
    my team, with a comment. Nobody decides on their own report."""
    report = await service.decide_report(session, principal, report, data=body)
    set_etag(response, report.version)
    return ExpenseReportRead.model_validate(report)


@router.post(
    "/{expense_report_id:uuid}/reimburse", response_model=ExpenseReportRead, responses=WRITE
)
async def reimburse_expense_report(
    body: Reimbursement,
    report: VisibleReport,
    response: Response,
    session: DB,
    principal: Principal = CAN_APPROVE,
) -> ExpenseReportRead:
    report = await service.reimburse_report(session, principal, report, data=body)
    set_etag(response, report.version)
    return ExpenseReportRead.model_validate(report)


@router.post(
    "/{expense_report_id:uuid}/lines/{expense_line_id:uuid}/receipts",
    response_model=FileRead,
    status_code=201,
    responses=UPLOAD_RESPONSES,
)
@accepts_upload
async def add_line_receipt(
    expense_line_id: uuid.UUID,
    report: VisibleReport,
    request: Request,
    session: DB,
    file: UploadFile = File(description="A JPEG, PNG or WebP photo or a PDF, at most 10 MB"),
    client_id: UploadClientId = None,
    principal: Principal = CAN_WRITE,
) -> Response:
    """Attach a receipt to a line of my draft (or rejected) report (multipart, field
    `file`; at most 5 per line). The type is read from the bytes (415 for anything but
    JPEG, PNG, WebP or PDF), images are decoded (a damaged one: 422) and get a thumbnail.
    Submitted and decided reports are locked (409)."""
    line = await service.get_line(session, principal, report, expense_line_id)
    upload = await read_upload(file)
    saved = await service.add_receipt(
        session, principal, report, line, upload=upload, client_id=client_id
    )
    return await saved_file_answer(request, session, principal, saved)


@router.delete(
    "/{expense_report_id:uuid}/lines/{expense_line_id:uuid}/receipts/{file_id:uuid}",
    status_code=204,
    response_class=Response,
    responses=WRITE,
)
async def remove_line_receipt(
    expense_line_id: uuid.UUID,
    file_id: uuid.UUID,
    report: VisibleReport,
    session: DB,
    principal: Principal = CAN_WRITE,
) -> Response:
    """Remove a receipt from a line of my draft (or rejected) report."""
    line = await service.get_line(session, principal, report, expense_line_id)
    await service.remove_receipt(session, principal, report, line, file_id)
    return Response(status_code=204)

"""Visits: a day's route, check-in and check-out with proof of presence, reports."""

from __future__ import annotations

import uuid

from fastapi import File, Request, Response, UploadFile

from app.auth.dependencies import DB, requires
from app.core.access import Permission, Principal
from app.core.attachments import FileRead, read_upload
from app.core.concurrency import IfMatch, check_if_match
from app.core.errors import problem_responses
from app.core.file_answers import UPLOAD_RESPONSES, UploadClientId, saved_file_answer
from app.core.pagination import ListParams, Page, list_params
from app.core.reads import NOT_MODIFIED, dumps, json_answer, version_etag
from app.core.routing import DomainRouter, accepts_upload
from app.visits import service
from app.visits.dependencies import VisibleReport, VisibleVisit, VisitFilters
from app.visits.schemas import (
    CheckIn,
    CheckOut,
    UnplannedCheckIn,
    VisitCreate,
    VisitRead,
    VisitReportCreate,
    VisitReportRead,
    VisitReportUpdate,
    VisitUpdate,
)

router = DomainRouter(prefix="/visits", tags=["visits"])
READ = {**problem_responses(401, 403, 404, 422), **NOT_MODIFIED}
CREATE = problem_responses(401, 403, 409, 422)
ACTION = problem_responses(401, 403, 404, 409, 422)
WRITE = problem_responses(401, 403, 404, 409, 412, 422, 428)
CAN_READ = requires(Permission.FIELD_READ)
CAN_WRITE = requires(Permission.FIELD_WRITE)


async def _visit(
    request: Request, session: DB, principal: Principal, visit_id: uuid.UUID, status: int = 200
) -> Response:
    """A visit as its read endpoint shows it (the read path), with its ETag."""
    item = await service.visit_item(session, principal, visit_id)
    return json_answer(request, dumps(item), etag=version_etag(item), status_code=status)


async def _report(
    request: Request, session: DB, principal: Principal, visit_id: uuid.UUID, status: int = 200
) -> Response:
    item = await service.report_item(session, principal, visit_id)
    return json_answer(request, dumps(item), etag=version_etag(item), status_code=status)


@router.get("", response_model=Page[VisitRead], responses=READ)
async def list_visits(
    request: Request,
    session: DB,
    filters: VisitFilters,
    principal: Principal = CAN_READ,
    params: ListParams = list_params(service.VISIT_SORT),
) -> Response:
    """Visits the caller may see (own; a head's team; all for admins). A day's route:
    `owner_id=…&planned_date=…&sort=route_position`."""
    body = await service.visits_page(session, principal, params=params, **filters)
    return json_answer(request, body)


@router.post("", response_model=VisitRead, status_code=201, responses=CREATE)
async def plan_visit(
    body: VisitCreate, request: Request, session: DB, principal: Principal = CAN_WRITE
) -> Response:
    """Plan a visit to a customer in a day's route: mine, or (a head) a team member's."""
    saved = await service.plan_visit(session, principal, data=body)
    return await _visit(request, session, principal, saved.entity.id, 201 if saved.created else 200)


@router.post("/check-in", response_model=VisitRead, status_code=201, responses=CREATE)
async def check_in_unplanned(
    body: UnplannedCheckIn, request: Request, session: DB, principal: Principal = CAN_WRITE
) -> Response:
    """Check into a visit no one planned (the visit is made now), with the same proof
    and flags as a planned one."""
    saved = await service.check_in_unplanned(session, principal, data=body)
    return await _visit(request, session, principal, saved.entity.id, 201 if saved.created else 200)


@router.get("/{visit_id:uuid}", response_model=VisitRead, responses=READ)
async def read_visit(
    visit_id: uuid.UUID, request: Request, session: DB, principal: Principal = CAN_READ
) -> Response:
    return await _visit(request, session, principal, visit_id)


@router.patch("/{visit_id:uuid}", response_model=VisitRead, responses=WRITE)
async def update_visit(
    body: VisitUpdate,
    visit: VisibleVisit,
    request: Request,
    session: DB,
    if_match: IfMatch,
    principal: Principal = CAN_WRITE,
) -> Response:
    """Reschedule, reorder or reassign a planned visit."""
    check_if_match(if_match, visit.version)
    visit = await service.update_visit(session, principal, visit, data=body)
    return await _visit(request, session, principal, visit.id)


@router.post("/{visit_id:uuid}/check-in", response_model=VisitRead, responses=ACTION)
async def check_in(
    body: CheckIn,
    visit: VisibleVisit,
    request: Request,
    session: DB,
    principal: Principal = CAN_WRITE,
) -> Response:
    """Check into my planned visit with where I am. The server stores the distance to
    the customer's address and flags (never refuses) a check-in outside the radius
    (default 300 m), with a poor fix, or from a mock location."""
    visit = await service.check_in(session, principal, visit, data=body)
    return await _visit(request, session, principal, visit.id)


@router.post("/{visit_id:uuid}/check-out", response_model=VisitRead, responses=ACTION)
async def check_out(
    body: CheckOut,
    visit: VisibleVisit,
    request: Request,
    session: DB,
    principal: Principal = CAN_WRITE,
) -> Response:
    """Check out of my visit: it is done, and its duration known."""
    visit = await service.check_out(session, principal, visit, data=body)
    return await _visit(request, session, principal, visit.id)


@router.post("/{visit_id:uuid}/cancel", response_model=VisitRead, responses=ACTION)
async def cancel_visit(
    visit: VisibleVisit, request: Request, session: DB, principal: Principal = CAN_WRITE
) -> Response:
    """Cancel a planned visit (cancelling again changes nothing)."""
    visit = await service.cancel_visit(session, principal, visit)
    return await _visit(request, session, principal, visit.id)


@router.post(
    "/{visit_id:uuid}/report", response_model=VisitReportRead, status_code=201, responses=ACTION
)
async def report_visit(
    body: VisitReportCreate,
    visit: VisibleVisit,
    request: Request,
    session: DB,
    principal: Principal = CAN_WRITE,
) -> Response:
    """Write the report of my visit (checked into or done): purpose, outcome, contacts
    met, products discussed, next steps, next visit date, and optionally a follow-up
    activity or to-do made in the same request (both or neither are kept)."""
    saved = await service.report_visit(session, principal, visit, data=body)
    return await _report(request, session, principal, visit.id, 201 if saved.created else 200)


@router.get("/{visit_id:uuid}/report", response_model=VisitReportRead, responses=READ)
async def read_visit_report(
    visit: VisibleVisit, request: Request, session: DB, principal: Principal = CAN_READ
) -> Response:
    return await _report(request, session, principal, visit.id)


@router.patch("/{visit_id:uuid}/report", response_model=VisitReportRead, responses=WRITE)
async def update_visit_report(
    body: VisitReportUpdate,
    visit: VisibleVisit,
    report: VisibleReport,
    request: Request,
    session: DB,
    if_match: IfMatch,
    principal: Principal = CAN_WRITE,
) -> Response:
    check_if_match(if_match, report.version)
    await service.update_report(session, principal, visit, report, data=body)
    return await _report(request, session, principal, visit.id)


@router.post(
    "/{visit_id:uuid}/report/photos",
    response_model=FileRead,
    status_code=201,
    responses=UPLOAD_RESPONSES,
)
@accepts_upload
async def add_report_photo(
    visit: VisibleVisit,
    report: VisibleReport,
    request: Request,
    session: DB,
    file: UploadFile = File(description="A JPEG, PNG or WebP photo, at most 10 MB"),
    client_id: UploadClientId = None,
    principal: Principal = CAN_WRITE,
) -> Response:
    """Add a photo to my visit's report (multipart, field `file`; at most 20 photos). The
    type is read from the bytes (anything but JPEG, PNG or WebP: 415), the image is
    decoded (a damaged one: 422) and a thumbnail made. Its `url` and `thumbnail_url`
    serve it to whoever may see the report."""
    upload = await read_upload(file)
    saved = await service.add_report_photo(
        session, principal, visit, report, upload=upload, client_id=client_id
    )
    return await saved_file_answer(request, session, principal, saved)


@router.delete(
    "/{visit_id:uuid}/report/photos/{file_id:uuid}",
    status_code=204,
    response_class=Response,
    responses=problem_responses(401, 403, 404),
)
async def remove_report_photo(
    file_id: uuid.UUID,
    visit: VisibleVisit,
    report: VisibleReport,
    session: DB,
    principal: Principal = CAN_WRITE,
) -> Response:
    """Remove a photo from my visit's report (its bytes are deleted by a job)."""
    await service.remove_report_photo(session, principal, visit, report, file_id)
    return Response(status_code=204)

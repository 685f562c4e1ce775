"""Activities, the personal agenda and the subscribable calendar feed."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import Annotated

from fastapi import Query, Request, Response
from fastapi.responses import StreamingResponse

from app.activities import service
from app.activities.calendar import render_feed
from app.activities.dependencies import ActivityFilters, VisibleActivity
from app.activities.models import Activity
from app.activities.schemas import (
    ActivityBulk,
    ActivityComplete,
    ActivityCreate,
    ActivityRead,
    ActivityUpdate,
    Agenda,
    CalendarFeed,
    TeamAgenda,
)
from app.auth.dependencies import DB, CurrentPrincipal, requires
from app.core.access import Permission, Principal
from app.core.bulk import BULK_RESPONSES, BulkResult
from app.core.clock import company_day_bounds, company_today
from app.core.concurrency import IfMatch, answer_saved, check_if_match, set_etag
from app.core.config import get_settings
from app.core.errors import problem_responses
from app.core.export import EXPORT_RESPONSES, ExportFormat, FormatQuery, export_response
from app.core.pagination import ListCount, ListParams, Page, SortOrder, list_params, sort_param
from app.core.reads import NOT_MODIFIED, FieldsQuery, dumps, json_answer, version_etag
from app.core.routing import DomainRouter, writes_on_get
from app.core.schemas import UtcDateTime

router = DomainRouter(prefix="/activities", tags=["activities"])
me_router = DomainRouter(tags=["activities"])
READ = {**problem_responses(401, 403, 404, 422), **NOT_MODIFIED}
CREATE = problem_responses(401, 403, 409, 422)
WRITE = problem_responses(401, 403, 404, 409, 412, 422, 428)
CAN_READ = requires(Permission.ACTIVITIES_READ)
CAN_WRITE = requires(Permission.ACTIVITIES_WRITE)


async def _reads(
    session: DB, principal: Principal, activities: list[Activity]
) -> list[ActivityRead]:
    """Activities as the API shows them, with their customer's name (one statement)."""
    names = await service.customer_names(session, principal, activities)
    reads = []
    for activity in activities:
        read = ActivityRead.model_validate(activity)
        read.customer_name = names.get(activity.customer_id) if activity.customer_id else None
        reads.append(read)
    return reads


async def _read(session: DB, principal: Principal, activity: Activity) -> ActivityRead:
    return (await _reads(session, principal, [activity]))[0]


@router.get("", response_model=Page[ActivityRead], responses=READ)
async def list_activities(
    request: Request,
    session: DB,
    filters: ActivityFilters,
    principal: Principal = CAN_READ,
    params: ListParams = list_params(service.ACTIVITY_SORT),
    fields: str | None = FieldsQuery,
) -> Response:
    """Activities the caller may see (own; a head's team; all for admins), of the
    assignees named in `owner_id` when given. The total is `GET /activities/count` with
    the same filters."""
    body = await service.activities_page(
        session, principal, params=params, fields=fields, **filters
    )
    return json_answer(request, body)


@router.get("/count", response_model=ListCount, responses=READ)
async def count_activities(
    session: DB, filters: ActivityFilters, principal: Principal = CAN_READ
) -> ListCount:
    """How many activities the list's filters select for the caller."""
    return ListCount(count=await service.count_activities(session, principal, **filters))


@router.get("/export", response_class=StreamingResponse, responses=EXPORT_RESPONSES)
async def export_activities(
    request: Request,
    session: DB,
    filters: ActivityFilters,
    principal: Principal = CAN_READ,
    order: SortOrder = sort_param(service.ACTIVITY_SORT),
    format: ExportFormat = FormatQuery,
) -> StreamingResponse:
    """Every activity the filters select, scoped like the list, in its order, as CSV or
    XLSX (streamed)."""
    source = service.activities_export(session, principal, **filters)
    return export_response(request, principal, source, order=order, file_format=format)


@router.post("/bulk", response_model=BulkResult, responses=BULK_RESPONSES)
async def bulk_activities(
    body: ActivityBulk, session: DB, principal: Principal = CAN_WRITE
) -> BulkResult:
    """Reassign (`owner_id`), complete or cancel (`status`: done, cancelled) up to 500
    activities. Each row follows the single write's rules and answers its own outcome
    (a closed one is `activities.closed`; one the caller may not see is
    `activities.not_found`). Rows that succeed are kept when others fail."""
    return await service.bulk_activities(session, principal, data=body)


@router.post("", response_model=ActivityRead, status_code=201, responses=CREATE)
async def create_activity(
    body: ActivityCreate, response: Response, session: DB, principal: Principal = CAN_WRITE
) -> ActivityRead:
    """Plan or log a call, email, meeting, appointment or task, linked to a customer,
    contact, lead or opportunity. Meetings and appointments need `starts_at`."""
    saved = await service.create_activity(session, principal, data=body)
    return await _read(session, principal, answer_saved(response, saved))


@router.get("/{activity_id:uuid}", response_model=ActivityRead, responses=READ)
async def read_activity(
    activity_id: uuid.UUID,
    request: Request,
    session: DB,
    principal: Principal = CAN_READ,
    fields: str | None = FieldsQuery,
) -> Response:
    item = await service.activity_item(session, principal, activity_id, fields=fields)
    return json_answer(request, dumps(item), etag=version_etag(item) if not fields else None)


@router.patch("/{activity_id:uuid}", response_model=ActivityRead, responses=WRITE)
async def update_activity(
    body: ActivityUpdate,
    activity: VisibleActivity,
    response: Response,
    session: DB,
    if_match: IfMatch,
    principal: Principal = CAN_WRITE,
) -> ActivityRead:
    """Reschedule or edit a planned activity (done or cancelled ones only take notes)."""
    check_if_match(if_match, activity.version)
    activity = await service.update_activity(session, principal, activity, data=body)
    set_etag(response, activity.version)
    return await _read(session, principal, activity)


@router.post("/{activity_id:uuid}/complete", response_model=ActivityRead, responses=WRITE)
async def complete_activity(
    body: ActivityComplete,
    activity: VisibleActivity,
    response: Response,
    session: DB,
    principal: Principal = CAN_WRITE,
) -> ActivityRead:
    """Mark it done with the outcome; completing again changes nothing."""
    activity = await service.complete_activity(session, principal, activity, data=body)
    set_etag(response, activity.version)
    return await _read(session, principal, activity)


@router.post("/{activity_id:uuid}/cancel", response_model=ActivityRead, responses=WRITE)
async def cancel_activity(
    activity: VisibleActivity, response: Response, session: DB, principal: Principal = CAN_WRITE
) -> ActivityRead:
    activity = await service.cancel_activity(session, principal, activity)
    set_etag(response, activity.version)
    return await _read(session, principal, activity)


def _range(start: datetime | None, end: datetime | None) -> tuple[datetime, datetime]:
    """From `from` (default: the start of the company's today) to `to` (default: a day later)."""
    if start is None:
        start, day_end = company_day_bounds(company_today())
        return start, end or day_end
    return start, end or start + timedelta(days=1)


@router.get("/agenda", response_model=TeamAgenda, responses=READ)
async def read_team_agenda(
    request: Request,
    session: DB,
    principal: Principal = CAN_READ,
    from_: Annotated[UtcDateTime | None, Query(alias="from")] = None,
    to: UtcDateTime | None = None,
    owner_id: list[uuid.UUID] | None = Query(
        None, max_length=100, description="Whose agenda (repeat for several); default: all"
    ),
) -> Response:
    """The agenda of the people named in `owner_id`, or of everyone whose activities the
    caller may see (a head: the team's; an admin: everyone's; an engineer: their own):
    their activities from `from` to `to` (default: today, company time; at most 62 days; at most
    1000, `truncated` says when more) and their overdue planned ones. Someone the caller
    may not see adds nothing. `reminders` are the caller's own, whoever's agenda it is."""
    start, end = _range(from_, to)
    lists = await service.team_agenda(session, principal, start=start, end=end, owner_ids=owner_id)
    body = {
        "activities": lists.activities,
        "overdue": lists.overdue,
        "reminders": lists.reminders,
        "truncated": lists.truncated,
    }
    return json_answer(request, dumps(body))


@me_router.get("/me/agenda", response_model=Agenda, responses=READ)
async def read_agenda(
    request: Request,
    session: DB,
    principal: CurrentPrincipal,
    from_: Annotated[UtcDateTime | None, Query(alias="from")] = None,
    to: UtcDateTime | None = None,
) -> Response:
    """My calendar from `from` to `to` (default: today, company time; at most 62 days), my
    overdue planned activities, and the reminders due now."""
    start, end = _range(from_, to)
    lists = await service.my_agenda(session, principal, start=start, end=end)
    body = {
        "activities": lists.activities,
        "overdue": lists.overdue,
        "reminders": lists.reminders,
    }
    return json_answer(request, dumps(body))


def _feed(request: Request, token: str) -> CalendarFeed:
    """The address from the configured public URL (SALES_PUBLIC_URL), never from the
    request's Host header, which a client chooses."""
    path = request.app.url_path_for("read_calendar_feed", token=token)
    return CalendarFeed(url=f"{get_settings().public_url.rstrip('/')}{path}", token=token)


@me_router.get("/me/calendar-feed", response_model=CalendarFeed, responses=READ)
@writes_on_get  # the feed's secret is made on first use
async def read_calendar_subscription(
    request: Request, session: DB, principal: CurrentPrincipal
) -> CalendarFeed:
    """The secret address of my calendar feed (made on first use)."""
    return _feed(request, await service.calendar_token(session, principal, rotate=False))


@me_router.post("/me/calendar-feed/rotate", response_model=CalendarFeed, responses=READ)
async def rotate_calendar_subscription(
    request: Request, session: DB, principal: CurrentPrincipal
) -> CalendarFeed:
    """A new secret address; calendars subscribed to the old one stop updating."""
    return _feed(request, await service.calendar_token(session, principal, rotate=True))


@me_router.get(
    "/calendar/{token}.ics",
    response_class=Response,
    responses={
        200: {"content": {"text/calendar": {}}, "description": "iCalendar feed"},
        **problem_responses(404),
    },
)
async def read_calendar_feed(token: str, session: DB) -> Response:
    """The iCalendar feed of one user's activities. No sign-in: the secret token in the
    address is the credential, so calendar apps can subscribe."""
    owner_name, activities = await service.calendar_feed_activities(session, token)
    return Response(
        render_feed(owner_name, activities),
        media_type="text/calendar; charset=utf-8",
        headers={"Cache-Control": "private, max-age=300"},
    )

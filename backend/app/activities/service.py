"""Activity rules: who may be assigned, what an activity links to, completing and
cancelling, the personal agenda and the calendar feed."""

from __future__ import annotations

import uuid
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.activities.errors import (
    ActivityClosed,
    ActivityNeedsTime,
    AgendaRangeTooLong,
    CalendarNotFound,
)
from app.activities.models import Activity, ActivityStatus, ActivityType
from app.activities.repository import (
    ACTIVITY_COLUMNS,
    ACTIVITY_READ,
    ACTIVITY_SORT,
    ActivityRepository,
)
from app.activities.schemas import (
    ActivityBulk,
    ActivityComplete,
    ActivityCreate,
    ActivityUpdate,
)
from app.core import events
from app.core.access import Principal, check_assignment
from app.core.bulk import BulkResult, required_for, run_bulk
from app.core.clock import utcnow
from app.core.errors import InvalidReference, NotFound, field_error
from app.core.export import ExportSource
from app.core.feed import FeedRecord, load_feed
from app.core.pagination import ListParams
from app.core.repository import Saved
from app.customers import service as customers
from app.leads import service as leads
from app.notifications import service as notifications
from app.opportunities import service as opportunities
from app.users import service as users

__all__ = ["ACTIVITY_SORT"]
TIMED_TYPES = {ActivityType.MEETING, ActivityType.APPOINTMENT}
MAX_AGENDA_DAYS = 62


async def list_activities(
    session: AsyncSession, principal: Principal, *, params: ListParams, **filters: Any
) -> tuple[list[Activity], str | None]:
    repo = ActivityRepository(session, principal)
    return await repo.page(
        repo.filtered(**filters), order=params.order, limit=params.limit, cursor=params.cursor
    )


async def customer_names(
    session: AsyncSession, principal: Principal, activities: list[Activity]
) -> dict[uuid.UUID, str]:
    ids = {a.customer_id for a in activities if a.customer_id is not None}
    return await customers.customer_names(session, principal, ids) if ids else {}


async def activities_page(
    session: AsyncSession,
    principal: Principal,
    *,
    params: ListParams,
    fields: str | None,
    **filters: Any,
) -> bytes:
    repo = ActivityRepository(session, principal)
    return await repo.read_page(ACTIVITY_READ, repo.filtered(**filters), params, fields=fields)


async def activity_item(
    session: AsyncSession, principal: Principal, activity_id: uuid.UUID, *, fields: str | None
) -> dict[str, Any]:
    repo = ActivityRepository(session, principal)
    return await repo.read_item(ACTIVITY_READ, activity_id, fields=fields)


async def count_activities(session: AsyncSession, principal: Principal, **filters: Any) -> int:
    """How many activities the list's filters select for the caller (one COUNT)."""
    repo = ActivityRepository(session, principal)
    return await repo.count(repo.filtered(**filters))


def activities_export(session: AsyncSession, principal: Principal, **filters: Any) -> ExportSource:
    repo = ActivityRepository(session, principal)
    return ExportSource(ACTIVITY_READ, repo.filtered(**filters), ACTIVITY_COLUMNS, "activities")


async def bulk_activities(
    session: AsyncSession, principal: Principal, *, data: ActivityBulk
) -> BulkResult:
    """Reassign, complete or cancel many activities, each as its single write would."""
    repo = ActivityRepository(session, principal)
    if data.action == "reassign":
        change = ActivityUpdate(owner_id=required_for("reassign", "owner_id", data.owner_id))
    else:
        status = required_for("change_status", "status", data.status)

    async def apply(activity_id: uuid.UUID) -> None:
        activity = await repo.get_or_404(activity_id)
        if data.action == "reassign":
            await update_activity(session, principal, activity, data=change)
        elif status == "done":
            await complete_activity(session, principal, activity, data=ActivityComplete())
        else:
            await cancel_activity(session, principal, activity)

    return await run_bulk(session, data.ids, apply)


async def get_activity(
    session: AsyncSession, principal: Principal, activity_id: uuid.UUID
) -> Activity:
    return await ActivityRepository(session, principal).get_or_404(activity_id)


async def _check_owner(session: AsyncSession, principal: Principal, owner_id: uuid.UUID) -> None:
    """Engineers plan for themselves; heads for their team; admins for anyone active."""
    check_assignment(principal, owner_id=owner_id)
    if await users.find_active_user(session, owner_id) is None:
        raise InvalidReference("owner_id")


async def _check_links(session: AsyncSession, principal: Principal, values: dict[str, Any]) -> None:
    """Every linked record must exist and be visible to the caller (else a field error)."""
    customer = None
    if values.get("customer_id"):
        try:
            customer = await customers.get_customer(session, principal, values["customer_id"])
        except NotFound:
            raise InvalidReference("customer_id")
    if values.get("contact_id"):
        contact = await customers.find_contact(session, principal, values["contact_id"])
        if contact is None or (customer is not None and contact.customer_id != customer.id):
            raise InvalidReference("contact_id")
        values["customer_id"] = values.get("customer_id") or contact.customer_id
    finders = {"lead_id": leads.find_lead, "opportunity_id": opportunities.find_opportunity}
    for field, finder in finders.items():
        if values.get(field):
            found: Any = await finder(session, principal, values[field])
            if found is None:
                raise InvalidReference(field)
            if not values.get("customer_id") and found.customer_id:
                values["customer_id"] = found.customer_id


def _schedule(activity: Activity) -> None:
    if activity.type in TIMED_TYPES and activity.starts_at is None:
        raise ActivityNeedsTime(errors=[field_error("starts_at", "required for this type")])
    activity.scheduled_at = activity.starts_at or activity.due_at or activity.created_at or utcnow()


def _note(activity: Activity, kind: str) -> None:
    """Name the change for the timeline: what kind of activity, and how it went."""
    data = {"type": activity.type.value, "outcome": activity.outcome}
    if activity.lead_id is not None:
        data["lead_id"] = str(activity.lead_id)
    events.note(activity, kind, data=data)


async def create_activity(
    session: AsyncSession, principal: Principal, *, data: ActivityCreate
) -> Saved[Activity]:
    async def build() -> Activity:
        values = data.model_dump(exclude={"id"}, exclude_none=True)
        values["owner_id"] = values.get("owner_id") or principal.user_id
        if values["owner_id"] is None:
            raise InvalidReference("owner_id")
        await _check_owner(session, principal, values["owner_id"])
        await _check_links(session, principal, values)
        activity = Activity(**values, created_by_id=principal.user_id, created_at=utcnow())
        _schedule(activity)
        done = activity.status is ActivityStatus.DONE
        _note(activity, "activity.completed" if done else "activity.planned")
        return activity

    return await ActivityRepository(session, principal).create_once(data.id, build)


async def update_activity(
    session: AsyncSession, principal: Principal, activity: Activity, *, data: ActivityUpdate
) -> Activity:
    changes = data.model_dump(exclude_unset=True)
    if activity.status is not ActivityStatus.PLANNED and set(changes) - {"description"}:
        raise ActivityClosed()
    if changes.get("owner_id") and changes["owner_id"] != activity.owner_id:
        await _check_owner(session, principal, changes["owner_id"])
    await _check_links(session, principal, changes)
    for field, value in changes.items():
        setattr(activity, field, value)
    if activity.starts_at and activity.ends_at and activity.ends_at <= activity.starts_at:
        raise InvalidReference("ends_at")
    _schedule(activity)
    await session.flush()
    return activity


async def complete_activity(
    session: AsyncSession, principal: Principal, activity: Activity, *, data: ActivityComplete
) -> Activity:
    if activity.status is ActivityStatus.DONE:
        return activity  # completing twice (a retried tap) changes nothing
    if activity.status is ActivityStatus.CANCELLED:
        raise ActivityClosed()
    changes = {
        "status": ActivityStatus.DONE,
        "completed_at": data.completed_at or utcnow(),
        "outcome": data.outcome or activity.outcome,
    }
    activity.outcome = changes["outcome"]  # type: ignore[assignment]
    _note(activity, "activity.completed")
    return await ActivityRepository(session, principal).update(activity, changes)


async def cancel_activity(
    session: AsyncSession, principal: Principal, activity: Activity
) -> Activity:
    if activity.status is ActivityStatus.CANCELLED:
        return activity
    if activity.status is ActivityStatus.DONE:
        raise ActivityClosed()
    _note(activity, "activity.cancelled")
    changes = {"status": ActivityStatus.CANCELLED}
    return await ActivityRepository(session, principal).update(activity, changes)


@dataclass
class AgendaLists:
    """The agenda's three lists, as answer items (the read path)."""

    activities: list[dict[str, Any]]
    overdue: list[dict[str, Any]]
    reminders: list[dict[str, Any]]
    truncated: bool = False


MAX_TEAM_AGENDA_ITEMS = 1000


async def agenda(
    session: AsyncSession,
    principal: Principal,
    *,
    start: datetime,
    end: datetime,
    owner_ids: Collection[uuid.UUID] | None = None,
    limit: int | None = None,
) -> AgendaLists:
    """Activities in [start, end) and planned ones overdue before start, of ``owner_ids``
    (``None``: every owner) among those the caller may see, and the caller's own
    planned activities whose reminder time has come (a reminder is for the person who
    does the activity, whoever's agenda is looked at): three statements. With ``limit``,
    at most that many activities in the range (``truncated`` says when more matched)."""
    if end <= start:
        raise InvalidReference("to")
    if end - start > timedelta(days=MAX_AGENDA_DAYS):
        raise AgendaRangeTooLong()
    repo = ActivityRepository(session, principal)
    chosen = repo.filtered(owner_ids=owner_ids)
    in_range = chosen.where(
        Activity.scheduled_at >= start,
        Activity.scheduled_at < end,
        Activity.status != ActivityStatus.CANCELLED,
    ).order_by(Activity.scheduled_at, Activity.id)
    if limit is not None:
        in_range = in_range.limit(limit + 1)
    overdue = (
        chosen.where(Activity.status == ActivityStatus.PLANNED, Activity.scheduled_at < start)
        .order_by(Activity.scheduled_at.desc(), Activity.id)
        .limit(100)
    )
    now = utcnow()
    reminders = (
        repo.filtered(owner_ids=_own(principal))
        .where(
            Activity.status == ActivityStatus.PLANNED,
            Activity.reminder_at <= now,
            Activity.scheduled_at >= now - timedelta(hours=1),
        )
        .order_by(Activity.scheduled_at, Activity.id)
        .limit(100)
    )
    activities = await repo.read_items(ACTIVITY_READ, in_range)
    truncated = limit is not None and len(activities) > limit
    return AgendaLists(
        activities=activities[:limit] if limit is not None else activities,
        overdue=await repo.read_items(ACTIVITY_READ, overdue),
        reminders=await repo.read_items(ACTIVITY_READ, reminders),
        truncated=truncated,
    )


def _own(principal: Principal) -> list[uuid.UUID] | None:
    """The caller's own rows (an API key, owning none, has every row of its scope)."""
    return [principal.user_id] if principal.user_id is not None else None


async def my_agenda(
    session: AsyncSession, principal: Principal, *, start: datetime, end: datetime
) -> AgendaLists:
    """The caller's own agenda."""
    return await agenda(session, principal, start=start, end=end, owner_ids=_own(principal))


async def team_agenda(
    session: AsyncSession,
    principal: Principal,
    *,
    start: datetime,
    end: datetime,
    owner_ids: Collection[uuid.UUID] | None,
) -> AgendaLists:
    """The agenda of several people: ``owner_ids``, or everyone whose activities the
    caller may see (an engineer: themselves; a head: their team; an admin: everyone).
    Owners the caller may not see add nothing (their activities are out of scope)."""
    return await agenda(
        session,
        principal,
        start=start,
        end=end,
        owner_ids=owner_ids or None,
        limit=MAX_TEAM_AGENDA_ITEMS,
    )


REMINDER_LOOKBACK = timedelta(hours=6)


async def send_due_reminders(session: AsyncSession, *, now: datetime) -> int:
    """Notify each owner of their planned activities whose reminder time has come (the
    reminders job, every minute). Reminders older than a few hours are not sent late
    (the worker was down): the agenda still lists them."""
    repo = ActivityRepository(session, users.system_principal())
    due = await repo.unscoped_due_reminders(since=now - REMINDER_LOOKBACK, until=now)
    notices = [
        notifications.Notice(
            user_id=activity.owner_id,
            kind="activity.reminder",
            title=f"{activity.type.value.capitalize()}: {activity.subject}",
            body=f"At {activity.scheduled_at:%d %b %Y %H:%M} UTC",
            subject_type="activities",
            subject_id=activity.id,
            dedupe_key=f"activity.reminder:{activity.id}:{activity.reminder_at:%Y%m%dT%H%M}",
        )
        for activity in due
    ]
    return await notifications.notify(session, users.system_principal(), notices)


async def calendar_token(session: AsyncSession, principal: Principal, *, rotate: bool) -> str:
    return await users.calendar_token(session, principal, rotate=rotate)


async def calendar_feed_activities(session: AsyncSession, token: str) -> tuple[str, list[Activity]]:
    """The owner's name and activities from 90 days back to a year ahead, for the feed."""
    user = await users.get_user_by_calendar_token(session, token)
    if user is None:
        raise CalendarNotFound()
    now = utcnow()
    repo = ActivityRepository(session, users.system_principal())
    activities = await repo.unscoped_feed_of(
        user.id, now - timedelta(days=90), now + timedelta(days=365)
    )
    return user.full_name, activities


# --- the change feed ----------------------------------------------------------------


async def activity_feed(
    session: AsyncSession, principal: Principal, ids: Collection[uuid.UUID]
) -> list[FeedRecord]:
    return await load_feed(ActivityRepository(session, principal), ACTIVITY_READ, ids)


# --- for reports ---------------------------------------------------------------------


def contact_interactions(
    principal: Principal, *, since: datetime, until: datetime, owners: Any = None
) -> Any:
    """Per contact, the activities the caller may see done with them in [since, until)
    (by ``owners``, a subquery of user ids, when given): a subquery for the contacts
    report (``ActivityRepository.contact_interactions``)."""
    return ActivityRepository.contact_interactions(
        principal, since=since, until=until, owners=owners
    )


def done_counts(principal: Principal, *, since: datetime, until: datetime) -> Any:
    """Per person, the activities the caller may see done in [since, until) by type: a
    subquery for the activities report (``ActivityRepository.done_counts``)."""
    return ActivityRepository.done_counts(principal, since=since, until=until)

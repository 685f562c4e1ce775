"""Activity rules: who may be assigned, what an activity links to, completing and
cancelling, the personal agenda and the calendar feed."""

from __future__ import annotations

import uuid
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
from app.activities.repository import ACTIVITY_SORT, ActivityRepository
from app.activities.schemas import ActivityComplete, ActivityCreate, ActivityUpdate
from app.core import audit
from app.core.access import Principal
from app.core.clock import utcnow
from app.core.errors import InvalidReference, NotFound, field_error
from app.core.pagination import ListParams
from app.core.repository import Saved
from app.core.timeline import record_event
from app.customers import service as customers
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


async def get_activity(
    session: AsyncSession, principal: Principal, activity_id: uuid.UUID
) -> Activity:
    return await ActivityRepository(session, principal).get_or_404(activity_id)


async def _check_owner(session: AsyncSession, principal: Principal, owner_id: uuid.UUID) -> None:
    """Engineers plan for themselves; heads for their team; admins for anyone active."""
    visible = principal.visible_owner_ids()
    if visible is not None and owner_id not in visible:
        raise InvalidReference("owner_id")
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
    for field in ("lead_id", "opportunity_id"):
        if values.get(field):
            finder = LINK_FINDERS.get(field)
            # No finder registered (a job that never loaded that domain): refuse the
            # link rather than trust an unchecked id.
            found = await finder(session, principal, values[field]) if finder else None
            if found is None:
                raise InvalidReference(field)
            if not values.get("customer_id") and found.customer_id:
                values["customer_id"] = found.customer_id


# How to find a visible lead or opportunity by id, registered by those domains (they
# already depend on activities, e.g. lead scoring counts recent activity, so the
# dependency points their way). Each result has a ``customer_id`` (a lead's is set
# once converted) that the activity then links to as well.
LINK_FINDERS: dict[str, Any] = {}
# Called after an activity is logged or completed, e.g. so a lead's "recent activity"
# scoring factor sees the call that was just made: ``await listener(session, principal,
# activity)``.
ACTIVITY_LISTENERS: list[Any] = []


async def _notify(session: AsyncSession, principal: Principal, activity: Activity) -> None:
    for listener in ACTIVITY_LISTENERS:
        await listener(session, principal, activity)


def _schedule(activity: Activity) -> None:
    if activity.type in TIMED_TYPES and activity.starts_at is None:
        raise ActivityNeedsTime(errors=[field_error("starts_at", "required for this type")])
    activity.scheduled_at = activity.starts_at or activity.due_at or activity.created_at or utcnow()


def _timeline(
    session: AsyncSession, principal: Principal, activity: Activity, kind: str, title: str
) -> None:
    if activity.customer_id is None:
        return
    record_event(
        session,
        principal,
        customer_id=activity.customer_id,
        kind=kind,
        title=title,
        subject_type="activities",
        subject_id=activity.id,
        owner_id=activity.owner_id,
        data={"type": activity.type.value, "outcome": activity.outcome},
    )


async def create_activity(
    session: AsyncSession, principal: Principal, *, data: ActivityCreate
) -> Saved[Activity]:
    repo = ActivityRepository(session, principal)
    if replayed := await repo.find_replayed_create(data.id):
        return Saved(replayed, created=False)
    values = data.model_dump(exclude={"id"}, exclude_none=True)
    values["owner_id"] = values.get("owner_id") or principal.user_id
    if values["owner_id"] is None:
        raise InvalidReference("owner_id")
    await _check_owner(session, principal, values["owner_id"])
    await _check_links(session, principal, values)
    activity = Activity(**values, created_by_id=principal.user_id, created_at=utcnow())
    if data.id:
        activity.id = data.id
    _schedule(activity)
    repo.add(activity)
    await audit.record_created(session, principal, activity)
    await _notify(session, principal, activity)
    _timeline(
        session,
        principal,
        activity,
        "activity.planned",
        f"{activity.type.value.title()} planned: {activity.subject}",
    )
    return Saved(activity, created=True)


async def update_activity(
    session: AsyncSession, principal: Principal, activity: Activity, *, data: ActivityUpdate
) -> Activity:
    changes = data.model_dump(exclude_unset=True)
    if activity.status is not ActivityStatus.PLANNED and set(changes) - {"description"}:
        raise ActivityClosed()
    if changes.get("owner_id") and changes["owner_id"] != activity.owner_id:
        await _check_owner(session, principal, changes["owner_id"])
    await _check_links(session, principal, changes)
    before = audit.snapshot(activity)
    for field, value in changes.items():
        setattr(activity, field, value)
    if activity.starts_at and activity.ends_at and activity.ends_at <= activity.starts_at:
        raise InvalidReference("ends_at")
    _schedule(activity)
    await audit.record_updated(session, principal, activity, before)
    return activity


async def complete_activity(
    session: AsyncSession, principal: Principal, activity: Activity, *, data: ActivityComplete
) -> Activity:
    if activity.status is ActivityStatus.DONE:
        return activity  # completing twice (a retried tap) changes nothing
    if activity.status is ActivityStatus.CANCELLED:
        raise ActivityClosed()
    before = audit.snapshot(activity)
    activity.status = ActivityStatus.DONE
    activity.completed_at = data.completed_at or utcnow()
    activity.outcome = data.outcome or activity.outcome
    await audit.record_updated(session, principal, activity, before)
    await _notify(session, principal, activity)
    _timeline(
        session,
        principal,
        activity,
        "activity.completed",
        f"{activity.type.value.title()} done: {activity.subject}",
    )
    return activity


async def cancel_activity(
    session: AsyncSession, principal: Principal, activity: Activity
) -> Activity:
    if activity.status is ActivityStatus.CANCELLED:
        return activity
    if activity.status is ActivityStatus.DONE:
        raise ActivityClosed()
    before = audit.snapshot(activity)
    activity.status = ActivityStatus.CANCELLED
    await audit.record_updated(session, principal, activity, before)
    return activity


@dataclass
class AgendaLists:
    activities: list[Activity]
    overdue: list[Activity]
    reminders: list[Activity]


async def agenda(
    session: AsyncSession, principal: Principal, *, start: datetime, end: datetime
) -> AgendaLists:
    """The caller's own activities in [start, end), planned ones overdue before start,
    and planned ones whose reminder time has come (three statements)."""
    if end <= start:
        raise InvalidReference("to")
    if end - start > timedelta(days=MAX_AGENDA_DAYS):
        raise AgendaRangeTooLong()
    repo = ActivityRepository(session, principal)
    mine = repo.filtered(owner_id=principal.user_id)
    in_range = mine.where(
        Activity.scheduled_at >= start,
        Activity.scheduled_at < end,
        Activity.status != ActivityStatus.CANCELLED,
    ).order_by(Activity.scheduled_at, Activity.id)
    overdue = (
        mine.where(Activity.status == ActivityStatus.PLANNED, Activity.scheduled_at < start)
        .order_by(Activity.scheduled_at.desc(), Activity.id)
        .limit(100)
    )
    now = utcnow()
    reminders = (
        mine.where(
            Activity.status == ActivityStatus.PLANNED,
            Activity.reminder_at <= now,
            Activity.scheduled_at >= now - timedelta(hours=1),
        )
        .order_by(Activity.scheduled_at, Activity.id)
        .limit(100)
    )
    return AgendaLists(
        activities=await repo.all_of(in_range),
        overdue=await repo.all_of(overdue),
        reminders=await repo.all_of(reminders),
    )


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

from __future__ import annotations

import uuid
from collections.abc import Collection
from datetime import datetime
from typing import Any

from sqlalchemy import ARRAY, Select, Uuid, any_, func, literal, select, true
from sqlalchemy.dialects.postgresql import aggregate_order_by

from app.activities.errors import ActivityNotFound
from app.activities.models import Activity, ActivityStatus, ActivityType
from app.activities.schemas import ActivityRead
from app.core.access import Principal, scope_clause
from app.core.export import export_columns
from app.core.pagination import SortOptions
from app.core.reads import ReadModel
from app.core.repository import ScopedRepository, flag_filters_built_once
from app.customers.service import customer_name_of

# The read path (core/reads/): the customer's name when the caller may see it.
ACTIVITY_READ = ReadModel(
    Activity,
    ActivityRead,
    fields={"customer_name": lambda p: customer_name_of(p, Activity.customer_id)},
    stored=True,  # the customer's name spliced in per caller (decision 0048)
)
ACTIVITY_COLUMNS = export_columns(ACTIVITY_READ)
ACTIVITY_SORT = SortOptions(
    "scheduled_at", scheduled_at=Activity.scheduled_at, created_at=Activity.created_at
)


class ActivityRepository(ScopedRepository[Activity]):
    model = Activity
    not_found = ActivityNotFound

    @staticmethod
    def contact_interactions(
        principal: Principal, *, since: datetime, until: datetime, owners: Any = None
    ) -> Any:
        """Per contact, the activities the caller may see done with them in [since,
        until): how many of each type, the first and last, and the last one's outcome
        (contact_id, calls, emails, meetings, appointments, tasks, interactions,
        first_at, last_at, last_outcome): a subquery for the contacts report."""

        def count(kind: ActivityType) -> Any:
            return func.count().filter(Activity.type == kind)

        return (
            select(
                Activity.contact_id,
                count(ActivityType.CALL).label("calls"),
                count(ActivityType.EMAIL).label("emails"),
                count(ActivityType.MEETING).label("meetings"),
                count(ActivityType.APPOINTMENT).label("appointments"),
                count(ActivityType.TASK).label("tasks"),
                func.count().label("interactions"),
                func.min(Activity.completed_at).label("first_at"),
                func.max(Activity.completed_at).label("last_at"),
                func.array_agg(aggregate_order_by(Activity.outcome, Activity.completed_at.desc()))[
                    1
                ].label("last_outcome"),
            )
            .where(
                scope_clause(Activity, principal),
                Activity.status == ActivityStatus.DONE,
                Activity.contact_id.is_not(None),
                Activity.completed_at >= since,
                Activity.completed_at < until,
                Activity.owner_id.in_(owners) if owners is not None else true(),
            )
            .group_by(Activity.contact_id)
        )

    @staticmethod
    def done_counts(principal: Principal, *, since: datetime, until: datetime) -> Any:
        """Per person, the activities the caller may see done in [since, until), counted
        by type (user_id, calls, emails, meetings, appointments, tasks): a subquery for
        the activities report."""
        done = Activity.status == ActivityStatus.DONE

        def count(kind: ActivityType) -> Any:
            return func.count().filter(Activity.type == kind)

        return (
            select(
                Activity.owner_id.label("user_id"),
                count(ActivityType.CALL).label("calls"),
                count(ActivityType.EMAIL).label("emails"),
                count(ActivityType.MEETING).label("meetings"),
                count(ActivityType.APPOINTMENT).label("appointments"),
                count(ActivityType.TASK).label("tasks"),
            )
            .where(
                scope_clause(Activity, principal),
                done,
                Activity.completed_at >= since,
                Activity.completed_at < until,
            )
            .group_by(Activity.owner_id)
        )

    @flag_filters_built_once
    def filtered(
        self,
        *,
        type_: ActivityType | None = None,
        status: ActivityStatus | None = None,
        owner_ids: Collection[uuid.UUID] | None = None,
        customer_id: uuid.UUID | None = None,
        lead_id: uuid.UUID | None = None,
        opportunity_id: uuid.UUID | None = None,
        scheduled_from: datetime | None = None,
        scheduled_to: datetime | None = None,
    ) -> Select[Activity]:
        stmt = self.scoped()
        for column, value in (
            (Activity.type, type_),
            (Activity.status, status),
            (Activity.customer_id, customer_id),
            (Activity.lead_id, lead_id),
            (Activity.opportunity_id, opportunity_id),
        ):
            if value is not None:
                stmt = stmt.where(column == value)
        if owner_ids:
            # One array parameter: the statement's text is the same for any number.
            owners = literal(sorted(set(owner_ids)), ARRAY(Uuid()))
            stmt = stmt.where(Activity.owner_id == any_(owners))
        if scheduled_from is not None:
            stmt = stmt.where(Activity.scheduled_at >= scheduled_from)
        if scheduled_to is not None:
            stmt = stmt.where(Activity.scheduled_at < scheduled_to)
        return stmt

    async def all_of(self, stmt: Select[Activity]) -> list[Activity]:
        return list((await self.session.scalars(stmt)).all())

    async def unscoped_due_reminders(self, *, since: datetime, until: datetime) -> list[Activity]:
        """Planned activities whose reminder falls in [since, until], whoever owns them."""
        stmt = (
            select(Activity)
            .where(
                Activity.status == ActivityStatus.PLANNED,
                Activity.reminder_at >= since,
                Activity.reminder_at <= until,
            )
            .order_by(Activity.reminder_at, Activity.id)
        )
        return list((await self.session.scalars(stmt)).all())

    async def unscoped_feed_of(
        self, owner_id: uuid.UUID, since: datetime, until: datetime
    ) -> list[Activity]:
        """A user's activities for their calendar feed (the feed token identifies them)."""
        stmt = (
            select(Activity)
            .where(
                Activity.owner_id == owner_id,
                Activity.scheduled_at >= since,
                Activity.scheduled_at < until,
            )
            .order_by(Activity.scheduled_at, Activity.id)
        )
        return list((await self.session.scalars(stmt)).all())

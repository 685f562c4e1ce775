from __future__ import annotations

import uuid
from collections.abc import Collection
from datetime import datetime

from sqlalchemy import ARRAY, Select, Uuid, any_, literal, select

from app.activities.errors import ActivityNotFound
from app.activities.models import Activity, ActivityStatus, ActivityType
from app.activities.schemas import ActivityRead
from app.core.export import export_columns
from app.core.pagination import SortOptions
from app.core.reads import ReadModel
from app.core.repository import ScopedRepository
from app.customers.service import customer_name_of

# The read path (core/reads.py): the customer's name when the caller may see it.
ACTIVITY_READ = ReadModel(
    Activity,
    ActivityRead,
    fields={"customer_name": lambda p: customer_name_of(p, Activity.customer_id)},
)
ACTIVITY_COLUMNS = export_columns(ACTIVITY_READ)
ACTIVITY_SORT = SortOptions(
    "scheduled_at", scheduled_at=Activity.scheduled_at, created_at=Activity.created_at
)


class ActivityRepository(ScopedRepository[Activity]):
    model = Activity
    not_found = ActivityNotFound

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

from __future__ import annotations

import uuid
from collections.abc import Collection, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import ARRAY, Uuid, any_, func, literal, select, true
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.access import Principal, scope_clause
from app.core.db import insert_rows_async
from app.core.geo import TrackPoint
from app.locations.models import LocationPing
from app.users.service import user_name_of

P = LocationPing

# One statement per batch whatever its size (``core.db.insert_rows``: the batch travels
# as one parameter, and the statement's text never changes, so PostgreSQL keeps its
# plan); a ping whose id is stored already is skipped by the primary key.
PING_COLUMNS = (
    "recorded_at",
    "latitude",
    "longitude",
    "accuracy_m",
    "speed_mps",
    "battery_pct",
    "is_mock",
    "event",
)


class LocationRepository:
    """Pings are written in bulk and read by person and time, always within the caller's
    scope (the model's rule in core/access.py)."""

    def __init__(self, session: AsyncSession, principal: Principal) -> None:
        self.session = session
        self.principal = principal

    async def insert_pings(
        self, user_id: uuid.UUID, received_at: datetime, pings: Sequence[dict[str, Any]]
    ) -> set[uuid.UUID]:
        """Store ``pings`` of ``user_id``; the ids stored now (the others were there)."""
        rows = [
            {
                "id": ping["id"],
                "user_id": user_id,
                "received_at": received_at,
                **{column: ping[column] for column in PING_COLUMNS},
            }
            for ping in pings
        ]
        return set(await insert_rows_async(self.session, P, rows, skip_existing=True))

    async def unscoped_owners(self, ids: Collection[uuid.UUID]) -> dict[uuid.UUID, uuid.UUID]:
        """Whose pings these ids are (to tell a re-sent ping from an id someone else used)."""
        ids_param = literal(list(ids), ARRAY(Uuid()))
        stmt = select(P.id, P.user_id).where(P.id == any_(ids_param))
        return dict((await self.session.execute(stmt)).all())

    async def latest_positions(self) -> list[dict[str, Any]]:
        """The newest ping of each person the caller may see: one statement, one index
        probe per person (the (user_id, recorded_at) index read backwards). The people are
        the caller's visible owners, or for an admin every person with pings, found by
        skipping through the same index (a recursive "loose index scan")."""
        owners = self.principal.visible_owner_ids()
        if owners is not None:
            people = select(
                func.unnest(literal(sorted(owners), ARRAY(Uuid()))).column_valued("id")
            ).subquery("people")
        else:
            # (PostgreSQL has no min() of uuid: the first is the index's first entry.)
            first = select(P.user_id).order_by(P.user_id).limit(1).scalar_subquery()
            walk = select(first.label("id")).cte("walk", recursive=True)
            following = select(P.user_id).where(P.user_id > walk.c.id).order_by(P.user_id).limit(1)
            walk = walk.union_all(select(following.scalar_subquery()).where(walk.c.id.is_not(None)))
            people = select(walk.c.id).where(walk.c.id.is_not(None)).subquery("people")
        newest = (
            select(P)
            .where(P.user_id == people.c.id, scope_clause(P, self.principal))
            .order_by(P.recorded_at.desc())
            .limit(1)
            .lateral("newest")
        )
        stmt = (
            select(
                newest.c.user_id,
                user_name_of(self.principal, newest.c.user_id).label("user_name"),
                *(newest.c[column] for column in PING_COLUMNS),
            )
            .select_from(people.join(newest, true()))
            .order_by(newest.c.user_id)
        )
        return [dict(row._mapping) for row in await self.session.execute(stmt)]

    async def points_of(
        self, user_id: uuid.UUID, start: datetime, end: datetime
    ) -> list[TrackPoint]:
        """One person's pings in [start, end), in time order (an index range)."""
        stmt = (
            select(P.recorded_at, P.latitude, P.longitude, P.accuracy_m)
            .where(
                P.user_id == user_id,
                P.recorded_at >= start,
                P.recorded_at < end,
                scope_clause(P, self.principal),
            )
            .order_by(P.recorded_at, P.id)
        )
        return [TrackPoint(*row) for row in (await self.session.execute(stmt)).all()]

    async def points_of_people(
        self, user_ids: Collection[uuid.UUID], start: datetime, end: datetime
    ) -> dict[uuid.UUID, list[TrackPoint]]:
        """Several people's pings in [start, end), each person's in time order, in ONE
        statement (per person an index range of (user_id, recorded_at), the people as
        one array parameter)."""
        if not user_ids:
            return {}
        people = literal(sorted(set(user_ids)), ARRAY(Uuid()))
        stmt = (
            select(P.user_id, P.recorded_at, P.latitude, P.longitude, P.accuracy_m)
            .where(
                P.user_id == any_(people),
                P.recorded_at >= start,
                P.recorded_at < end,
                scope_clause(P, self.principal),
            )
            .order_by(P.user_id, P.recorded_at, P.id)
        )
        found: dict[uuid.UUID, list[TrackPoint]] = {}
        for user_id, recorded_at, latitude, longitude, accuracy_m in (
            await self.session.execute(stmt)
        ).all():
            point = TrackPoint(recorded_at, latitude, longitude, accuracy_m)
            found.setdefault(user_id, []).append(point)
        return found

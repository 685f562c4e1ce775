"""The change feed: what changed since a client's last pull, scoped like every read.

A pull reads a page of events after the client's position (``sync/repository.py``),
keeps the latest per record, loads those records' current state through their
domain's loader (scoped, so a record that left the caller's sight cannot come back
with data), and answers upserts and tombstones. The next cursor is the position after
the last event read, or the stream's head when the page was not full, so a quiet
client never rescans what others changed. A record changed several times within a
page appears once, with its current state.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.activities import service as activities
from app.core.access import Principal
from app.core.events import Position
from app.core.feed import FeedLoader, FeedRecord, decode_feed_cursor, encode_feed_cursor
from app.customers import service as customers
from app.leads import service as leads
from app.notifications import service as notifications
from app.opportunities import service as opportunities
from app.pipelines import service as pipelines
from app.sync.repository import ChangeFeedRepository, FeedEvent
from app.sync.schemas import ChangeOp, FeedEntity, TombstoneReason
from app.users import service as users

DEFAULT_LIMIT = 500
MAX_LIMIT = 1000
LOADERS: dict[FeedEntity, FeedLoader] = {
    FeedEntity.CUSTOMERS: customers.customer_feed,
    FeedEntity.CONTACTS: customers.contact_feed,
    FeedEntity.LEADS: leads.lead_feed,
    FeedEntity.OPPORTUNITIES: opportunities.opportunity_feed,
    FeedEntity.ACTIVITIES: activities.activity_feed,
    FeedEntity.PIPELINES: pipelines.pipeline_feed,
    FeedEntity.USERS: users.user_feed,
    FeedEntity.TEAMS: users.team_feed,
    FeedEntity.TERRITORIES: users.territory_feed,
    FeedEntity.NOTIFICATIONS: notifications.notification_feed,
}


def _tombstone_reason(event: FeedEvent, record: FeedRecord | None) -> TombstoneReason:
    if record is not None and record.archived:
        return TombstoneReason.ARCHIVED
    if event.operation == "deleted":
        return TombstoneReason.DELETED
    if event.type.endswith(".archived"):
        return TombstoneReason.ARCHIVED
    return TombstoneReason.OUT_OF_SCOPE


async def _load(
    session: AsyncSession, principal: Principal, entity: FeedEntity, ids: Collection[uuid.UUID]
) -> dict[uuid.UUID, FeedRecord]:
    return {r.id: r for r in await LOADERS[entity](session, principal, ids)}


async def changes(
    session: AsyncSession,
    principal: Principal,
    *,
    since: str | None,
    entities: set[FeedEntity] | None,
    limit: int,
) -> dict[str, Any]:
    after: Position | None = decode_feed_cursor(since, principal) if since else None
    wanted = {e.value for e in (entities or set(FeedEntity))}
    repo = ChangeFeedRepository(session, principal)
    found = await repo.page(after, entities=wanted, limit=limit + 1)
    has_more = len(found) > limit
    found = found[:limit]
    latest: dict[tuple[str, uuid.UUID], FeedEvent] = {}
    for event in found:
        key = (event.feed_entity, event.feed_id)
        latest.pop(key, None)
        latest[key] = event  # re-inserted: ordered by each record's last change
    records: dict[FeedEntity, dict[uuid.UUID, FeedRecord]] = {}
    for entity_name in {name for name, _ in latest}:
        entity = FeedEntity(entity_name)
        ids = [record_id for name, record_id in latest if name == entity_name]
        records[entity] = await _load(session, principal, entity, ids)
    result = []
    for (entity_name, record_id), event in latest.items():
        entity = FeedEntity(entity_name)
        record = records[entity].get(record_id)
        if record is not None and not record.archived:
            result.append(
                {
                    "entity": entity,
                    "id": record_id,
                    "op": ChangeOp.UPSERT,
                    "version": record.version,
                    "reason": None,
                    "data": record.data,
                }
            )
        else:
            result.append(
                {
                    "entity": entity,
                    "id": record_id,
                    "op": ChangeOp.DELETE,
                    "version": None,
                    "reason": _tombstone_reason(event, record),
                    "data": None,
                }
            )
    if has_more:
        position: Position | None = (found[-1].txid, found[-1].seq)
    else:
        position = await repo.head(after) or after
    cursor = encode_feed_cursor(position or (0, 0), principal)
    # The answer (ChangePage), built as data and serialised once by the router.
    return {"changes": result, "next_cursor": cursor, "has_more": has_more}


async def current_cursor(session: AsyncSession, principal: Principal) -> str:
    """The stream's head now: a client that loaded full lists pulls deltas from here."""
    position = await ChangeFeedRepository(session, principal).head(None)
    return encode_feed_cursor(position or (0, 0), principal)

"""Reading the audit log from the event stream. Only callers with ``audit:read``
(admins) get here, so the queries are unscoped by design."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.events import DomainEvent
from app.core.pagination import ListParams, SortOptions, apply_keyset, split_page

AUDIT_SORT = SortOptions("-occurred_at", occurred_at=DomainEvent.occurred_at)


async def unscoped_page(
    session: AsyncSession,
    *,
    entity_type: str | None,
    entity_id: uuid.UUID | None,
    actor_id: uuid.UUID | None,
    params: ListParams,
) -> tuple[list[DomainEvent], str | None]:
    stmt = select(DomainEvent)
    if entity_type:
        stmt = stmt.where(DomainEvent.entity_type == entity_type)
    if entity_id:
        stmt = stmt.where(DomainEvent.entity_id == entity_id)
    if actor_id:
        stmt = stmt.where(DomainEvent.actor_id == actor_id)
    stmt = apply_keyset(
        stmt,
        order=params.order,
        id_column=DomainEvent.seq,
        cursor=params.cursor,
        limit=params.limit,
    )
    rows = list((await session.scalars(stmt)).all())
    return split_page(
        rows, order=params.order, limit=params.limit, sort_attr="occurred_at", id_attr="seq"
    )

"""Reading the audit log from the event stream. Only callers with ``audit:read``
(admins) get here, so the queries are unscoped by design."""

from __future__ import annotations

import uuid

from sqlalchemy import Select, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.audit.schemas import AuditEntryRead
from app.core.access import Principal
from app.core.events import DomainEvent
from app.core.pagination import ListParams, SortOptions
from app.core.reads import ReadModel, read_page

AUDIT_SORT = SortOptions("-occurred_at", occurred_at=DomainEvent.occurred_at)
# The read path (core/reads/) over the event stream: an audit entry is an event.
AUDIT_READ = ReadModel(
    DomainEvent,
    AuditEntryRead,
    fields={
        "action": DomainEvent.type,
        "entity_label": DomainEvent.label,
    },
    key=DomainEvent.seq,
)


def unscoped_filtered(
    *,
    entity_type: str | None,
    entity_id: uuid.UUID | None,
    actor_id: uuid.UUID | None,
) -> Select[DomainEvent]:
    stmt = select(DomainEvent)
    if entity_type:
        stmt = stmt.where(DomainEvent.entity_type == entity_type)
    if entity_id:
        stmt = stmt.where(DomainEvent.entity_id == entity_id)
    if actor_id:
        stmt = stmt.where(DomainEvent.actor_id == actor_id)
    return stmt


async def unscoped_page(
    session: AsyncSession, principal: Principal, stmt: Select[DomainEvent], params: ListParams
) -> bytes:
    return await read_page(session, principal, AUDIT_READ, stmt, params)

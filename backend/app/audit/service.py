from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from app.audit import repository
from app.core.access import Permission, Principal
from app.core.events import DomainEvent
from app.core.pagination import ListParams

AUDIT_SORT = repository.AUDIT_SORT


async def list_audit_entries(
    session: AsyncSession,
    principal: Principal,
    *,
    entity_type: str | None,
    entity_id: uuid.UUID | None,
    actor_id: uuid.UUID | None,
    params: ListParams,
) -> tuple[list[DomainEvent], str | None]:
    principal.require(Permission.AUDIT_READ)
    return await repository.unscoped_page(
        session, entity_type=entity_type, entity_id=entity_id, actor_id=actor_id, params=params
    )

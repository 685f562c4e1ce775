from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from app.audit import repository
from app.core.access import Permission, Principal
from app.core.pagination import ListParams

AUDIT_SORT = repository.AUDIT_SORT


async def audit_page(
    session: AsyncSession,
    principal: Principal,
    *,
    entity_type: str | None,
    entity_id: uuid.UUID | None,
    actor_id: uuid.UUID | None,
    params: ListParams,
) -> bytes:
    principal.require(Permission.AUDIT_READ)
    stmt = repository.unscoped_filtered(
        entity_type=entity_type, entity_id=entity_id, actor_id=actor_id
    )
    return await repository.unscoped_page(session, principal, stmt, params)

"""The audit log: who changed what, before and after, when (admins)."""

from __future__ import annotations

import uuid

from fastapi import Request, Response

from app.audit import service
from app.audit.schemas import AuditEntryRead
from app.auth.dependencies import DB, requires
from app.core.access import Permission, Principal
from app.core.errors import problem_responses
from app.core.pagination import ListParams, Page, list_params
from app.core.reads import json_answer
from app.core.routing import DomainRouter

router = DomainRouter(prefix="/audit", tags=["audit"])


@router.get("", response_model=Page[AuditEntryRead], responses=problem_responses(401, 403, 422))
async def list_entries(
    request: Request,
    session: DB,
    principal: Principal = requires(Permission.AUDIT_READ),
    params: ListParams = list_params(service.AUDIT_SORT),
    entity_type: str | None = None,
    entity_id: uuid.UUID | None = None,
    actor_id: uuid.UUID | None = None,
) -> Response:
    """Newest first. Filter by the changed record (`entity_type` is the table name,
    e.g. `customers`) or by who changed it."""
    body = await service.audit_page(
        session,
        principal,
        entity_type=entity_type,
        entity_id=entity_id,
        actor_id=actor_id,
        params=params,
    )
    return json_answer(request, body)

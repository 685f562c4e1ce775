from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import Depends

from app.auth.dependencies import DB, CurrentPrincipal
from app.core.schemas import IsoDate
from app.todos import service
from app.todos.models import Todo


async def get_todo_or_404(todo_id: uuid.UUID, session: DB, principal: CurrentPrincipal) -> Todo:
    return await service.get_todo(session, principal, todo_id)


VisibleTodo = Annotated[Todo, Depends(get_todo_or_404)]


async def todo_filters(
    is_done: bool | None = None,
    due_before: IsoDate | None = None,
    customer_id: uuid.UUID | None = None,
    lead_id: uuid.UUID | None = None,
    opportunity_id: uuid.UUID | None = None,
) -> dict[str, Any]:
    return {
        "is_done": is_done,
        "due_before": due_before,
        "customer_id": customer_id,
        "lead_id": lead_id,
        "opportunity_id": opportunity_id,
    }


TodoFilters = Annotated[dict[str, Any], Depends(todo_filters)]

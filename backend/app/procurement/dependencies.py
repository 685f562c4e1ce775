from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import Depends, Query

from app.auth.dependencies import DB, CurrentPrincipal
from app.core.search import SearchQuery
from app.procurement import service
from app.procurement.models import ProcurementKind, ProcurementRequest, ProcurementStatus


async def get_request_or_404(
    request_id: uuid.UUID, session: DB, principal: CurrentPrincipal
) -> ProcurementRequest:
    return await service.get_request(session, principal, request_id)


VisibleRequest = Annotated[ProcurementRequest, Depends(get_request_or_404)]


async def request_filters(
    q: SearchQuery = None,
    status: ProcurementStatus | None = None,
    kind: ProcurementKind | None = None,
    product_id: uuid.UUID | None = None,
    warehouse_id: uuid.UUID | None = None,
    document_id: uuid.UUID | None = Query(None, description="Raised for this document"),
    open: bool | None = Query(None, description="true: requested or ordered; false: closed"),
) -> dict[str, Any]:
    return {
        "q": q,
        "status": status,
        "kind": kind,
        "product_id": product_id,
        "warehouse_id": warehouse_id,
        "document_id": document_id,
        "open_only": open,
    }


RequestFilters = Annotated[dict[str, Any], Depends(request_filters)]

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import Depends, Query

from app.auth.dependencies import DB, CurrentPrincipal
from app.inventory import service
from app.inventory.models import MoveKind, Warehouse


async def get_warehouse_or_404(
    warehouse_id: uuid.UUID, session: DB, principal: CurrentPrincipal
) -> Warehouse:
    return await service.get_warehouse(session, principal, warehouse_id)


VisibleWarehouse = Annotated[Warehouse, Depends(get_warehouse_or_404)]


async def stock_filters(
    product_id: uuid.UUID | None = None,
    warehouse_id: uuid.UUID | None = None,
    group_id: uuid.UUID | None = Query(None, description="Products of this product group"),
    below_reorder: bool | None = Query(
        None,
        description="true: only where available stock is below the product's reorder level; "
        "false: only where it is not (or the product has none)",
    ),
) -> dict[str, Any]:
    return {
        "product_id": product_id,
        "warehouse_id": warehouse_id,
        "group_id": group_id,
        "below_reorder": below_reorder,
    }


StockFilters = Annotated[dict[str, Any], Depends(stock_filters)]


async def move_filters(
    product_id: uuid.UUID | None = None,
    warehouse_id: uuid.UUID | None = None,
    kind: MoveKind | None = None,
    document_type: str | None = Query(None, max_length=40, examples=["procurement_request"]),
    document_id: uuid.UUID | None = None,
) -> dict[str, Any]:
    return {
        "product_id": product_id,
        "warehouse_id": warehouse_id,
        "kind": kind,
        "document_type": document_type,
        "document_id": document_id,
    }


MoveFilters = Annotated[dict[str, Any], Depends(move_filters)]

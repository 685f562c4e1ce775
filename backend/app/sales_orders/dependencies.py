from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import Depends

from app.auth.dependencies import DB, CurrentPrincipal
from app.core.search import SearchQuery
from app.sales_orders import service
from app.sales_orders.models import SalesOrder, SalesOrderStatus


async def get_sales_order_or_404(
    sales_order_id: uuid.UUID, session: DB, principal: CurrentPrincipal
) -> SalesOrder:
    return await service.get_sales_order(session, principal, sales_order_id)


async def lock_sales_order_or_404(
    sales_order_id: uuid.UUID, session: DB, principal: CurrentPrincipal
) -> SalesOrder:
    """The order an action changes, its row locked for the request: the action's lock,
    taken with the first read instead of after it."""
    return await service.lock_sales_order(session, principal, sales_order_id)


VisibleSalesOrder = Annotated[SalesOrder, Depends(get_sales_order_or_404)]
LockedSalesOrder = Annotated[SalesOrder, Depends(lock_sales_order_or_404)]


async def sales_order_filters(
    q: SearchQuery = None,
    status: SalesOrderStatus | None = None,
    customer_id: uuid.UUID | None = None,
    owner_id: uuid.UUID | None = None,
    opportunity_id: uuid.UUID | None = None,
    quote_id: uuid.UUID | None = None,
) -> dict[str, Any]:
    return {
        "q": q,
        "status": status,
        "customer_id": customer_id,
        "owner_id": owner_id,
        "opportunity_id": opportunity_id,
        "quote_id": quote_id,
    }


SalesOrderFilters = Annotated[dict[str, Any], Depends(sales_order_filters)]

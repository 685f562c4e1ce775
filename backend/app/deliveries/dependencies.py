from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import Depends, Query

from app.auth.dependencies import DB, CurrentPrincipal
from app.core.search import SearchQuery
from app.deliveries import service
from app.deliveries.models import Delivery, DeliveryStatus


async def get_delivery_or_404(
    delivery_id: uuid.UUID, session: DB, principal: CurrentPrincipal
) -> Delivery:
    return await service.get_delivery(session, principal, delivery_id)


VisibleDelivery = Annotated[Delivery, Depends(get_delivery_or_404)]


async def delivery_filters(
    q: SearchQuery = None,
    status: DeliveryStatus | None = None,
    sales_order_id: uuid.UUID | None = Query(None, description="Deliveries of this order"),
    customer_id: uuid.UUID | None = None,
) -> dict[str, Any]:
    return {"q": q, "status": status, "sales_order_id": sales_order_id, "customer_id": customer_id}


DeliveryFilters = Annotated[dict[str, Any], Depends(delivery_filters)]

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Annotated, Any

from fastapi import Depends, Query

from app.auth.dependencies import DB, CurrentPrincipal
from app.core.schemas import IsoDate
from app.core.search import SearchQuery
from app.opportunities import service
from app.opportunities.models import Opportunity, OpportunityStatus

# What a deal's amount can hold (Numeric(14, 2)); a filter beyond it is a 422, not a
# database error.
AMOUNT_BOUNDS: dict[str, Any] = {"max_digits": 14, "decimal_places": 2, "allow_inf_nan": False}


async def get_opportunity_or_404(
    opportunity_id: uuid.UUID, session: DB, principal: CurrentPrincipal
) -> Opportunity:
    return await service.get_opportunity(session, principal, opportunity_id)


VisibleOpportunity = Annotated[Opportunity, Depends(get_opportunity_or_404)]


async def opportunity_filters(
    q: SearchQuery = None,
    pipeline_id: uuid.UUID | None = None,
    stage_id: uuid.UUID | None = None,
    owner_id: uuid.UUID | None = None,
    territory_id: uuid.UUID | None = None,
    customer_id: uuid.UUID | None = None,
    status: OpportunityStatus | None = None,
    close_from: IsoDate | None = Query(None, description="Expected close on or after"),
    close_to: IsoDate | None = Query(None, description="Expected close on or before"),
    min_amount: Decimal | None = Query(None, ge=0, **AMOUNT_BOUNDS),
    max_amount: Decimal | None = Query(None, ge=0, **AMOUNT_BOUNDS),
    currency: str | None = Query(None, pattern=r"^[A-Z]{3}$"),
) -> dict[str, Any]:
    """The list's filters, shared by the list, its count and its export. Amount filters
    compare the amount in the deal's own currency."""
    return {
        "q": q,
        "pipeline_id": pipeline_id,
        "stage_id": stage_id,
        "owner_id": owner_id,
        "territory_id": territory_id,
        "customer_id": customer_id,
        "status": status,
        "close_from": close_from,
        "close_to": close_to,
        "min_amount": min_amount,
        "max_amount": max_amount,
        "currency": currency,
    }


OpportunityFilters = Annotated[dict[str, Any], Depends(opportunity_filters)]

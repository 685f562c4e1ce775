from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import Depends, Query

from app.auth.dependencies import DB, CurrentPrincipal
from app.core.search import SearchQuery
from app.leads import service
from app.leads.models import Lead, LeadSource, LeadStatus


async def get_lead_or_404(lead_id: uuid.UUID, session: DB, principal: CurrentPrincipal) -> Lead:
    return await service.get_lead(session, principal, lead_id)


VisibleLead = Annotated[Lead, Depends(get_lead_or_404)]


async def lead_filters(
    q: SearchQuery = None,
    status: LeadStatus | None = None,
    source: LeadSource | None = None,
    owner_id: uuid.UUID | None = None,
    territory_id: uuid.UUID | None = None,
    campaign_ref: str | None = None,
    min_score: int | None = Query(None, ge=0, le=100),
) -> dict[str, Any]:
    """The list's filters, shared by the list, its count and its export."""
    return {
        "q": q,
        "status": status,
        "source": source,
        "owner_id": owner_id,
        "territory_id": territory_id,
        "campaign_ref": campaign_ref,
        "min_score": min_score,
    }


LeadFilters = Annotated[dict[str, Any], Depends(lead_filters)]

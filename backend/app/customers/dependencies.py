from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import Depends, Query

from app.auth.dependencies import DB, CurrentPrincipal
from app.core.search import SearchQuery
from app.customers import service
from app.customers.models import Contact, Customer


async def get_customer_or_404(
    customer_id: uuid.UUID, session: DB, principal: CurrentPrincipal
) -> Customer:
    return await service.get_customer(session, principal, customer_id)


VisibleCustomer = Annotated[Customer, Depends(get_customer_or_404)]


async def visible_customer_id(
    customer_id: uuid.UUID, session: DB, principal: CurrentPrincipal
) -> uuid.UUID:
    return await service.check_visible(session, principal, customer_id)


# For reads of a customer's sub-resources: its visibility checked, nothing loaded.
VisibleCustomerId = Annotated[uuid.UUID, Depends(visible_customer_id)]


async def get_contact_or_404(
    contact_id: uuid.UUID, customer: VisibleCustomer, session: DB, principal: CurrentPrincipal
) -> Contact:
    return await service.get_contact(session, principal, customer, contact_id)


VisibleContact = Annotated[Contact, Depends(get_contact_or_404)]


async def customer_filters(
    q: SearchQuery = None,
    territory_id: uuid.UUID | None = None,
    owner_id: uuid.UUID | None = None,
    industry: str | None = None,
    segment: str | None = None,
    min_rating: int | None = Query(None, ge=1, le=5),
    archived: bool | None = False,
) -> dict[str, Any]:
    """The list's filters, shared by the list, its count and its export."""
    return {
        "q": q,
        "territory_id": territory_id,
        "owner_id": owner_id,
        "industry": industry,
        "segment": segment,
        "min_rating": min_rating,
        "archived": archived,
    }


CustomerFilters = Annotated[dict[str, Any], Depends(customer_filters)]

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import Depends, Query

from app.auth.dependencies import DB, CurrentPrincipal
from app.core.search import SearchQuery
from app.products import service
from app.products.models import Product, ProductGroup, ProductKind


async def get_product_or_404(
    product_id: uuid.UUID, session: DB, principal: CurrentPrincipal
) -> Product:
    return await service.get_product(session, principal, product_id)


VisibleProduct = Annotated[Product, Depends(get_product_or_404)]


async def get_product_group_or_404(
    group_id: uuid.UUID, session: DB, principal: CurrentPrincipal
) -> ProductGroup:
    return await service.get_product_group(session, principal, group_id)


VisibleProductGroup = Annotated[ProductGroup, Depends(get_product_group_or_404)]


async def product_filters(
    q: SearchQuery = None,
    group_id: uuid.UUID | None = None,
    kind: ProductKind | None = None,
    tax_category_id: uuid.UUID | None = None,
    active: bool | None = Query(
        None, description="Only products sold (true) or no longer sold (false); both if absent"
    ),
) -> dict[str, Any]:
    """The list's filters, shared by the list, its count and its export."""
    return {
        "q": q,
        "group_id": group_id,
        "kind": kind,
        "tax_category_id": tax_category_id,
        "active": active,
    }


ProductFilters = Annotated[dict[str, Any], Depends(product_filters)]

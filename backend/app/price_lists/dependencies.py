from __future__ import annotations

import uuid
from datetime import date
from typing import Annotated, Any

from fastapi import Depends, Query

from app.auth.dependencies import DB, CurrentPrincipal
from app.core.money import CurrencyCode
from app.core.schemas import IsoDate
from app.price_lists import service
from app.price_lists.models import PriceList, PriceListLine, PriceListScope


async def get_price_list_or_404(
    price_list_id: uuid.UUID, session: DB, principal: CurrentPrincipal
) -> PriceList:
    return await service.get_price_list(session, principal, price_list_id)


VisiblePriceList = Annotated[PriceList, Depends(get_price_list_or_404)]


async def get_line_or_404(
    line_id: uuid.UUID, price_list: VisiblePriceList, session: DB, principal: CurrentPrincipal
) -> PriceListLine:
    return await service.get_line(session, principal, price_list, line_id)


VisiblePriceListLine = Annotated[PriceListLine, Depends(get_line_or_404)]


async def price_list_filters(
    scope: PriceListScope | None = None,
    customer_id: uuid.UUID | None = None,
    segment: str | None = Query(None, max_length=80),
    currency: Annotated[CurrencyCode | None, Query()] = None,
    valid_on: Annotated[IsoDate | None, Query(description="Only lists valid on this date")] = None,
    active: bool | None = None,
) -> dict[str, Any]:
    return {
        "scope": scope,
        "customer_id": customer_id,
        "segment": segment,
        "currency": currency,
        "valid_on": valid_on,
        "active": active,
    }


PriceListFilters = Annotated[dict[str, Any], Depends(price_list_filters)]
__all__ = ["PriceListFilters", "VisiblePriceList", "VisiblePriceListLine", "date"]

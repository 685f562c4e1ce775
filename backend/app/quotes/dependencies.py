from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import Depends, Query

from app.auth.dependencies import DB, CurrentPrincipal
from app.core.search import SearchQuery
from app.quotes import service
from app.quotes.models import Quote, QuoteStatus


async def lock_quote_or_404(quote_id: uuid.UUID, session: DB, principal: CurrentPrincipal) -> Quote:
    """The quote an edit or action changes, its row locked for the request: the action's
    lock, taken with the first read instead of after it."""
    return await service.lock_quote(session, principal, quote_id)


LockedQuote = Annotated[Quote, Depends(lock_quote_or_404)]


async def quote_filters(
    q: SearchQuery = None,
    status: QuoteStatus | None = None,
    customer_id: uuid.UUID | None = None,
    owner_id: uuid.UUID | None = None,
    opportunity_id: uuid.UUID | None = None,
    number: str | None = Query(
        None,
        max_length=40,
        description="Every revision of one number (Q/2026-27/00042); without it, only the "
        "current revision of each quote is listed",
    ),
) -> dict[str, Any]:
    return {
        "q": q,
        "status": status,
        "customer_id": customer_id,
        "owner_id": owner_id,
        "opportunity_id": opportunity_id,
        "number": number,
    }


QuoteFilters = Annotated[dict[str, Any], Depends(quote_filters)]

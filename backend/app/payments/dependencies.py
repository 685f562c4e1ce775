from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import Depends, Query

from app.auth.dependencies import DB, CurrentPrincipal
from app.payments import service
from app.payments.models import Payment, PaymentMethod


async def get_payment_or_404(
    payment_id: uuid.UUID, session: DB, principal: CurrentPrincipal
) -> Payment:
    return await service.get_payment(session, principal, payment_id)


VisiblePayment = Annotated[Payment, Depends(get_payment_or_404)]


async def payment_filters(
    customer_id: uuid.UUID | None = None,
    territory_id: uuid.UUID | None = None,
    method: PaymentMethod | None = None,
    has_credit: bool | None = Query(None, description="Payments with money left unallocated"),
) -> dict[str, Any]:
    return {
        "customer_id": customer_id,
        "territory_id": territory_id,
        "method": method,
        "has_credit": has_credit,
    }


PaymentFilters = Annotated[dict[str, Any], Depends(payment_filters)]

"""Receivables: aging per customer and one customer's receivables.

Scoped like customers: an engineer sees their customers', a head the team's, an admin
all. Computed in one SQL statement as of a date (default today, company time).
Decision record: docs/decisions/0024-invoices-and-payments.md.
"""

from __future__ import annotations

import uuid

from fastapi import Query

from app.auth.dependencies import DB, requires
from app.core.access import Permission, Principal
from app.core.errors import problem_responses
from app.core.routing import DomainRouter
from app.core.schemas import IsoDate
from app.receivables import service
from app.receivables.schemas import AgingReport, CustomerReceivables

router = DomainRouter(prefix="/receivables", tags=["receivables"])
customer_router = DomainRouter(prefix="/customers", tags=["receivables"])
READ = problem_responses(401, 403, 404, 422)
CAN_READ = requires(Permission.INVOICES_READ)
AsOf = Query(None, description="Age as of this date (default today, company time)")


@router.get("/aging", response_model=AgingReport, responses=READ)
async def receivables_aging(
    session: DB,
    principal: Principal = CAN_READ,
    as_of: IsoDate | None = AsOf,
    customer_id: uuid.UUID | None = None,
    territory_id: uuid.UUID | None = None,
) -> AgingReport:
    """Per customer and currency: the open amounts of issued invoices by days past due
    (`current`: not yet due; `days_1_30`; `days_31_60`; `days_61_90`; `over_90`), the
    total open, the unallocated credit of the customer's payments and the net balance;
    largest total first, with totals per currency."""
    report = await service.aging(
        session, principal, as_of=as_of, customer_id=customer_id, territory_id=territory_id
    )
    return AgingReport.model_validate(report)


@customer_router.get(
    "/{customer_id:uuid}/receivables", response_model=CustomerReceivables, responses=READ
)
async def customer_receivables(
    customer_id: uuid.UUID,
    session: DB,
    principal: Principal = CAN_READ,
    as_of: IsoDate | None = AsOf,
) -> CustomerReceivables:
    """One customer's receivables per currency: aging buckets, total open, unallocated
    credit and net balance (404 for a customer the caller may not see)."""
    report = await service.customer_receivables(session, principal, customer_id, as_of=as_of)
    return CustomerReceivables.model_validate(report)

"""Payments received from customers and their allocation to invoices.

A payment is visible exactly when its customer is; anything else is a 404. Engineers
read; heads and admins record payments (`payments:write`). A payment pays invoices of
its customer in its currency, each at most its open amount (a 422 naming the
allocation otherwise); the rest stays as the customer's credit, allocated later with
`POST /payments/{id}/allocations`. Retry safely with an `Idempotency-Key` or a
client `id`. Decision record: docs/decisions/0024-invoices-and-payments.md.
"""

from __future__ import annotations

import uuid

from fastapi import Request, Response

from app.auth.dependencies import DB, requires
from app.core.access import Permission, Principal
from app.core.errors import problem_responses
from app.core.pagination import ListParams, Page, list_params
from app.core.reads import NOT_MODIFIED, FieldsQuery, dumps, json_answer, version_etag
from app.core.routing import DomainRouter
from app.payments import service
from app.payments.dependencies import PaymentFilters, VisiblePayment
from app.payments.schemas import AllocationsCreate, PaymentCreate, PaymentRead

router = DomainRouter(prefix="/payments", tags=["payments"])
READ = {**problem_responses(401, 403, 404, 422), **NOT_MODIFIED}
WRITE = problem_responses(401, 403, 404, 409, 422)
CAN_READ = requires(Permission.PAYMENTS_READ)
CAN_WRITE = requires(Permission.PAYMENTS_WRITE)


async def _answer(
    request: Request,
    session: DB,
    principal: Principal,
    payment_id: uuid.UUID,
    *,
    status_code: int = 200,
) -> Response:
    item = await service.payment_item(session, principal, payment_id)
    return json_answer(request, dumps(item), etag=version_etag(item), status_code=status_code)


@router.get("", response_model=Page[PaymentRead], responses=READ)
async def list_payments(
    request: Request,
    session: DB,
    filters: PaymentFilters,
    principal: Principal = CAN_READ,
    params: ListParams = list_params(service.PAYMENT_SORT),
    fields: str | None = FieldsQuery,
) -> Response:
    """Payments the caller may see, newest first unless `sort` says otherwise, with
    their allocations; `has_credit=true`: those with money left unallocated."""
    body = await service.payments_page(session, principal, params=params, fields=fields, **filters)
    return json_answer(request, body)


@router.post("", response_model=PaymentRead, status_code=201, responses=WRITE)
async def record_payment(
    body: PaymentCreate, request: Request, session: DB, principal: Principal = CAN_WRITE
) -> Response:
    """Record a payment (date, amount and currency, method, reference) of a customer
    the caller may see, allocated to the invoices listed. An allocation to an invoice
    that is not an issued one of the customer in the currency, or above its open amount,
    is a 422 naming `allocations.<n>`; allocations adding up to more than the payment
    too. Sending an `id` already created answers 200 with that payment."""
    saved = await service.record_payment(session, principal, data=body)
    return await _answer(
        request, session, principal, saved.entity.id, status_code=201 if saved.created else 200
    )


@router.get("/{payment_id:uuid}", response_model=PaymentRead, responses=READ)
async def read_payment(
    payment_id: uuid.UUID,
    request: Request,
    session: DB,
    principal: Principal = CAN_READ,
    fields: str | None = FieldsQuery,
) -> Response:
    """A payment with its allocations and the credit left on it."""
    item = await service.payment_item(session, principal, payment_id, fields=fields)
    return json_answer(request, dumps(item), etag=version_etag(item) if not fields else None)


@router.post("/{payment_id:uuid}/allocations", response_model=PaymentRead, responses=WRITE)
async def allocate_payment(
    body: AllocationsCreate,
    request: Request,
    session: DB,
    principal: Principal = CAN_WRITE,
    *,
    payment: VisiblePayment,
) -> Response:
    """Allocate the payment's credit (what is left unallocated) to more invoices, with
    the same rules as on recording it; more than the credit left is a 422."""
    payment = await service.allocate_payment(session, principal, payment, data=body)
    return await _answer(request, session, principal, payment.id)

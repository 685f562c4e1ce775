"""Invoices and credit notes: drafts, issuing (the gapless number), credit notes, and
what is open and overdue.

An invoice is visible exactly when its customer is (an engineer: customers they own or
of their territories; a head: the team's; an admin: all); anything else is a 404.
Engineers read; heads and admins bill (`invoices:write`). Status: draft -> issued ->
partially_paid -> paid, or void (fully credited); a draft may be cancelled. `is_overdue`
is derived when read, never stored. Retry any action safely with an `Idempotency-Key`.
Money is decimal strings at the invoice's currency's minor unit.
Decision record: docs/decisions/0024-invoices-and-payments.md.
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
from app.core.upsert import (
    ExternalIdPath,
    IfMatchOptional,
    IfNoneMatchOptional,
    Preconditions,
    upsert_responses,
    upserted_answer,
)
from app.invoices import service
from app.invoices.dependencies import InvoiceFilters, VisibleInvoice
from app.invoices.schemas import (
    CreditNoteCreate,
    InvoiceCreate,
    InvoiceIssue,
    InvoiceRead,
    InvoiceSummaryRead,
    InvoiceUpsert,
)

router = DomainRouter(prefix="/invoices", tags=["invoices"])
READ = {**problem_responses(401, 403, 404, 422), **NOT_MODIFIED}
CREATE = problem_responses(401, 403, 404, 409, 422)
ACTION = problem_responses(401, 403, 404, 409, 422)
CAN_READ = requires(Permission.INVOICES_READ)
CAN_WRITE = requires(Permission.INVOICES_WRITE)


async def _answer(
    request: Request,
    session: DB,
    principal: Principal,
    invoice_id: uuid.UUID,
    *,
    status_code: int = 200,
) -> Response:
    item = await service.invoice_item(session, principal, invoice_id)
    return json_answer(request, dumps(item), etag=version_etag(item), status_code=status_code)


@router.get("", response_model=Page[InvoiceSummaryRead], responses=READ)
async def list_invoices(
    request: Request,
    session: DB,
    filters: InvoiceFilters,
    principal: Principal = CAN_READ,
    params: ListParams = list_params(service.INVOICE_SORT),
    fields: str | None = FieldsQuery,
) -> Response:
    """Invoices and credit notes the caller may see, newest first unless `sort` says
    otherwise. `overdue=true`: issued or part-paid invoices with money open past their
    due date (today, UTC); `kind=credit_note` with `credited_invoice_id`: an invoice's
    credit notes."""
    body = await service.invoices_page(session, principal, params=params, fields=fields, **filters)
    return json_answer(request, body)


@router.post("", response_model=InvoiceRead, status_code=201, responses=CREATE)
async def create_invoice(
    body: InvoiceCreate, request: Request, session: DB, principal: Principal = CAN_WRITE
) -> Response:
    """A draft invoice made directly (a service invoice) for a customer the caller may
    see, with priced lines; the tax category and HSN/SAC are the product's, the place of
    supply the customer's shipping (else billing) state. No number until issued. Sending
    an `id` that was already created answers 200 with that invoice."""
    saved = await service.create_direct_invoice(session, principal, data=body)
    return await _answer(
        request, session, principal, saved.entity.id, status_code=201 if saved.created else 200
    )


@router.get("/by-external-id/{external_id:path}", response_model=InvoiceRead, responses=READ)
async def read_invoice_by_external_id(
    external_id: ExternalIdPath, request: Request, session: DB, principal: Principal = CAN_READ
) -> Response:
    """The invoice with this ERP id (404 when none the caller may see has it)."""
    item = await service.invoice_by_external_id(session, principal, external_id)
    return json_answer(request, dumps(item), etag=version_etag(item))


@router.put(
    "/by-external-id/{external_id:path}",
    response_model=InvoiceRead,
    responses=upsert_responses(InvoiceRead),
)
async def upsert_invoice(
    external_id: ExternalIdPath,
    body: InvoiceUpsert,
    session: DB,
    if_match: IfMatchOptional = None,
    if_none_match: IfNoneMatchOptional = None,
    principal: Principal = CAN_WRITE,
) -> Response:
    """Create or update the direct invoice the ERP knows by `external_id` (decision
    0046): 201 when created, 200 when updated or unchanged (`Upsert-Outcome` says which;
    unchanged keeps the version and writes no event). The customer may be named by
    `customer_external_id`, each line's product by `product_external_id` or
    `product_sku`. A draft takes what is sent; `status: issued` issues it (dated
    `invoice_date`, numbered in the company's series); an issued invoice's content is
    fixed (the same content again is `unchanged`, a change a 409
    `invoices.invalid_transition`: credit it). `If-Match` / `If-None-Match: *` as on
    customers."""
    upserted = await service.upsert_invoice(
        session,
        principal,
        external_id=external_id,
        data=body,
        preconditions=Preconditions(if_match, if_none_match),
    )
    item = await service.invoice_item(session, principal, upserted.entity.id)
    return upserted_answer(item, upserted)


@router.get("/{invoice_id:uuid}", response_model=InvoiceRead, responses=READ)
async def read_invoice(
    invoice_id: uuid.UUID,
    request: Request,
    session: DB,
    principal: Principal = CAN_READ,
    fields: str | None = FieldsQuery,
) -> Response:
    """An invoice or credit note with its lines, GST per component and rate, totals, and
    what is paid, credited and open."""
    item = await service.invoice_item(session, principal, invoice_id, fields=fields)
    return json_answer(request, dumps(item), etag=version_etag(item) if not fields else None)


@router.get(
    "/{invoice_id:uuid}/pdf",
    response_class=Response,
    responses={
        200: {
            "content": {"application/pdf": {"schema": {"type": "string", "format": "binary"}}},
            "description": "The invoice or credit note as a PDF, named after its number",
        },
        **problem_responses(401, 403, 404, 422),
    },
)
async def read_invoice_pdf(
    invoice_id: uuid.UUID, session: DB, principal: Principal = CAN_READ
) -> Response:
    """The invoice as a printable TAX INVOICE (a credit note as a CREDIT NOTE): the
    letterhead with the company's GSTIN, the number, date and due date, the order and the
    customer's PO, bill-to with GSTIN and place of supply, lines with HSN/SAC, the tax per
    component and rate, totals in figures and in words, amount paid and balance due, and
    the bank details. It prints the stored amounts exactly as `GET /invoices/{id}` answers
    them. A draft prints as DRAFT."""
    name, body = await service.invoice_pdf(session, principal, invoice_id)
    return Response(
        body,
        media_type="application/pdf",
        headers={
            "Content-Disposition": f'attachment; filename="{name}"',
            "Cache-Control": "private, no-store",
        },
    )


@router.post("/{invoice_id:uuid}/issue", response_model=InvoiceRead, responses=ACTION)
async def issue_invoice(
    request: Request,
    session: DB,
    principal: Principal = CAN_WRITE,
    *,
    invoice: VisibleInvoice,
    body: InvoiceIssue | None = None,
) -> Response:
    """Draft -> issued: dated (`invoice_date`, default today, company time), due after the payment
    terms, numbered `INV/<fiscal year>/<n>` without gaps or repeats. Issuing again
    answers the issued invoice."""
    invoice = await service.issue_invoice(
        session, principal, invoice, invoice_date=body.invoice_date if body else None
    )
    return await _answer(request, session, principal, invoice.id)


@router.post("/{invoice_id:uuid}/cancel", response_model=InvoiceRead, responses=ACTION)
async def cancel_invoice(
    request: Request,
    session: DB,
    principal: Principal = CAN_WRITE,
    *,
    invoice: VisibleInvoice,
) -> Response:
    """Discard a draft (it has no number). An issued invoice is voided by a credit note
    (`invoices.invalid_transition` here)."""
    invoice = await service.cancel_invoice(session, principal, invoice)
    return await _answer(request, session, principal, invoice.id)


@router.post(
    "/{invoice_id:uuid}/credit-notes", response_model=InvoiceRead, status_code=201, responses=CREATE
)
async def create_credit_note(
    body: CreditNoteCreate,
    request: Request,
    session: DB,
    principal: Principal = CAN_WRITE,
    *,
    invoice: VisibleInvoice,
) -> Response:
    """A credit note against an issued invoice, numbered `CN/<fiscal year>/<n>` at
    once: `full` (every quantity not yet credited, GST reversed), `lines` (chosen lines
    and quantities) or `amount` (a commercial credit without GST). Its total may not
    exceed the invoice's open amount (`invoices.credit_exceeds_open_amount`); the
    invoice's open amount drops by it, and a fully credited unpaid invoice is `void`."""
    saved = await service.create_credit_note(session, principal, invoice, data=body)
    return await _answer(
        request, session, principal, saved.entity.id, status_code=201 if saved.created else 200
    )

"""Quotes (offers): lines priced from the price list, GST computed by the server, a
head's approval for discounts above the author's limit, revisions, acceptance.

An engineer sees the quotes they own, a head their team's, an admin all; anything else
is a 404. Status: draft -> pending_approval -> approved -> sent -> accepted | rejected
(| expired). Every action is a POST sub-resource; retry it safely with an
`Idempotency-Key`. Money is decimal strings at the quote's currency's minor unit.
Decision record: docs/decisions/0016-quote-approval-and-revisions.md.
"""

from __future__ import annotations

import uuid

from fastapi import Request, Response

from app.auth.dependencies import DB, requires
from app.core.access import Permission, Principal
from app.core.concurrency import IfMatch, check_if_match
from app.core.errors import problem_responses
from app.core.pagination import ListParams, Page, list_params
from app.core.reads import NOT_MODIFIED, FieldsQuery, dumps, json_answer, version_etag
from app.core.routing import DomainRouter
from app.quotes import service
from app.quotes.dependencies import LockedQuote, QuoteFilters
from app.quotes.schemas import (
    ApprovalDecision,
    QuoteAccept,
    QuoteCreate,
    QuoteRead,
    QuoteReject,
    QuoteSummaryRead,
    QuoteUpdate,
)

router = DomainRouter(prefix="/quotes", tags=["quotes"])
READ = {**problem_responses(401, 403, 404, 422), **NOT_MODIFIED}
CREATE = problem_responses(401, 403, 404, 409, 422)
WRITE = problem_responses(401, 403, 404, 409, 412, 422, 428)
ACTION = problem_responses(401, 403, 404, 409, 422)
CAN_READ = requires(Permission.QUOTES_READ)
CAN_WRITE = requires(Permission.QUOTES_WRITE)
CAN_APPROVE = requires(Permission.QUOTES_APPROVE)


async def _answer(
    request: Request,
    session: DB,
    principal: Principal,
    quote_id: uuid.UUID,
    *,
    status_code: int = 200,
) -> Response:
    item = await service.quote_item(session, principal, quote_id)
    return json_answer(request, dumps(item), etag=version_etag(item), status_code=status_code)


@router.get("", response_model=Page[QuoteSummaryRead], responses=READ)
async def list_quotes(
    request: Request,
    session: DB,
    filters: QuoteFilters,
    principal: Principal = CAN_READ,
    params: ListParams = list_params(service.QUOTE_SORT),
    fields: str | None = FieldsQuery,
) -> Response:
    """Quotes the caller may see (the current revision of each, unless `number` asks
    for every revision of one), newest first unless `sort` says otherwise; `q` matches
    the number or the customer's name."""
    body = await service.quotes_page(session, principal, params=params, fields=fields, **filters)
    return json_answer(request, body)


@router.get("/approvals", response_model=Page[QuoteSummaryRead], responses=READ)
async def list_approvals(
    request: Request,
    session: DB,
    principal: Principal = CAN_APPROVE,
    params: ListParams = list_params(service.QUOTE_SORT),
    fields: str | None = FieldsQuery,
) -> Response:
    """The approvals inbox: quotes pending approval that the caller may decide (a
    head's team's, an admin's all), never the caller's own, and only those whose
    largest discount is within the caller's own limit."""
    body = await service.approvals_page(session, principal, params=params, fields=fields)
    return json_answer(request, body)


@router.post("", response_model=QuoteRead, status_code=201, responses=CREATE)
async def create_quote(
    body: QuoteCreate, request: Request, session: DB, principal: Principal = CAN_WRITE
) -> Response:
    """A draft quote for a customer the caller may see, numbered gaplessly per fiscal
    year (`Q/2026-27/00042`). A line without `unit_price` takes the price list's price
    (as `GET /prices` answers it); the tax category is the product's; the place of supply
    the customer's shipping (else billing) address's state. The server computes every
    amount. Sending an `id` that was already created answers 200 with that quote."""
    saved = await service.create_quote(session, principal, data=body)
    return await _answer(
        request, session, principal, saved.entity.id, status_code=201 if saved.created else 200
    )


@router.get("/{quote_id:uuid}", response_model=QuoteRead, responses=READ)
async def read_quote(
    quote_id: uuid.UUID,
    request: Request,
    session: DB,
    principal: Principal = CAN_READ,
    fields: str | None = FieldsQuery,
) -> Response:
    """A quote with its lines, tax per component and per rate, and totals."""
    item = await service.quote_item(session, principal, quote_id, fields=fields)
    return json_answer(request, dumps(item), etag=version_etag(item) if not fields else None)


@router.get(
    "/{quote_id:uuid}/pdf",
    response_class=Response,
    responses={
        200: {
            "content": {"application/pdf": {"schema": {"type": "string", "format": "binary"}}},
            "description": "The quote as a PDF, named after its display number",
        },
        **problem_responses(401, 403, 404, 422),
    },
)
async def read_quote_pdf(
    quote_id: uuid.UUID, session: DB, principal: Principal = CAN_READ
) -> Response:
    """The quote as a printable PDF: the letterhead (company name, address and GSTIN
    from the settings), the customer with billing address and GSTIN, the number,
    revision, date, validity and contact, the lines (optional lines marked, in the totals
    only once chosen), the tax per component and rate, the totals in figures and in
    words, and the terms. It prints the quote's stored amounts, exactly as
    `GET /quotes/{id}` answers them. `Content-Disposition` names the file after the
    display number (`Q-2026-27-00042-R1.pdf`)."""
    name, body = await service.quote_pdf(session, principal, quote_id)
    return Response(
        body,
        media_type="application/pdf",
        headers={
            "Content-Disposition": f'attachment; filename="{name}"',
            "Cache-Control": "private, no-store",
        },
    )


@router.patch("/{quote_id:uuid}", response_model=QuoteRead, responses=WRITE)
async def update_quote(
    body: QuoteUpdate,
    quote: LockedQuote,
    request: Request,
    session: DB,
    if_match: IfMatch,
    principal: Principal = CAN_WRITE,
) -> Response:
    """Change a quote (needs `If-Match`); `lines` replaces every line. A pending,
    approved or sent quote goes back to draft: it must be submitted (and approved, when
    a discount needs it) again. An accepted, rejected or expired quote is a 409
    (`quotes.not_editable`), an earlier revision too (`quotes.superseded`)."""
    check_if_match(if_match, quote.version)
    quote = await service.update_quote(session, principal, quote, data=body)
    return await _answer(request, session, principal, quote.id)


@router.post("/{quote_id:uuid}/submit", response_model=QuoteRead, responses=ACTION)
async def submit_quote(
    quote: LockedQuote, request: Request, session: DB, principal: Principal = CAN_WRITE
) -> Response:
    """Draft -> approved when every line's discount is within the author's limit; else
    -> pending_approval, in the approvals inbox of the author's head."""
    quote = await service.submit_quote(session, principal, quote)
    return await _answer(request, session, principal, quote.id)


@router.post("/{quote_id:uuid}/approve", response_model=QuoteRead, responses=ACTION)
async def approve_quote(
    body: ApprovalDecision,
    request: Request,
    session: DB,
    principal: Principal = CAN_APPROVE,
    *,
    quote: LockedQuote,
) -> Response:
    """Approve a pending quote (a head for their team, an admin), with a comment. The
    author cannot approve their own (`quotes.own_quote`); a discount above the approver's
    own limit is `quotes.beyond_approver_limit`."""
    quote = await service.approve_quote(session, principal, quote, comment=body.comment)
    return await _answer(request, session, principal, quote.id)


@router.post("/{quote_id:uuid}/decline", response_model=QuoteRead, responses=ACTION)
async def decline_quote(
    body: ApprovalDecision,
    request: Request,
    session: DB,
    principal: Principal = CAN_APPROVE,
    *,
    quote: LockedQuote,
) -> Response:
    """Refuse the approval, with a comment: the quote goes back to draft."""
    quote = await service.decline_quote(session, principal, quote, comment=body.comment)
    return await _answer(request, session, principal, quote.id)


@router.post("/{quote_id:uuid}/send", response_model=QuoteRead, responses=ACTION)
async def send_quote(
    quote: LockedQuote, request: Request, session: DB, principal: Principal = CAN_WRITE
) -> Response:
    """Approved -> sent. A quote not approved as it stands is `quotes.approval_required`;
    past its validity `quotes.expired`."""
    quote = await service.send_quote(session, principal, quote)
    return await _answer(request, session, principal, quote.id)


@router.post("/{quote_id:uuid}/accept", response_model=QuoteRead, responses=ACTION)
async def accept_quote(
    body: QuoteAccept,
    quote: LockedQuote,
    request: Request,
    session: DB,
    principal: Principal = CAN_WRITE,
) -> Response:
    """Sent -> accepted, with the optional lines the customer chose (they join the
    totals) and the engineer's location. The same request makes the quote's draft sales
    order (`sales_order_id`): its counted lines at the approved prices, the location
    passed on. Accepting again with the same choice answers the same quote and order;
    another choice is `quotes.already_accepted`."""
    quote = await service.accept_quote(session, principal, quote, data=body)
    return await _answer(request, session, principal, quote.id)


@router.post("/{quote_id:uuid}/reject", response_model=QuoteRead, responses=ACTION)
async def reject_quote(
    body: QuoteReject,
    quote: LockedQuote,
    request: Request,
    session: DB,
    principal: Principal = CAN_WRITE,
) -> Response:
    """Sent -> rejected by the customer, with a reason."""
    quote = await service.reject_quote(session, principal, quote, reason=body.reason)
    return await _answer(request, session, principal, quote.id)


@router.post("/{quote_id:uuid}/revise", response_model=QuoteRead, status_code=201, responses=ACTION)
async def revise_quote(
    quote: LockedQuote, request: Request, session: DB, principal: Principal = CAN_WRITE
) -> Response:
    """Revision n+1 as a draft: the same `number`, `revision` n+1, `display_number`
    `…-R1`; the earlier revision becomes read-only (`is_current` false; a change is
    `quotes.superseded`). The new revision is submitted, and approved if needed, anew."""
    revised = await service.revise_quote(session, principal, quote)
    return await _answer(request, session, principal, revised.id, status_code=201)

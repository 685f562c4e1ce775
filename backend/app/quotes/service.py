"""Quotes: building, pricing, approval, sending, acceptance and revisions.

The approval rule (docs/decisions/0016-quote-approval-and-revisions.md): submitting a
quote whose any line's discount is above its author's limit (``discounts``) sends it
to pending approval; within the limit it is approved at once. What was approved is
pinned by a digest of the priced content; any edit of a pending, approved or sent quote
sends it back to draft, and ``send`` and ``accept`` refuse a quote that is not approved
as it stands (``quotes.approval_required``), whatever path changed it.
"""

from __future__ import annotations

import asyncio
import hashlib
import uuid
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import orjson
from sqlalchemy.ext.asyncio import AsyncSession

from app.core import events, followups
from app.core.access import Principal
from app.core.clock import company_today, utcnow
from app.core.config import get_settings
from app.core.documents import Letterhead, render_pdf
from app.core.errors import FieldError, NotFound, UnprocessableEntity
from app.core.feed import FeedRecord, load_feed
from app.core.ids import new_id
from app.core.numbering import next_number
from app.core.pagination import ListParams
from app.core.pricing import store_totals
from app.core.repository import Saved
from app.customers import service as customers
from app.discounts import service as discounts
from app.opportunities import service as opportunities
from app.price_lists import service as price_lists
from app.products import service as products
from app.quotes.errors import (
    AlreadyAccepted,
    ApprovalRequired,
    ApproverLimitExceeded,
    CannotApproveOwnQuote,
    QuoteExpired,
    QuoteHasNoLines,
    QuoteNotEditable,
    QuoteStatusConflict,
    QuoteSuperseded,
)
from app.quotes.models import Quote, QuoteLine, QuoteStatus
from app.quotes.pdf import file_name, quote_document
from app.quotes.repository import (
    QUOTE_READ,
    QUOTE_SORT,
    QUOTE_SUMMARY_READ,
    QuoteLineRepository,
    QuoteRepository,
)
from app.quotes.schemas import QuoteAccept, QuoteCreate, QuoteLineIn, QuoteUpdate
from app.taxes import service as taxes
from app.users import service as users

__all__ = ["QUOTE_SORT", "Quote", "QuoteLine"]
DOCUMENT_TYPE, PREFIX = "quote", "Q"
DEFAULT_VALIDITY = timedelta(days=30)
EDITABLE = {
    QuoteStatus.DRAFT,
    QuoteStatus.PENDING_APPROVAL,
    QuoteStatus.APPROVED,
    QuoteStatus.SENT,
}
REVISABLE = {
    QuoteStatus.PENDING_APPROVAL,
    QuoteStatus.APPROVED,
    QuoteStatus.SENT,
    QuoteStatus.REJECTED,
    QuoteStatus.EXPIRED,
}


@dataclass(frozen=True)
class AcceptedQuote:
    """What the sales order of an accepted quote is made from (``core.followups``): the
    quote, approved and accepted, the lines that count (not optional, or chosen), and
    the id the new order takes (the quote records it in the same write as its
    acceptance)."""

    quote: Quote
    lines: list[QuoteLine]
    order_id: uuid.UUID


# --- reading -------------------------------------------------------------------------


async def quotes_page(
    session: AsyncSession,
    principal: Principal,
    *,
    params: ListParams,
    fields: str | None,
    **filters: Any,
) -> bytes:
    repo = QuoteRepository(session, principal)
    return await repo.read_page(QUOTE_SUMMARY_READ, repo.filtered(**filters), params, fields=fields)


async def approvals_page(
    session: AsyncSession, principal: Principal, *, params: ListParams, fields: str | None
) -> bytes:
    """What waits for the caller's approval: pending quotes of their scope (a head's
    team, an admin's everyone), not their own, within their own discount limit."""
    repo = QuoteRepository(session, principal)
    limit = await discounts.discount_limit_of(session, principal)
    stmt = repo.awaiting_approval(
        exclude_owner_id=None if principal.is_admin else principal.user_id, max_percent=limit
    )
    return await repo.read_page(QUOTE_SUMMARY_READ, stmt, params, fields=fields)


async def quote_item(
    session: AsyncSession, principal: Principal, quote_id: uuid.UUID, *, fields: str | None = None
) -> dict[str, Any]:
    return await QuoteRepository(session, principal).read_item(QUOTE_READ, quote_id, fields=fields)


async def quote_pdf(
    session: AsyncSession, principal: Principal, quote_id: uuid.UUID
) -> tuple[str, bytes]:
    """The quote as a PDF and its file name: the quote as ``quote_item`` answers it (404
    when not visible) with its customer's addresses, GSTIN and contact when the caller
    may see the customer (else its name only)."""
    quote = await quote_item(session, principal, quote_id)
    try:
        customer = await customers.customer_item(
            session, principal, quote["customer_id"], fields=None
        )
    except NotFound:
        customer = None
    product_ids = {uuid.UUID(str(line["product_id"])) for line in quote["lines"]}
    codes = await products.hsn_sac_codes(session, principal, product_ids)
    letterhead = Letterhead.from_settings(get_settings())
    document = quote_document(quote, customer, letterhead, hsn_sac_codes=codes)
    # Laying out a long quote takes a while: not on the event loop.
    body = await asyncio.to_thread(render_pdf, document, letterhead)
    return file_name(quote), body


async def lock_quote(session: AsyncSession, principal: Principal, quote_id: uuid.UUID) -> Quote:
    """The quote as committed now, its row locked until the transaction ends (404 when
    the caller may not see it); the actions below then need not lock it again."""
    return await QuoteRepository(session, principal).get_locked_or_404(quote_id)


# --- building and pricing ----------------------------------------------------------


async def _customer(
    session: AsyncSession, principal: Principal, customer_id: uuid.UUID, *, contact_id: Any
) -> Any:
    """The quote's customer, with its contacts when ``contact_id`` is one to check."""
    return await customers.customer_for_document(
        session, principal, customer_id, with_contacts=contact_id is not None
    )


async def _build_lines(
    session: AsyncSession,
    principal: Principal,
    quote: Quote,
    incoming: list[QuoteLineIn],
    *,
    segments: list[str] | None = None,
) -> list[QuoteLine]:
    """Lines from the request: the product's description, unit and tax category, the
    price list's price unless one is sent (``price_lists.price_document_lines``)."""
    prices = await price_lists.price_document_lines(
        session,
        principal,
        customer_id=quote.customer_id,
        lines=[
            price_lists.DocumentLineRequest(
                data.product_id, data.quantity, data.unit_price, data.description
            )
            for data in incoming
        ],
        on=quote.quote_date,
        currency=quote.currency,
        segments=segments,
    )
    return [
        QuoteLine(
            position=index + 1,
            quantity=data.quantity,
            discount_percent=data.discount_percent,
            **price.line_columns(),
            is_optional=data.is_optional,
            is_selected=False,
            currency=quote.currency,
        )
        for index, (data, price) in enumerate(zip(incoming, prices, strict=True))
    ]


def _apply_totals(quote: Quote, lines: list[QuoteLine]) -> None:
    """Price every line and the quote (``core.pricing``) and store the amounts."""
    store_totals(
        quote,
        lines,
        company_state=taxes.company_state_code(),
        place_of_supply=quote.place_of_supply,
    )
    quote.max_discount_percent = max((line.discount_percent for line in lines), default=Decimal(0))


def _digest(quote: Quote, lines: list[QuoteLine]) -> str:
    """What an approval covers: the currency, the place of supply and every priced
    field of every line."""
    content = [
        quote.currency,
        quote.place_of_supply,
        [
            [
                str(line.product_id),
                str(line.quantity.normalize()),
                str(line.unit_price.normalize()),
                str(line.discount_percent.normalize()),
                str(line.tax_category_id),
                str(line.tax_rate.normalize()),
                line.is_optional,
            ]
            for line in sorted(lines, key=lambda item: (item.position, str(item.id)))
        ],
    ]
    return hashlib.sha256(orjson.dumps(content)).hexdigest()


def _lines_of(quote: Quote, lines: list[QuoteLine]) -> list[QuoteLine]:
    """``lines`` made the quote's (``line.quote``: its id once its row is written)."""
    for line in lines:
        line.quote = quote
    return lines


def _stage_lines(
    session: AsyncSession, principal: Principal, quote: Quote, lines: list[QuoteLine]
) -> None:
    """``lines`` become the (existing) quote's, written at the next flush."""
    repo = QuoteLineRepository(session, principal)
    for line in _lines_of(quote, lines):
        repo.add(line)


# --- creating and editing ------------------------------------------------------------


async def create_quote(
    session: AsyncSession, principal: Principal, *, data: QuoteCreate
) -> Saved[Quote]:
    repo = QuoteRepository(session, principal)
    if replayed := await repo.find_replayed_create(data.id):
        return Saved(replayed, created=False)
    owner_id = await users.owner_for_new_record(session, principal, data.owner_id)
    customer = await _customer(session, principal, data.customer_id, contact_id=data.contact_id)
    await opportunities.check_document_links(
        session, principal, customer, contact_id=data.contact_id, opportunity_id=data.opportunity_id
    )
    today = company_today()
    quote_date = data.quote_date or today
    quote = Quote(
        customer_id=customer.id,
        contact_id=data.contact_id,
        opportunity_id=data.opportunity_id,
        owner_id=owner_id,
        territory_id=customer.territory_id,
        status=QuoteStatus.DRAFT,
        currency=data.currency or customer.currency,
        quote_date=quote_date,
        valid_until=data.valid_until or quote_date + DEFAULT_VALIDITY,
        terms=data.terms,
        notes=data.notes,
        place_of_supply=customers.place_of_supply(customer),
        revision=0,
        is_current=True,
        created_lat=data.location.lat if data.location else None,
        created_lon=data.location.lon if data.location else None,
        created_accuracy_m=data.location.accuracy_m if data.location else None,
    )
    if data.id is not None:
        quote.id = data.id
    lines = await _build_lines(
        session, principal, quote, data.lines, segments=customers.pricing_segments(customer)
    )
    _apply_totals(quote, lines)
    # The number last: a refused request takes no number (and the counter row is locked
    # for the shortest time).
    quote.number = await next_number(session, DOCUMENT_TYPE, prefix=PREFIX, on=quote_date)
    quote.display_number = quote.number
    await repo.insert_with(quote, _lines_of(quote, lines))
    return Saved(quote, created=True)


def _check_current(quote: Quote) -> None:
    if not quote.is_current:
        raise QuoteSuperseded()


def _reset_approval(quote: Quote) -> None:
    quote.status = QuoteStatus.DRAFT
    quote.needs_approval = False
    quote.submitted_at = quote.approved_at = quote.sent_at = None
    quote.approved_by_id = None
    quote.approval_digest = None


async def update_quote(
    session: AsyncSession, principal: Principal, quote: Quote, *, data: QuoteUpdate
) -> Quote:
    """Change a quote: a pending, approved or sent one goes back to draft (approval is
    for what was approved, not for what it became)."""
    repo = QuoteRepository(session, principal)
    quote = await repo.lock(quote)
    _check_current(quote)
    if quote.status not in EDITABLE:
        raise QuoteNotEditable()
    changes = data.model_dump(exclude_unset=True)
    if "valid_until" in changes and changes["valid_until"] is None:
        raise UnprocessableEntity(
            errors=[FieldError(loc=["body", "valid_until"], msg="may not be empty", type="missing")]
        )
    if changes.get("valid_until") is not None and changes["valid_until"] < quote.quote_date:
        raise UnprocessableEntity(
            errors=[
                FieldError(loc=["body", "valid_until"], msg="before quote_date", type="value_error")
            ]
        )
    if "contact_id" in changes or "opportunity_id" in changes:
        customer = await _customer(
            session, principal, quote.customer_id, contact_id=changes.get("contact_id")
        )
        await opportunities.check_document_links(
            session,
            principal,
            customer,
            contact_id=changes.get("contact_id"),
            opportunity_id=changes.get("opportunity_id"),
        )
    for name in ("contact_id", "opportunity_id", "valid_until", "terms", "notes"):
        if name in changes:
            setattr(quote, name, changes[name])
    line_repo = QuoteLineRepository(session, principal)
    if data.lines is not None:
        await line_repo.delete_of_quote(quote.id)
        lines = await _build_lines(session, principal, quote, data.lines)
        _apply_totals(quote, lines)
        _stage_lines(session, principal, quote, lines)
    if quote.status is not QuoteStatus.DRAFT:
        events.note(quote, "quote.reopened_for_edit", data={"from": quote.status.value})
        _reset_approval(quote)
    await repo.flush()
    return quote


# --- the status machine --------------------------------------------------------------


def _check_valid(quote: Quote) -> None:
    if quote.valid_until < company_today():
        raise QuoteExpired(f"The quote was valid until {quote.valid_until.isoformat()}")


async def _author_needs_approval(session: AsyncSession, principal: Principal, quote: Quote) -> bool:
    """Whether the quote's discounts are above its author's (owner's) limit. The author
    acting on their own quote is the caller, whose principal is at hand."""
    if quote.owner_id == principal.user_id and principal.api_key_id is None:
        author: Principal | None = principal
    else:
        author = await users.principal_for_user(session, quote.owner_id)
    if author is None:  # a deactivated author: no limit of their own applies any more
        return quote.max_discount_percent > 0
    return await discounts.discount_needs_approval(
        session, author, percent=quote.max_discount_percent
    )


async def _check_approved(
    session: AsyncSession, principal: Principal, quote: Quote, lines: list[QuoteLine]
) -> None:
    """The quote (with its ``lines``) is approved as it stands: its priced content is
    what was approved, and an approval given automatically (within the author's limit)
    still is within it."""
    if quote.approval_digest is None or quote.approval_digest != _digest(quote, lines):
        raise ApprovalRequired(
            "The quote changed after it was approved: submit it for approval again"
        )
    if quote.approved_by_id is None and await _author_needs_approval(session, principal, quote):
        raise ApprovalRequired("A line's discount is above the author's limit: a head must approve")


def _approve(quote: Quote, lines: list[QuoteLine], by: uuid.UUID | None) -> None:
    quote.status = QuoteStatus.APPROVED
    quote.approved_at = utcnow()
    quote.approved_by_id = by
    quote.approval_digest = _digest(quote, lines)


async def submit_quote(session: AsyncSession, principal: Principal, quote: Quote) -> Quote:
    """Draft -> approved when every discount is within the author's limit, else ->
    pending approval (the approvals inbox of the author's head)."""
    repo = QuoteRepository(session, principal)
    quote = await repo.lock(quote)
    _check_current(quote)
    if quote.status is not QuoteStatus.DRAFT:
        raise QuoteStatusConflict(f"Only a draft can be submitted; this quote is {quote.status}")
    lines = await QuoteLineRepository(session, principal).of_quote(quote.id)
    if not any(not line.is_optional for line in lines):
        raise QuoteHasNoLines()
    _check_valid(quote)
    quote.submitted_at = utcnow()
    quote.approval_comment = None
    quote.needs_approval = await _author_needs_approval(session, principal, quote)
    if quote.needs_approval:
        quote.status = QuoteStatus.PENDING_APPROVAL
        events.note(
            quote,
            "quote.submitted",
            data={"needs_approval": True, "max_discount_percent": str(quote.max_discount_percent)},
        )
    else:
        events.note(quote, "quote.submitted", data={"needs_approval": False})
        _approve(quote, lines, by=None)
    await repo.flush()
    return quote


async def _decide(session: AsyncSession, principal: Principal, quote: Quote) -> Quote:
    quote = await QuoteRepository(session, principal).lock(quote)
    _check_current(quote)
    if quote.status is not QuoteStatus.PENDING_APPROVAL:
        raise QuoteStatusConflict(
            f"Only a pending quote is approved or declined; it is {quote.status}"
        )
    if quote.owner_id == principal.user_id and not principal.is_admin:
        raise CannotApproveOwnQuote()
    return quote


async def approve_quote(
    session: AsyncSession, principal: Principal, quote: Quote, *, comment: str | None
) -> Quote:
    """A head (their team's quotes) or an admin approves; their own limit must cover the
    largest discount."""
    quote = await _decide(session, principal, quote)
    if await discounts.discount_needs_approval(
        session, principal, percent=quote.max_discount_percent
    ):
        raise ApproverLimitExceeded()
    quote.approval_comment = comment
    events.note(quote, "quote.approved", data={"comment": comment})
    lines = await QuoteLineRepository(session, principal).of_quote(quote.id)
    _approve(quote, lines, by=principal.user_id)
    await QuoteRepository(session, principal).flush()
    return quote


async def decline_quote(
    session: AsyncSession, principal: Principal, quote: Quote, *, comment: str | None
) -> Quote:
    """Approval refused: back to draft with the comment, for the author to change."""
    quote = await _decide(session, principal, quote)
    events.note(quote, "quote.declined", data={"comment": comment})
    _reset_approval(quote)
    quote.approval_comment = comment
    await QuoteRepository(session, principal).flush()
    return quote


async def send_quote(session: AsyncSession, principal: Principal, quote: Quote) -> Quote:
    repo = QuoteRepository(session, principal)
    quote = await repo.lock(quote)
    _check_current(quote)
    if quote.status in (QuoteStatus.DRAFT, QuoteStatus.PENDING_APPROVAL):
        raise ApprovalRequired(f"The quote is {quote.status}: it must be approved to be sent")
    if quote.status is not QuoteStatus.APPROVED:
        raise QuoteStatusConflict(f"Only an approved quote can be sent; it is {quote.status}")
    lines = await QuoteLineRepository(session, principal).of_quote(quote.id)
    await _check_approved(session, principal, quote, lines)
    _check_valid(quote)
    quote.status = QuoteStatus.SENT
    quote.sent_at = utcnow()
    events.note(quote, "quote.sent")
    await repo.flush()
    return quote


async def accept_quote(
    session: AsyncSession, principal: Principal, quote: Quote, *, data: QuoteAccept
) -> Quote:
    """The customer accepted, with the optional lines chosen: the quote's sales order is
    made in the same transaction. Accepting again with the same choice answers the
    accepted quote (and its order) unchanged (idempotent)."""
    repo = QuoteRepository(session, principal)
    quote = await repo.lock(quote)
    lines = await QuoteLineRepository(session, principal).of_quote(quote.id)
    optional = {line.id: line for line in lines if line.is_optional}
    chosen = set(data.chosen_optional_line_ids)
    for index, line_id in enumerate(data.chosen_optional_line_ids):
        if line_id not in optional:
            raise UnprocessableEntity(
                errors=[
                    FieldError(
                        loc=["body", "chosen_optional_line_ids", index],
                        msg="not an optional line of this quote",
                        type="reference",
                    )
                ]
            )
    if quote.status is QuoteStatus.ACCEPTED:
        if {i for i, line in optional.items() if line.is_selected} == chosen:
            return quote
        raise AlreadyAccepted()
    _check_current(quote)
    if quote.status in (QuoteStatus.DRAFT, QuoteStatus.PENDING_APPROVAL):
        raise ApprovalRequired(f"The quote is {quote.status}: it must be approved and sent")
    if quote.status is not QuoteStatus.SENT:
        raise QuoteStatusConflict(f"Only a sent quote can be accepted; it is {quote.status}")
    await _check_approved(session, principal, quote, lines)
    _check_valid(quote)
    for line_id, line in optional.items():
        line.is_selected = line_id in chosen
    _apply_totals(quote, lines)
    quote.status = QuoteStatus.ACCEPTED
    quote.accepted_at = utcnow()
    quote.accepted_by_id = principal.user_id
    if data.location is not None:
        quote.accepted_lat = data.location.lat
        quote.accepted_lon = data.location.lon
        quote.accepted_accuracy_m = data.location.accuracy_m
    events.note(
        quote,
        "quote.accepted",
        data={"chosen_optional_line_ids": sorted(str(i) for i in chosen)},
    )
    # Approved as it stands (checked above), so the order carries the approved prices.
    # The order's id is chosen here: the acceptance and the order's id are written to
    # the quote together, with the order (one flush, one event), by the order's maker.
    counted = [line for line in lines if not line.is_optional or line.is_selected]
    order_id = quote.sales_order_id = new_id()
    quote.sales_order_id = await followups.follow(
        followups.SALES_ORDER_FROM_QUOTE,
        session,
        principal,
        AcceptedQuote(quote, counted, order_id),
    )
    await repo.flush()
    return quote


async def reject_quote(
    session: AsyncSession, principal: Principal, quote: Quote, *, reason: str | None
) -> Quote:
    repo = QuoteRepository(session, principal)
    quote = await repo.lock(quote)
    _check_current(quote)
    if quote.status is not QuoteStatus.SENT:
        raise QuoteStatusConflict(f"Only a sent quote can be rejected; it is {quote.status}")
    quote.status = QuoteStatus.REJECTED
    quote.rejected_at = utcnow()
    quote.rejection_reason = reason
    events.note(quote, "quote.rejected", data={"reason": reason})
    await repo.flush()
    return quote


async def revise_quote(session: AsyncSession, principal: Principal, quote: Quote) -> Quote:
    """Revision n+1: the same number, a copy of the header and lines as a draft (to be
    submitted, and approved if needed, again); the earlier revision becomes read-only."""
    repo = QuoteRepository(session, principal)
    quote = await repo.lock(quote)
    _check_current(quote)
    if quote.status not in REVISABLE:
        raise QuoteStatusConflict(
            f"A {quote.status} quote is not revised"
            + (" (edit the draft)" if quote.status is QuoteStatus.DRAFT else "")
        )
    revision = await repo.unscoped_next_revision(quote.number)
    copy = Quote(
        number=quote.number,
        revision=revision,
        display_number=f"{quote.number}-R{revision}",
        is_current=True,
        revised_from_id=quote.id,
        customer_id=quote.customer_id,
        contact_id=quote.contact_id,
        opportunity_id=quote.opportunity_id,
        owner_id=quote.owner_id,
        territory_id=quote.territory_id,
        status=QuoteStatus.DRAFT,
        currency=quote.currency,
        quote_date=company_today(),
        valid_until=max(quote.valid_until, company_today() + DEFAULT_VALIDITY),
        terms=quote.terms,
        notes=quote.notes,
        place_of_supply=quote.place_of_supply,
    )
    old_lines = await QuoteLineRepository(session, principal).of_quote(quote.id)
    lines = [
        QuoteLine(
            position=line.position,
            product_id=line.product_id,
            description=line.description,
            quantity=line.quantity,
            unit=line.unit,
            unit_price=line.unit_price,
            price_source=line.price_source,
            discount_percent=line.discount_percent,
            tax_category_id=line.tax_category_id,
            tax_rate=line.tax_rate,
            tax_treatment=line.tax_treatment,
            is_optional=line.is_optional,
            is_selected=False,
            currency=line.currency,
        )
        for line in old_lines
    ]
    _apply_totals(copy, lines)
    events.note(quote, "quote.revised", data={"revision": revision})
    quote.is_current = False
    await repo.insert_with(copy, _lines_of(copy, lines))
    return copy


async def expire_quote(
    session: AsyncSession, principal: Principal, quote: Quote, *, on: date | None = None
) -> Quote:
    """An approved or sent quote whose validity has passed (as of ``on``, today by
    default) becomes expired: it can no longer be sent or accepted, only revised."""
    repo = QuoteRepository(session, principal)
    quote = await repo.lock(quote)
    _check_current(quote)
    if quote.status not in (QuoteStatus.APPROVED, QuoteStatus.SENT):
        raise QuoteStatusConflict(f"Only an approved or sent quote expires; it is {quote.status}")
    if quote.valid_until >= (on or company_today()):
        raise QuoteStatusConflict(f"The quote is valid until {quote.valid_until.isoformat()}")
    quote.status = QuoteStatus.EXPIRED
    events.note(quote, "quote.expired")
    await repo.flush()
    return quote


async def optional_line_ids(
    session: AsyncSession, principal: Principal, quote: Quote
) -> list[uuid.UUID]:
    lines = await QuoteLineRepository(session, principal).of_quote(quote.id)
    return [line.id for line in lines if line.is_optional]


async def expire_overdue_quotes(session: AsyncSession, *, on: date) -> int:
    """Every approved or sent current quote valid until before ``on`` becomes expired
    (the daily job, as the system)."""
    principal = users.system_principal()
    repo = QuoteRepository(session, principal)
    expired = 0
    for quote in await repo.overdue(on=on):
        await expire_quote(session, principal, quote, on=on)
        expired += 1
    return expired


# --- the change feed ------------------------------------------------------------------


async def quote_feed(
    session: AsyncSession, principal: Principal, ids: Collection[uuid.UUID]
) -> list[FeedRecord]:
    """The caller's visible quotes among ``ids`` with their lines, amounts and approval
    state, as ``GET /quotes/{id}`` answers them (earlier revisions too: read-only)."""
    return await load_feed(QuoteRepository(session, principal), QUOTE_READ, ids)

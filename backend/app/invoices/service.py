"""Invoices and credit notes: creating, issuing (numbering), crediting, and settling.

The rules (docs/decisions/0024-invoices-and-payments.md):
  * an invoice is made as a draft without a number; issuing dates it (today unless
    given), sets its due date (date + payment terms) and takes the next gapless number
    of that date's fiscal year (``INV/2026-27/00001``) in the same transaction;
  * amounts are computed by the server alone with the quotes' pricing functions and
    ``core/tax.py``: per line, then the document as the sum of its printed lines;
  * a void is a credit note (``CN/2026-27/00001``) linked to the invoice: in full,
    by lines and quantities (their GST reversed), or by an amount (a commercial credit
    without GST); it never credits more than the invoice's open amount;
  * payments settle invoices through ``apply_payment``: every invoice row is locked,
    an allocation above an invoice's open amount is a 422 naming it; the status follows
    (issued -> partially_paid -> paid; void when fully credited and nothing paid).
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core import events, followups
from app.core.access import Principal
from app.core.clock import company_today, utcnow
from app.core.config import get_settings
from app.core.documents import Letterhead, render_pdf
from app.core.errors import (
    FieldError,
    InvalidReference,
    NotFound,
    UnprocessableEntity,
    field_error,
)
from app.core.export import ExportSource
from app.core.feed import FeedRecord, load_feed
from app.core.money import MINOR_UNITS, round_amount
from app.core.numbering import next_number
from app.core.pagination import ListParams
from app.core.pricing import store_totals
from app.core.repository import Saved
from app.core.tax import TaxTreatment
from app.core.upsert import (
    NO_PRECONDITIONS,
    Found,
    Preconditions,
    StatusWords,
    Upserted,
    changed_fields,
    check_fixed,
    prefetch,
    same_lines,
    upsert,
    without_defaulted_nulls,
)
from app.customers import service as customers
from app.customers.errors import CustomerArchived
from app.invoices.errors import (
    CreditExceedsOpenAmount,
    ExternalIdTaken,
    InvoiceHasNoLines,
    InvoiceStatusConflict,
    NotAnInvoice,
)
from app.invoices.models import OPEN_STATUSES, Invoice, InvoiceKind, InvoiceLine, InvoiceStatus
from app.invoices.pdf import file_name, invoice_document
from app.invoices.repository import (
    INVOICE_READ,
    INVOICE_SORT,
    INVOICE_SUMMARY_READ,
    InvoiceLineRepository,
    InvoiceRepository,
)
from app.invoices.schemas import CreditNoteCreate, InvoiceCreate, InvoiceUpsert, UpsertStatus
from app.products import service as products
from app.taxes import service as taxes

__all__ = ["INVOICE_SORT", "Invoice", "InvoiceStatus"]
INVOICE_SERIES = ("invoice", "INV")
CREDIT_NOTE_SERIES = ("credit_note", "CN")
ZERO = Decimal(0)
# Amounts are stored as numeric(18, 4): below 10^14.
LARGEST = Decimal(10) ** 14
Loc = list[str | int]


@dataclass(frozen=True)
class InvoiceLineInput:
    """One line to bill, priced by the caller (an order's line, a milestone's share, a
    direct invoice's line). The tax category defaults to the product's."""

    product_id: uuid.UUID
    quantity: Decimal
    unit_price: Decimal
    discount_percent: Decimal = ZERO
    description: str | None = None
    tax_category_id: uuid.UUID | None = None
    source_line_id: uuid.UUID | None = None


@dataclass(frozen=True)
class InvoiceSource:
    """What an invoice bills: ("sales_order", order id, milestone id or None), or
    ("direct", None, None) for an invoice made on its own."""

    document_type: str = "direct"
    document_id: uuid.UUID | None = None
    milestone_id: uuid.UUID | None = None


# --- reading -------------------------------------------------------------------------


async def invoices_page(
    session: AsyncSession,
    principal: Principal,
    *,
    params: ListParams,
    fields: str | None,
    **filters: Any,
) -> bytes:
    repo = InvoiceRepository(session, principal)
    stmt = repo.filtered(**filters, today=company_today())
    return await repo.read_page(INVOICE_SUMMARY_READ, stmt, params, fields=fields)


async def invoice_item(
    session: AsyncSession, principal: Principal, invoice_id: uuid.UUID, *, fields: str | None = None
) -> dict[str, Any]:
    return await InvoiceRepository(session, principal).read_item(
        INVOICE_READ, invoice_id, fields=fields
    )


async def invoice_feed(
    session: AsyncSession, principal: Principal, ids: Collection[uuid.UUID]
) -> list[FeedRecord]:
    """The visible invoices among ``ids`` as ``GET /invoices/{id}`` answers them (lines
    included, one statement): the change feed's copy, an integration's export."""
    return await load_feed(InvoiceRepository(session, principal), INVOICE_READ, ids)


async def invoice_pdf(
    session: AsyncSession, principal: Principal, invoice_id: uuid.UUID
) -> tuple[str, bytes]:
    """The invoice or credit note as a PDF and its file name (404 when not visible)."""
    invoice = await invoice_item(session, principal, invoice_id)
    source_id = invoice.get("source_document_id")
    order_reference = await followups.reference_of(
        str(invoice["source_document_type"]),
        session,
        uuid.UUID(str(source_id)) if source_id else None,
    )
    credited_number = None
    if invoice.get("credited_invoice_id"):
        credited = await InvoiceRepository(session, principal).get_or_404(
            uuid.UUID(str(invoice["credited_invoice_id"]))
        )
        credited_number = credited.number
        order_reference = await followups.reference_of(
            credited.source_document_type, session, credited.source_document_id
        )
    settings = get_settings()
    letterhead = Letterhead.from_settings(settings)
    document = invoice_document(
        invoice,
        letterhead,
        order_reference=order_reference,
        credited_number=credited_number,
        bank_details=list(settings.company_bank_details),
    )
    body = await asyncio.to_thread(render_pdf, document, letterhead)
    return file_name(invoice), body


async def get_invoice(
    session: AsyncSession, principal: Principal, invoice_id: uuid.UUID
) -> Invoice:
    return await InvoiceRepository(session, principal).get_or_404(invoice_id)


def open_invoices(principal: Principal) -> Any:
    """The caller's issued invoices with money open (customer_id, currency,
    territory_id, invoice_date, due_date, open_amount): a subquery for receivables."""
    return InvoiceRepository.open_invoices(principal)


def invoice_number_of(invoice_id: Any) -> Any:
    """The number of the invoice ``invoice_id`` (a column of another domain's row, whose
    visibility already implies the invoice's): for a read model."""
    return InvoiceRepository.unscoped_number_of(invoice_id)


def billed_documents(principal: Principal, *, start: date, end: date) -> Any:
    """The caller's billed documents dated ``start`` to ``end``, one row each: a subquery
    for the sales report (``InvoiceRepository.billed_documents`` names the columns)."""
    return InvoiceRepository.billed_documents(principal, start=start, end=end)


def invoice_shares(principal: Principal) -> Any:
    """The caller's invoices with the untaxed part of what is paid against them: a
    subquery for the paid revenue report (``InvoiceRepository.invoice_shares``)."""
    return InvoiceRepository.invoice_shares(principal)


def billed_lines(principal: Principal, *, start: date, end: date) -> Any:
    """The caller's billed lines (invoices less credit notes) dated ``start`` to ``end``:
    a subquery for the sales report (``InvoiceRepository.billed_lines`` names the
    columns)."""
    return InvoiceRepository.billed_lines(principal, start=start, end=end)


def unscoped_open_total(customer_id: uuid.UUID) -> Any:
    """A one-value statement: what a customer owes on issued invoices, whoever asks
    (the credit check composes it with the customer's credit)."""
    return InvoiceRepository.unscoped_open_total(customer_id)


# --- amounts -------------------------------------------------------------------------


def _error(loc: Loc, msg: str, type_: str) -> UnprocessableEntity:
    return UnprocessableEntity(errors=[FieldError(loc=loc, msg=msg, type=type_)])


def _apply_totals(invoice: Invoice, lines: list[InvoiceLine]) -> None:
    """Price every line and the document (core/pricing.py, as quotes and orders do) and
    store the printed amounts."""
    store_totals(
        invoice,
        lines,
        company_state=taxes.company_state_code(),
        place_of_supply=invoice.place_of_supply,
    )


async def _build_lines(
    session: AsyncSession,
    principal: Principal,
    invoice: Invoice,
    incoming: Sequence[InvoiceLineInput],
    loc: Loc,
) -> list[InvoiceLine]:
    built = []
    for index, data in enumerate(incoming):
        # Checked before pricing: with its tax (never half of it) a line stays storable.
        if data.quantity * data.unit_price * Decimal("1.5") >= LARGEST:
            raise _error([*loc, index, "quantity"], "the line's amount is too large", "too_large")
        product = await products.find_product(session, principal, data.product_id)
        if product is None:
            raise _error([*loc, index, "product_id"], "does not exist", "reference")
        category_id = data.tax_category_id or product.tax_category_id
        category = await taxes.find_tax_category(session, principal, category_id)
        if category is None:
            raise _error([*loc, index, "tax_category_id"], "does not exist", "reference")
        built.append(
            InvoiceLine(
                position=index + 1,
                product_id=product.id,
                description=data.description or product.name,
                hsn_sac_code=product.hsn_sac_code,
                quantity=data.quantity,
                unit=product.unit,
                unit_price=data.unit_price,
                discount_percent=data.discount_percent,
                tax_category_id=category.id,
                tax_rate=category.rate,
                tax_treatment=category.treatment.value,
                currency=invoice.currency,
                source_line_id=data.source_line_id,
            )
        )
    return built


async def _save_lines(
    session: AsyncSession, principal: Principal, invoice: Invoice, lines: list[InvoiceLine]
) -> None:
    repo = InvoiceLineRepository(session, principal)
    for line in lines:
        line.invoice_id = invoice.id
        repo.add(line)
    await repo.flush()


def _billing_snapshot(customer: Any) -> tuple[str, dict[str, Any] | None]:
    by_kind = {address.kind.value: address for address in customer.addresses}
    address = by_kind.get("billing") or by_kind.get("shipping")
    snapshot = None
    if address is not None:
        snapshot = {
            "line1": address.line1,
            "line2": address.line2,
            "city": address.city,
            "state": address.state,
            "state_code": address.state_code,
            "postal_code": address.postal_code,
            "country": address.country,
        }
    return customer.legal_name or customer.name, snapshot


# --- creating ------------------------------------------------------------------------


async def create_invoice(
    session: AsyncSession,
    principal: Principal,
    *,
    customer_id: uuid.UUID,
    currency: str | None,
    lines: Sequence[InvoiceLineInput],
    source: InvoiceSource = InvoiceSource(),
    invoice_date: date | None = None,
    payment_terms_days: int | None = None,
    notes: str | None = None,
    client_id: uuid.UUID | None = None,
    loc: Loc | None = None,
    external_id: str | None = None,
) -> Saved[Invoice]:
    """A draft invoice for a customer the caller may see: the entry point of every way
    an invoice is made (the direct API, an order's milestone, delivered quantities).
    Snapshots the billing name and address, the GSTINs and the place of supply; prices
    the lines. No number yet: ``issue_invoice`` gives it. ``loc`` names the lines in
    errors (default ``["body", "lines"]``)."""
    repo = InvoiceRepository(session, principal)
    if replayed := await repo.find_replayed_create(client_id):
        return Saved(replayed, created=False)
    if external_id and await repo.unscoped_external_id_taken(external_id):
        raise ExternalIdTaken()
    try:
        customer = await customers.get_customer(session, principal, customer_id)
    except NotFound:
        raise InvalidReference("customer_id") from None
    if customer.is_archived:
        raise CustomerArchived()
    if not lines:
        raise InvoiceHasNoLines()
    currency = currency or customer.currency
    if currency not in MINOR_UNITS:
        raise _error(["body", "currency"], "not an ISO 4217 currency code", "value_error")
    day = invoice_date or company_today()
    terms = customer.payment_terms_days if payment_terms_days is None else payment_terms_days
    name, address = _billing_snapshot(customer)
    invoice = Invoice(
        kind=InvoiceKind.INVOICE,
        customer_id=customer.id,
        territory_id=customer.territory_id,
        created_by_id=principal.user_id,
        status=InvoiceStatus.DRAFT,
        currency=currency,
        invoice_date=day,
        payment_terms_days=terms,
        due_date=day + timedelta(days=terms),
        billing_name=name,
        billing_address=address,
        customer_gstin=customer.tax_id,
        company_gstin=get_settings().company_gstin,
        place_of_supply=customers.place_of_supply(customer),
        source_document_type=source.document_type,
        source_document_id=source.document_id,
        source_milestone_id=source.milestone_id,
        notes=notes,
        external_id=external_id,
        amount_paid=ZERO,
        amount_credited=ZERO,
    )
    if client_id is not None:
        invoice.id = client_id
    where = loc or ["body", "lines"]
    built = await _build_lines(session, principal, invoice, lines, where)
    _apply_totals(invoice, built)
    if invoice.grand_total >= LARGEST:
        raise _error(where, "the invoice's total is too large", "too_large")
    await repo.insert(invoice)
    await _save_lines(session, principal, invoice, built)
    return Saved(invoice, created=True)


async def find_replayed_invoice(
    session: AsyncSession, principal: Principal, client_id: uuid.UUID | None
) -> Invoice | None:
    """The invoice the caller already made with ``client_id`` (a replayed create)."""
    return await InvoiceRepository(session, principal).find_replayed_create(client_id)


async def create_direct_invoice(
    session: AsyncSession, principal: Principal, *, data: InvoiceCreate
) -> Saved[Invoice]:
    """``POST /invoices``: a draft made on its own (a service invoice)."""
    return await create_invoice(
        session,
        principal,
        customer_id=data.customer_id,
        currency=data.currency,
        lines=[
            InvoiceLineInput(
                product_id=line.product_id,
                quantity=line.quantity,
                unit_price=line.unit_price,
                discount_percent=line.discount_percent,
                description=line.description,
            )
            for line in data.lines
        ],
        invoice_date=data.invoice_date,
        payment_terms_days=data.payment_terms_days,
        notes=data.notes,
        client_id=data.id,
        external_id=data.external_id,
    )


# --- the status machine --------------------------------------------------------------


def _settle(invoice: Invoice) -> None:
    """The status as the money says: open and unpaid -> issued, part paid ->
    partially_paid, nothing open -> paid (or void when nothing was paid)."""
    open_amount = invoice.grand_total - invoice.amount_paid - invoice.amount_credited
    if open_amount <= 0:
        status = InvoiceStatus.PAID if invoice.amount_paid > 0 else InvoiceStatus.VOID
    elif invoice.amount_paid > 0:
        status = InvoiceStatus.PARTIALLY_PAID
    else:
        status = InvoiceStatus.ISSUED
    invoice.status = status


async def issue_invoice(
    session: AsyncSession,
    principal: Principal,
    invoice: Invoice,
    *,
    invoice_date: date | None = None,
) -> Invoice:
    """Draft -> issued: dated (today unless given), due after the payment terms, and
    numbered gaplessly in that date's fiscal year. Issuing an issued invoice again
    answers it unchanged."""
    repo = InvoiceRepository(session, principal)
    invoice = await repo.lock(invoice)
    if invoice.kind is not InvoiceKind.INVOICE:
        raise NotAnInvoice()
    if invoice.status is not InvoiceStatus.DRAFT:
        if invoice.number is not None and invoice_date in (None, invoice.invoice_date):
            return invoice
        raise InvoiceStatusConflict(f"Only a draft is issued; this invoice is {invoice.status}")
    if invoice.grand_total <= 0:
        raise InvoiceStatusConflict("An invoice of zero is not issued")
    day = invoice_date or company_today()
    invoice.invoice_date = day
    invoice.due_date = day + timedelta(days=invoice.payment_terms_days)
    invoice.status = InvoiceStatus.ISSUED
    invoice.issued_at = utcnow()
    invoice.issued_by_id = principal.user_id
    # The number last, so the counter row is locked for the shortest time.
    document_type, prefix = INVOICE_SERIES
    invoice.number = await next_number(session, document_type, prefix=prefix, on=day)
    events.note(invoice, "invoice.issued", data={"number": invoice.number})
    await repo.flush()
    lines = await InvoiceLineRepository(session, principal).of_invoice(invoice.id)
    await _tell_source(
        session, invoice, invoice.grand_total, [(line, line.quantity) for line in lines]
    )
    return invoice


async def _tell_source(
    session: AsyncSession,
    invoice: Invoice,
    amount: Decimal,
    lines: Sequence[tuple[InvoiceLine, Decimal]],
) -> None:
    """Tell the invoice's source document (an order) what was billed (positive) or
    credited (negative): the amount of a milestone's invoice, else the quantities of the
    source's lines (``core.followups``; the order records them in this transaction)."""
    if invoice.source_document_type != "sales_order" or invoice.source_document_id is None:
        return
    quantities: dict[uuid.UUID, Decimal] = {}
    if invoice.source_milestone_id is None:
        for line, quantity in lines:
            if line.source_line_id is not None:
                quantities[line.source_line_id] = quantities.get(line.source_line_id, ZERO) + (
                    quantity if amount >= 0 else -quantity
                )
    await followups.tell(
        followups.INVOICE_BILLED,
        session,
        followups.Billed(
            document_type=invoice.source_document_type,
            document_id=invoice.source_document_id,
            milestone_id=invoice.source_milestone_id,
            amount=amount,
            line_quantities=quantities,
        ),
    )


async def cancel_invoice(session: AsyncSession, principal: Principal, invoice: Invoice) -> Invoice:
    """A draft discarded (it never had a number); an issued invoice is credited instead."""
    repo = InvoiceRepository(session, principal)
    invoice = await repo.lock(invoice)
    if invoice.status is InvoiceStatus.CANCELLED:
        return invoice
    if invoice.status is not InvoiceStatus.DRAFT:
        raise InvoiceStatusConflict(
            f"Only a draft is cancelled; this invoice is {invoice.status}: issue a credit note"
        )
    invoice.status = InvoiceStatus.CANCELLED
    invoice.cancelled_at = utcnow()
    events.note(invoice, "invoice.cancelled")
    await repo.flush()
    return invoice


# --- credit notes --------------------------------------------------------------------


async def _credit_lines(
    session: AsyncSession,
    principal: Principal,
    invoice: Invoice,
    credit: Invoice,
    data: CreditNoteCreate,
) -> list[InvoiceLine]:
    line_repo = InvoiceLineRepository(session, principal)
    originals = await line_repo.of_invoice(invoice.id)
    credited = await line_repo.unscoped_credited_quantities(invoice.id)
    if data.amount is not None:
        amount = round_amount(data.amount, invoice.currency)
        if amount != data.amount:
            raise _error(["body", "amount"], "more decimals than the currency has", "value_error")
        # A commercial credit (a discount after the sale): no GST is reversed.
        first = originals[0]
        return [
            InvoiceLine(
                position=1,
                product_id=first.product_id,
                description=f"Credit against {invoice.number}: {data.reason}"[:2000],
                hsn_sac_code=None,
                quantity=Decimal(1),
                unit="nos",
                unit_price=amount,
                discount_percent=ZERO,
                tax_category_id=None,
                tax_rate=ZERO,
                tax_treatment=TaxTreatment.EXEMPT.value,
                currency=invoice.currency,
            )
        ]
    by_id = {line.id: line for line in originals}
    wanted: list[tuple[InvoiceLine, Decimal]] = []
    if data.full:
        wanted = [
            (line, line.quantity - credited.get(line.id, ZERO))
            for line in originals
            if line.quantity - credited.get(line.id, ZERO) > 0
        ]
        if not wanted:
            raise CreditExceedsOpenAmount("Every line of the invoice is credited already")
    else:
        seen: set[uuid.UUID] = set()
        for index, item in enumerate(data.lines or []):
            line = by_id.get(item.invoice_line_id)
            if line is None:
                raise _error(
                    ["body", "lines", index, "invoice_line_id"],
                    "not a line of this invoice",
                    "reference",
                )
            if line.id in seen:
                raise _error(
                    ["body", "lines", index, "invoice_line_id"], "listed twice", "duplicate"
                )
            seen.add(line.id)
            left = line.quantity - credited.get(line.id, ZERO)
            if item.quantity > left:
                raise _error(
                    ["body", "lines", index, "quantity"],
                    f"more than the {left.normalize():f} not yet credited",
                    "too_large",
                )
            wanted.append((line, item.quantity))
    return [
        InvoiceLine(
            position=position,
            product_id=line.product_id,
            description=line.description,
            hsn_sac_code=line.hsn_sac_code,
            quantity=quantity,
            unit=line.unit,
            unit_price=line.unit_price,
            discount_percent=line.discount_percent,
            tax_category_id=line.tax_category_id,
            tax_rate=line.tax_rate,
            tax_treatment=line.tax_treatment,
            currency=invoice.currency,
            credited_line_id=line.id,
        )
        for position, (line, quantity) in enumerate(wanted, start=1)
    ]


async def create_credit_note(
    session: AsyncSession, principal: Principal, invoice: Invoice, *, data: CreditNoteCreate
) -> Saved[Invoice]:
    """A credit note for an issued invoice, issued and numbered at once (CN series); the
    invoice's open amount drops by its total, which may not exceed what is open."""
    repo = InvoiceRepository(session, principal)
    if replayed := await repo.find_replayed_create(data.id):
        return Saved(replayed, created=False)
    invoice = await repo.lock(invoice)
    if invoice.kind is not InvoiceKind.INVOICE:
        raise NotAnInvoice()
    if invoice.status not in (*OPEN_STATUSES, InvoiceStatus.PAID):
        raise InvoiceStatusConflict(
            f"Only an issued invoice is credited; this invoice is {invoice.status}"
        )
    day = data.credit_date or company_today()
    if day < invoice.invoice_date:
        raise _error(["body", "credit_date"], "before the invoice's date", "value_error")
    credit = Invoice(
        kind=InvoiceKind.CREDIT_NOTE,
        credited_invoice_id=invoice.id,
        customer_id=invoice.customer_id,
        territory_id=invoice.territory_id,
        created_by_id=principal.user_id,
        status=InvoiceStatus.ISSUED,
        currency=invoice.currency,
        invoice_date=day,
        payment_terms_days=0,
        due_date=day,
        billing_name=invoice.billing_name,
        billing_address=invoice.billing_address,
        customer_gstin=invoice.customer_gstin,
        company_gstin=invoice.company_gstin,
        place_of_supply=invoice.place_of_supply,
        source_document_type="invoice",
        source_document_id=invoice.id,
        reason=data.reason,
        amount_paid=ZERO,
        amount_credited=ZERO,
        issued_at=utcnow(),
        issued_by_id=principal.user_id,
    )
    if data.id is not None:
        credit.id = data.id
    lines = await _credit_lines(session, principal, invoice, credit, data)
    _apply_totals(credit, lines)
    open_amount = invoice.grand_total - invoice.amount_paid - invoice.amount_credited
    if credit.grand_total > open_amount:
        raise CreditExceedsOpenAmount(
            f"The credit note's total {credit.grand_total} is more than the invoice's open "
            f"amount {open_amount}"
        )
    document_type, prefix = CREDIT_NOTE_SERIES
    credit.number = await next_number(session, document_type, prefix=prefix, on=day)
    events.note(credit, "credit_note.issued", data={"invoice_number": invoice.number})
    await repo.insert(credit)
    await _save_lines(session, principal, credit, lines)
    invoice.amount_credited += credit.grand_total
    _settle(invoice)
    events.note(
        invoice,
        "invoice.voided" if invoice.status is InvoiceStatus.VOID else "invoice.credited",
        data={"credit_note": credit.number, "amount": str(credit.grand_total)},
    )
    await repo.flush()
    originals = {
        line.id: line
        for line in await InvoiceLineRepository(session, principal).of_invoice(invoice.id)
    }
    await _tell_source(
        session,
        invoice,
        -credit.grand_total,
        [
            (originals[line.credited_line_id], line.quantity)
            for line in lines
            if line.credited_line_id in originals
        ],
    )
    return Saved(credit, created=True)


# --- payments ------------------------------------------------------------------------


@dataclass(frozen=True)
class Allocation:
    invoice_id: uuid.UUID
    amount: Decimal


async def apply_payment(
    session: AsyncSession,
    principal: Principal,
    *,
    customer_id: uuid.UUID,
    currency: str,
    allocations: Sequence[Allocation],
    loc: Loc,
) -> None:
    """Pay invoices: each invoice's row is locked (in id order) and its open amount read
    as committed, so concurrent payments queue and never over-allocate. An allocation
    that is not an issued invoice of the customer in the currency, or is more than its
    open amount, is a 422 naming it (``loc`` + index + field)."""
    if not allocations:
        return
    seen: set[uuid.UUID] = set()
    for index, item in enumerate(allocations):
        if item.invoice_id in seen:
            raise _error([*loc, index, "invoice_id"], "listed twice", "duplicate")
        seen.add(item.invoice_id)
        if round_amount(item.amount, currency) != item.amount:
            raise _error(
                [*loc, index, "amount"], "more decimals than the currency has", "value_error"
            )
    locked = {
        invoice.id: invoice
        for invoice in await InvoiceRepository(session, principal).lock_many(list(seen))
    }
    for index, item in enumerate(allocations):
        invoice = locked.get(item.invoice_id)
        if invoice is None:
            raise _error(
                [*loc, index, "invoice_id"], "does not exist or is not visible", "reference"
            )
        problem = None
        if invoice.kind is not InvoiceKind.INVOICE:
            problem = "a credit note is not paid"
        elif invoice.customer_id != customer_id:
            problem = "an invoice of another customer"
        elif invoice.currency != currency:
            problem = f"an invoice in {invoice.currency}, the payment is in {currency}"
        elif invoice.status not in OPEN_STATUSES:
            problem = f"the invoice is {invoice.status.value}, not open"
        if problem:
            raise _error([*loc, index, "invoice_id"], problem, "invalid_invoice")
        open_amount = invoice.grand_total - invoice.amount_paid - invoice.amount_credited
        if item.amount > open_amount:
            raise _error(
                [*loc, index, "amount"],
                f"more than the invoice's open amount {round_amount(open_amount, currency)}",
                "over_allocation",
            )
        invoice.amount_paid += item.amount
        _settle(invoice)
        events.note(
            invoice,
            "invoice.paid" if invoice.status is InvoiceStatus.PAID else "invoice.partially_paid",
            data={"amount": str(item.amount)},
        )
    await session.flush()
    for item in allocations:
        invoice = locked[item.invoice_id]
        if (
            invoice.source_document_type == "sales_order"
            and invoice.source_document_id is not None
            and invoice.source_milestone_id is not None
        ):
            # Money on a milestone's invoice is collected on that milestone.
            await followups.tell(
                followups.INVOICE_COLLECTED,
                session,
                followups.Billed(
                    document_type=invoice.source_document_type,
                    document_id=invoice.source_document_id,
                    milestone_id=invoice.source_milestone_id,
                    amount=item.amount,
                ),
            )


# --- by external id (an ERP's upsert, decision 0046) -----------------------------------

# Set when the invoice is made; sent later, they must be what the invoice has.
_UPSERT_FIXED = ("customer_id", "currency")
_UPSERT_EDITABLE = ("invoice_date", "payment_terms_days", "notes")
# What a new invoice takes a default for when it is not sent (or sent as null).
_UPSERT_DEFAULTED = ("customer_id", "currency", "invoice_date", "payment_terms_days")
# A status an ERP asks for, met by the invoice's (the payments and credit notes move an
# issued invoice on).
STATUS_WORDS = StatusWords(
    {
        UpsertStatus.DRAFT: {InvoiceStatus.DRAFT},
        UpsertStatus.ISSUED: {
            InvoiceStatus.ISSUED,
            InvoiceStatus.PARTIALLY_PAID,
            InvoiceStatus.PAID,
            InvoiceStatus.VOID,
        },
        UpsertStatus.CANCELLED: {InvoiceStatus.CANCELLED},
    }
)


def invoices_file_source(session: AsyncSession, principal: Principal) -> ExportSource:
    """What an export job of invoices reads: every invoice the caller may see (credit
    notes are made here, never sent by an ERP), with its lines."""
    repo = InvoiceRepository(session, principal)
    base = repo.filtered(kind=InvoiceKind.INVOICE, today=company_today())
    return ExportSource(INVOICE_READ, base, [], "invoices")


async def invoice_by_external_id(
    session: AsyncSession, principal: Principal, external_id: str
) -> dict[str, Any]:
    """The visible invoice with this ERP id, as ``GET /invoices/{id}`` answers it."""
    invoice_id = await InvoiceRepository(session, principal).id_by_external_id(external_id)
    return await invoice_item(session, principal, invoice_id)


async def prefetch_invoices(
    session: AsyncSession, principal: Principal, external_ids: Collection[str]
) -> dict[str, Found[Invoice]]:
    """The invoices with these ERP ids looked up at once (an import's chunk)."""
    return await prefetch(InvoiceRepository(session, principal), external_ids)


async def _revise_draft(
    session: AsyncSession,
    principal: Principal,
    invoice: Invoice,
    *,
    changes: Mapping[str, Any],
    lines: Sequence[InvoiceLineInput] | None,
) -> Invoice:
    """A draft's dates, terms, notes and lines changed (its lines priced again)."""
    repo = InvoiceRepository(session, principal)
    invoice = await repo.lock(invoice)
    if invoice.status is not InvoiceStatus.DRAFT:
        raise InvoiceStatusConflict(f"Only a draft changes; this invoice is {invoice.status}")
    for name, value in changes.items():
        setattr(invoice, name, value)
    invoice.due_date = invoice.invoice_date + timedelta(days=invoice.payment_terms_days)
    if lines is not None:
        await InvoiceLineRepository(session, principal).delete_of_invoice(invoice.id)
        built = await _build_lines(session, principal, invoice, lines, ["body", "lines"])
        _apply_totals(invoice, built)
        if invoice.grand_total >= LARGEST:
            raise _error(["body", "lines"], "the invoice's total is too large", "too_large")
        await _save_lines(session, principal, invoice, built)
    await repo.flush()
    return invoice


async def _upsert_content(
    session: AsyncSession,
    principal: Principal,
    invoice: Invoice,
    *,
    fields: Mapping[str, Any],
    sent_as: Mapping[str, str],
    lines: Sequence[InvoiceLineInput] | None,
) -> Invoice:
    """Apply what differs from the invoice; anything that differs on an invoice past
    draft (or a field set when it was made) is refused, naming it."""
    check_fixed(invoice, fields, _UPSERT_FIXED, what="invoice", sent_as=sent_as)
    changes = changed_fields(invoice, fields, _UPSERT_EDITABLE)
    if lines is not None:
        current = await InvoiceLineRepository(session, principal).of_invoice(invoice.id)
        if same_lines(current, lines):
            lines = None
    if not changes and lines is None:
        return invoice
    if invoice.status is not InvoiceStatus.DRAFT:
        what = ", ".join([*changes, *(["lines"] if lines is not None else [])])
        raise InvoiceStatusConflict(
            f"The invoice is {invoice.status}: its content is fixed ({what} differ); "
            "a credit note corrects it"
        )
    return await _revise_draft(session, principal, invoice, changes=changes, lines=lines)


async def _move_to(
    session: AsyncSession,
    principal: Principal,
    invoice: Invoice,
    wanted: UpsertStatus | None,
    invoice_date: date | None,
) -> Invoice:
    """The status the ERP asks for, through the issue and cancel of every caller."""
    if wanted is None or STATUS_WORDS.met(wanted, invoice.status):
        return invoice
    if wanted is UpsertStatus.ISSUED and invoice.status is InvoiceStatus.DRAFT:
        return await issue_invoice(session, principal, invoice, invoice_date=invoice_date)
    if wanted is UpsertStatus.CANCELLED and invoice.status is InvoiceStatus.DRAFT:
        return await cancel_invoice(session, principal, invoice)
    raise InvoiceStatusConflict(f"An invoice that is {invoice.status} does not become {wanted}")


async def upsert_invoice(
    session: AsyncSession,
    principal: Principal,
    *,
    external_id: str,
    data: InvoiceUpsert,
    preconditions: Preconditions = NO_PRECONDITIONS,
    found: Found[Invoice] | None = None,
) -> Upserted[Invoice]:
    """Create or update the invoice with this ERP id through ``create_invoice``, the
    draft's revision, ``issue_invoice`` and ``cancel_invoice`` (the rules of
    ``InvoiceUpsert``)."""
    repo = InvoiceRepository(session, principal)
    fields = without_defaulted_nulls(
        data.model_dump(exclude_unset=True, exclude={"customer_external_id", "status", "lines"}),
        _UPSERT_DEFAULTED,
    )
    customer_id = await customers.customer_named(
        session, principal, data.customer_id, data.customer_external_id
    )
    if customer_id is not None:
        fields["customer_id"] = customer_id
    sent_as = {"customer_id": "customer_id" if data.customer_id else "customer_external_id"}
    lines = None
    if data.lines is not None:
        product_ids = await products.products_of_references(session, principal, data.lines)
        lines = [
            InvoiceLineInput(
                product_id=product_id,
                quantity=line.quantity,
                unit_price=line.unit_price,
                discount_percent=line.discount_percent,
                description=line.description,
            )
            for product_id, line in zip(product_ids, data.lines, strict=True)
        ]

    async def create() -> Invoice:
        missing = [
            name
            for name, value in (("customer_id", fields.get("customer_id")), ("lines", lines))
            if value is None
        ]
        if missing:
            msg = "required to create an invoice"
            raise UnprocessableEntity(errors=[field_error(n, msg, "missing") for n in missing])
        saved = await create_invoice(
            session,
            principal,
            customer_id=fields["customer_id"],
            currency=fields.get("currency"),
            lines=lines or [],
            invoice_date=fields.get("invoice_date"),
            payment_terms_days=fields.get("payment_terms_days"),
            notes=fields.get("notes"),
            external_id=external_id,
        )
        return await _move_to(
            session, principal, saved.entity, data.status, fields.get("invoice_date")
        )

    async def update(invoice: Invoice) -> Invoice:
        invoice = await _upsert_content(
            session, principal, invoice, fields=fields, sent_as=sent_as, lines=lines
        )
        return await _move_to(session, principal, invoice, data.status, fields.get("invoice_date"))

    return await upsert(
        session,
        find=lambda: repo.by_external_id(external_id),
        create=create,
        update=update,
        taken=ExternalIdTaken,
        held_elsewhere=lambda: repo.unscoped_external_id_taken(external_id),
        preconditions=preconditions,
        found=found,
    )

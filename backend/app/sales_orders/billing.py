"""Billing an order: its invoices (made through ``invoices.service.create_invoice``) and
what it records when they are issued, credited and paid.

The rules (docs/decisions/0025-billing-orders-and-credit-limit.md):

* An order is billed either by its milestones or by delivered quantities, never both
  (409 ``sales_orders.billing_mode``): the two would count the same goods twice.
* A milestone's invoice bills what is left of the milestone (planned - invoiced) as one
  line per order line that has an amount: quantity 1, the order line's product, HSN/SAC
  and tax category, its taxable amount scaled by (left / the order's grand total),
  rounded to the minor unit. GST is then computed line by line by the same rule as every
  document, so each rate's tax is right for what is billed. The largest line is
  adjusted by whole minor units until the invoice's grand total equals what is left to
  the paisa (then the next lines, where GST rounding skips that total); where it stays
  unreachable, the nearest total below it is billed and the rest stays open on the
  milestone (a second invoice bills it).
* Delivered quantities bill the order lines' prices and discounts, at most
  delivered - invoiced per line (422 naming ``lines.<n>.quantity``).
* The invoice is a draft. The order records it when it is issued (an invoice may be
  discarded as a draft; only an issued one is billed): the milestone's invoiced amount
  rises by the invoice's grand total, or the lines' invoiced quantities by the billed
  quantities; a credit note takes them back; money allocated to a milestone's invoice
  is collected on the milestone. The invoicing domain tells this through
  ``core.followups`` (it does not import orders); the reactions below record it with
  the system's principal, since the issuer was allowed to issue the invoice and the
  order's figures must follow it whoever owns the order.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from decimal import Decimal

from sqlalchemy.ext.asyncio import AsyncSession

from app.core import followups
from app.core.access import Principal
from app.core.errors import FieldError, UnprocessableEntity
from app.core.jobs import SYSTEM
from app.core.money import minor_units, round_amount
from app.core.pricing import LineInput, price_document
from app.core.repository import Saved
from app.core.tax import TaxTreatment
from app.invoices import service as invoices
from app.sales_orders import service
from app.sales_orders.errors import (
    BillingModeConflict,
    NothingLeftToBill,
    QuantityBeyondOrdered,
    SalesOrderStatusConflict,
)
from app.sales_orders.models import SalesOrder, SalesOrderLine, SalesOrderMilestone
from app.sales_orders.schemas import SalesOrderInvoiceCreate
from app.taxes import service as taxes

ZERO = Decimal(0)
ONE = Decimal(1)


def _error(loc: list[str | int], msg: str, type_: str) -> UnprocessableEntity:
    return UnprocessableEntity(errors=[FieldError(loc=loc, msg=msg, type=type_)])


def milestone_taxables(
    lines: Sequence[SalesOrderLine],
    *,
    amount: Decimal,
    grand_total: Decimal,
    currency: str,
    company_state: str,
    place_of_supply: str | None,
) -> list[Decimal]:
    """Each line's taxable amount on the invoice of ``amount`` (GST included) of an
    order of ``grand_total``: pro rata, the largest line adjusted so that the invoice
    adds up to ``amount`` (or the nearest total below it). Pure."""
    taxables = [
        round_amount(line.taxable_amount * amount / grand_total, currency) for line in lines
    ]

    def total(values: Sequence[Decimal]) -> Decimal:
        return price_document(
            [
                LineInput(ONE, value, ZERO, TaxTreatment(line.tax_treatment), line.tax_rate)
                for line, value in zip(lines, values, strict=True)
            ],
            currency=currency,
            company_state=company_state,
            place_of_supply=place_of_supply,
        ).grand_total

    unit = ONE.scaleb(-minor_units(currency))
    best: list[Decimal] | None = None
    best_total = ZERO
    # The largest line first; where GST rounding skips the total, the next ones.
    for index in sorted(range(len(lines)), key=lambda i: -taxables[i]):
        line = lines[index]
        taxed = TaxTreatment(line.tax_treatment) is TaxTreatment.TAXABLE
        rate = line.tax_rate if taxed else ZERO
        for _ in range(12):
            reached = total(taxables)
            if reached <= amount and (best is None or reached > best_total):
                best, best_total = list(taxables), reached
            if reached == amount:
                return taxables
            step = round_amount((amount - reached) / (ONE + rate / 100), currency)
            if step == 0:
                step = unit if amount > reached else -unit
            taxables[index] = max(ZERO, taxables[index] + step)
        if best is not None:
            taxables = list(best)
    return best if best is not None else [ZERO for _ in lines]


async def create_order_invoice(
    session: AsyncSession,
    principal: Principal,
    order: SalesOrder,
    *,
    data: SalesOrderInvoiceCreate,
) -> Saved[invoices.Invoice]:
    """A draft invoice of ``order``: for a milestone's amount left, or for delivered
    quantities not yet invoiced."""
    replayed = await invoices.find_replayed_invoice(session, principal, data.id)
    if replayed is not None:
        return Saved(replayed, created=False)
    if order.status not in service.INVOICEABLE:
        raise SalesOrderStatusConflict(f"A {order.status} order is not invoiced")
    lines = await service.order_lines(session, principal, order.id)
    milestones = await service.order_milestones(session, principal, order.id)
    by_quantity = any(line.quantity_invoiced for line in lines)
    by_milestone = any(m.invoiced_amount for m in milestones)
    if data.milestone_id is not None:
        if by_quantity:
            raise BillingModeConflict("The order is billed by delivered quantities")
        milestone = next((m for m in milestones if m.id == data.milestone_id), None)
        if milestone is None:
            raise _error(["body", "milestone_id"], "not a milestone of this order", "reference")
        inputs = _milestone_lines(order, lines, milestone)
    else:
        if by_milestone:
            raise BillingModeConflict("The order is billed by its milestones")
        inputs = _quantity_lines(lines, data)
    return await invoices.create_invoice(
        session,
        principal,
        customer_id=order.customer_id,
        currency=order.currency,
        lines=inputs,
        source=invoices.InvoiceSource("sales_order", order.id, data.milestone_id),
        invoice_date=data.invoice_date,
        payment_terms_days=order.payment_terms_days,
        notes=data.notes,
        client_id=data.id,
    )


def _milestone_lines(
    order: SalesOrder, lines: Sequence[SalesOrderLine], milestone: SalesOrderMilestone
) -> list[invoices.InvoiceLineInput]:
    left = milestone.planned_amount - milestone.invoiced_amount
    if left <= 0:
        raise NothingLeftToBill(f"{milestone.label} is invoiced in full")
    priced = [line for line in lines if line.taxable_amount > 0]
    taxables = milestone_taxables(
        priced,
        amount=left,
        grand_total=order.grand_total,
        currency=order.currency,
        company_state=taxes.company_state_code(),
        place_of_supply=order.place_of_supply,
    )
    share = f"{(left / order.grand_total * 100).quantize(Decimal('0.01')).normalize():f}%"
    return [
        invoices.InvoiceLineInput(
            product_id=line.product_id,
            quantity=ONE,
            unit_price=taxable,
            description=(
                f"{milestone.label} ({share}): {line.description}, "
                f"{line.quantity.normalize():f} {line.unit}"
            )[:2000],
            tax_category_id=line.tax_category_id,
            source_line_id=line.id,
        )
        for line, taxable in zip(priced, taxables, strict=True)
        if taxable > 0
    ]


def _quantity_lines(
    lines: Sequence[SalesOrderLine], data: SalesOrderInvoiceCreate
) -> list[invoices.InvoiceLineInput]:
    by_id = {line.id: line for line in lines}
    seen: set[uuid.UUID] = set()
    built = []
    for index, item in enumerate(data.lines or []):
        line = by_id.get(item.order_line_id)
        if line is None:
            raise _error(
                ["body", "lines", index, "order_line_id"], "not a line of this order", "reference"
            )
        if line.id in seen:
            raise _error(["body", "lines", index, "order_line_id"], "listed twice", "duplicate")
        seen.add(line.id)
        left = line.quantity_delivered - line.quantity_invoiced
        if item.quantity > left:
            raise _error(
                ["body", "lines", index, "quantity"],
                f"more than the {left.normalize():f} delivered and not yet invoiced",
                "too_large",
            )
        built.append(
            invoices.InvoiceLineInput(
                product_id=line.product_id,
                quantity=item.quantity,
                unit_price=line.unit_price,
                discount_percent=line.discount_percent,
                description=line.description,
                tax_category_id=line.tax_category_id,
                source_line_id=line.id,
            )
        )
    return built


# --- what the order records -------------------------------------------------------------


async def _billed(session: AsyncSession, what: followups.Billed) -> None:
    if what.document_type != service.DOCUMENT_TYPE:
        return
    if await session.get(SalesOrder, what.document_id) is None:
        # A source that names no order (only a direct service call can make one): there
        # is nothing to record on.
        return
    if what.milestone_id is not None:
        await service.record_invoiced(
            session, SYSTEM, what.document_id, milestone_amounts={what.milestone_id: what.amount}
        )
    elif what.line_quantities:
        if what.amount > 0:
            lines = {
                line.id: line
                for line in await service.order_lines(session, SYSTEM, what.document_id)
            }
            for line_id, quantity in what.line_quantities.items():
                line = lines.get(line_id)
                if line is not None and line.quantity_invoiced + quantity > line.quantity_delivered:
                    raise QuantityBeyondOrdered(
                        f"Line {line.position}: more than delivered would be invoiced"
                    )
        await service.record_invoiced(
            session, SYSTEM, what.document_id, line_quantities=what.line_quantities
        )


async def _collected(session: AsyncSession, what: followups.Billed) -> None:
    if what.document_type != service.DOCUMENT_TYPE or what.milestone_id is None:
        return
    if await session.get(SalesOrder, what.document_id) is None:
        return
    await service.record_collected(
        session, SYSTEM, what.document_id, milestone_amounts={what.milestone_id: what.amount}
    )


followups.react(followups.INVOICE_BILLED, "sales_orders", _billed)
followups.react(followups.INVOICE_COLLECTED, "sales_orders", _collected)


async def _reference(session: AsyncSession, order_id: uuid.UUID) -> str | None:
    """The order's number and the customer's PO, as an invoice prints them."""
    order = await session.get(SalesOrder, order_id)
    if order is None:
        return None
    if not order.customer_po_number:
        return order.number
    dated = f" of {order.customer_po_date:%d %b %Y}" if order.customer_po_date else ""
    return f"{order.number}, PO {order.customer_po_number}{dated}"


followups.describe_with(service.DOCUMENT_TYPE, _reference)

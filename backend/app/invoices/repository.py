"""Every query of the invoices domain starts from the scoped base."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Integer, Select, and_, case, cast, func, literal, select
from sqlalchemy.orm import aliased

from app.core.access import Principal, scope_clause
from app.core.clock import company_today_sql
from app.core.money import decimal_sql, unit_price_sql
from app.core.pagination import SortOptions
from app.core.reads import Children, ReadModel
from app.core.repository import ScopedRepository
from app.customers.service import customer_name_of
from app.invoices.errors import ExternalIdTaken, InvoiceNotFound
from app.invoices.models import (
    BILLED_STATUSES,
    OPEN_STATUSES,
    Invoice,
    InvoiceKind,
    InvoiceLine,
    InvoiceStatus,
)
from app.invoices.schemas import (
    INVOICE_AMOUNTS,
    InvoiceLineRead,
    InvoiceRead,
    InvoiceSummaryRead,
)


def overdue_clause(today: Any) -> Any:
    """Overdue, derived: an issued or part-paid invoice with money open past its due
    date. ``today`` is a SQL date (the company's today in answers, a parameter in filters)."""
    return and_(
        Invoice.status.in_(OPEN_STATUSES),
        Invoice.open_amount > 0,
        Invoice.due_date < today,
    )


_TODAY = company_today_sql()
IS_OVERDUE = overdue_clause(_TODAY)
DAYS_OVERDUE = case((IS_OVERDUE, cast(_TODAY - Invoice.due_date, Integer)), else_=0)

LINES = Children(
    InvoiceLine.invoice_id,
    {
        **{name: getattr(InvoiceLine, name) for name in InvoiceLineRead.model_fields},
        "quantity": decimal_sql(InvoiceLine.quantity),
        "unit_price": unit_price_sql(InvoiceLine.unit_price),
        "discount_percent": decimal_sql(InvoiceLine.discount_percent),
        "tax_rate": decimal_sql(InvoiceLine.tax_rate),
    },
    order_by=[InvoiceLine.position, InvoiceLine.id],
    amounts=InvoiceLineRead.amount_fields,
)
_DERIVED = {
    "customer_name": lambda p: customer_name_of(p, Invoice.customer_id),
    "is_overdue": IS_OVERDUE,
    "days_overdue": DAYS_OVERDUE,
}
INVOICE_SUMMARY_READ = ReadModel(
    Invoice, InvoiceSummaryRead, fields=_DERIVED, amounts=INVOICE_AMOUNTS
)
INVOICE_READ = ReadModel(
    Invoice, InvoiceRead, fields={**_DERIVED, "lines": LINES}, amounts=INVOICE_AMOUNTS
)
INVOICE_SORT = SortOptions(
    "-created_at",
    created_at=Invoice.created_at,
    updated_at=Invoice.updated_at,
    invoice_date=Invoice.invoice_date,
    due_date=Invoice.due_date,
    grand_total=Invoice.grand_total,
)


def _billed_order() -> Any:
    credited = aliased(Invoice)
    own_order = case((Invoice.source_document_type == "sales_order", Invoice.source_document_id))
    credited_order = (
        select(case((credited.source_document_type == "sales_order", credited.source_document_id)))
        .where(credited.id == Invoice.credited_invoice_id)
        .scalar_subquery()
    )
    return case((Invoice.kind == InvoiceKind.CREDIT_NOTE, credited_order), else_=own_order)


# The sales order an invoice bills (a credit note: the one its invoice billed), built once:
# an expression is immutable, and aliasing the model costs more than the rest of a report.
BILLED_ORDER = _billed_order()


class InvoiceRepository(ScopedRepository[Invoice]):
    model = Invoice
    not_found = InvoiceNotFound
    unique_conflicts = {"uq_invoices_external_id": ExternalIdTaken}

    def filtered(
        self,
        *,
        status: InvoiceStatus | None = None,
        kind: InvoiceKind | None = None,
        customer_id: uuid.UUID | None = None,
        territory_id: uuid.UUID | None = None,
        credited_invoice_id: uuid.UUID | None = None,
        source_document_id: uuid.UUID | None = None,
        number: str | None = None,
        overdue: bool | None = None,
        today: date,
    ) -> Select[Invoice]:
        stmt = self.scoped()
        equals = {
            Invoice.status: status,
            Invoice.kind: kind,
            Invoice.customer_id: customer_id,
            Invoice.territory_id: territory_id,
            Invoice.credited_invoice_id: credited_invoice_id,
            Invoice.source_document_id: source_document_id,
            Invoice.number: number,
        }
        for column, value in equals.items():
            if value is not None:
                stmt = stmt.where(column == value)
        if overdue is not None:
            clause = overdue_clause(today)
            stmt = stmt.where(clause if overdue else ~clause)
        return stmt

    async def lock(self, invoice: Invoice) -> Invoice:
        """The invoice as committed now, its row locked until the request ends."""
        locked = await self.lock_many([invoice.id])
        if not locked:
            raise self.not_found()
        return locked[0]

    async def lock_many(self, invoice_ids: Sequence[uuid.UUID]) -> list[Invoice]:
        """The visible invoices among ``invoice_ids``, locked in id order (two requests
        locking overlapping sets queue instead of deadlocking)."""
        stmt = (
            self.scoped()
            .where(Invoice.id.in_(list(invoice_ids)))
            .order_by(Invoice.id)
            .with_for_update()
            .execution_options(populate_existing=True)
        )
        return list((await self.session.scalars(stmt)).all())

    @staticmethod
    def open_invoices(principal: Principal) -> Any:
        """The caller's invoices with money open: customer, currency, territory, dates,
        open amount and the sales order billed (a subquery for aging)."""
        return select(
            Invoice.customer_id,
            Invoice.currency,
            Invoice.territory_id,
            Invoice.invoice_date,
            Invoice.due_date,
            Invoice.open_amount,
            InvoiceRepository._billed_order().label("order_id"),
        ).where(
            scope_clause(Invoice, principal),
            Invoice.open_amount > 0,
            Invoice.status.in_(OPEN_STATUSES),
        )

    @staticmethod
    def _billed_order() -> Any:
        """The sales order an invoice bills, or the one its credited invoice billed."""
        return BILLED_ORDER

    @staticmethod
    def billed_documents(principal: Principal, *, start: date, end: date) -> Any:
        """The caller's billed documents dated ``start`` to ``end``, one row each:
        invoice_id, day, customer_id, territory_id, currency, value (the taxable total,
        negative on a credit note), gross (the grand total, likewise) and order_id (as
        ``billed_lines``)."""
        is_credit = Invoice.kind == InvoiceKind.CREDIT_NOTE
        return select(
            Invoice.id.label("invoice_id"),
            Invoice.invoice_date.label("day"),
            Invoice.customer_id,
            Invoice.territory_id,
            Invoice.currency,
            case((is_credit, -Invoice.taxable_total), else_=Invoice.taxable_total).label("value"),
            case((is_credit, -Invoice.grand_total), else_=Invoice.grand_total).label("gross"),
            InvoiceRepository._billed_order().label("order_id"),
        ).where(
            scope_clause(Invoice, principal),
            Invoice.status.in_(BILLED_STATUSES),
            Invoice.invoice_date.between(start, end),
        )

    @staticmethod
    def invoice_shares(principal: Principal) -> Any:
        """The caller's invoices (not credit notes) as money paid against them is shared
        out: invoice_id, customer_id, territory_id, order_id (as ``billed_lines``) and
        net_share, the part of each rupee paid that is not tax (taxable / grand total)."""
        return select(
            Invoice.id.label("invoice_id"),
            Invoice.customer_id,
            Invoice.territory_id,
            InvoiceRepository._billed_order().label("order_id"),
            case(
                (Invoice.grand_total > 0, Invoice.taxable_total / Invoice.grand_total),
                else_=literal(1),
            ).label("net_share"),
        ).where(scope_clause(Invoice, principal), Invoice.kind == InvoiceKind.INVOICE)

    @staticmethod
    def billed_lines(principal: Principal, *, start: date, end: date) -> Any:
        """The caller's billed lines dated ``start`` to ``end``: invoice_id, day (the
        document's date), customer_id, territory_id, currency, product_id, value (the
        line's taxable amount, negative on a credit note) and order_id (the sales order
        the invoice bills, or the credited invoice's; null for a direct invoice). A
        voided invoice counts with its credit notes, which take it back."""
        is_credit = Invoice.kind == InvoiceKind.CREDIT_NOTE
        return (
            select(
                Invoice.id.label("invoice_id"),
                Invoice.invoice_date.label("day"),
                Invoice.customer_id,
                Invoice.territory_id,
                Invoice.currency,
                InvoiceLine.product_id,
                case(
                    (is_credit, -InvoiceLine.taxable_amount), else_=InvoiceLine.taxable_amount
                ).label("value"),
                InvoiceRepository._billed_order().label("order_id"),
            )
            .join(InvoiceLine, InvoiceLine.invoice_id == Invoice.id)
            .where(
                scope_clause(Invoice, principal),
                Invoice.status.in_(BILLED_STATUSES),
                Invoice.invoice_date.between(start, end),
            )
        )

    @staticmethod
    def unscoped_number_of(invoice_id: Any) -> Any:
        return select(Invoice.number).where(Invoice.id == invoice_id).scalar_subquery()

    @staticmethod
    def unscoped_open_total(customer_id: Any) -> Select[Any]:
        """What a customer owes on issued invoices (one row), whoever asks (the id a
        value or an SQL expression bound later)."""
        return select(func.coalesce(func.sum(Invoice.open_amount), 0)).where(
            Invoice.customer_id == customer_id,
            Invoice.open_amount > 0,
            Invoice.status.in_(OPEN_STATUSES),
        )


class InvoiceLineRepository(ScopedRepository[InvoiceLine]):
    model = InvoiceLine

    async def of_invoice(self, invoice_id: uuid.UUID) -> list[InvoiceLine]:
        return await self.in_position_order(InvoiceLine.invoice_id, invoice_id)

    async def delete_of_invoice(self, invoice_id: uuid.UUID) -> None:
        """Every line of a draft being revised (its lines are written again)."""
        for line in await self.of_invoice(invoice_id):
            await self.session.delete(line)
        await self.session.flush()

    async def unscoped_credited_quantities(self, invoice_id: uuid.UUID) -> dict[uuid.UUID, Decimal]:
        """Per line of the invoice (already visible and locked), the quantity its credit
        notes credited so far."""
        credit_notes = select(Invoice.id).where(
            Invoice.credited_invoice_id == invoice_id, Invoice.kind == InvoiceKind.CREDIT_NOTE
        )
        stmt = (
            select(InvoiceLine.credited_line_id, func.sum(InvoiceLine.quantity))
            .where(
                InvoiceLine.invoice_id.in_(credit_notes),
                InvoiceLine.credited_line_id.is_not(None),
            )
            .group_by(InvoiceLine.credited_line_id)
        )
        rows = (await self.session.execute(stmt)).all()
        return {row[0]: Decimal(row[1]) for row in rows if row[0] is not None}

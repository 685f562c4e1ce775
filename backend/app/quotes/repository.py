"""Every query of the quotes domain starts from the scoped base."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from sqlalchemy import Select, func, or_, select

from app.core.money import decimal_sql, unit_price_sql
from app.core.pagination import SortOptions
from app.core.reads import Children, ReadModel
from app.core.repository import ScopedRepository
from app.core.search import matches
from app.customers.service import customer_ids_matching, customer_name_of
from app.quotes.errors import QuoteNotFound
from app.quotes.models import Quote, QuoteLine, QuoteStatus
from app.quotes.schemas import QuoteLineRead, QuoteRead, QuoteSummaryRead

QUOTE_AMOUNTS = ("subtotal", "discount_total", "taxable_total", "tax_total", "grand_total")
LINES = Children(
    QuoteLine.quote_id,
    {
        **{name: getattr(QuoteLine, name) for name in QuoteLineRead.model_fields},
        "quantity": decimal_sql(QuoteLine.quantity),
        "unit_price": unit_price_sql(QuoteLine.unit_price),
        "discount_percent": decimal_sql(QuoteLine.discount_percent),
        "tax_rate": decimal_sql(QuoteLine.tax_rate),
    },
    order_by=[QuoteLine.position, QuoteLine.id],
    amounts=QuoteLineRead.amount_fields,
)
# The list's item (no lines) and the single read (with them); the customer's name comes
# along when the caller may see the customer.
QUOTE_SUMMARY_READ = ReadModel(
    Quote,
    QuoteSummaryRead,
    fields={
        "customer_name": lambda p: customer_name_of(p, Quote.customer_id),
        "max_discount_percent": decimal_sql(Quote.max_discount_percent),
    },
    amounts=QUOTE_AMOUNTS,
)
QUOTE_READ = ReadModel(
    Quote,
    QuoteRead,
    fields={
        "customer_name": lambda p: customer_name_of(p, Quote.customer_id),
        "max_discount_percent": decimal_sql(Quote.max_discount_percent),
        "lines": LINES,
    },
    amounts=QUOTE_AMOUNTS,
)
QUOTE_SORT = SortOptions(
    "-created_at",
    created_at=Quote.created_at,
    updated_at=Quote.updated_at,
    valid_until=Quote.valid_until,
    grand_total=Quote.grand_total,
)


class QuoteRepository(ScopedRepository[Quote]):
    model = Quote
    not_found = QuoteNotFound

    def filtered(
        self,
        *,
        q: str | None = None,
        status: QuoteStatus | None = None,
        customer_id: uuid.UUID | None = None,
        owner_id: uuid.UUID | None = None,
        opportunity_id: uuid.UUID | None = None,
        number: str | None = None,
        current_only: bool = True,
    ) -> Select[Quote]:
        stmt = self.scoped()
        if q:
            stmt = stmt.where(
                or_(
                    matches(Quote.search_text, q),
                    Quote.customer_id.in_(customer_ids_matching(q)),
                )
            )
        equals = {
            Quote.status: status,
            Quote.customer_id: customer_id,
            Quote.owner_id: owner_id,
            Quote.opportunity_id: opportunity_id,
            Quote.number: number,
        }
        for column, value in equals.items():
            if value is not None:
                stmt = stmt.where(column == value)
        if current_only and number is None:
            stmt = stmt.where(Quote.is_current.is_(True))
        return stmt

    def awaiting_approval(
        self, *, exclude_owner_id: uuid.UUID | None, max_percent: Decimal | None
    ) -> Select[Quote]:
        """Pending quotes in the caller's scope that the caller could approve: not their
        own, and within their own limit (``None``: no limit)."""
        stmt = self.scoped().where(
            Quote.status == QuoteStatus.PENDING_APPROVAL, Quote.is_current.is_(True)
        )
        if exclude_owner_id is not None:
            stmt = stmt.where(Quote.owner_id != exclude_owner_id)
        if max_percent is not None:
            stmt = stmt.where(Quote.max_discount_percent <= max_percent)
        return stmt

    async def lock(self, quote: Quote) -> Quote:
        """The quote as committed now, its row locked until the request ends: concurrent
        actions on one quote take turns, the second deciding from the first's result."""
        return await self.lock_row(quote)

    async def overdue(self, *, on: date) -> list[Quote]:
        """Approved or sent current quotes whose validity ended before ``on``."""
        stmt = self.scoped().where(
            Quote.status.in_([QuoteStatus.APPROVED, QuoteStatus.SENT]),
            Quote.is_current.is_(True),
            Quote.valid_until < on,
        )
        return list((await self.session.scalars(stmt.order_by(Quote.id))).all())

    async def unscoped_next_revision(self, number: str) -> int:
        stmt = select(func.max(Quote.revision)).where(Quote.number == number)
        return int((await self.session.scalar(stmt)) or 0) + 1


class QuoteLineRepository(ScopedRepository[QuoteLine]):
    model = QuoteLine

    async def of_quote(self, quote_id: uuid.UUID) -> list[QuoteLine]:
        return await self.in_position_order(QuoteLine.quote_id, quote_id)

    async def delete_of_quote(self, quote_id: uuid.UUID) -> None:
        """Every line of a quote, replaced by a new set (the quote is scoped by the caller
        already: its lines go with it)."""
        for line in await self.of_quote(quote_id):
            await self.session.delete(line)
        await self.session.flush()

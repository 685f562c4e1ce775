"""Every query of the price lists domain starts from the scoped base."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    ARRAY,
    Date,
    Numeric,
    Select,
    String,
    Uuid,
    and_,
    any_,
    bindparam,
    case,
    or_,
    select,
    true,
)

from app.core.access import Principal, scope_clause
from app.core.db import ArrayRows
from app.core.money import decimal_sql, unit_price_sql
from app.core.pagination import SortOptions
from app.core.reads import Children, ReadModel
from app.core.repository import ScopedRepository
from app.price_lists.errors import (
    DuplicateBreak,
    ExternalIdTaken,
    PriceListLineNotFound,
    PriceListNotFound,
)
from app.price_lists.models import PriceList, PriceListLine, PriceListScope
from app.price_lists.schemas import PriceListLineRead, PriceListRead, PriceListWithLinesRead

PRICE_LIST_READ = ReadModel(PriceList, PriceListRead)
PRICE_LIST_LINE_READ = ReadModel(
    PriceListLine,
    PriceListLineRead,
    fields={
        "min_quantity": decimal_sql(PriceListLine.min_quantity),
        "unit_price": unit_price_sql(PriceListLine.unit_price),
    },
)
# The change feed's copy: the list with its lines, so a phone prices quotes offline.
PRICE_LIST_WITH_LINES_READ = ReadModel(
    PriceList,
    PriceListWithLinesRead,
    fields={
        "lines": Children(
            PriceListLine.price_list_id,
            {
                **{name: getattr(PriceListLine, name) for name in PriceListLineRead.model_fields},
                "min_quantity": decimal_sql(PriceListLine.min_quantity),
                "unit_price": unit_price_sql(PriceListLine.unit_price),
            },
            order_by=[PriceListLine.product_id, PriceListLine.id],
        )
    },
)
PRICE_LIST_SORT = SortOptions(
    "name", name=PriceList.name, valid_from=PriceList.valid_from, created_at=PriceList.created_at
)
PRICE_LIST_LINE_SORT = SortOptions("created_at", created_at=PriceListLine.created_at)
_UUID, _QUANTITY = Uuid(), Numeric(18, 4)
# The customer's own list first, then its segment's, then the default (decision 0015).
_TIER = case(
    (PriceList.scope == PriceListScope.CUSTOMER, 0),
    (PriceList.scope == PriceListScope.SEGMENT, 1),
    else_=2,
)


class PriceListRepository(ScopedRepository[PriceList]):
    model = PriceList
    not_found = PriceListNotFound
    unique_conflicts = {"uq_price_lists_external_id": ExternalIdTaken}

    def filtered(
        self,
        *,
        scope: PriceListScope | None = None,
        customer_id: uuid.UUID | None = None,
        segment: str | None = None,
        currency: str | None = None,
        valid_on: date | None = None,
        active: bool | None = None,
    ) -> Select[PriceList]:
        stmt = self.scoped()
        if scope is not None:
            stmt = stmt.where(PriceList.scope == scope)
        if customer_id is not None:
            stmt = stmt.where(PriceList.customer_id == customer_id)
        if segment is not None:
            stmt = stmt.where(PriceList.segment == segment)
        if currency is not None:
            stmt = stmt.where(PriceList.currency == currency)
        if valid_on is not None:
            stmt = stmt.where(_valid_on(valid_on))
        if active is not None:
            stmt = stmt.where(PriceList.is_active.is_(active))
        return stmt

    async def best_line(
        self,
        *,
        product_id: uuid.UUID,
        customer_id: uuid.UUID,
        segments: list[str],
        currency: str,
        on: date,
        quantity: Decimal,
    ) -> Any:
        """The line that prices ``quantity`` of the product for the customer on ``on``
        (``best_lines`` of one)."""
        found = await self.best_lines(
            [(product_id, quantity)],
            customer_id=customer_id,
            segments=segments,
            currency=currency,
            on=on,
        )
        return found.get(0)

    async def best_lines(
        self,
        wanted: Sequence[tuple[uuid.UUID, Decimal]],
        *,
        customer_id: uuid.UUID,
        segments: list[str],
        currency: str,
        on: date,
    ) -> dict[int, Any]:
        """For each (product, quantity) of ``wanted``, by its position, the line that
        prices it for the customer on ``on``: among the active lists in ``currency``
        valid that day that apply to the customer and hold a break at or below the
        quantity, the customer's own list before its segment's before the default; within
        a tier the list that started last (then the one made last); within the list the
        highest break. Positions without a line are left out. One statement, however
        many lines (a lateral join over the wanted products)."""
        if not wanted:
            return {}
        stmt = self.once(
            f"best_lines:{bool(segments)}", lambda: _best_lines(self.principal, bool(segments))
        )
        values = {
            **_ASKED.values(wanted),
            "customer_id": customer_id,
            "currency": currency,
            "on": on,
        }
        if segments:
            values["segments"] = segments
        return {row.position - 1: row for row in await self.session.execute(stmt, values)}


# The (product, quantity) lines to price, numbered from 1 (``best_lines``).
_ASKED = ArrayRows(
    "prices_asked", [("product_id", _UUID), ("quantity", _QUANTITY)], ordinality="position"
)


def _best_lines(principal: Principal, with_segments: bool) -> Any:
    """``best_lines``'s statement for this caller, its values bound at execution (built
    once per caller, with or without segments)."""
    applies = [
        PriceList.scope == PriceListScope.DEFAULT,
        PriceList.customer_id == bindparam("customer_id"),
    ]
    if with_segments:
        applies.append(
            and_(
                PriceList.scope == PriceListScope.SEGMENT,
                PriceList.segment == any_(bindparam("segments", type_=ARRAY(String()))),
            )
        )
    best = (
        select(
            PriceListLine.id.label("line_id"),
            PriceListLine.min_quantity,
            PriceListLine.unit_price,
            PriceList.id.label("price_list_id"),
            PriceList.name,
            PriceList.scope,
            PriceList.segment,
        )
        .select_from(PriceList)
        .join(PriceListLine, PriceListLine.price_list_id == PriceList.id)
        .where(
            scope_clause(PriceList, principal),
            PriceListLine.product_id == _ASKED.c.product_id,
            PriceListLine.min_quantity <= _ASKED.c.quantity,
            PriceList.currency == bindparam("currency"),
            PriceList.is_active.is_(True),
            _valid_on(bindparam("on", type_=Date())),
            or_(*applies),
        )
        .order_by(
            _TIER,
            PriceList.valid_from.desc(),
            PriceList.created_at.desc(),
            PriceList.id,
            PriceListLine.min_quantity.desc(),
        )
        .limit(1)
        .lateral("best")
    )
    return select(_ASKED.c.position, best).select_from(_ASKED.table.join(best, true()))


def _valid_on(day: Any) -> Any:
    return and_(
        PriceList.valid_from <= day, or_(PriceList.valid_to.is_(None), PriceList.valid_to >= day)
    )


class PriceListLineRepository(ScopedRepository[PriceListLine]):
    model = PriceListLine
    not_found = PriceListLineNotFound
    unique_conflicts = {"uq_price_list_lines_price_list_id_product_id_min_quantity": DuplicateBreak}

    def of_list(
        self, price_list_id: uuid.UUID, *, product_id: uuid.UUID | None = None
    ) -> Select[PriceListLine]:
        stmt = self.scoped().where(PriceListLine.price_list_id == price_list_id)
        if product_id is not None:
            stmt = stmt.where(PriceListLine.product_id == product_id)
        return stmt

    async def unscoped_break_taken(
        self,
        price_list_id: uuid.UUID,
        product_id: uuid.UUID,
        min_quantity: Decimal,
        *,
        other_than: uuid.UUID | None = None,
    ) -> bool:
        stmt = select(PriceListLine.id).where(
            PriceListLine.price_list_id == price_list_id,
            PriceListLine.product_id == product_id,
            PriceListLine.min_quantity == min_quantity,
        )
        if other_than is not None:
            stmt = stmt.where(PriceListLine.id != other_than)
        return (await self.session.scalar(stmt)) is not None

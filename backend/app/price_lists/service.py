"""Price lists and the price of a product for a customer (decision 0015).

Invariants kept here: a list's scope names exactly what it needs (a segment, a
customer the caller may see, or neither); its period runs forward; a list holds one
price per product and quantity break; prices keep 4 places; a list's currency never
changes (its prices are in it). Lists are never deleted, only made inactive.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.access import Principal
from app.core.clock import company_today
from app.core.errors import FieldError, InvalidReference, NotFound, UnprocessableEntity, field_error
from app.core.export import ExportSource
from app.core.feed import FeedRecord, load_feed
from app.core.money import MAX_LINE_AMOUNT, round_unit_price
from app.core.pagination import ListParams
from app.core.repository import Saved
from app.core.upsert import (
    NO_PRECONDITIONS,
    Found,
    Preconditions,
    Upserted,
    built,
    prefetch,
    upsert,
)
from app.customers import service as customers
from app.price_lists.errors import (
    CurrencyFixed,
    DuplicateBreak,
    ExternalIdTaken,
    NoPrice,
    PriceListLineNotFound,
    ProductInactive,
)
from app.price_lists.models import PriceList, PriceListLine, PriceListScope
from app.price_lists.repository import (
    PRICE_LIST_LINE_READ,
    PRICE_LIST_LINE_SORT,
    PRICE_LIST_READ,
    PRICE_LIST_SORT,
    PRICE_LIST_WITH_LINES_READ,
    PriceListLineRepository,
    PriceListRepository,
)
from app.price_lists.schemas import (
    PriceListCreate,
    PriceListLineCreate,
    PriceListLineUpdate,
    PriceListLineUpsert,
    PriceListUpdate,
    PriceListUpsert,
    PriceRead,
    PriceSource,
    check_period,
    check_scope,
)
from app.products import service as products
from app.taxes import service as taxes

__all__ = ["PRICE_LIST_LINE_SORT", "PRICE_LIST_SORT"]

_SOURCES = {
    PriceListScope.CUSTOMER: PriceSource.CUSTOMER_LIST,
    PriceListScope.SEGMENT: PriceSource.SEGMENT_LIST,
    PriceListScope.DEFAULT: PriceSource.DEFAULT_LIST,
}


# --- reading ------------------------------------------------------------------------


async def price_lists_page(
    session: AsyncSession,
    principal: Principal,
    *,
    params: ListParams,
    fields: str | None,
    **filters: Any,
) -> bytes:
    repo = PriceListRepository(session, principal)
    return await repo.read_page(PRICE_LIST_READ, repo.filtered(**filters), params, fields=fields)


def price_lists_file_source(session: AsyncSession, principal: Principal) -> ExportSource:
    """What an export job of price lists reads: every list the caller may see, each with
    every line."""
    repo = PriceListRepository(session, principal)
    return ExportSource(PRICE_LIST_WITH_LINES_READ, repo.filtered(), [], "price-lists")


async def price_list_item(
    session: AsyncSession, principal: Principal, price_list_id: uuid.UUID
) -> dict[str, Any]:
    return await PriceListRepository(session, principal).read_item(PRICE_LIST_READ, price_list_id)


async def get_price_list(
    session: AsyncSession, principal: Principal, price_list_id: uuid.UUID
) -> PriceList:
    return await PriceListRepository(session, principal).get_or_404(price_list_id)


async def lines_page(
    session: AsyncSession,
    principal: Principal,
    price_list_id: uuid.UUID,
    *,
    params: ListParams,
    product_id: uuid.UUID | None,
) -> bytes:
    repo = PriceListLineRepository(session, principal)
    return await repo.read_page(
        PRICE_LIST_LINE_READ, repo.of_list(price_list_id, product_id=product_id), params
    )


async def get_line(
    session: AsyncSession, principal: Principal, price_list: PriceList, line_id: uuid.UUID
) -> PriceListLine:
    line = await PriceListLineRepository(session, principal).get_or_404(line_id)
    if line.price_list_id != price_list.id:
        raise PriceListLineNotFound()
    return line


# --- writing ------------------------------------------------------------------------


async def _check_customer(
    session: AsyncSession, principal: Principal, customer_id: uuid.UUID | None
) -> None:
    """A customer's list is for a customer the caller may see (an admin: any)."""
    if customer_id is None:
        return
    try:
        await customers.check_visible(session, principal, customer_id)
    except NotFound:
        raise InvalidReference("customer_id") from None


async def _check_products(
    session: AsyncSession, principal: Principal, lines: list[PriceListLineCreate]
) -> None:
    wanted = {line.product_id for line in lines}
    found = await products.existing_product_ids(session, principal, wanted)
    errors = [
        FieldError(
            loc=["body", "lines", index, "product_id"],
            msg="does not exist or is not visible",
            type="reference",
        )
        for index, line in enumerate(lines)
        if line.product_id not in found
    ]
    seen: set[tuple[uuid.UUID, Decimal]] = set()
    for index, line in enumerate(lines):
        key = (line.product_id, line.min_quantity)
        if key in seen:
            errors.append(
                FieldError(
                    loc=["body", "lines", index, "min_quantity"],
                    msg="this product already has a price from this quantity in the list",
                    type="duplicate",
                )
            )
        seen.add(key)
    if errors:
        raise UnprocessableEntity(errors=errors)


def _line(data: PriceListLineCreate) -> PriceListLine:
    line = PriceListLine(
        product_id=data.product_id,
        min_quantity=data.min_quantity,
        unit_price=round_unit_price(data.unit_price),
    )
    if data.id is not None:
        line.id = data.id
    return line


async def create_price_list(
    session: AsyncSession, principal: Principal, *, data: PriceListCreate
) -> Saved[PriceList]:
    repo = PriceListRepository(session, principal)
    lines = PriceListLineRepository(session, principal)

    async def build() -> PriceList:
        if data.external_id and await repo.unscoped_external_id_taken(data.external_id):
            raise ExternalIdTaken()
        await _check_customer(session, principal, data.customer_id)
        await _check_products(session, principal, data.lines)
        return PriceList(**data.model_dump(exclude={"id", "lines"}))

    saved = await repo.create_once(data.id, build)
    if saved.created:
        for line_data in data.lines:
            line = _line(line_data)
            line.price_list_id = saved.entity.id
            lines.add(line)
        await lines.flush()
    return saved


async def update_price_list(
    session: AsyncSession, principal: Principal, price_list: PriceList, *, data: PriceListUpdate
) -> PriceList:
    repo = PriceListRepository(session, principal)
    changes = data.model_dump(exclude_unset=True)
    scope = changes.get("scope") or price_list.scope
    if "scope" in changes and scope is not price_list.scope:
        # Moving to another scope drops what the old one named, unless it is sent.
        changes.setdefault("segment", None)
        changes.setdefault("customer_id", None)
    check_scope(
        scope,
        segment=changes.get("segment", price_list.segment),
        customer_id=changes.get("customer_id", price_list.customer_id),
    )
    check_period(
        changes.get("valid_from") or price_list.valid_from,
        changes.get("valid_to", price_list.valid_to),
    )
    if changes.get("customer_id") not in (None, price_list.customer_id):
        await _check_customer(session, principal, changes["customer_id"])
    external_id = changes.get("external_id")
    if external_id and await repo.unscoped_external_id_taken(external_id, other_than=price_list.id):
        raise ExternalIdTaken()
    return await repo.update(price_list, changes)


# --- by external id (an ERP's upsert, decision 0038) ---------------------------------


async def price_list_by_external_id(
    session: AsyncSession, principal: Principal, external_id: str
) -> dict[str, Any]:
    price_list_id = await PriceListRepository(session, principal).id_by_external_id(external_id)
    return await price_list_with_lines_item(session, principal, price_list_id)


async def price_list_with_lines_item(
    session: AsyncSession, principal: Principal, price_list_id: uuid.UUID
) -> dict[str, Any]:
    """A visible list with every line (the by-external-id answers, as the feed's copy)."""
    return await PriceListRepository(session, principal).read_item(
        PRICE_LIST_WITH_LINES_READ, price_list_id
    )


async def _lines_by_reference(
    session: AsyncSession, principal: Principal, lines: list[PriceListLineUpsert]
) -> list[PriceListLineCreate]:
    """Each line's product named by id, ERP id or SKU as a line to create (a 422 naming
    the reference that finds no product; two statements for the whole list)."""
    product_ids = await products.products_of_references(session, principal, lines)
    return [
        PriceListLineCreate(
            product_id=product_id, min_quantity=line.min_quantity, unit_price=line.unit_price
        )
        for product_id, line in zip(product_ids, lines, strict=True)
    ]


async def _replace_lines(
    session: AsyncSession,
    principal: Principal,
    price_list: PriceList,
    wanted: list[PriceListLineCreate],
) -> None:
    """The list's lines become ``wanted``: a line with the same product and break keeps
    its row (its price changed only when it differs), the others are added or deleted."""
    await _check_products(session, principal, wanted)
    repo = PriceListLineRepository(session, principal)
    current = {
        (line.product_id, line.min_quantity): line
        for line in (await session.scalars(repo.of_list(price_list.id))).all()
    }
    keep: set[tuple[uuid.UUID, Decimal]] = set()
    for data in wanted:
        key = (data.product_id, data.min_quantity)
        keep.add(key)
        line = current.get(key)
        if line is None:
            await add_line(session, principal, price_list, data=data)
        elif line.unit_price != round_unit_price(data.unit_price):
            await update_line(
                session, principal, line, data=PriceListLineUpdate(unit_price=data.unit_price)
            )
    for key, line in current.items():
        if key not in keep:
            await delete_line(session, principal, line)


async def prefetch_price_lists(
    session: AsyncSession, principal: Principal, external_ids: Collection[str]
) -> dict[str, Found[PriceList]]:
    """The price lists with these ERP ids looked up at once (an import's chunk), for the
    upserts that follow (``found=``)."""
    return await prefetch(PriceListRepository(session, principal), external_ids)


async def upsert_price_list(
    session: AsyncSession,
    principal: Principal,
    *,
    external_id: str,
    data: PriceListUpsert,
    preconditions: Preconditions = NO_PRECONDITIONS,
    found: Found[PriceList] | None = None,
) -> Upserted[PriceList]:
    """Create or update the list with this ERP id through ``create_price_list``,
    ``update_price_list`` and the line writes (scope, period, visible customer, existing
    products, one price per product and break)."""
    repo = PriceListRepository(session, principal)
    fields = data.model_dump(exclude_unset=True, exclude={"lines", "customer_external_id"})
    if data.customer_external_id is not None:
        fields["customer_id"] = await customers.customer_named(
            session, principal, data.customer_id, data.customer_external_id
        )
    lines = await _lines_by_reference(session, principal, data.lines) if data.lines else []

    async def create() -> PriceList:
        missing = [name for name in ("name", "valid_from") if fields.get(name) is None]
        if missing:
            msg = "required to create a price list"
            raise UnprocessableEntity(errors=[field_error(n, msg, "missing") for n in missing])
        new = built(PriceListCreate, **fields, external_id=external_id, lines=lines)
        return (await create_price_list(session, principal, data=new)).entity

    async def update(price_list: PriceList) -> PriceList:
        if fields.get("currency", price_list.currency) != price_list.currency:
            raise CurrencyFixed()
        changes = {
            k: v for k, v in fields.items() if k != "currency" and getattr(price_list, k) != v
        }
        if changes:
            price_list = await update_price_list(
                session, principal, price_list, data=built(PriceListUpdate, **changes)
            )
        if data.lines is not None:
            await _replace_lines(session, principal, price_list, lines)
        return price_list

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


async def add_line(
    session: AsyncSession, principal: Principal, price_list: PriceList, *, data: PriceListLineCreate
) -> Saved[PriceListLine]:
    repo = PriceListLineRepository(session, principal)

    async def build() -> PriceListLine:
        if await products.find_product(session, principal, data.product_id) is None:
            raise InvalidReference("product_id")
        if await repo.unscoped_break_taken(price_list.id, data.product_id, data.min_quantity):
            raise DuplicateBreak()
        line = _line(data)
        line.price_list_id = price_list.id
        return line

    return await repo.create_once(data.id, build)


async def update_line(
    session: AsyncSession, principal: Principal, line: PriceListLine, *, data: PriceListLineUpdate
) -> PriceListLine:
    repo = PriceListLineRepository(session, principal)
    changes = data.model_dump(exclude_unset=True)
    if changes.get("unit_price") is not None:
        changes["unit_price"] = round_unit_price(changes["unit_price"])
    minimum = changes.get("min_quantity")
    if minimum is not None and await repo.unscoped_break_taken(
        line.price_list_id, line.product_id, minimum, other_than=line.id
    ):
        raise DuplicateBreak()
    return await repo.update(line, changes)


async def delete_line(session: AsyncSession, principal: Principal, line: PriceListLine) -> None:
    """A line is deleted for good: documents copy their prices, nothing refers to it."""
    await PriceListLineRepository(session, principal).delete(line)


# --- the price of a product for a customer -------------------------------------------


async def resolve_price(
    session: AsyncSession,
    principal: Principal,
    *,
    customer_id: uuid.UUID,
    product_id: uuid.UUID,
    quantity: Decimal,
    on: date | None,
    currency: str | None,
) -> PriceRead:
    """The unit price of ``quantity`` of a product for a customer on a date (decision
    0015): the best line of the lists that apply, else the product's list price when it
    is in the currency asked for (the customer's by default). A customer the caller may
    not see is its 404; an inactive product a 422."""
    segments, customer_currency = await customers.pricing_profile(session, principal, customer_id)
    product = await products.get_product(session, principal, product_id)
    if not product.is_active:
        raise ProductInactive()
    day = on or company_today()
    wanted = currency or customer_currency
    found = await PriceListRepository(session, principal).best_line(
        product_id=product_id,
        customer_id=customer_id,
        segments=segments,
        currency=wanted,
        on=day,
        quantity=quantity,
    )
    return _price(
        found, product, customer_id=customer_id, quantity=quantity, on=day, currency=wanted
    )


def _price(
    found: Any,
    product: products.Product,
    *,
    customer_id: uuid.UUID,
    quantity: Decimal,
    on: date,
    currency: str,
) -> PriceRead:
    """The price from the best price list line ``found`` (None: no list prices it), else
    the product's list price when it is in ``currency`` (else ``NoPrice``)."""
    answer: dict[str, Any] = {
        "customer_id": customer_id,
        "product_id": product.id,
        "quantity": quantity,
        "priced_on": on,
        "currency": currency,
    }
    if found is not None:
        return PriceRead(
            **answer,
            unit_price=found.unit_price,
            source=_SOURCES[PriceListScope(found.scope)],
            price_list_id=found.price_list_id,
            price_list_name=found.name,
            segment=found.segment,
            line_id=found.line_id,
            min_quantity=found.min_quantity,
        )
    if product.currency != currency:
        raise NoPrice(
            f"no price list in {currency} prices this product on {on.isoformat()}, "
            f"and its list price is in {product.currency}"
        )
    return PriceRead(
        **answer,
        unit_price=product.list_price,
        source=PriceSource.LIST_PRICE,
        price_list_id=None,
        price_list_name=None,
        segment=None,
        line_id=None,
        min_quantity=None,
    )


# --- a priced document's line (quotes, sales orders) ----------------------------------


@dataclass(frozen=True)
class DocumentLinePrice:
    """What a document line takes from its product and the price lists: the product's
    description (unless one is sent), unit and tax category, and the price."""

    product_id: uuid.UUID
    description: str
    unit: str
    unit_price: Decimal
    price_source: str  # a PriceSource value, or "manual" when the author set the price
    tax_category_id: uuid.UUID
    tax_rate: Decimal
    tax_treatment: str

    def line_columns(self) -> dict[str, Any]:
        """The columns a quote's or an order's line row takes from this price."""
        return {
            "product_id": self.product_id,
            "description": self.description,
            "unit": self.unit,
            "unit_price": self.unit_price,
            "price_source": self.price_source,
            "tax_category_id": self.tax_category_id,
            "tax_rate": self.tax_rate,
            "tax_treatment": self.tax_treatment,
        }


def _line_error(index: int, field: str, msg: str, type_: str) -> UnprocessableEntity:
    return UnprocessableEntity(
        errors=[FieldError(loc=["body", "lines", index, field], msg=msg, type=type_)]
    )


@dataclass(frozen=True)
class DocumentLineRequest:
    """A line of a quote or an order as sent: the product and quantity, and the price
    and description when the author set them."""

    product_id: uuid.UUID
    quantity: Decimal
    unit_price: Decimal | None = None
    description: str | None = None


async def price_document_lines(
    session: AsyncSession,
    principal: Principal,
    *,
    customer_id: uuid.UUID,
    lines: Sequence[DocumentLineRequest],
    on: date,
    currency: str,
    segments: list[str] | None = None,
) -> list[DocumentLinePrice]:
    """The lines of a quote or an order: each the price list's price unless one is sent
    (decision 0015; ``segments``: the customer's, when the caller has read them). A
    missing or inactive product, or no price, is a 422 naming ``["body", "lines", index,
    field]`` of the first such line. However many lines, the products, their tax
    categories and the price list lines are read in one statement each."""
    found = await products.find_products(session, principal, {line.product_id for line in lines})
    categories = await taxes.find_tax_categories(
        session, principal, {product.tax_category_id for product in found.values()}
    )
    asked = [
        (index, line)
        for index, line in enumerate(lines)
        if line.unit_price is None
        and (product := found.get(line.product_id)) is not None
        and product.is_active
    ]
    best: dict[int, Any] = {}
    if asked:
        if segments is None:
            segments, _ = await customers.pricing_profile(session, principal, customer_id)
        by_position = await PriceListRepository(session, principal).best_lines(
            [(line.product_id, line.quantity) for _, line in asked],
            customer_id=customer_id,
            segments=segments,
            currency=currency,
            on=on,
        )
        best = {index: by_position.get(n) for n, (index, _) in enumerate(asked)}
    priced = []
    for index, line in enumerate(lines):
        product = found.get(line.product_id)
        if product is None:
            raise _line_error(index, "product_id", "does not exist", "reference")
        if not product.is_active:
            raise _line_error(index, "product_id", "inactive product", "inactive")
        category = categories.get(product.tax_category_id)
        if category is None:  # pragma: no cover - a product always has its category
            raise _line_error(index, "product_id", "product without a tax category", "reference")
        if line.unit_price is not None:
            price, source = line.unit_price, "manual"
        else:
            try:
                resolved = _price(
                    best.get(index),
                    product,
                    customer_id=customer_id,
                    quantity=line.quantity,
                    on=on,
                    currency=currency,
                )
            except NoPrice as error:
                raise _line_error(index, "unit_price", str(error), "no_price") from None
            price, source = resolved.unit_price, resolved.source.value
        if line.quantity * price > MAX_LINE_AMOUNT:
            # Bounded so that the line, its tax and a document of many lines stay exact
            # and storable (numeric(18, 4)); beyond it pricing would overflow Decimal's
            # context.
            raise _line_error(
                index,
                "unit_price" if line.unit_price is not None else "quantity",
                f"quantity x unit price is more than {MAX_LINE_AMOUNT:,}",
                "too_large",
            )
        priced.append(
            DocumentLinePrice(
                product_id=product.id,
                description=line.description or product.name,
                unit=product.unit,
                unit_price=price,
                price_source=source,
                tax_category_id=category.id,
                tax_rate=category.rate,
                tax_treatment=category.treatment.value,
            )
        )
    return priced


# --- the change feed ------------------------------------------------------------------


async def price_list_feed(
    session: AsyncSession, principal: Principal, ids: Collection[uuid.UUID]
) -> list[FeedRecord]:
    """The lists among ``ids`` the caller may see, each with every line: the phone
    resolves prices offline with the same rules as ``resolve_price``. Inactive lists
    come too (``is_active`` false): they simply no longer apply."""
    return await load_feed(PriceListRepository(session, principal), PRICE_LIST_WITH_LINES_READ, ids)

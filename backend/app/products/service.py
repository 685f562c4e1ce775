"""Product rules: unique SKU (any case) and ERP id, an HSN/SAC code that fits the kind,
an existing group and tax category, prices kept to 4 places, nothing ever deleted.

Two admins creating the same SKU at once both pass the check; the unique key lets one
commit and the other answers the same 409 as a sequential duplicate.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Iterable, Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.access import Principal
from app.core.errors import FieldError, InvalidReference, UnprocessableEntity, field_error
from app.core.export import ExportSource
from app.core.feed import FeedRecord, load_feed
from app.core.memo import depends_on, remembered
from app.core.money import round_unit_price
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
from app.products.errors import (
    ExternalIdTaken,
    GroupInUse,
    GroupNameTaken,
    SkuTaken,
)
from app.products.models import Product, ProductGroup, ProductKind, SupplyMethod
from app.products.repository import (
    PRODUCT_COLUMNS,
    PRODUCT_GROUP_READ,
    PRODUCT_GROUP_SORT,
    PRODUCT_READ,
    PRODUCT_SORT,
    ProductGroupRepository,
    ProductRepository,
)
from app.products.schemas import (
    ProductCreate,
    ProductGroupCreate,
    ProductGroupUpdate,
    ProductReference,
    ProductUpdate,
    ProductUpsert,
    check_hsn_sac,
)
from app.taxes import service as taxes

__all__ = ["PRODUCT_GROUP_SORT", "PRODUCT_SORT", "Product", "ProductKind", "SupplyMethod"]

# --- groups -----------------------------------------------------------------------------


async def product_groups_page(
    session: AsyncSession, principal: Principal, *, params: ListParams, fields: str | None
) -> bytes:
    repo = ProductGroupRepository(session, principal)
    return await repo.read_page(PRODUCT_GROUP_READ, repo.scoped(), params, fields=fields)


async def product_group_item(
    session: AsyncSession, principal: Principal, group_id: uuid.UUID
) -> dict[str, Any]:
    return await ProductGroupRepository(session, principal).read_item(PRODUCT_GROUP_READ, group_id)


async def get_product_group(
    session: AsyncSession, principal: Principal, group_id: uuid.UUID
) -> ProductGroup:
    return await ProductGroupRepository(session, principal).get_or_404(group_id)


async def create_product_group(
    session: AsyncSession, principal: Principal, *, data: ProductGroupCreate
) -> Saved[ProductGroup]:
    repo = ProductGroupRepository(session, principal)

    async def build() -> ProductGroup:
        if await repo.unscoped_name_taken(data.name):
            raise GroupNameTaken()
        return ProductGroup(**data.model_dump(exclude={"id"}))

    return await repo.create_once(data.id, build)


async def update_product_group(
    session: AsyncSession, principal: Principal, group: ProductGroup, *, data: ProductGroupUpdate
) -> ProductGroup:
    repo = ProductGroupRepository(session, principal)
    changes = data.model_dump(exclude_unset=True)
    if changes.get("name") and await repo.unscoped_name_taken(changes["name"], other_than=group.id):
        raise GroupNameTaken()
    return await repo.update(group, changes)


async def delete_product_group(
    session: AsyncSession, principal: Principal, group: ProductGroup
) -> None:
    """Only an empty group is deleted; one holding products (active or not) is a 409."""
    repo = ProductGroupRepository(session, principal)
    if await repo.unscoped_has_products(group.id):
        raise GroupInUse()
    await repo.delete(group)


# --- products ---------------------------------------------------------------------------


async def products_page(
    session: AsyncSession,
    principal: Principal,
    *,
    params: ListParams,
    fields: str | None,
    **filters: Any,
) -> bytes:
    repo = ProductRepository(session, principal)
    return await repo.read_page(PRODUCT_READ, repo.filtered(**filters), params, fields=fields)


async def count_products(session: AsyncSession, principal: Principal, **filters: Any) -> int:
    repo = ProductRepository(session, principal)
    return await repo.count(repo.filtered(**filters))


def products_export(session: AsyncSession, principal: Principal, **filters: Any) -> ExportSource:
    repo = ProductRepository(session, principal)
    return ExportSource(PRODUCT_READ, repo.filtered(**filters), PRODUCT_COLUMNS, "products")


def products_file_source(session: AsyncSession, principal: Principal) -> ExportSource:
    """What an export job of products reads: every product, sold or not."""
    repo = ProductRepository(session, principal)
    return ExportSource(PRODUCT_READ, repo.filtered(), [], "products")


async def product_item(
    session: AsyncSession, principal: Principal, product_id: uuid.UUID, *, fields: str | None
) -> dict[str, Any]:
    return await ProductRepository(session, principal).read_item(
        PRODUCT_READ, product_id, fields=fields
    )


async def get_product(
    session: AsyncSession, principal: Principal, product_id: uuid.UUID
) -> Product:
    """A product, or its 404 (other domains: a price list line, a quote line)."""
    return await ProductRepository(session, principal).get_or_404(product_id)


async def find_product(
    session: AsyncSession, principal: Principal, product_id: uuid.UUID
) -> Product | None:
    return await ProductRepository(session, principal).get(product_id)


async def find_products(
    session: AsyncSession, principal: Principal, product_ids: Collection[uuid.UUID]
) -> dict[uuid.UUID, Product]:
    """The products among ``product_ids``, by id (one statement; unknown ids left out):
    a document's lines."""
    return {
        product.id: product
        for product in await ProductRepository(session, principal).many(product_ids)
    }


async def existing_product_ids(
    session: AsyncSession, principal: Principal, product_ids: set[uuid.UUID]
) -> set[uuid.UUID]:
    """Which of ``product_ids`` are products (one statement; for price list lines)."""
    found = await ProductRepository(session, principal).many(product_ids)
    return {product.id for product in found}


async def hsn_sac_codes(
    session: AsyncSession, principal: Principal, product_ids: set[uuid.UUID]
) -> dict[uuid.UUID, str]:
    """The HSN/SAC code of each of ``product_ids`` that has one (one statement; for the
    GST columns of printed documents)."""
    found = await ProductRepository(session, principal).many(product_ids)
    return {product.id: product.hsn_sac_code for product in found if product.hsn_sac_code}


async def _check_references(
    session: AsyncSession,
    principal: Principal,
    *,
    group_id: uuid.UUID | None,
    tax_category_id: uuid.UUID | None,
) -> None:
    if (
        group_id is not None
        and await ProductGroupRepository(session, principal).get(group_id) is None
    ):
        raise InvalidReference("group_id")
    if tax_category_id is not None:
        if await taxes.find_tax_category(session, principal, tax_category_id) is None:
            raise InvalidReference("tax_category_id")


async def create_product(
    session: AsyncSession, principal: Principal, *, data: ProductCreate
) -> Saved[Product]:
    repo = ProductRepository(session, principal)

    async def build() -> Product:
        if await repo.unscoped_sku_taken(data.sku):
            raise SkuTaken()
        if data.external_id and await repo.unscoped_external_id_taken(data.external_id):
            raise ExternalIdTaken()
        await _check_references(
            session, principal, group_id=data.group_id, tax_category_id=data.tax_category_id
        )
        product = Product(**data.model_dump(exclude={"id"}))
        product.list_price = round_unit_price(product.list_price)
        if product.cost is not None:
            product.cost = round_unit_price(product.cost)
        return product

    return await repo.create_once(data.id, build)


async def update_product(
    session: AsyncSession, principal: Principal, product: Product, *, data: ProductUpdate
) -> Product:
    repo = ProductRepository(session, principal)
    changes = data.model_dump(exclude_unset=True)
    check_hsn_sac(
        changes.get("kind") or product.kind, changes.get("hsn_sac_code", product.hsn_sac_code)
    )
    if changes.get("sku") and await repo.unscoped_sku_taken(changes["sku"], other_than=product.id):
        raise SkuTaken()
    external_id = changes.get("external_id")
    if external_id and await repo.unscoped_external_id_taken(external_id, other_than=product.id):
        raise ExternalIdTaken()
    await _check_references(
        session,
        principal,
        group_id=changes.get("group_id"),
        tax_category_id=changes.get("tax_category_id"),
    )
    for name in ("list_price", "cost"):
        if changes.get(name) is not None:
            changes[name] = round_unit_price(changes[name])
    return await repo.update(product, changes)


# --- by external id (an ERP's upsert, decision 0038) -----------------------------------


async def product_by_external_id(
    session: AsyncSession, principal: Principal, external_id: str
) -> dict[str, Any]:
    product_id = await ProductRepository(session, principal).id_by_external_id(external_id)
    return await product_item(session, principal, product_id, fields=None)


_NAMED_REFERENCES = {"tax_category_code", "group_name"}
_REQUIRED_TO_CREATE = ("sku", "name", "tax_category_id", "list_price")


async def _references_by_name(
    session: AsyncSession, principal: Principal, data: ProductUpsert, fields: dict[str, Any]
) -> None:
    """``tax_category_code`` and ``group_name`` become the ids they name (a 422 naming
    the field when nothing has that code or name, or when the id sent is another)."""
    named = [
        ("tax_category_code", "tax_category_id", taxes.find_tax_category_by_code),
        ("group_name", "group_id", _group_by_name),
    ]
    for field, id_field, lookup in named:
        value = getattr(data, field)
        if value is None:
            continue
        found = await lookup(session, principal, value)
        if found is None:
            raise InvalidReference(field)
        if fields.get(id_field) not in (None, found.id):
            raise UnprocessableEntity(
                errors=[field_error(field, f"names another record than {id_field}", "mismatch")]
            )
        fields[id_field] = found.id


async def _group_by_name(
    session: AsyncSession, principal: Principal, name: str
) -> ProductGroup | None:
    return await remembered(
        session,
        PRODUCT_GROUPS,
        name,
        lambda: ProductGroupRepository(session, principal).by_name(name),
    )


PRODUCT_GROUPS = "product_groups"
depends_on(PRODUCT_GROUPS, ProductGroup)


async def prefetch_products(
    session: AsyncSession, principal: Principal, external_ids: Collection[str]
) -> dict[str, Found[Product]]:
    """The products with these ERP ids looked up at once (an import's chunk), for the
    upserts that follow (``found=``)."""
    return await prefetch(ProductRepository(session, principal), external_ids)


async def upsert_product(
    session: AsyncSession,
    principal: Principal,
    *,
    external_id: str,
    data: ProductUpsert,
    preconditions: Preconditions = NO_PRECONDITIONS,
    found: Found[Product] | None = None,
) -> Upserted[Product]:
    """Create or update the product with this ERP id through ``create_product`` and
    ``update_product`` (unique SKU, HSN/SAC fitting the kind, existing references)."""
    repo = ProductRepository(session, principal)
    fields = data.model_dump(exclude_unset=True, exclude=_NAMED_REFERENCES)
    await _references_by_name(session, principal, data, fields)

    async def create() -> Product:
        missing = [name for name in _REQUIRED_TO_CREATE if fields.get(name) is None]
        if missing:
            if "tax_category_id" in missing:
                missing[missing.index("tax_category_id")] = "tax_category_code"
            raise UnprocessableEntity(
                errors=[field_error(n, "required to create a product", "missing") for n in missing]
            )
        new = built(ProductCreate, **fields, external_id=external_id)
        return (await create_product(session, principal, data=new)).entity

    async def update(product: Product) -> Product:
        changes = {k: v for k, v in fields.items() if getattr(product, k) != v}
        return await update_product(
            session, principal, product, data=built(ProductUpdate, **changes)
        )

    return await upsert(
        session,
        find=lambda: repo.by_external_id(external_id),
        create=create,
        update=update,
        taken=ExternalIdTaken,
        preconditions=preconditions,
        found=found,
    )


async def product_ids_by_external_id(
    session: AsyncSession, principal: Principal, external_ids: Collection[str]
) -> dict[str, uuid.UUID]:
    """The products with these ERP ids, by ERP id (one statement; price list imports)."""
    return await ProductRepository(session, principal).by_external_ids(external_ids)


async def product_ids_by_sku(
    session: AsyncSession, principal: Principal, skus: Collection[str]
) -> dict[str, uuid.UUID]:
    """The products with these SKUs, by lower-cased SKU (one statement)."""
    return await ProductRepository(session, principal).ids_by_sku(skus)


async def products_of_references(
    session: AsyncSession,
    principal: Principal,
    lines: Sequence[ProductReference],
    *,
    loc: Sequence[str | int] = ("body", "lines"),
) -> list[uuid.UUID]:
    """The product each line names (by id, ERP id or SKU), in order: two statements for
    the whole document; a reference that finds no product is a 422 naming it at ``loc``
    (an id is checked by the document's own write, as a POST's)."""
    by_external_id = await product_ids_by_external_id(
        session, principal, {line.product_external_id for line in lines if line.product_external_id}
    )
    by_sku = await product_ids_by_sku(
        session, principal, {line.product_sku for line in lines if line.product_sku}
    )
    found: list[uuid.UUID] = []
    errors: list[FieldError] = []
    for index, line in enumerate(lines):
        product_id, field = line.product_id, "product_id"
        if line.product_external_id is not None:
            product_id, field = by_external_id.get(line.product_external_id), "product_external_id"
        elif line.product_sku is not None:
            product_id, field = by_sku.get(line.product_sku.lower()), "product_sku"
        if product_id is None:
            errors.append(
                FieldError(loc=[*loc, index, field], msg="no product has it", type="reference")
            )
            continue
        found.append(product_id)
    if errors:
        raise UnprocessableEntity(errors=errors)
    return found


# --- for other domains' reads (stock levels, procurement requests) ----------------------


def product_sku_of(product_id: Any) -> Any:
    """The SKU of the product ``product_id`` (a column of another domain's row), for its
    read model: products are visible to every caller, so this is not per caller."""
    return ProductRepository.unscoped_column_of(Product.sku, product_id)


def product_name_of(product_id: Any) -> Any:
    return ProductRepository.unscoped_column_of(Product.name, product_id)


def reorder_level_of(product_id: Any) -> Any:
    return ProductRepository.unscoped_column_of(Product.reorder_level, product_id)


def groups_of_products() -> Any:
    """(product_id, group_id) of every product, for a report by product group."""
    return ProductRepository.unscoped_groups_of_products()


def product_group_name_of(group_id: Any) -> Any:
    """The name of the product group ``group_id`` (the catalogue is everyone's)."""
    return ProductRepository.unscoped_group_name_of(group_id)


def product_ids_in_group(group_id: uuid.UUID) -> Any:
    """A subquery of the products of one group, for another domain's list filter."""
    return ProductRepository.unscoped_ids_in_group(group_id)


async def supply_method_of(session: AsyncSession, product_id: uuid.UUID) -> SupplyMethod | None:
    """How a shortfall of this product is made good (None: no such product)."""
    return await ProductRepository.unscoped_supply_method(session, product_id)


# --- the change feed ------------------------------------------------------------------


async def product_feed(
    session: AsyncSession, principal: Principal, ids: Collection[uuid.UUID]
) -> list[FeedRecord]:
    """Products as the phone's quote builder keeps them: a product no longer sold
    (inactive) is a tombstone (``archived``); made active again, it comes back."""
    found = await load_feed(ProductRepository(session, principal), PRODUCT_READ, ids)
    return [replace(record, archived=not record.data["is_active"]) for record in found]


async def goods_ids(session: AsyncSession, product_ids: Iterable[uuid.UUID]) -> set[uuid.UUID]:
    """Which of these products are goods (held in stock); the rest are services."""
    return await ProductRepository.unscoped_goods_ids(session, product_ids)


def product_kind_of(product_id: Any) -> Any:
    return ProductRepository.unscoped_column_of(Product.kind, product_id)

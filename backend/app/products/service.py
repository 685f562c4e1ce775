"""Product rules: unique SKU (any case) and ERP id, an HSN/SAC code that fits the kind,
an existing group and tax category, prices kept to 4 places, nothing ever deleted.

Two admins creating the same SKU at once both pass the check; the unique key lets one
commit and the other answers the same 409 as a sequential duplicate.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.access import Principal
from app.core.errors import InvalidReference
from app.core.export import ExportSource
from app.core.money import round_unit_price
from app.core.pagination import ListParams
from app.core.repository import Saved
from app.products.errors import ExternalIdTaken, GroupInUse, GroupNameTaken, SkuTaken
from app.products.models import Product, ProductGroup, ProductKind
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
    ProductUpdate,
    check_hsn_sac,
)
from app.taxes import service as taxes

__all__ = ["PRODUCT_GROUP_SORT", "PRODUCT_SORT", "Product", "ProductKind"]

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


async def existing_product_ids(
    session: AsyncSession, principal: Principal, product_ids: set[uuid.UUID]
) -> set[uuid.UUID]:
    """Which of ``product_ids`` are products (one statement; for price list lines)."""
    found = await ProductRepository(session, principal).many(product_ids)
    return {product.id for product in found}


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

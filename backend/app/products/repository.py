"""Every query of the products domain starts from the scoped base."""

from __future__ import annotations

import uuid
from collections.abc import Collection, Iterable
from typing import Any

from sqlalchemy import ARRAY, Select, String, any_, literal, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.db import any_of_ids
from app.core.export import export_columns
from app.core.money import decimal_sql, unit_price_sql
from app.core.pagination import SortOptions
from app.core.reads import ReadModel
from app.core.repository import ScopedRepository
from app.core.search import matches
from app.products.errors import (
    ExternalIdTaken,
    GroupNameTaken,
    ProductGroupNotFound,
    ProductNotFound,
    SkuTaken,
)
from app.products.models import Product, ProductGroup, ProductKind, SupplyMethod
from app.products.schemas import ProductGroupRead, ProductRead

PRODUCT_GROUP_READ = ReadModel(ProductGroup, ProductGroupRead)
PRODUCT_READ = ReadModel(
    Product,
    ProductRead,
    fields={
        "list_price": unit_price_sql(Product.list_price),
        "cost": unit_price_sql(Product.cost),
        "reorder_level": decimal_sql(Product.reorder_level),
    },
)
PRODUCT_COLUMNS = export_columns(PRODUCT_READ)
PRODUCT_SORT = SortOptions(
    "name",
    name=Product.name,
    sku=Product.sku_key,
    created_at=Product.created_at,
    updated_at=Product.updated_at,
)
PRODUCT_GROUP_SORT = SortOptions("name", name=ProductGroup.name)


class ProductGroupRepository(ScopedRepository[ProductGroup]):
    model = ProductGroup
    not_found = ProductGroupNotFound
    unique_conflicts = {"uq_product_groups_name": GroupNameTaken}

    async def unscoped_name_taken(self, name: str, *, other_than: uuid.UUID | None = None) -> bool:
        stmt = select(ProductGroup.id).where(ProductGroup.name == name)
        if other_than is not None:
            stmt = stmt.where(ProductGroup.id != other_than)
        return (await self.session.scalar(stmt)) is not None

    async def by_name(self, name: str) -> ProductGroup | None:
        stmt = self.scoped().where(ProductGroup.name == name)
        return (await self.session.scalars(stmt)).one_or_none()

    async def unscoped_has_products(self, group_id: uuid.UUID) -> bool:
        stmt = select(Product.id).where(Product.group_id == group_id).limit(1)
        return (await self.session.scalar(stmt)) is not None


# Which of some products are goods (stock is kept for them), built once.
_GOODS_AMONG = select(Product.id).where(
    Product.id == any_of_ids("ids"), Product.kind == ProductKind.GOODS
)


class ProductRepository(ScopedRepository[Product]):
    model = Product
    not_found = ProductNotFound
    unique_conflicts = {
        "uq_products_sku_key": SkuTaken,
        "uq_products_external_id": ExternalIdTaken,
    }

    def filtered(
        self,
        *,
        q: str | None = None,
        group_id: uuid.UUID | None = None,
        kind: ProductKind | None = None,
        tax_category_id: uuid.UUID | None = None,
        active: bool | None = None,
    ) -> Select[Product]:
        stmt = self.scoped()
        if q:
            stmt = stmt.where(matches(Product.search_text, q))
        if group_id is not None:
            stmt = stmt.where(Product.group_id == group_id)
        if kind is not None:
            stmt = stmt.where(Product.kind == kind)
        if tax_category_id is not None:
            stmt = stmt.where(Product.tax_category_id == tax_category_id)
        if active is not None:
            stmt = stmt.where(Product.is_active.is_(active))
        return stmt

    @staticmethod
    def unscoped_column_of(column: Any, product_id: Any) -> Any:
        """``column`` of the product ``product_id``: every caller sees every product."""
        return select(column).where(Product.id == product_id).scalar_subquery()

    @staticmethod
    def unscoped_groups_of_products() -> Any:
        """Every product's group (product_id, group_id; null when ungrouped)."""
        return select(Product.id.label("product_id"), Product.group_id)

    @staticmethod
    def unscoped_group_name_of(group_id: Any) -> Any:
        return select(ProductGroup.name).where(ProductGroup.id == group_id).scalar_subquery()

    @staticmethod
    def unscoped_ids_in_group(group_id: uuid.UUID) -> Select[Any]:
        return select(Product.id).where(Product.group_id == group_id)

    @staticmethod
    async def unscoped_supply_method(
        session: AsyncSession, product_id: uuid.UUID
    ) -> SupplyMethod | None:
        stmt = select(Product.supply_method).where(Product.id == product_id)
        return (await session.scalars(stmt)).one_or_none()

    @staticmethod
    async def unscoped_goods_ids(
        session: AsyncSession, product_ids: Iterable[uuid.UUID]
    ) -> set[uuid.UUID]:
        ids = {"ids": sorted(set(product_ids))}
        return set((await session.scalars(_GOODS_AMONG, ids)).all())

    async def ids_by_sku(self, skus: Collection[str]) -> dict[str, uuid.UUID]:
        """The products with these SKUs (any case), by lower-cased SKU (one statement)."""
        if not skus:
            return {}
        keys = sorted({sku.lower() for sku in skus})
        stmt = (
            self.scoped()
            .with_only_columns(Product.sku_key, Product.id)
            .where(Product.sku_key == any_(literal(keys, ARRAY(String()))))
        )
        return {row[0]: row[1] for row in (await self.session.execute(stmt)).all()}

    async def unscoped_sku_taken(self, sku: str, *, other_than: uuid.UUID | None = None) -> bool:
        stmt = select(Product.id).where(Product.sku_key == sku.lower())
        if other_than is not None:
            stmt = stmt.where(Product.id != other_than)
        return (await self.session.scalar(stmt)) is not None

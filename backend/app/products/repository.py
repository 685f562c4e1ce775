"""Every query of the products domain starts from the scoped base."""

from __future__ import annotations

import uuid

from sqlalchemy import Select, select

from app.core.export import export_columns
from app.core.money import unit_price_sql
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
from app.products.models import Product, ProductGroup, ProductKind
from app.products.schemas import ProductGroupRead, ProductRead

PRODUCT_GROUP_READ = ReadModel(ProductGroup, ProductGroupRead)
PRODUCT_READ = ReadModel(
    Product,
    ProductRead,
    fields={"list_price": unit_price_sql(Product.list_price), "cost": unit_price_sql(Product.cost)},
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

    async def unscoped_has_products(self, group_id: uuid.UUID) -> bool:
        stmt = select(Product.id).where(Product.group_id == group_id).limit(1)
        return (await self.session.scalar(stmt)) is not None


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

    async def unscoped_sku_taken(self, sku: str, *, other_than: uuid.UUID | None = None) -> bool:
        stmt = select(Product.id).where(Product.sku_key == sku.lower())
        if other_than is not None:
            stmt = stmt.where(Product.id != other_than)
        return (await self.session.scalar(stmt)) is not None

    async def unscoped_external_id_taken(
        self, external_id: str, *, other_than: uuid.UUID | None = None
    ) -> bool:
        stmt = select(Product.id).where(Product.external_id == external_id)
        if other_than is not None:
            stmt = stmt.where(Product.id != other_than)
        return (await self.session.scalar(stmt)) is not None

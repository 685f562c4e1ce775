"""Products and their groups: what the company sells, read by everyone, kept by admins.

A product is never deleted (quotes, orders and invoices refer to it): it is made
inactive. Its SKU is unique whatever its case ("pmp-100" and "PMP-100" are one SKU),
its ERP id (``external_id``) unique when given.
"""

from __future__ import annotations

import uuid
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import Boolean, Computed, ForeignKey, Index, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.core.access import register_scope, visible_to_everyone
from app.core.db import Entity, enum_column
from app.core.events import Tracked, track
from app.core.search import search_column, trigram_index


class ProductKind(StrEnum):
    GOODS = "goods"  # classified by an HSN code
    SERVICE = "service"  # classified by a SAC code (99....)


class SupplyMethod(StrEnum):
    """How a shortfall is made good: bought in (trading goods: a purchase request) or
    made (manufactured goods: a job order)."""

    PURCHASE = "purchase"
    MANUFACTURE = "manufacture"


class ProductGroup(Entity):
    __tablename__ = "product_groups"
    __table_args__ = (Index("ix_product_groups_name_id", "name", "id"),)

    name: Mapped[str] = mapped_column(String(120), unique=True)
    description: Mapped[str | None] = mapped_column(Text)


class Product(Entity):
    __tablename__ = "products"
    __table_args__ = (
        Index("ix_products_name_id", "name", "id"),
        Index("ix_products_sku_key_id", "sku_key", "id"),
        Index("ix_products_created_at_id", "created_at", "id"),
        Index("ix_products_updated_at_id", "updated_at", "id"),
        trigram_index("products"),
    )

    sku: Mapped[str] = mapped_column(String(64))
    # The SKU as uniqueness and sorting see it (case-insensitive), computed by PostgreSQL.
    sku_key: Mapped[str] = mapped_column(
        String(64), Computed("lower(sku)", persisted=True), unique=True
    )
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    group_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("product_groups.id"), index=True)
    unit: Mapped[str] = mapped_column(String(20), default="nos")
    kind: Mapped[ProductKind] = mapped_column(enum_column(ProductKind), default=ProductKind.GOODS)
    hsn_sac_code: Mapped[str | None] = mapped_column(String(8))
    tax_category_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tax_categories.id"), index=True)
    list_price: Mapped[Decimal] = mapped_column(Numeric(18, 4))
    currency: Mapped[str] = mapped_column(String(3), default="INR")
    cost: Mapped[Decimal | None] = mapped_column(Numeric(18, 4))
    is_active: Mapped[bool] = mapped_column(Boolean, default=True, index=True)
    supply_method: Mapped[SupplyMethod] = mapped_column(
        enum_column(SupplyMethod), default=SupplyMethod.PURCHASE, server_default="purchase"
    )
    # Stock below this (available, per warehouse) is flagged by GET /stock?below_reorder.
    reorder_level: Mapped[Decimal | None] = mapped_column(Numeric(18, 4))
    external_id: Mapped[str | None] = mapped_column(String(100), unique=True)
    search_text: Mapped[str] = search_column("sku", "name", "hsn_sac_code", "external_id")


register_scope(ProductGroup, visible_to_everyone())
register_scope(Product, visible_to_everyone())
track(ProductGroup, Tracked("product_group", label="name"))
track(Product, Tracked("product", label="name", feed="products"))

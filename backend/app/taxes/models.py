"""Tax categories: what a product's supply is taxed at (India: GST 0/5/12/18/28 %,
zero-rated, exempt), configured by admins. The computation is ``core/tax.py``."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import Boolean, Index, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.core.access import register_scope, visible_to_everyone
from app.core.db import Entity, enum_column
from app.core.events import Tracked, track
from app.core.tax import TaxTreatment


class TaxCategory(Entity):
    __tablename__ = "tax_categories"
    __table_args__ = (
        Index("ix_tax_categories_rate_id", "rate", "id"),
        Index("ix_tax_categories_name_id", "name", "id"),
    )

    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    description: Mapped[str | None] = mapped_column(Text)
    treatment: Mapped[TaxTreatment] = mapped_column(enum_column(TaxTreatment))
    # Percent; 0 for zero-rated and exempt categories (kept so by the service).
    rate: Mapped[Decimal] = mapped_column(Numeric(7, 4))
    # Inactive: no longer offered for new products; documents and products keep it.
    is_active: Mapped[bool] = mapped_column(Boolean, default=True, server_default="true")


register_scope(TaxCategory, visible_to_everyone())
track(TaxCategory, Tracked("tax_category", label="name", feed="tax_categories"))

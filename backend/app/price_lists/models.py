"""Price lists: prices per currency and period for everyone (default), a customer
segment, or one customer, with quantity breaks. Which price applies is decided by
``service.resolve_price`` (docs/decisions/0015-price-resolution.md).

Default and segment lists are visible to every signed-in user; a customer's own list
only to those who may see that customer (its prices are that customer's business).
"""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import (
    Boolean,
    ColumnElement,
    Date,
    ForeignKey,
    Index,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    or_,
    true,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.core.access import Principal, custom_rule, register_scope, visible_through
from app.core.db import Entity, enum_column
from app.core.events import Tracked, track
from app.customers import service as customers


class PriceListScope(StrEnum):
    DEFAULT = "default"
    SEGMENT = "segment"
    CUSTOMER = "customer"


class PriceList(Entity):
    __tablename__ = "price_lists"
    __table_args__ = (
        Index("ix_price_lists_name_id", "name", "id"),
        Index("ix_price_lists_valid_from_id", "valid_from", "id"),
        Index("ix_price_lists_created_at_id", "created_at", "id"),
        Index("ix_price_lists_currency_scope", "currency", "scope"),
    )

    name: Mapped[str] = mapped_column(String(120))
    currency: Mapped[str] = mapped_column(String(3))
    valid_from: Mapped[date] = mapped_column(Date)
    # The last day it applies; None: until further notice.
    valid_to: Mapped[date | None] = mapped_column(Date)
    scope: Mapped[PriceListScope] = mapped_column(enum_column(PriceListScope))
    # Set exactly when the scope says so (kept by the service).
    segment: Mapped[str | None] = mapped_column(String(80))
    customer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("customers.id"), index=True)
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    notes: Mapped[str | None] = mapped_column(Text)
    # The list's id in the ERP, unique when given (decision 0038).
    external_id: Mapped[str | None] = mapped_column(String(100), unique=True)


class PriceListLine(Entity):
    __tablename__ = "price_list_lines"
    __table_args__ = (
        UniqueConstraint("price_list_id", "product_id", "min_quantity"),
        Index("ix_price_list_lines_product_id_min_quantity", "product_id", "min_quantity"),
        Index("ix_price_list_lines_created_at_id", "created_at", "id"),
    )

    price_list_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("price_lists.id", ondelete="CASCADE")
    )
    product_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("products.id"))
    # The break: this price applies from this quantity up (to the next break).
    min_quantity: Mapped[Decimal] = mapped_column(Numeric(18, 4))
    unit_price: Mapped[Decimal] = mapped_column(Numeric(18, 4))


def _shared_or_customer_visible(principal: Principal) -> ColumnElement[bool]:
    if principal.is_admin:
        return true()
    return or_(
        PriceList.customer_id.is_(None),
        PriceList.customer_id.in_(customers.visible_customer_ids(principal)),
    )


register_scope(PriceList, custom_rule(_shared_or_customer_visible))
register_scope(PriceListLine, visible_through(PriceListLine.price_list_id, PriceList))
track(PriceList, Tracked("price_list", label="name", feed="price_lists"))
# A line's change updates its list in the change feed (the phone keeps a list with its lines).
track(
    PriceListLine,
    Tracked("price_list_line", feed="price_lists", feed_id="price_list_id"),
)

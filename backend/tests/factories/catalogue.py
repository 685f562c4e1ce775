"""Build valid tax categories, product groups, products and price lists in one call."""

from __future__ import annotations

import itertools
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.tax import TaxTreatment
from app.customers.models import Customer
from app.price_lists.models import PriceList, PriceListLine, PriceListScope
from app.products.models import Product, ProductGroup, ProductKind
from app.taxes.models import TaxCategory

_seq = itertools.count(1)


async def create_tax_category(
    session: AsyncSession,
    *,
    rate: str = "18",
    treatment: TaxTreatment = TaxTreatment.TAXABLE,
    code: str | None = None,
) -> TaxCategory:
    n = next(_seq)
    category = TaxCategory(
        code=code or f"T{n:04d}",
        name=f"Tax {n} ({rate}%)",
        treatment=treatment,
        rate=Decimal(rate),
        is_active=True,
    )
    session.add(category)
    await session.flush()
    return category


async def create_product_group(session: AsyncSession, *, name: str | None = None) -> ProductGroup:
    group = ProductGroup(name=name or f"Group {next(_seq):04d}")
    session.add(group)
    await session.flush()
    return group


async def create_product(
    session: AsyncSession,
    *,
    tax_category: TaxCategory | None = None,
    group: ProductGroup | None = None,
    list_price: str = "1000.0000",
    currency: str = "INR",
    **fields: Any,
) -> Product:
    n = next(_seq)
    tax_category = tax_category or await create_tax_category(session)
    product = Product(
        sku=fields.pop("sku", f"SKU-{n:05d}"),
        name=fields.pop("name", f"Product {n:04d}"),
        unit="nos",
        kind=fields.pop("kind", ProductKind.GOODS),
        hsn_sac_code=fields.pop("hsn_sac_code", "8413"),
        tax_category_id=tax_category.id,
        group_id=group.id if group else None,
        list_price=Decimal(list_price),
        currency=currency,
        is_active=fields.pop("is_active", True),
        **fields,
    )
    session.add(product)
    await session.flush()
    return product


async def create_price_list(
    session: AsyncSession,
    *,
    lines: list[tuple[Product, str, str]] = (),  # type: ignore[assignment]
    scope: PriceListScope = PriceListScope.DEFAULT,
    customer: Customer | None = None,
    segment: str | None = None,
    currency: str = "INR",
    valid_from: date = date(2026, 4, 1),
    valid_to: date | None = None,
    name: str | None = None,
    is_active: bool = True,
) -> PriceList:
    """``lines``: (product, min_quantity, unit_price)."""
    price_list = PriceList(
        name=name or f"List {next(_seq):04d}",
        currency=currency,
        valid_from=valid_from,
        valid_to=valid_to,
        scope=scope,
        segment=segment,
        customer_id=customer.id if customer else None,
        is_active=is_active,
    )
    session.add(price_list)
    await session.flush()
    for product, minimum, price in lines:
        session.add(
            PriceListLine(
                price_list_id=price_list.id,
                product_id=product.id,
                min_quantity=Decimal(minimum),
                unit_price=Decimal(price),
            )
        )
    await session.flush()
    return price_list

"""Build quotes through the service (numbered, priced and approved as the API does)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.customers.models import Customer
from app.products.models import Product
from app.quotes import service
from app.quotes.models import Quote
from app.quotes.schemas import QuoteCreate, QuoteLineIn
from app.users.models import User
from app.users.service import principal_for_user


async def create_quote(
    session: AsyncSession,
    *,
    owner: User,
    customer: Customer,
    lines: list[tuple[Product, str, str, str]],  # product, quantity, unit price, discount %
    **fields: Any,
) -> Quote:
    principal = await principal_for_user(session, owner.id)
    assert principal is not None
    data = QuoteCreate(
        customer_id=customer.id,
        lines=[
            QuoteLineIn(
                product_id=product.id,
                quantity=Decimal(quantity),
                unit_price=Decimal(price),
                discount_percent=Decimal(discount),
            )
            for product, quantity, price, discount in lines
        ],
        **fields,
    )
    saved = await service.create_quote(session, principal, data=data)
    return saved.entity

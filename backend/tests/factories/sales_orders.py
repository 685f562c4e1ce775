"""Build sales orders through the service (numbered and priced as the API does)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.customers.models import Customer
from app.products.models import Product
from app.sales_orders import service
from app.sales_orders.models import SalesOrder
from app.sales_orders.schemas import SalesOrderCreate, SalesOrderLineIn
from app.users.models import User
from app.users.service import principal_for_user


async def create_sales_order(
    session: AsyncSession,
    *,
    owner: User,
    customer: Customer,
    lines: list[tuple[Product, str, str, str]],  # product, quantity, unit price, discount %
    **fields: Any,
) -> SalesOrder:
    principal = await principal_for_user(session, owner.id)
    assert principal is not None
    data = SalesOrderCreate(
        customer_id=customer.id,
        lines=[
            SalesOrderLineIn(
                product_id=product.id,
                quantity=Decimal(quantity),
                unit_price=Decimal(price),
                discount_percent=Decimal(discount),
            )
            for product, quantity, price, discount in lines
        ],
        **fields,
    )
    saved = await service.create_sales_order(session, principal, data=data)
    return saved.entity

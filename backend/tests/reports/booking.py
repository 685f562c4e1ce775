"""Orders booked through HTTP for the forecast tests: a line of pumps at 1,000.50 on a
given day, confirmed; answers its taxable total."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from httpx import AsyncClient

from app.customers.models import Customer
from app.products.models import Product
from app.users.models import User
from tests.conftest import auth

UNIT_PRICE = "1000.50"


async def book(
    client: AsyncClient, owner: User, customer: Customer, product: Product, day: date, quantity: int
) -> Decimal:
    made = await client.post(
        "/api/v1/sales-orders",
        json={
            "customer_id": str(customer.id),
            "order_date": day.isoformat(),
            "lines": [
                {
                    "product_id": str(product.id),
                    "quantity": str(quantity),
                    "unit_price": UNIT_PRICE,
                    "discount_percent": "0",
                }
            ],
        },
        headers=auth(owner),
    )
    assert made.status_code == 201, made.text
    confirmed = await client.post(
        f"/api/v1/sales-orders/{made.json()['id']}/confirm", headers=auth(owner)
    )
    assert confirmed.status_code == 200, confirmed.text
    return Decimal(confirmed.json()["taxable_total"])

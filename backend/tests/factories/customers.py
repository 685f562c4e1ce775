"""Build valid customers and contacts in one call."""

from __future__ import annotations

import itertools
from decimal import Decimal
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.customers.models import AddressKind, Contact, Customer, CustomerAddress
from app.users.models import Territory, User

_seq = itertools.count(1)


async def create_customer(
    session: AsyncSession,
    *,
    owner: User,
    territory: Territory | None = None,
    name: str | None = None,
    **fields: Any,
) -> Customer:
    n = next(_seq)
    customer = Customer(
        name=name or f"Customer {n:04d}",
        owner_id=owner.id,
        territory_id=territory.id if territory else None,
        credit_limit=fields.pop("credit_limit", Decimal("500000.00")),
        currency="INR",
        addresses=[
            CustomerAddress(
                kind=AddressKind.BILLING,
                line1=f"Plot {n}, Ring Road",
                city="New Delhi",
                postal_code="110001",
                latitude=28.61,
                longitude=77.21,
            )
        ],
        contacts=[
            Contact(
                name=f"Contact {n}",
                email=f"contact{n}@customer.example",
                phone=f"+91 90000 {n:05d}",
            )
        ],
        **fields,
    )
    session.add(customer)
    await session.flush()
    return customer

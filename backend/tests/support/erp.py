"""An ERP's side of the API for integration tests: the records it holds (500 customers,
60 products, named by its own ids), sending them all by PUT, and the published rate
limit honoured the way an integration must: a 429 waits its ``Retry-After``, on an
injected clock (the limiter's windows are clock minutes), then the request is sent again."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from types import SimpleNamespace
from typing import Any

import pytest
from httpx import AsyncClient, Response
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core import rate_limits
from app.core.clock import utcnow
from app.core.events import DomainEvent
from app.customers.models import Contact, Customer, CustomerAddress
from app.products.models import Product

CUSTOMERS = 500
PRODUCTS = 60
CITIES = [("Bengaluru", "560058"), ("New Delhi", "110001"), ("Pune", "411001")]


def erp_customer(n: int, owners: list[str]) -> dict[str, Any]:
    city, postal_code = CITIES[n % len(CITIES)]
    return {
        "name": f"ERP Customer {n:04d} Pvt Ltd",
        "email": f"accounts{n}@erp{n}.example",
        "phone": f"+91 98{n:08d}",
        "credit_limit": f"{100000 + n * 10}.50",
        "payment_terms_days": 30 + n % 3 * 15,
        "segment_tags": ["erp", "dealer" if n % 2 else "oem"],
        "owner_email": owners[n % len(owners)],
        "addresses": [
            {"kind": "billing", "line1": f"Plot {n}", "city": city, "postal_code": postal_code},
            *(
                [{"kind": "shipping", "line1": f"Gate {n}", "city": city, "state": "Karnataka"}]
                if n % 4 == 0
                else []
            ),
        ],
        "contacts": [
            {"name": f"Buyer {n}", "email": f"buyer{n}@erp{n}.example", "is_primary": True},
            *([{"name": f"Accounts {n}", "phone": f"+91 97{n:08d}"}] if n % 5 == 0 else []),
        ],
    }


def erp_product(n: int) -> dict[str, Any]:
    return {
        "sku": f"ERP-SKU-{n:03d}",
        "name": f"ERP product {n}",
        "tax_category_code": "GST18",
        "list_price": f"{1000 + n}.25",
        "hsn_sac_code": "8413",
        "is_active": n % 10 != 0,
    }


def customer_id_of(n: int) -> str:
    return f"SAP-{n:05d}"


def product_id_of(n: int) -> str:
    return f"ERP-P-{n:03d}"


@dataclass
class RateLimitClock:
    """The time the rate limiter counts windows by, moved on by the waits an integration
    is told (``Retry-After``) instead of sleeping through them."""

    now: datetime
    waited_seconds: int = 0


def rate_limit_clock(monkeypatch: pytest.MonkeyPatch) -> RateLimitClock:
    pacing = RateLimitClock(utcnow())
    # The limiter's clock only: everything else keeps the real time.
    monkeypatch.setattr(rate_limits, "clock", SimpleNamespace(utcnow=lambda: pacing.now))
    return pacing


async def send(
    client: AsyncClient, pacing: RateLimitClock, method: str, url: str, **kwargs: Any
) -> Response:
    """One request as a well-behaved integration sends it: refused for its rate (429),
    it waits what ``Retry-After`` says and sends it again (the refused one did nothing)."""
    while True:
        answer = await client.request(method, url, **kwargs)
        if answer.status_code != 429:
            return answer
        assert answer.json()["code"] == "rate_limit.exceeded", answer.text
        wait = int(answer.headers["retry-after"])
        pacing.now += timedelta(seconds=wait)
        pacing.waited_seconds += wait


async def put_all(
    client: AsyncClient, pacing: RateLimitClock, key: dict[str, str], owners: list[str]
) -> list[str]:
    """Every product, then every customer, by PUT: each answer's ``Upsert-Outcome``."""
    outcomes = []
    for n in range(PRODUCTS):
        answer = await send(
            client,
            pacing,
            "PUT",
            f"/api/v1/products/by-external-id/{product_id_of(n)}",
            json=erp_product(n),
            headers=key,
        )
        assert answer.status_code in (200, 201), answer.text
        outcomes.append(answer.headers["upsert-outcome"])
    for n in range(CUSTOMERS):
        answer = await send(
            client,
            pacing,
            "PUT",
            f"/api/v1/customers/by-external-id/{customer_id_of(n)}",
            json=erp_customer(n, owners),
            headers=key,
        )
        assert answer.status_code in (200, 201), answer.text
        outcomes.append(answer.headers["upsert-outcome"])
    return outcomes


async def synced_state(session: AsyncSession) -> dict[str, Any]:
    """Every version the ERP's records have, and how many events the stream holds."""

    async def versions(model: Any) -> dict[Any, int]:
        return {row[0]: row[1] for row in (await session.execute(select(model.id, model.version)))}

    return {
        "customers": await versions(Customer),
        "addresses": await versions(CustomerAddress),
        "contacts": await versions(Contact),
        "products": await versions(Product),
        "events": await session.scalar(select(func.count()).select_from(DomainEvent)),
    }

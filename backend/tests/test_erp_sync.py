"""An ERP keeps customers and products in step through the API (issue 14): a key with
two scopes upserts 500 customers and 60 products by external id, then sends them all
again (by PUT, then as import files): the second and third runs change nothing, not a
version, not an event."""

from __future__ import annotations

import csv
import io
from typing import Any

from httpx import AsyncClient
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.core.events import DomainEvent
from app.customers.models import Contact, Customer, CustomerAddress
from app.products.models import Product
from tests.conftest import World, auth
from tests.factories.catalogue import create_tax_category
from tests.support.jobs import run_queued_jobs

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


async def _state(session: AsyncSession) -> dict[str, Any]:
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


async def _put_all(client: AsyncClient, key: dict[str, str], owners: list[str]) -> list[str]:
    outcomes = []
    for n in range(PRODUCTS):
        answer = await client.put(
            f"/api/v1/products/by-external-id/ERP-P-{n:03d}", json=erp_product(n), headers=key
        )
        assert answer.status_code in (200, 201), answer.text
        outcomes.append(answer.headers["upsert-outcome"])
    for n in range(CUSTOMERS):
        answer = await client.put(
            f"/api/v1/customers/by-external-id/SAP-{n:05d}",
            json=erp_customer(n, owners),
            headers=key,
        )
        assert answer.status_code in (200, 201), answer.text
        outcomes.append(answer.headers["upsert-outcome"])
    return outcomes


def _customers_csv(owners: list[str]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(
        [
            "external_id",
            "name",
            "email",
            "phone",
            "credit_limit",
            "payment_terms_days",
            "segment_tags",
            "owner_email",
            "billing.line1",
            "billing.city",
            "billing.postal_code",
            "contact.name",
            "contact.email",
            "contact.is_primary",
        ]
    )
    for n in range(CUSTOMERS):
        record = erp_customer(n, owners)
        billing, contact = record["addresses"][0], record["contacts"][0]
        writer.writerow(
            [
                f"SAP-{n:05d}",
                record["name"],
                record["email"],
                record["phone"],
                record["credit_limit"],
                record["payment_terms_days"],
                "; ".join(record["segment_tags"]),
                record["owner_email"],
                billing["line1"],
                billing["city"],
                billing["postal_code"],
                contact["name"],
                contact["email"],
                "true",
            ]
        )
    return out.getvalue().encode()


async def test_an_erp_upserts_twice_and_the_second_time_changes_nothing(
    client: AsyncClient,
    world: World,
    session: AsyncSession,
    sessionmaker: async_sessionmaker[AsyncSession],
):
    await create_tax_category(session, code="GST18")
    await session.commit()
    made = await client.post(
        "/api/v1/api-keys",
        json={"name": "SAP sync", "scopes": ["customers:write", "products:write"]},
        headers=auth(world.admin),
    )
    assert made.status_code == 201, made.text
    key = {"X-API-Key": made.json()["key"]}
    owners = [world.engineer.email, world.teammate.email, world.engineer_other_team.email]

    first = await _put_all(client, key, owners)
    assert first == ["created"] * (PRODUCTS + CUSTOMERS)
    before = await _state(session)
    assert len(before["customers"]) == CUSTOMERS and len(before["products"]) == PRODUCTS
    actors = await session.scalars(
        select(func.distinct(DomainEvent.actor_label)).where(
            DomainEvent.entity_type.in_(["customers", "products"])
        )
    )
    assert actors.all() == ["SAP sync"]

    second = await _put_all(client, key, owners)
    assert second == ["unchanged"] * (PRODUCTS + CUSTOMERS)
    assert await _state(session) == before  # same versions, not one event more

    # The same customers as one file: every record unchanged too.
    uploaded = await client.post(
        "/api/v1/customers/imports",
        files={"file": ("sap-customers.csv", _customers_csv(owners), "text/csv")},
        headers=key,
    )
    assert uploaded.status_code == 202, uploaded.text
    location = uploaded.headers["location"]
    await run_queued_jobs(session, sessionmaker)
    dry = (await client.get(location, headers=key)).json()
    assert dry["dry_run_counts"] == {"created": 0, "updated": 0, "unchanged": 500, "refused": 0}
    assert (await client.post(f"{location}/run", headers=key)).status_code == 202
    await run_queued_jobs(session, sessionmaker)
    ran = (await client.get(location, headers=key)).json()
    assert ran["counts"] == {"created": 0, "updated": 0, "unchanged": 500, "refused": 0}
    assert await _state(session) == before

    # One change in the ERP: one record updated, one event more (and its audit row).
    changed = erp_customer(7, owners)
    changed["credit_limit"] = "999999.00"
    answer = await client.put(
        "/api/v1/customers/by-external-id/SAP-00007", json=changed, headers=key
    )
    assert answer.headers["upsert-outcome"] == "updated"
    after = await _state(session)
    assert after["events"] == before["events"] + 1
    assert sum(after["customers"].values()) == sum(before["customers"].values()) + 1

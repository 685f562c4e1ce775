"""An ERP keeps customers and products in step through the API (issue 14): a key with
two scopes upserts 500 customers and 60 products by external id, then sends them all
again (by PUT, then as import files): the second and third runs change nothing, not a
version, not an event. The ERP keeps to the key's published rate limit (a 429 waits
its Retry-After)."""

from __future__ import annotations

import csv
import io

import pytest
from httpx import AsyncClient
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.core.events import DomainEvent
from tests.conftest import World, auth
from tests.factories.catalogue import create_tax_category
from tests.support.erp import (
    CUSTOMERS,
    PRODUCTS,
    customer_id_of,
    erp_customer,
    put_all,
    rate_limit_clock,
    send,
    synced_state,
)
from tests.support.jobs import run_queued_jobs


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
                customer_id_of(n),
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
    monkeypatch: pytest.MonkeyPatch,
):
    pacing = rate_limit_clock(monkeypatch)
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

    first = await put_all(client, pacing, key, owners)
    assert first == ["created"] * (PRODUCTS + CUSTOMERS)
    before = await synced_state(session)
    assert len(before["customers"]) == CUSTOMERS and len(before["products"]) == PRODUCTS
    actors = await session.scalars(
        select(func.distinct(DomainEvent.actor_label)).where(
            DomainEvent.entity_type.in_(["customers", "products"])
        )
    )
    assert actors.all() == ["SAP sync"]

    second = await put_all(client, pacing, key, owners)
    assert second == ["unchanged"] * (PRODUCTS + CUSTOMERS)
    assert await synced_state(session) == before  # same versions, not one event more
    assert pacing.waited_seconds > 0  # 1,120 requests: past the key's 600 a minute, it waited

    # The same customers as one file: every record unchanged too.
    uploaded = await send(
        client,
        pacing,
        "POST",
        "/api/v1/customers/imports",
        files={"file": ("sap-customers.csv", _customers_csv(owners), "text/csv")},
        headers=key,
    )
    assert uploaded.status_code == 202, uploaded.text
    location = uploaded.headers["location"]
    await run_queued_jobs(session, sessionmaker)
    dry = (await send(client, pacing, "GET", location, headers=key)).json()
    assert dry["dry_run_counts"] == {"created": 0, "updated": 0, "unchanged": 500, "refused": 0}
    assert (await send(client, pacing, "POST", f"{location}/run", headers=key)).status_code == 202
    await run_queued_jobs(session, sessionmaker)
    ran = (await send(client, pacing, "GET", location, headers=key)).json()
    assert ran["counts"] == {"created": 0, "updated": 0, "unchanged": 500, "refused": 0}
    assert await synced_state(session) == before

    # One change in the ERP: one record updated, one event more (and its audit row).
    changed = erp_customer(7, owners)
    changed["credit_limit"] = "999999.00"
    answer = await send(
        client,
        pacing,
        "PUT",
        f"/api/v1/customers/by-external-id/{customer_id_of(7)}",
        json=changed,
        headers=key,
    )
    assert answer.headers["upsert-outcome"] == "updated"
    after = await synced_state(session)
    assert after["events"] == before["events"] + 1
    assert sum(after["customers"].values()) == sum(before["customers"].values()) + 1

"""Exports as jobs through HTTP: scoped like every read, in the layout the imports take
(an exported file imports again and changes nothing)."""

from __future__ import annotations

import csv
import io

import orjson
from httpx import AsyncClient
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.core.events import DomainEvent
from app.core.xlsx import read_xlsx
from app.customers.models import Contact
from app.price_lists.models import PriceListScope
from tests.conftest import World, auth
from tests.factories.api_keys import create_api_key, key_auth
from tests.factories.catalogue import create_price_list, create_product
from tests.factories.customers import create_customer
from tests.support.jobs import run_queued_jobs

CUSTOMERS = "/api/v1/customers/exports"


async def _export(
    client: AsyncClient,
    headers: dict[str, str],
    session: AsyncSession,
    sessionmaker: async_sessionmaker[AsyncSession],
    *,
    url: str = CUSTOMERS,
    file_format: str = "csv",
) -> bytes:
    asked = await client.post(url, json={"format": file_format}, headers=headers)
    assert asked.status_code == 202, asked.text
    assert asked.json()["status"] == "queued"
    location = asked.headers["location"]
    early = await client.get(f"{location}/file", headers=headers)
    assert early.status_code == 409 and early.json()["code"] == "exports.not_ready"
    assert await run_queued_jobs(session, sessionmaker) == ["exports.run"]
    done = (await client.get(location, headers=headers)).json()
    assert done["status"] == "done", done
    assert done["processed_rows"] == done["total_rows"]
    answer = await client.get(f"{location}/file", headers=headers)
    assert answer.status_code == 200
    assert done["size_bytes"] == len(answer.content)
    return answer.content


async def test_an_export_holds_what_the_caller_sees_and_imports_again_unchanged(
    client: AsyncClient,
    world: World,
    session: AsyncSession,
    sessionmaker: async_sessionmaker[AsyncSession],
):
    mine = await create_customer(
        session,
        owner=world.engineer,
        territory=world.north,
        external_id="SAP-1",
        phone="+91 98450 11111",
        segment_tags=["sme", "export"],
        rating=4,
    )
    session.add(Contact(customer_id=mine.id, name="Aaron First", is_primary=True))
    await create_customer(session, owner=world.engineer_other_team, territory=world.south)
    await session.commit()
    me = auth(world.engineer)
    data = await _export(client, me, session, sessionmaker)
    table = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert [row["external_id"] for row in table] == ["SAP-1"]  # not the other team's
    row = table[0]
    assert row["id"] == str(mine.id) and row["segment_tags"] == "sme; export"
    assert row["phone"] == "'+91 98450 11111"  # kept from running as a formula
    assert row["billing.city"] == "New Delhi" and row["contact.name"] == "Aaron First"
    assert row["credit_limit"] == "500000.00"

    events = await session.scalar(select(func.count()).select_from(DomainEvent))
    again = await client.post(
        "/api/v1/customers/imports",
        files={"file": ("customers.csv", data, "text/csv")},
        data={"dry_run": "false"},
        headers=me,
    )
    assert again.status_code == 202, again.text
    await run_queued_jobs(session, sessionmaker)
    result = (await client.get(again.headers["location"], headers=me)).json()
    assert result["counts"] == {"created": 0, "updated": 0, "unchanged": 1, "refused": 0}
    assert await session.scalar(select(func.count()).select_from(DomainEvent)) == events


async def test_price_lists_as_json_lines_and_products_as_xlsx(
    client: AsyncClient,
    world: World,
    session: AsyncSession,
    sessionmaker: async_sessionmaker[AsyncSession],
):
    pump = await create_product(session, external_id="ERP-P-1", name="Pump")
    theirs = await create_customer(session, owner=world.engineer_other_team, territory=world.south)
    shared = await create_price_list(session, lines=[(pump, "1", "900"), (pump, "10", "850")])
    shared.external_id = "PL-SHARED"
    await create_price_list(
        session, scope=PriceListScope.CUSTOMER, customer=theirs, lines=[(pump, "1", "1")]
    )
    await session.commit()
    me = auth(world.engineer)
    lists = await _export(
        client, me, session, sessionmaker, url="/api/v1/price-lists/exports", file_format="jsonl"
    )
    records = [orjson.loads(line) for line in lists.splitlines()]
    assert [r["external_id"] for r in records] == ["PL-SHARED"]  # not their customer's list
    assert sorted((line["min_quantity"], line["unit_price"]) for line in records[0]["lines"]) == [
        ("1", "900.0000"),
        ("10", "850.0000"),
    ]
    assert set(records[0]) >= {"id", "version", "name", "valid_from", "scope", "lines"}

    book = await _export(
        client, me, session, sessionmaker, url="/api/v1/products/exports", file_format="xlsx"
    )
    rows = [cells for _, cells in read_xlsx(book)]
    header = rows[0]
    assert header[:4] == ["id", "version", "updated_at", "external_id"]
    assert rows[1][header.index("name")] == "Pump"
    assert rows[1][header.index("list_price")] == "1000.0000"


async def test_scopes_and_sight_of_exports(
    client: AsyncClient,
    world: World,
    session: AsyncSession,
    sessionmaker: async_sessionmaker[AsyncSession],
):
    _, secret = await create_api_key(session, by=world.admin, scopes=["customers:read"])
    asked = await client.post(CUSTOMERS, json={"format": "jsonl"}, headers=key_auth(secret))
    assert asked.status_code == 202
    products = await client.post(
        "/api/v1/products/exports", json={"format": "csv"}, headers=key_auth(secret)
    )
    assert products.status_code == 403 and products.json()["code"] == "auth.missing_scope"
    location = asked.headers["location"]
    assert (await client.get(location, headers=auth(world.engineer))).status_code == 404
    assert (await client.get(location, headers=auth(world.admin))).status_code == 200
    bad = await client.post(CUSTOMERS, json={"format": "pdf"}, headers=key_auth(secret))
    assert bad.status_code == 422 and bad.json()["errors"][0]["loc"] == ["body", "format"]
    listed = await client.get(CUSTOMERS, headers=key_auth(secret))
    assert [e["id"] for e in listed.json()["items"]] == [asked.json()["id"]]

"""Bulk imports by external id through HTTP: upload, dry run, run, results; a bad record
never stops the others; the uploader's permissions and reach apply."""

from __future__ import annotations

import csv
import io
from datetime import date
from typing import Any

import orjson
from httpx import AsyncClient, Response
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.core.events import DomainEvent
from app.customers.models import Customer
from app.price_lists.models import PriceList
from tests.conftest import World, auth
from tests.factories.api_keys import create_api_key, key_auth
from tests.factories.catalogue import create_product, create_tax_category
from tests.factories.customers import create_customer
from tests.support.jobs import run_queued_jobs
from tests.support.spreadsheets import workbook

CUSTOMERS = "/api/v1/customers/imports"
PRICE_LISTS = "/api/v1/price-lists/imports"
HEADER = (
    "external_id,name,rating,credit_limit,billing.line1,billing.city,billing.postal_code,"
    "contact.name,contact.email"
)


def _csv(*lines: str) -> bytes:
    return ("\n".join(lines) + "\n").encode()


async def _upload(
    client: AsyncClient,
    headers: dict[str, str],
    data: bytes,
    *,
    name: str = "customers.csv",
    url: str = CUSTOMERS,
    dry_run: bool = True,
) -> Response:
    return await client.post(
        url,
        files={"file": (name, data, "application/octet-stream")},
        data={"dry_run": "true" if dry_run else "false"},
        headers=headers,
    )


async def _rows(client: AsyncClient, headers: dict[str, str], url: str, **params: Any) -> Any:
    answer = await client.get(f"{url}/rows", params=params, headers=headers)
    assert answer.status_code == 200, answer.text
    return answer.json()["items"]


async def _count(session: AsyncSession, model: Any, **where: Any) -> int:
    stmt = select(func.count()).select_from(model)
    for name, value in where.items():
        stmt = stmt.where(getattr(model, name) == value)
    return int(await session.scalar(stmt) or 0)


async def test_a_csv_is_dry_run_then_run_and_a_bad_row_never_stops_the_others(
    client: AsyncClient,
    world: World,
    session: AsyncSession,
    sessionmaker: async_sessionmaker[AsyncSession],
):
    await create_customer(
        session, owner=world.engineer, territory=world.north, external_id="SAP-2", name="Old"
    )
    await session.commit()
    me = auth(world.engineer)
    data = _csv(
        HEADER,
        "SAP-1,Kaveri Tools,4,250000.50,Plot 12,New Delhi,110001,Meera Iyer,meera@kaveri.example",
        "SAP-2,Renamed Co,,,,,,,",
        "SAP-3,Bad Rating,nine,,,,,,",
        ",No Id,,,,,,,",
        "SAP-4,Bad Email,,,,,,Arun,not-an-email",
        "SAP-1,Twice,,,,,,,",
    )
    uploaded = await _upload(client, me, data)
    assert uploaded.status_code == 202, uploaded.text
    made = uploaded.json()
    url = uploaded.headers["location"]
    assert url == f"/api/v1/customers/imports/{made['id']}"
    assert (made["status"], made["total_rows"], made["file_format"]) == ("dry_run_queued", 6, "csv")
    assert await run_queued_jobs(session, sessionmaker) == ["imports.run"]

    dry = (await client.get(url, headers=me)).json()
    assert dry["status"] == "dry_run_done" and dry["processed_rows"] == 6
    assert dry["dry_run_counts"] == {"created": 1, "updated": 1, "unchanged": 0, "refused": 4}
    assert await _count(session, Customer, external_id="SAP-1") == 0  # a dry run keeps nothing
    rows = await _rows(client, me, url)
    assert [(r["row"], r["external_id"], r["outcome"]) for r in rows] == [
        (2, "SAP-1", "created"),
        (3, "SAP-2", "updated"),
        (4, "SAP-3", "refused"),
        (5, None, "refused"),
        (6, "SAP-4", "refused"),
        (7, "SAP-1", "refused"),
    ]
    refusals = {r["row"]: r["problem"] for r in rows if r["problem"]}
    assert refusals[4]["status"] == 422
    assert refusals[4]["errors"] == [
        {
            "loc": ["body", "rating"],
            "msg": "Value error, must be a whole number",
            "type": "value_error",
            "column": "rating",
        }
    ]
    assert refusals[5]["code"] == "imports.bad_external_id"
    assert refusals[5]["errors"][0]["column"] == "external_id"
    assert refusals[6]["errors"][0]["loc"] == ["body", "contacts", 0, "email"]
    assert refusals[6]["errors"][0]["column"] == "contact.email"
    assert refusals[7]["code"] == "imports.duplicate_external_id"

    ran = await client.post(f"{url}/run", headers=me)
    assert ran.status_code == 202 and ran.json()["status"] == "queued"
    again = await client.post(f"{url}/run", headers=me)
    assert again.status_code == 409 and again.json()["code"] == "imports.not_awaiting_run"
    assert await run_queued_jobs(session, sessionmaker) == ["imports.run"]
    done = (await client.get(url, headers=me)).json()
    assert done["status"] == "done"
    assert done["counts"] == {"created": 1, "updated": 1, "unchanged": 0, "refused": 4}
    created = (await session.scalars(select(Customer).where(Customer.external_id == "SAP-1"))).one()
    assert (created.name, created.rating, str(created.credit_limit)) == (
        "Kaveri Tools",
        4,
        "250000.5000",
    )
    assert created.territory_id == world.north.id  # from the billing postal code
    run_rows = await _rows(client, me, url, outcome="created")
    assert [r["record_id"] for r in run_rows] == [str(created.id)]
    events = await session.scalars(
        select(DomainEvent.request_id).where(DomainEvent.entity_id == created.id)
    )
    assert set(events.all()) == {f"import-{made['id']}"}

    result = await client.get(f"{url}/result", headers=me)
    assert result.status_code == 200
    assert result.headers["content-type"].startswith("text/csv")
    table = list(csv.DictReader(io.StringIO(result.content.decode("utf-8-sig"))))
    assert [(r["row"], r["outcome"]) for r in table][:2] == [("2", "created"), ("3", "updated")]
    assert table[2]["errors"] == "rating: Value error, must be a whole number"
    as_json = await client.get(f"{url}/result", params={"format": "json"}, headers=me)
    assert [r["outcome"] for r in as_json.json()] == [r["outcome"] for r in table]
    dry_result = await client.get(f"{url}/result", params={"phase": "dry_run"}, headers=me)
    assert dry_result.status_code == 200


async def test_json_lines_with_bad_lines_among_good_ones(
    client: AsyncClient,
    world: World,
    session: AsyncSession,
    sessionmaker: async_sessionmaker[AsyncSession],
):
    lines = [
        orjson.dumps(
            {
                "external_id": "J-1",
                "name": "Lines One",
                "addresses": [{"kind": "billing", "line1": "A", "city": "Delhi"}],
                "contacts": [{"name": "P One"}, {"name": "P Two"}],
            }
        ),
        b"{not json",
        b"[1, 2]",
        orjson.dumps({"external_id": "J-2", "name": "Lines Two", "unknown_field": 1}),
        orjson.dumps({"external_id": 42, "name": "Number id"}),
        orjson.dumps({"external_id": "J-3", "name": None}),
        orjson.dumps({"external_id": "J-4", "name": "Lines Four", "id": "ignored", "version": 9}),
        orjson.dumps({"external_id": "J-5", "name": "Lines Five", "currency": "XYZ"}),
    ]
    uploaded = await _upload(
        client, auth(world.engineer), b"\n".join(lines), name="c.jsonl", dry_run=False
    )
    assert uploaded.status_code == 202, uploaded.text
    assert uploaded.json()["status"] == "queued"
    await run_queued_jobs(session, sessionmaker)
    url = uploaded.headers["location"]
    rows = await _rows(client, auth(world.engineer), url)
    assert [(r["row"], r["outcome"]) for r in rows] == [
        (1, "created"),
        (2, "refused"),
        (3, "refused"),
        (4, "refused"),
        (5, "refused"),
        (6, "refused"),
        (7, "created"),
        (8, "refused"),
    ]
    problems = {r["row"]: r["problem"] for r in rows}
    assert (problems[2]["status"], problems[2]["code"]) == (400, "malformed_json")
    assert problems[4]["errors"][0]["loc"] == ["body", "unknown_field"]
    assert problems[5]["errors"][0]["loc"] == ["body", "external_id"]
    assert problems[6]["errors"][0]["loc"] == ["body", "name"]
    one = (await session.scalars(select(Customer).where(Customer.external_id == "J-1"))).one()
    assert await _count(session, Customer, external_id="J-4") == 1
    assert one.name == "Lines One"


async def test_an_xlsx_from_a_spreadsheet_program(
    client: AsyncClient,
    world: World,
    session: AsyncSession,
    sessionmaker: async_sessionmaker[AsyncSession],
):
    pump = await create_product(session, external_id="ERP-P-1", sku="PMP-1")
    await create_product(session, external_id="ERP-P-2", sku="VLV-1")
    await session.commit()
    book = workbook(
        [
            [
                "External_ID",
                "Name",
                "Valid_From",
                "Is_Active",
                "Line.Product_External_ID",
                "Line.Min_Quantity",
                "Line.Unit_Price",
            ],
            ["PL-1", "Dealers 2026", date(2026, 4, 1), True, "ERP-P-1", 1, 900],
            ["PL-1", None, None, None, "ERP-P-1", 10, 850.5],
            ["PL-1", "Dealers 2026", None, None, "ERP-P-2", 1, 120],
            ["PL-2", "Broken", "first of April", None, "ERP-P-1", 1, 5],
        ]
    )
    admin = auth(world.admin)
    uploaded = await _upload(client, admin, book, name="lists.xlsx", url=PRICE_LISTS)
    assert uploaded.status_code == 202, uploaded.text
    assert (uploaded.json()["file_format"], uploaded.json()["total_rows"]) == ("xlsx", 2)
    await run_queued_jobs(session, sessionmaker)
    url = uploaded.headers["location"]
    rows = await _rows(client, admin, url)
    assert [(r["row"], r["rows"], r["outcome"]) for r in rows] == [
        (2, [2, 3, 4], "created"),
        (5, [5], "refused"),
    ]
    assert rows[1]["problem"]["errors"][0]["column"] == "valid_from"
    await client.post(f"{url}/run", headers=admin)
    await run_queued_jobs(session, sessionmaker)
    made = (await session.scalars(select(PriceList).where(PriceList.external_id == "PL-1"))).one()
    assert (made.valid_from, made.is_active) == (date(2026, 4, 1), True)
    listed = await client.get("/api/v1/price-lists/by-external-id/PL-1", headers=admin)
    prices = sorted(
        (line["product_id"], line["min_quantity"], line["unit_price"])
        for line in listed.json()["lines"]
    )
    assert (str(pump.id), "10", "850.5000") in prices and len(prices) == 3


async def test_whole_file_refusals_name_the_problem(client: AsyncClient, world: World):
    me = auth(world.engineer)
    unknown = await _upload(client, me, _csv("external_id,name,colour", "A,B,red"))
    assert unknown.status_code == 422 and unknown.json()["code"] == "imports.bad_columns"
    assert unknown.json()["errors"] == [
        {
            "loc": ["body", "file", "columns", "colour"],
            "msg": "not a column of this resource",
            "type": "unknown_column",
        }
    ]
    no_id = await _upload(client, me, _csv("name", "B"))
    assert no_id.json()["errors"][0]["loc"] == ["body", "file", "columns", "external_id"]
    empty = await _upload(client, me, _csv("external_id,name"))
    assert empty.status_code == 422 and empty.json()["code"] == "imports.unreadable_file"
    not_a_book = await _upload(client, me, b"PK\x03\x04 not really", name="x.xlsx")
    assert not_a_book.status_code == 422
    assert not_a_book.json()["errors"][0]["loc"] == ["body", "file"]
    latin1 = await _upload(client, me, "external_id,name\nA,Café\n".encode("latin-1"))
    assert latin1.status_code == 422
    too_many = await _upload(
        client, me, _csv("external_id,name", *(f"X-{n},N{n}" for n in range(10_001)))
    )
    assert too_many.status_code == 413 and too_many.json()["code"] == "imports.too_many_rows"
    listed = await client.get(CUSTOMERS, headers=me)
    assert listed.json()["items"] == []  # nothing was kept of the refused files


async def test_scopes_of_api_keys_and_the_reach_of_roles(
    client: AsyncClient,
    world: World,
    session: AsyncSession,
    sessionmaker: async_sessionmaker[AsyncSession],
):
    await create_customer(
        session, owner=world.engineer_other_team, territory=world.south, external_id="THEIRS"
    )
    await session.commit()
    data = _csv(
        "external_id,name,owner_email", f"K-1,Keyed,{world.engineer.email}", "THEIRS,Mine now,"
    )
    _, reader = await create_api_key(session, by=world.admin, scopes=["customers:read"])
    refused = await _upload(client, key_auth(reader), data)
    assert refused.status_code == 403 and refused.json()["code"] == "auth.missing_scope"
    key, writer = await create_api_key(
        session, by=world.admin, scopes=["customers:write"], team=world.team
    )
    uploaded = await _upload(client, key_auth(writer), data, dry_run=False)
    assert uploaded.status_code == 202, uploaded.text
    url = uploaded.headers["location"]
    await run_queued_jobs(session, sessionmaker)
    rows = await _rows(client, key_auth(writer), url)
    assert [r["outcome"] for r in rows] == ["created", "refused"]
    assert rows[1]["problem"]["code"] == "customers.external_id_taken"  # out of the key's reach
    actor = await session.scalar(
        select(DomainEvent.actor_id).where(DomainEvent.entity_id == rows[0]["record_id"])
    )
    assert actor == key.id
    # The import is the key's: not the engineer's, nor another key's; an admin sees it.
    assert (await client.get(url, headers=auth(world.engineer))).status_code == 404
    _, other = await create_api_key(session, by=world.admin, scopes=["customers:write"])
    assert (await client.get(url, headers=key_auth(other))).status_code == 404
    assert (await client.get(url, headers=auth(world.admin))).status_code == 200
    # Another resource's import routes do not see it; without products:write, a 403.
    product_url = url.replace("/customers/", "/products/")
    assert (await client.get(product_url, headers=auth(world.admin))).status_code == 404
    assert (await client.get(product_url, headers=key_auth(writer))).status_code == 403


async def test_an_engineer_imports_within_their_reach(
    client: AsyncClient,
    world: World,
    session: AsyncSession,
    sessionmaker: async_sessionmaker[AsyncSession],
):
    data = _csv(
        "external_id,name,territory_id,owner_id",
        f"E-1,Mine,{world.north.id},",
        f"E-2,Elsewhere,{world.south.id},",
        f"E-3,For another,,{world.engineer_other_team.id}",
    )
    uploaded = await _upload(client, auth(world.engineer), data)
    await run_queued_jobs(session, sessionmaker)
    rows = await _rows(client, auth(world.engineer), uploaded.headers["location"])
    assert [r["outcome"] for r in rows] == ["created", "refused", "refused"]
    assert rows[1]["problem"]["errors"][0]["column"] == "territory_id"
    assert (rows[2]["problem"]["status"], rows[2]["problem"]["code"]) == (
        403,
        "auth.missing_permission",
    )
    assert (
        await client.get(uploaded.headers["location"], headers=auth(world.head))
    ).status_code == 404


async def test_a_revoked_key_stops_its_queued_import(
    client: AsyncClient,
    world: World,
    session: AsyncSession,
    sessionmaker: async_sessionmaker[AsyncSession],
):
    key, secret = await create_api_key(session, by=world.admin, scopes=["customers:write"])
    uploaded = await _upload(
        client,
        key_auth(secret),
        _csv("external_id,name,owner_email", f"R-1,X,{world.engineer.email}"),
    )
    revoked = await client.post(f"/api/v1/api-keys/{key.id}/revoke", headers=auth(world.admin))
    assert revoked.status_code == 200
    await run_queued_jobs(session, sessionmaker)
    found = await client.get(uploaded.headers["location"], headers=auth(world.admin))
    assert found.json()["status"] == "failed"
    assert "revoked" in found.json()["error"].lower()
    assert await _count(session, Customer, external_id="R-1") == 0


async def test_an_upload_replayed_with_its_idempotency_key_is_one_import(
    client: AsyncClient, world: World, session: AsyncSession
):
    headers = {**auth(world.engineer), "Idempotency-Key": "import-once"}
    data = _csv("external_id,name", "I-1,Once")
    first = await _upload(client, headers, data)
    again = await _upload(client, headers, data)
    assert (first.status_code, again.status_code) == (202, 202)
    assert again.json()["id"] == first.json()["id"]
    listed = await client.get(CUSTOMERS, headers=auth(world.engineer))
    assert [i["id"] for i in listed.json()["items"]] == [first.json()["id"]]


async def test_products_by_file_name_their_category_and_group(
    client: AsyncClient,
    world: World,
    session: AsyncSession,
    sessionmaker: async_sessionmaker[AsyncSession],
):
    await create_tax_category(session, code="GST18")
    await session.commit()
    data = _csv(
        "external_id,sku,name,tax_category_code,list_price,kind,hsn_sac_code,is_active",
        "P-1,PMP-100,Pump,GST18,12500,goods,8413,yes",
        "P-2,SRV-1,Service,GST18,500,service,8413,true",
    )
    uploaded = await _upload(
        client, auth(world.admin), data, url="/api/v1/products/imports", dry_run=False
    )
    await run_queued_jobs(session, sessionmaker)
    rows = await _rows(client, auth(world.admin), uploaded.headers["location"])
    assert [r["outcome"] for r in rows] == ["created", "refused"]
    assert rows[1]["problem"]["errors"][0]["column"] == "hsn_sac_code"

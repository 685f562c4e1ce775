"""Orders and invoices in files: a row per line (the record's columns repeated) or a
JSON line per record, imported by external id; a bad record never stops the others; an
export of either imports again unchanged."""

from __future__ import annotations

import csv
import io
from datetime import date
from typing import Any

import orjson
import pytest
from httpx import AsyncClient, Response
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.core.events import DomainEvent
from app.core.xlsx import read_xlsx
from app.customers.models import Customer
from app.invoices.models import Invoice
from app.sales_orders.models import SalesOrder
from tests.conftest import World, auth
from tests.factories.catalogue import create_product
from tests.factories.customers import create_customer
from tests.factories.invoices import create_invoice, create_payment
from tests.support.jobs import run_queued_jobs

ORDERS = "/api/v1/sales-orders"
INVOICES = "/api/v1/invoices"


async def _events(session: AsyncSession) -> int:
    return int(await session.scalar(select(func.count()).select_from(DomainEvent)) or 0)


async def _catalogue(session: AsyncSession, world: World) -> None:
    """The engineer's customer SAP-C1 and two products (ERP-P-1; SKU VLV-1)."""
    await create_customer(
        session, owner=world.engineer, territory=world.north, external_id="SAP-C1"
    )
    await create_product(session, external_id="ERP-P-1", sku="PMP-1")
    await create_product(session, sku="VLV-1")
    await session.commit()


async def _upload(
    client: AsyncClient,
    headers: dict[str, str],
    url: str,
    data: bytes,
    name: str,
    *,
    dry_run: bool,
) -> Response:
    return await client.post(
        f"{url}/imports",
        files={"file": (name, data, "application/octet-stream")},
        data={"dry_run": "true" if dry_run else "false"},
        headers=headers,
    )


async def _rows(client: AsyncClient, headers: dict[str, str], location: str) -> Any:
    answer = await client.get(f"{location}/rows", headers=headers)
    assert answer.status_code == 200, answer.text
    return answer.json()["items"]


async def _create_each(
    client: AsyncClient,
    headers: dict[str, str],
    url: str,
    lines: list[dict[str, Any]],
    sent: dict[str, dict[str, Any]],
) -> None:
    """Each document of ``sent`` (by external id: its own fields) made by a PUT with the
    customer SAP-C1 and ``lines``."""
    for external_id, extra in sent.items():
        answer = await client.put(
            f"{url}/by-external-id/{external_id}",
            json={"customer_external_id": "SAP-C1", "lines": lines, **extra},
            headers=headers,
        )
        assert answer.status_code == 201, answer.text


async def _dry_run_then_run(
    client: AsyncClient,
    headers: dict[str, str],
    session: AsyncSession,
    sessionmaker: async_sessionmaker[AsyncSession],
    url: str,
    data: bytes,
    name: str,
    model: type[Invoice] | type[SalesOrder],
) -> tuple[str, Any, Any]:
    """The import's location, its dry run's rows and its run's answer."""
    uploaded = await _upload(client, headers, url, data, name, dry_run=True)
    assert uploaded.status_code == 202, uploaded.text
    location = uploaded.headers["location"]
    assert await run_queued_jobs(session, sessionmaker) == ["imports.run"]
    dry = (await client.get(location, headers=headers)).json()
    assert dry["status"] == "dry_run_done", dry
    kept = await session.scalar(select(func.count()).select_from(model))
    assert kept == 0  # a dry run keeps nothing (nor takes a number)
    ran = await client.post(f"{location}/run", headers=headers)
    assert ran.status_code == 202, ran.text
    assert await run_queued_jobs(session, sessionmaker) == ["imports.run"]
    done = (await client.get(location, headers=headers)).json()
    assert done["status"] == "done", done
    return location, dry, done | {"rows": await _rows(client, headers, location)}


async def test_a_csv_of_orders_a_row_per_line_and_a_bad_one_refused(
    client: AsyncClient,
    world: World,
    session: AsyncSession,
    sessionmaker: async_sessionmaker[AsyncSession],
):
    await _catalogue(session, world)
    me = auth(world.engineer)
    data = (
        b"external_id,customer_external_id,order_date,customer_po_number,status,"
        b"line.product_external_id,line.product_sku,line.quantity,line.unit_price,"
        b"line.discount_percent\n"
        b"SO-1,SAP-C1,2026-05-02,PO-11,,ERP-P-1,,2,1000,10\n"
        b"SO-1,SAP-C1,2026-05-02,PO-11,,,VLV-1,1,500,\n"
        b"SO-2,SAP-C1,2026-05-03,PO-12,confirmed,,vlv-1,3,500,\n"
        b"SO-3,SAP-C1,2026-05-03,PO-13,,,VLV-1,lots,500,\n"
    )
    events = await _events(session)
    _, dry, done = await _dry_run_then_run(
        client, me, session, sessionmaker, ORDERS, data, "orders.csv", SalesOrder
    )
    assert dry["total_rows"] == 3  # records: SO-1's two rows are one order
    assert dry["dry_run_counts"] == {"created": 2, "updated": 0, "unchanged": 0, "refused": 1}
    assert done["counts"] == {"created": 2, "updated": 0, "unchanged": 0, "refused": 1}
    rows = done["rows"]
    assert [(r["row"], r["rows"], r["external_id"], r["outcome"]) for r in rows] == [
        (2, [2, 3], "SO-1", "created"),
        (4, [4], "SO-2", "created"),
        (5, [5], "SO-3", "refused"),
    ]
    problem = rows[2]["problem"]
    assert problem["status"] == 422
    assert [(e["loc"], e["column"]) for e in problem["errors"]] == [
        (["body", "lines", 0, "quantity"], "line.quantity")
    ]
    assert await _events(session) > events

    first = (await client.get(f"{ORDERS}/by-external-id/SO-1", headers=me)).json()
    assert first["id"] == rows[0]["record_id"]
    assert (first["status"], first["order_date"], first["customer_po_number"]) == (
        "draft",
        "2026-05-02",
        "PO-11",
    )
    assert [(line["quantity"], line["unit_price"]) for line in first["lines"]] == [
        ("2", "1000.0000"),
        ("1", "500.0000"),
    ]
    assert first["grand_total"] == "2714.00"  # 1800 + 500 taxable, 18 % on it
    second = (await client.get(f"{ORDERS}/by-external-id/SO-2", headers=me)).json()
    assert second["status"] == "confirmed" and second["number"] is not None
    assert second["grand_total"] == "1770.00"
    none = await session.scalar(
        select(func.count()).select_from(SalesOrder).where(SalesOrder.external_id == "SO-3")
    )
    assert none == 0


async def test_json_lines_of_invoices_issued_drafted_and_refused(
    client: AsyncClient,
    world: World,
    session: AsyncSession,
    sessionmaker: async_sessionmaker[AsyncSession],
):
    await _catalogue(session, world)
    head = auth(world.head)
    pump = {"product_external_id": "ERP-P-1", "quantity": "2", "unit_price": "1000"}
    valve = {"product_sku": "VLV-1", "quantity": "1", "unit_price": "500"}
    records = [
        {
            "external_id": "INV-1",
            "customer_external_id": "SAP-C1",
            "invoice_date": "2026-05-04",
            "status": "issued",
            "lines": [pump | {"discount_percent": "10"}, valve],
        },
        {"external_id": "INV-2", "customer_external_id": "SAP-C1", "lines": [valve]},
        {
            "external_id": "INV-3",
            "customer_external_id": "SAP-C1",
            "lines": [valve, pump | {"product_external_id": "NOPE"}],
        },
        {"external_id": "INV-4", "lines": [valve]},
    ]
    data = b"\n".join(orjson.dumps(record) for record in records)
    _, dry, done = await _dry_run_then_run(
        client, head, session, sessionmaker, INVOICES, data, "invoices.jsonl", Invoice
    )
    assert dry["dry_run_counts"] == {"created": 2, "updated": 0, "unchanged": 0, "refused": 2}
    assert done["counts"] == {"created": 2, "updated": 0, "unchanged": 0, "refused": 2}
    rows = done["rows"]
    assert [(r["row"], r["external_id"], r["outcome"]) for r in rows] == [
        (1, "INV-1", "created"),
        (2, "INV-2", "created"),
        (3, "INV-3", "refused"),
        (4, "INV-4", "refused"),
    ]
    assert rows[2]["problem"]["errors"][0]["loc"] == ["body", "lines", 1, "product_external_id"]
    assert rows[3]["problem"]["errors"][0]["loc"] == ["body", "customer_id"]

    issued = (await client.get(f"{INVOICES}/by-external-id/INV-1", headers=head)).json()
    assert (issued["status"], issued["number"], issued["invoice_date"]) == (
        "issued",
        "INV/2026-27/00001",  # the first of the series: the dry run took none
        "2026-05-04",
    )
    assert issued["grand_total"] == "2714.00"
    draft = (await client.get(f"{INVOICES}/by-external-id/INV-2", headers=head)).json()
    assert (draft["status"], draft["number"], draft["grand_total"]) == ("draft", None, "590.00")


async def _export(
    client: AsyncClient,
    headers: dict[str, str],
    session: AsyncSession,
    sessionmaker: async_sessionmaker[AsyncSession],
    url: str,
    file_format: str,
) -> bytes:
    asked = await client.post(f"{url}/exports", json={"format": file_format}, headers=headers)
    assert asked.status_code == 202, asked.text
    location = asked.headers["location"]
    assert await run_queued_jobs(session, sessionmaker) == ["exports.run"]
    done = (await client.get(location, headers=headers)).json()
    assert done["status"] == "done", done
    answer = await client.get(f"{location}/file", headers=headers)
    assert answer.status_code == 200
    return answer.content


def _records(data: bytes, file_format: str) -> list[dict[str, Any]]:
    """The file's records (JSON lines) or rows (CSV, XLSX) by column."""
    if file_format == "jsonl":
        return [orjson.loads(line) for line in data.splitlines()]
    if file_format == "xlsx":
        header, *rows = [cells for _, cells in read_xlsx(data)]
        return [dict(zip(header, cells, strict=False)) for cells in rows]
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))


async def _import_again(
    client: AsyncClient,
    headers: dict[str, str],
    session: AsyncSession,
    sessionmaker: async_sessionmaker[AsyncSession],
    url: str,
    data: bytes,
    file_format: str,
) -> Any:
    uploaded = await _upload(client, headers, url, data, f"export.{file_format}", dry_run=False)
    assert uploaded.status_code == 202, uploaded.text
    await run_queued_jobs(session, sessionmaker)
    location = uploaded.headers["location"]
    result = (await client.get(location, headers=headers)).json()
    return result, await _rows(client, headers, location)


@pytest.mark.parametrize("file_format", ["csv", "xlsx", "jsonl"])
async def test_an_export_of_invoices_imports_again_unchanged(
    client: AsyncClient,
    world: World,
    session: AsyncSession,
    sessionmaker: async_sessionmaker[AsyncSession],
    file_format: str,
):
    await _catalogue(session, world)
    theirs = await create_customer(
        session, owner=world.engineer_other_team, territory=world.south, external_id="SAP-C9"
    )
    await session.commit()
    head = auth(world.head)
    two_lines = [
        {"product_external_id": "ERP-P-1", "quantity": "2", "unit_price": "1000"},
        {
            "product_sku": "VLV-1",
            "quantity": "1.5",
            "unit_price": "333.3333",
            "discount_percent": "12.5",
            "description": "Valve, 2 inch",
        },
    ]
    sent = {
        "INV-DRAFT": {"notes": "Deliver to gate 2"},
        "INV-ISSUED": {"status": "issued", "invoice_date": "2026-05-04", "payment_terms_days": 7},
        "INV-PAID": {"status": "issued", "invoice_date": "2026-05-05"},
        "INV-CANCELLED": {"status": "cancelled"},
    }
    await _create_each(client, head, INVOICES, two_lines, sent)
    paid = (await session.scalars(select(Invoice).where(Invoice.external_id == "INV-PAID"))).one()
    await create_payment(
        session,
        by=world.head,
        customer=await session.get_one(Customer, paid.customer_id),
        amount=str(paid.grand_total),
        paid_on=date(2026, 5, 20),
        allocations=[(paid, str(paid.grand_total))],
    )
    product = await create_product(session)
    other = await create_invoice(
        session, by=world.other_head, customer=theirs, lines=[(product, "1", "10", "0")]
    )
    other.external_id = "INV-THEIRS"
    await session.commit()

    data = await _export(client, head, session, sessionmaker, INVOICES, file_format)
    records = _records(data, file_format)
    by_id: dict[str, list[dict[str, Any]]] = {}
    for record in records:
        by_id.setdefault(record["external_id"], []).append(record)
    assert sorted(by_id) == ["INV-CANCELLED", "INV-DRAFT", "INV-ISSUED", "INV-PAID"]
    paid_rows = by_id["INV-PAID"]
    assert {r["status"] for r in paid_rows} == {"issued"}  # paid: issued, in the upsert's words
    if file_format != "jsonl":
        assert len(paid_rows) == 2  # a row per line
        assert [r["line.quantity"] for r in paid_rows] == ["2", "1.5"]
    else:
        assert [line["quantity"] for line in paid_rows[0]["lines"]] == ["2", "1.5"]
    assert (await client.get(f"{INVOICES}/by-external-id/INV-PAID", headers=head)).json()[
        "status"
    ] == "paid"

    events = await _events(session)
    result, rows = await _import_again(
        client, head, session, sessionmaker, INVOICES, data, file_format
    )
    assert [(r["external_id"], r["outcome"], r["problem"]) for r in rows] == [
        (external_id, "unchanged", None) for external_id in by_id
    ]
    assert result["counts"] == {"created": 0, "updated": 0, "unchanged": 4, "refused": 0}
    assert await _events(session) == events


@pytest.mark.parametrize("file_format", ["csv", "xlsx", "jsonl"])
async def test_an_export_of_orders_imports_again_unchanged(
    client: AsyncClient,
    world: World,
    session: AsyncSession,
    sessionmaker: async_sessionmaker[AsyncSession],
    file_format: str,
):
    await _catalogue(session, world)
    me = auth(world.engineer)
    two_lines = [
        {"product_external_id": "ERP-P-1", "quantity": "2", "unit_price": "1000"},
        {
            "product_sku": "VLV-1",
            "quantity": "3",
            "unit_price": "500",
            "discount_percent": "5",
            "description": "Valve, 2 inch",
        },
    ]
    sent = {
        "SO-DRAFT": {"notes": "Call before delivery", "customer_po_number": "PO-1"},
        "SO-CONFIRMED": {"status": "confirmed", "order_date": "2026-05-02"},
        "SO-CANCELLED": {"status": "cancelled"},
    }
    await _create_each(client, me, ORDERS, two_lines, sent)

    data = await _export(client, me, session, sessionmaker, ORDERS, file_format)
    records = _records(data, file_format)
    external_ids = list(dict.fromkeys(record["external_id"] for record in records))
    assert sorted(external_ids) == ["SO-CANCELLED", "SO-CONFIRMED", "SO-DRAFT"]
    assert len(records) == (3 if file_format == "jsonl" else 6)

    events = await _events(session)
    result, rows = await _import_again(client, me, session, sessionmaker, ORDERS, data, file_format)
    assert [(r["external_id"], r["outcome"], r["problem"]) for r in rows] == [
        (external_id, "unchanged", None) for external_id in external_ids
    ]
    assert result["counts"] == {"created": 0, "updated": 0, "unchanged": 3, "refused": 0}
    assert await _events(session) == events

"""An erasure reaches the files of imports and exports too: the rows an import read of
the person (and the refusals that echo them) are scrubbed, and every kept export file
that may hold people (customers, with their contacts) is deleted, its export saying why;
other exports keep their files."""

from __future__ import annotations

from httpx import AsyncClient
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.customers.models import Contact
from app.exports.resources import RESOURCES as EXPORTS
from app.imports.models import RESOURCES_HOLDING_PEOPLE, ImportRow
from tests.conftest import World, auth
from tests.factories.catalogue import create_product
from tests.factories.customers import create_customer
from tests.support.jobs import run_queued_jobs

EMAIL = "meera.iyer@kaveri.example"
FILE = (
    "external_id,name,billing.line1,billing.city,billing.postal_code,contact.name,contact.email\n"
    f"SAP-1,Kaveri Tools,Plot 12,New Delhi,110001,Meera Iyer,{EMAIL}\n"
    "SAP-2,Ganga Pumps,Plot 3,New Delhi,110002,Arun Rao,arun@ganga.example\n"
    # Refused (a bad e-mail): the refusal names what was sent.
    "SAP-3,Bad Mail,Plot 4,New Delhi,110003,Meera Iyer,meera iyer at kaveri\n"
).encode()


async def test_import_rows_are_scrubbed_and_export_files_deleted(
    client: AsyncClient,
    session: AsyncSession,
    sessionmaker: async_sessionmaker[AsyncSession],
    world: World,
):
    admin = auth(world.admin)
    await create_product(session)
    await session.commit()
    uploaded = await client.post(
        "/api/v1/customers/imports",
        files={"file": ("customers.csv", FILE, "text/csv")},
        data={"dry_run": "false"},
        headers=admin,
    )
    assert uploaded.status_code == 202, uploaded.text
    await run_queued_jobs(session, sessionmaker)
    exports = {}
    for resource in ("customers", "products"):
        asked = await client.post(
            f"/api/v1/{resource}/exports", json={"format": "csv"}, headers=admin
        )
        assert asked.status_code == 202, asked.text
        exports[resource] = asked.headers["location"]
    await run_queued_jobs(session, sessionmaker)
    held = await client.get(f"{exports['customers']}/file", headers=admin)
    assert held.status_code == 200 and EMAIL in held.text
    contact = (await session.scalars(select(Contact).where(Contact.email == EMAIL))).one()

    erased = await client.post(
        "/api/v1/privacy/erasures",
        json={"kind": "contact", "subject_id": str(contact.id), "reason": "Asked by e-mail"},
        headers=admin,
    )
    assert erased.status_code == 201, erased.text
    scrubbed = erased.json()["rows_scrubbed"]
    assert scrubbed["import_rows"] == 2  # her row, and the refused one naming her
    assert scrubbed["export_files"] == 1  # the customers' file; products hold nobody

    session.expire_all()
    rows = {
        row.external_id: row
        for row in await session.scalars(select(ImportRow).order_by(ImportRow.row_number))
    }
    assert "Meera" not in str(rows["SAP-1"].data) and EMAIL not in str(rows["SAP-1"].data)
    assert rows["SAP-1"].data["contacts"] == [  # type: ignore[index]
        {"name": "[erased]", "email": "[erased]"}
    ]
    assert "Meera" not in str(rows["SAP-3"].data) and "Meera" not in str(rows["SAP-3"].problem)
    assert rows["SAP-2"].data["contacts"][0]["name"] == "Arun Rao"  # type: ignore[index]
    imported = await client.get(
        f"{uploaded.headers['location']}/rows", params={"outcome": "created"}, headers=admin
    )
    assert EMAIL not in imported.text

    gone = await client.get(exports["customers"], headers=admin)
    assert gone.json()["status"] == "erased" and "erasure" in gone.json()["error"]
    download = await client.get(f"{exports['customers']}/file", headers=admin)
    assert download.status_code == 409 and download.json()["code"] == "exports.not_ready"
    kept = await client.get(f"{exports['products']}/file", headers=admin)
    assert kept.status_code == 200


async def test_order_and_invoice_import_rows_naming_the_person_are_scrubbed(
    client: AsyncClient,
    session: AsyncSession,
    sessionmaker: async_sessionmaker[AsyncSession],
    world: World,
):
    """An ERP's order and invoice files carry free texts (notes, a delivery address)
    that may name a customer's contact: the rows read from them are scrubbed as a
    customer file's are; the rows naming no one are left as they were."""
    admin = auth(world.admin)
    customer = await create_customer(
        session, owner=world.engineer, territory=world.north, external_id="SAP-C1"
    )
    contact = Contact(customer_id=customer.id, name="Meera Iyer", email=EMAIL)
    session.add(contact)
    await create_product(session, external_id="ERP-P-1")
    await session.commit()
    files = {
        "sales-orders": (
            "external_id,customer_external_id,order_date,notes,"
            "line.product_external_id,line.quantity,line.unit_price\n"
            "SO-1,SAP-C1,2026-05-02,Call Meera Iyer before delivery,ERP-P-1,2,1000\n"
            "SO-2,SAP-C1,2026-05-03,Gate 2,ERP-P-1,1,1000\n"
        ),
        "invoices": (
            "external_id,customer_external_id,invoice_date,notes,"
            "line.product_external_id,line.quantity,line.unit_price\n"
            f"INV-1,SAP-C1,2026-05-04,Send to {EMAIL},ERP-P-1,2,1000\n"
        ),
    }
    for resource, text in files.items():
        uploaded = await client.post(
            f"/api/v1/{resource}/imports",
            files={"file": (f"{resource}.csv", text.encode(), "text/csv")},
            data={"dry_run": "false"},
            headers=admin,
        )
        assert uploaded.status_code == 202, uploaded.text
    await run_queued_jobs(session, sessionmaker)
    rows = {row.external_id: row for row in await session.scalars(select(ImportRow))}
    assert {row.outcome for row in rows.values()} == {"created"}, [
        row.problem for row in rows.values()
    ]

    erased = await client.post(
        "/api/v1/privacy/erasures",
        json={"kind": "contact", "subject_id": str(contact.id), "reason": "Asked by e-mail"},
        headers=admin,
    )
    assert erased.status_code == 201, erased.text
    assert erased.json()["rows_scrubbed"]["import_rows"] == 2  # SO-1 and INV-1

    session.expire_all()
    rows = {row.external_id: row for row in await session.scalars(select(ImportRow))}
    assert rows["SO-1"].data["notes"] == "Call [erased] before delivery"  # type: ignore[index]
    assert rows["INV-1"].data["notes"] == "Send to [erased]"  # type: ignore[index]
    assert rows["SO-2"].data["notes"] == "Gate 2"  # type: ignore[index]


def test_the_files_an_erasure_reaches_are_the_same_for_imports_and_exports():
    """An import's rows are scrubbed for exactly the resources whose export files an
    erasure deletes."""
    holding = {name for name, resource in EXPORTS.items() if resource.holds_people}
    assert holding == set(RESOURCES_HOLDING_PEOPLE)

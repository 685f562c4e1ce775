"""An erasure reaches the files of imports and exports too: the rows an import read of
the person (and the refusals that echo them) are scrubbed, and every kept export file
that may hold people (customers, with their contacts) is deleted, its export saying why;
other exports keep their files."""

from __future__ import annotations

from httpx import AsyncClient
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.customers.models import Contact
from app.imports.models import ImportRow
from tests.conftest import World, auth
from tests.factories.catalogue import create_product
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

"""The customer list's tools through HTTP: count, export (CSV, XLSX) and bulk actions."""

from __future__ import annotations

import asyncio
import uuid
from decimal import Decimal

from httpx import AsyncClient
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.events import DomainEvent
from app.customers.models import Customer
from tests.conftest import Live, World, auth
from tests.factories.customers import create_customer
from tests.support.files import read_csv, read_xlsx


async def test_count_is_scoped_and_filtered(
    client: AsyncClient, session: AsyncSession, world: World
) -> None:
    for n in range(3):
        await create_customer(session, owner=world.engineer, industry="Steel" if n else "Textiles")
    await create_customer(session, owner=world.engineer_other_team, territory=world.south)
    await session.commit()

    mine = await client.get("/api/v1/customers/count", headers=auth(world.engineer))
    steel = await client.get(
        "/api/v1/customers/count", params={"industry": "steel"}, headers=auth(world.engineer)
    )
    everyone = await client.get("/api/v1/customers/count", headers=auth(world.admin))

    assert mine.json() == {"count": 3}
    assert steel.json() == {"count": 2}
    assert everyone.json() == {"count": 4}


async def test_csv_export_is_what_the_filters_select_and_scoped(
    client: AsyncClient, session: AsyncSession, world: World
) -> None:
    for n in range(5):
        await create_customer(
            session, owner=world.engineer, name=f"Mine {n}", credit_limit=Decimal("1250000.5")
        )
    await create_customer(session, owner=world.engineer, name="Archived", is_archived=True)
    await create_customer(
        session, owner=world.engineer_other_team, territory=world.south, name="Theirs"
    )
    await session.commit()

    answer = await client.get(
        "/api/v1/customers/export",
        params={"format": "csv", "sort": "-name"},
        headers=auth(world.engineer),
    )

    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("text/csv")
    assert "attachment" in answer.headers["content-disposition"]
    rows = read_csv(answer.content)
    assert [r["name"] for r in rows] == [f"Mine {n}" for n in range(4, -1, -1)]
    assert rows[0]["credit_limit"] == "1250000.50"
    assert rows[0]["currency"] == "INR"
    assert rows[0]["owner_id"] == str(world.engineer.id)
    assert rows[0]["created_at"].endswith("Z")
    assert rows[0]["city"] == "New Delhi"
    assert "addresses" not in rows[0]


async def test_csv_export_escapes_formulas(
    client: AsyncClient, session: AsyncSession, world: World
) -> None:
    await create_customer(session, owner=world.engineer, name='=HYPERLINK("http://x","y")')
    await create_customer(session, owner=world.engineer, name="+91 cmd", notes="@SUM(A1)")
    await create_customer(session, owner=world.engineer, name="-2+3", legal_name="Plain Ltd")
    await session.commit()

    answer = await client.get("/api/v1/customers/export", headers=auth(world.engineer))

    names = {r["name"]: r for r in read_csv(answer.content)}
    assert set(names) == {'\'=HYPERLINK("http://x","y")', "'+91 cmd", "'-2+3"}
    assert names["'+91 cmd"]["notes"] == "'@SUM(A1)"
    assert names["'-2+3"]["legal_name"] == "Plain Ltd"


async def test_xlsx_export_reads_back(
    client: AsyncClient, session: AsyncSession, world: World
) -> None:
    await create_customer(session, owner=world.engineer, name="Alpha & Sons <Pvt>", rating=4)
    await create_customer(session, owner=world.engineer, name="=cmd|' /C calc'!A0")
    await create_customer(session, owner=world.engineer_other_team, territory=world.south)
    await session.commit()

    answer = await client.get(
        "/api/v1/customers/export", params={"format": "xlsx"}, headers=auth(world.engineer)
    )

    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("application/vnd.openxmlformats")
    header, *rows = read_xlsx(answer.content)
    assert header[:3] == ["id", "created_at", "updated_at"]
    by_name = {row[header.index("name")]: row for row in rows}
    assert set(by_name) == {"Alpha & Sons <Pvt>", "=cmd|' /C calc'!A0"}
    assert by_name["Alpha & Sons <Pvt>"][header.index("rating")] == "4"
    assert by_name["Alpha & Sons <Pvt>"][header.index("credit_limit")] == "500000.00"


async def test_export_refuses_an_unknown_format_naming_it(
    client: AsyncClient, world: World
) -> None:
    answer = await client.get(
        "/api/v1/customers/export", params={"format": "pdf"}, headers=auth(world.engineer)
    )
    assert answer.status_code == 422
    assert answer.json()["errors"][0]["loc"] == ["query", "format"]


async def test_bulk_archive_reports_each_row_and_keeps_the_good_ones(
    client: AsyncClient, session: AsyncSession, world: World
) -> None:
    mine = [await create_customer(session, owner=world.engineer) for _ in range(2)]
    theirs = await create_customer(session, owner=world.engineer_other_team, territory=world.south)
    await session.commit()
    unknown = uuid.uuid4()

    answer = await client.post(
        "/api/v1/customers/bulk",
        json={
            "action": "archive",
            "ids": [str(mine[0].id), str(theirs.id), str(unknown), str(mine[1].id)],
        },
        headers=auth(world.engineer),
    )

    assert answer.status_code == 200
    body = answer.json()
    assert (body["succeeded"], body["failed"]) == (2, 2)
    outcome = {r["id"]: (r["outcome"], r["status"], r["code"]) for r in body["results"]}
    assert outcome[str(mine[0].id)] == ("ok", 200, None)
    # The other team's customer answers exactly like one that does not exist.
    assert outcome[str(theirs.id)] == ("problem", 404, "customers.not_found")
    assert outcome[str(unknown)] == ("problem", 404, "customers.not_found")
    archived = await session.scalars(select(Customer.name).where(Customer.is_archived.is_(True)))
    assert set(archived) == {mine[0].name, mine[1].name}


async def test_bulk_reassign_follows_the_single_write_rules(
    client: AsyncClient, session: AsyncSession, world: World
) -> None:
    ours = await create_customer(session, owner=world.engineer)
    closed = await create_customer(session, owner=world.teammate)
    await session.commit()

    by_engineer = await client.post(
        "/api/v1/customers/bulk",
        json={"action": "reassign", "ids": [str(ours.id)], "owner_id": str(world.teammate.id)},
        headers=auth(world.engineer),
    )
    by_head = await client.post(
        "/api/v1/customers/bulk",
        json={
            "action": "reassign",
            "ids": [str(ours.id), str(closed.id)],
            "owner_id": str(world.engineer_other_team.id),
        },
        headers=auth(world.head),
    )
    to_teammate = await client.post(
        "/api/v1/customers/bulk",
        json={"action": "reassign", "ids": [str(ours.id)], "owner_id": str(world.teammate.id)},
        headers=auth(world.head),
    )

    # An engineer lacks customers:reassign: each row says so, as PATCH would.
    assert by_engineer.json()["results"][0]["status"] == 403
    # Outside the head's team: a 422 naming owner_id, for every row.
    assert {r["status"] for r in by_head.json()["results"]} == {422}
    assert by_head.json()["results"][0]["errors"][0]["loc"] == ["body", "owner_id"]
    assert to_teammate.json()["succeeded"] == 1
    await session.refresh(ours)
    assert ours.owner_id == world.teammate.id


async def test_bulk_validates_the_request(client: AsyncClient, world: World) -> None:
    too_many = await client.post(
        "/api/v1/customers/bulk",
        json={"action": "archive", "ids": [str(uuid.uuid4()) for _ in range(501)]},
        headers=auth(world.engineer),
    )
    no_owner = await client.post(
        "/api/v1/customers/bulk",
        json={"action": "reassign", "ids": [str(uuid.uuid4())]},
        headers=auth(world.head),
    )

    assert too_many.status_code == 422
    assert too_many.json()["errors"][0]["loc"] == ["body", "ids"]
    assert no_owner.status_code == 422
    assert no_owner.json()["errors"][0]["loc"] == ["body", "owner_id"]


async def test_twenty_concurrent_identical_bulk_requests_apply_once(live: Live) -> None:
    world = live.world
    async with live.sessionmaker() as session:
        customers = [await create_customer(session, owner=world.engineer) for _ in range(3)]
        await session.commit()
    ids = [str(c.id) for c in customers]
    headers = {**auth(world.head), "Idempotency-Key": "bulk-reassign-1"}
    body = {"action": "reassign", "ids": ids, "owner_id": str(world.teammate.id)}

    async with live.client() as client:
        answers = await asyncio.gather(
            *(client.post("/api/v1/customers/bulk", json=body, headers=headers) for _ in range(20))
        )

    assert {a.status_code for a in answers} == {200}
    assert all(a.json() == answers[0].json() for a in answers)
    assert answers[0].json()["succeeded"] == 3
    async with live.sessionmaker() as session:
        versions = await session.scalars(select(Customer.version).where(Customer.id.in_(ids)))
        updates = await session.scalar(
            select(func.count())
            .select_from(DomainEvent)
            .where(DomainEvent.entity_id.in_(ids), DomainEvent.operation == "updated")
        )
    assert set(versions) == {2}
    assert updates == 3

"""An expense line's receipts: photos or PDFs, attached by the report's owner while the
report is a draft (or rejected), listed on the line, served to whoever sees the report."""

from __future__ import annotations

import uuid
from typing import Any

from httpx import AsyncClient
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.core.attachments import StoredFile
from app.core.storage import LocalDiskStorage
from tests.conftest import World, auth
from tests.support import images
from tests.support.jobs import run_queued_jobs

URL = "/api/v1/expense-reports"


async def report_with_line(client: AsyncClient, person) -> tuple[dict[str, Any], dict[str, Any]]:
    report = await client.post(
        URL,
        json={"title": "Pune trip", "period_start": "2026-11-02", "period_end": "2026-11-06"},
        headers=auth(person),
    )
    line = await client.post(
        f"{URL}/{report.json()['id']}/lines",
        json={"expense_date": "2026-11-03", "category": "lodging", "amount": "4200"},
        headers=auth(person),
    )
    assert line.status_code == 201, line.text
    assert line.json()["receipts"] == []
    return report.json(), line.json()


def receipts_url(report: dict[str, Any], line: dict[str, Any]) -> str:
    return f"{URL}/{report['id']}/lines/{line['id']}/receipts"


async def attach(client: AsyncClient, person, report, line, data: bytes, name: str, **form: str):
    return await client.post(
        receipts_url(report, line),
        files={"file": (name, data, "application/octet-stream")},
        data=form or None,
        headers=auth(person),
    )


async def test_a_pdf_and_a_photo_receipt_are_listed_on_the_line(
    client: AsyncClient, world: World
) -> None:
    report, line = await report_with_line(client, world.engineer)
    bill = images.pdf()
    pdf = await attach(client, world.engineer, report, line, bill, "hotel bill.pdf")
    assert pdf.status_code == 201, pdf.text
    assert pdf.json()["content_type"] == "application/pdf"
    assert (pdf.json()["width"], pdf.json()["thumbnail_url"]) == (None, None)
    photo = await attach(client, world.engineer, report, line, images.jpeg(900, 1200), "taxi.jpg")
    assert photo.status_code == 201 and photo.json()["thumbnail_url"] is not None

    detail = (await client.get(f"{URL}/{report['id']}", headers=auth(world.engineer))).json()
    [listed] = detail["lines"]
    assert [r["id"] for r in listed["receipts"]] == [pdf.json()["id"], photo.json()["id"]]
    assert listed["receipts"][0] == pdf.json()
    assert listed["version"] == line["version"] + 2

    download = await client.get(pdf.json()["url"], headers=auth(world.head))
    assert (download.status_code, download.content) == (200, bill)
    assert download.headers["content-type"] == "application/pdf"
    assert download.headers["content-disposition"].startswith(
        'attachment; filename="hotel bill.pdf"'
    )
    no_thumbnail = await client.get(
        f"/api/v1/files/{pdf.json()['id']}/thumbnail", headers=auth(world.engineer)
    )
    assert (no_thumbnail.status_code, no_thumbnail.json()["code"]) == (404, "files.no_thumbnail")


async def test_receipts_refuse_other_types_and_broken_pdfs(
    client: AsyncClient, world: World
) -> None:
    report, line = await report_with_line(client, world.engineer)
    text = await attach(client, world.engineer, report, line, b"total 4200", "bill.txt")
    assert text.status_code == 415
    assert text.json()["errors"][0] == {
        "loc": ["body", "file"],
        "msg": "must be JPEG, PDF, PNG or WebP",
        "type": "unsupported_type",
    }
    cut = images.pdf()[:-200]  # a PDF cut off before its end
    broken = await attach(client, world.engineer, report, line, cut, "bill.pdf")
    assert (broken.status_code, broken.json()["code"]) == (422, "files.unreadable")


async def test_a_submitted_report_takes_no_receipts_and_a_rejected_one_goes_back_to_draft(
    client: AsyncClient, world: World
) -> None:
    report, line = await report_with_line(client, world.engineer)
    kept = await attach(client, world.engineer, report, line, images.jpeg(600, 400), "a.jpg")
    submitted = await client.post(f"{URL}/{report['id']}/submit", headers=auth(world.engineer))
    assert submitted.json()["status"] == "submitted"
    late = await attach(client, world.engineer, report, line, images.jpeg(600, 400), "b.jpg")
    assert (late.status_code, late.json()["code"]) == (409, "expenses.locked")
    removal = await client.delete(
        f"{receipts_url(report, line)}/{kept.json()['id']}", headers=auth(world.engineer)
    )
    assert (removal.status_code, removal.json()["code"]) == (409, "expenses.locked")
    # A retry of an upload made before the submit still answers its file.
    replay = await attach(
        client, world.engineer, report, line, images.jpeg(10, 10), "a.jpg", id=kept.json()["id"]
    )
    assert (replay.status_code, replay.json()) == (200, kept.json())

    rejected = await client.post(
        f"{URL}/{report['id']}/decide",
        json={"approve": False, "comment": "The taxi receipt is missing"},
        headers=auth(world.head),
    )
    assert rejected.json()["status"] == "rejected"
    fixed = await attach(client, world.engineer, report, line, images.jpeg(600, 400), "taxi.jpg")
    assert fixed.status_code == 201
    again = (await client.get(f"{URL}/{report['id']}", headers=auth(world.engineer))).json()
    assert again["status"] == "draft"
    assert len(again["lines"][0]["receipts"]) == 2


async def test_only_the_owner_attaches_and_another_team_sees_nothing(
    client: AsyncClient, world: World
) -> None:
    report, line = await report_with_line(client, world.engineer)
    mine = await attach(client, world.engineer, report, line, images.jpeg(300, 200), "a.jpg")
    by_head = await attach(client, world.head, report, line, images.jpeg(300, 200), "b.jpg")
    assert (by_head.status_code, by_head.json()["code"]) == (403, "expenses.not_yours")
    stranger = world.engineer_other_team
    assert (
        await attach(client, stranger, report, line, images.jpeg(9, 9), "c.jpg")
    ).status_code == 404
    assert (await client.get(mine.json()["url"], headers=auth(stranger))).status_code == 404
    assert (await client.get(mine.json()["url"], headers=auth(world.other_head))).status_code == 404
    assert (await client.get(mine.json()["url"], headers=auth(world.admin))).status_code == 200
    # A line of another report is not found under this one.
    other_report, _ = await report_with_line(client, world.engineer)
    wrong = await client.post(
        f"{URL}/{other_report['id']}/lines/{line['id']}/receipts",
        files={"file": ("d.jpg", images.jpeg(9, 9), "image/jpeg")},
        headers=auth(world.engineer),
    )
    assert (wrong.status_code, wrong.json()["code"]) == (404, "expenses.line_not_found")


async def test_deleting_a_line_removes_its_receipts_and_then_their_bytes(
    client: AsyncClient,
    session: AsyncSession,
    sessionmaker: async_sessionmaker[AsyncSession],
    world: World,
    file_storage: LocalDiskStorage,
) -> None:
    report, line = await report_with_line(client, world.engineer)
    added = [
        (await attach(client, world.engineer, report, line, data, name)).json()
        for data, name in ((images.pdf(), "a.pdf"), (images.jpeg(300, 200), "b.jpg"))
    ]
    stored = [await session.get(StoredFile, uuid.UUID(a["id"])) for a in added]
    keys = [k for f in stored if f is not None for k in (f.storage_key, f.thumbnail_key) if k]
    assert len(keys) == 3 and all(file_storage.path_of(k).is_file() for k in keys)
    deleted = await client.delete(
        f"{URL}/{report['id']}/lines/{line['id']}", headers=auth(world.engineer)
    )
    assert deleted.status_code == 204
    assert await session.scalar(select(func.count()).select_from(StoredFile)) == 0
    assert (await client.get(added[0]["url"], headers=auth(world.engineer))).status_code == 404
    assert await run_queued_jobs(session, sessionmaker) == ["files.discard"]
    assert not any(file_storage.path_of(k).exists() for k in keys)

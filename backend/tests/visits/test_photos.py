"""A visit report's photos: uploaded by the person who visited, checked (type from the
bytes, size, decoded), thumbnailed, listed on the report, served to whoever sees it."""

from __future__ import annotations

import asyncio
import io
import uuid

from httpx import AsyncClient
from PIL import Image
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.core.attachments import StoredFile
from app.core.config import get_settings
from app.core.storage import LocalDiskStorage
from app.visits.models import VisitReport, VisitStatus
from tests.conftest import Live, World, auth
from tests.factories.customers import create_customer
from tests.factories.field import create_visit, create_visit_report
from tests.support import images
from tests.support.jobs import run_queued_jobs


async def reported_visit(session: AsyncSession, person, territory) -> tuple[str, VisitReport]:
    customer = await create_customer(session, owner=person, territory=territory)
    visit = await create_visit(
        session, owner=person, customer=customer, status=VisitStatus.CHECKED_IN
    )
    report = await create_visit_report(session, visit=visit)
    await session.commit()
    return str(visit.id), report


async def upload(
    client: AsyncClient,
    person,
    visit_id: str,
    data: bytes,
    *,
    name: str = "site.jpg",
    declared: str = "image/jpeg",
    client_id: str | None = None,
):
    return await client.post(
        f"/api/v1/visits/{visit_id}/report/photos",
        files={"file": (name, data, declared)},
        data={"id": client_id} if client_id else None,
        headers=auth(person),
    )


async def test_engineer_adds_photos_the_report_lists_them_with_thumbnails(
    client: AsyncClient, session: AsyncSession, world: World, file_storage: LocalDiskStorage
) -> None:
    visit_id, _ = await reported_visit(session, world.engineer, world.north)
    photo = images.jpeg(1600, 1200)
    before = await client.get(f"/api/v1/visits/{visit_id}/report", headers=auth(world.engineer))
    assert before.json()["photos"] == []

    added = await upload(client, world.engineer, visit_id, photo, name="C:\\DCIM\\pump room.jpg")
    assert added.status_code == 201, added.text
    body = added.json()
    assert body["filename"] == "pump room.jpg"  # the folder is not kept
    assert (body["content_type"], body["size_bytes"]) == ("image/jpeg", len(photo))
    assert (body["width"], body["height"]) == (1600, 1200)
    assert body["url"] == f"/api/v1/files/{body['id']}/content"
    assert body["thumbnail_url"] == f"/api/v1/files/{body['id']}/thumbnail"
    # A PNG sent as "application/octet-stream" is a PNG: the bytes decide.
    second = await upload(
        client, world.engineer, visit_id, images.png(), name="plan", declared="application/x-foo"
    )
    assert (second.status_code, second.json()["content_type"]) == (201, "image/png")
    third = await upload(client, world.engineer, visit_id, images.webp(), name="w.webp")
    assert (third.status_code, third.json()["content_type"]) == (201, "image/webp")

    report = await client.get(f"/api/v1/visits/{visit_id}/report", headers=auth(world.engineer))
    assert [p["id"] for p in report.json()["photos"]] == [
        body["id"],
        second.json()["id"],
        third.json()["id"],
    ]
    assert report.json()["photos"][0] == body
    assert report.headers["etag"] != before.headers["etag"]  # the report changed
    assert report.json()["version"] == before.json()["version"] + 3

    content = await client.get(body["url"], headers=auth(world.engineer))
    assert content.status_code == 200
    assert (content.content, content.headers["content-type"]) == (photo, "image/jpeg")
    thumbnail = await client.get(body["thumbnail_url"], headers=auth(world.engineer))
    assert thumbnail.headers["content-type"] == "image/jpeg"
    assert Image.open(io.BytesIO(thumbnail.content)).size == (320, 240)
    stored = await session.get(StoredFile, uuid.UUID(body["id"]))
    assert stored is not None and file_storage.path_of(stored.storage_key).read_bytes() == photo


async def test_a_camera_turned_photo_is_measured_and_thumbnailed_upright(
    client: AsyncClient, session: AsyncSession, world: World
) -> None:
    visit_id, _ = await reported_visit(session, world.engineer, world.north)
    # Stored 1600 x 1200 landscape with EXIF orientation 6: shown turned, portrait.
    added = await upload(client, world.engineer, visit_id, images.jpeg(1600, 1200, orientation=6))
    assert (added.json()["width"], added.json()["height"]) == (1200, 1600)
    thumbnail = await client.get(added.json()["thumbnail_url"], headers=auth(world.engineer))
    assert Image.open(io.BytesIO(thumbnail.content)).size == (240, 320)


async def test_a_transparent_png_gets_a_white_thumbnail(
    client: AsyncClient, session: AsyncSession, world: World
) -> None:
    visit_id, _ = await reported_visit(session, world.engineer, world.north)
    added = await upload(
        client, world.engineer, visit_id, images.png(640, 320, transparent=True), name="a.png"
    )
    thumbnail = await client.get(added.json()["thumbnail_url"], headers=auth(world.engineer))
    picture = Image.open(io.BytesIO(thumbnail.content))
    assert (picture.format, picture.size) == ("JPEG", (320, 160))
    assert all(channel > 245 for channel in picture.convert("RGB").getpixel((10, 10)))


async def test_a_file_above_the_limit_is_413_naming_the_field(
    client: AsyncClient, session: AsyncSession, world: World
) -> None:
    visit_id, _ = await reported_visit(session, world.engineer, world.north)
    limit = get_settings().max_upload_bytes
    just_over = images.jpeg(64, 64) + b"\x00" * (limit + 1 - len(images.jpeg(64, 64)))
    answer = await upload(client, world.engineer, visit_id, just_over)
    assert answer.status_code == 413
    assert answer.headers["content-type"] == "application/problem+json"
    problem = answer.json()
    assert problem["code"] == "files.too_large"
    assert problem["errors"][0]["loc"] == ["body", "file"]
    # Far above (announced by Content-Length): refused before the body is read.
    huge = await upload(client, world.engineer, visit_id, b"\xff\xd8\xff" + b"\x00" * 3 * limit)
    assert (huge.status_code, huge.json()["code"]) == (413, "payload_too_large")
    assert await session.scalar(select(func.count()).select_from(StoredFile)) == 0


async def test_anything_but_a_photo_is_415_naming_the_field(
    client: AsyncClient, session: AsyncSession, world: World
) -> None:
    visit_id, _ = await reported_visit(session, world.engineer, world.north)
    for name, data, declared in (
        ("notes.txt", b"Met the plant manager", "text/plain"),
        ("receipt.pdf", images.pdf(), "application/pdf"),  # a receipt's type, not a photo's
        ("photo.jpg", b"GIF89a" + b"\x00" * 100, "image/jpeg"),  # a GIF named .jpg
    ):
        answer = await upload(client, world.engineer, visit_id, data, name=name, declared=declared)
        assert answer.status_code == 415, (name, answer.text)
        problem = answer.json()
        assert problem["code"] == "files.unsupported_type"
        assert problem["errors"] == [
            {
                "loc": ["body", "file"],
                "msg": "must be JPEG, PNG or WebP",
                "type": "unsupported_type",
            }
        ]
    heic = await upload(client, world.engineer, visit_id, images.heic(), name="IMG_0001.HEIC")
    assert heic.status_code == 415 and "HEIC" in heic.json()["detail"]


async def test_a_fake_or_damaged_image_is_refused_and_nothing_is_kept(
    client: AsyncClient, session: AsyncSession, world: World, file_storage: LocalDiskStorage
) -> None:
    visit_id, _ = await reported_visit(session, world.engineer, world.north)
    files_before = sorted(p for p in file_storage.root.rglob("*") if p.is_file())
    photo = images.jpeg(800, 600)
    for data in (images.fake_jpeg(), photo[: len(photo) // 2]):
        answer = await upload(client, world.engineer, visit_id, data)
        assert answer.status_code == 422, answer.text
        assert answer.json()["code"] == "files.unreadable"
        assert answer.json()["errors"][0]["loc"] == ["body", "file"]
    empty = await upload(client, world.engineer, visit_id, b"")
    assert empty.status_code == 422 and empty.json()["errors"][0]["loc"] == ["body", "file"]
    missing = await client.post(
        f"/api/v1/visits/{visit_id}/report/photos",
        data={"id": str(uuid.uuid4())},
        headers=auth(world.engineer),
    )
    assert missing.status_code == 422 and missing.json()["errors"][0]["loc"] == ["body", "file"]
    assert await session.scalar(select(func.count()).select_from(StoredFile)) == 0
    assert sorted(p for p in file_storage.root.rglob("*") if p.is_file()) == files_before


async def test_an_image_with_too_many_pixels_is_refused_before_decoding(
    client: AsyncClient, session: AsyncSession, world: World
) -> None:
    visit_id, _ = await reported_visit(session, world.engineer, world.north)
    # 10,000 x 6,000 = 60 megapixels in a PNG of a few hundred kB.
    answer = await upload(client, world.engineer, visit_id, images.png(10_000, 6_000))
    assert answer.status_code == 422
    assert answer.json()["errors"][0]["msg"] == "at most 50 megapixels"


async def test_retrying_an_upload_with_its_client_id_keeps_one_photo(
    client: AsyncClient, session: AsyncSession, world: World
) -> None:
    visit_id, _ = await reported_visit(session, world.engineer, world.north)
    client_id = str(uuid.uuid4())
    photo = images.jpeg(1024, 768)
    first = await upload(client, world.engineer, visit_id, photo, client_id=client_id)
    again = await upload(client, world.engineer, visit_id, photo, client_id=client_id)
    assert (first.status_code, again.status_code) == (201, 200)
    assert first.json()["id"] == client_id and again.json() == first.json()
    report = await client.get(f"/api/v1/visits/{visit_id}/report", headers=auth(world.engineer))
    assert [p["id"] for p in report.json()["photos"]] == [client_id]
    # The same id on another report is someone else's record: a conflict, not a replay.
    other_visit, _ = await reported_visit(session, world.engineer, world.north)
    elsewhere = await upload(client, world.engineer, other_visit, photo, client_id=client_id)
    assert (elsewhere.status_code, elsewhere.json()["code"]) == (409, "id_taken")
    # And with an Idempotency-Key the stored answer is replayed as it was.
    keyed = {**auth(world.engineer), "Idempotency-Key": "photo-1"}
    url = f"/api/v1/visits/{visit_id}/report/photos"
    once = await client.post(url, files={"file": ("b.jpg", photo, "image/jpeg")}, headers=keyed)
    twice = await client.post(url, files={"file": ("b.jpg", photo, "image/jpeg")}, headers=keyed)
    assert (once.status_code, twice.status_code) == (201, 201)
    assert twice.headers["idempotent-replayed"] == "true" and twice.json() == once.json()
    assert await session.scalar(select(func.count()).select_from(StoredFile)) == 2


async def test_another_teams_engineer_sees_neither_the_report_nor_its_photos(
    client: AsyncClient, session: AsyncSession, world: World
) -> None:
    visit_id, _ = await reported_visit(session, world.engineer, world.north)
    added = (await upload(client, world.engineer, visit_id, images.jpeg(400, 300))).json()
    stranger = world.engineer_other_team
    for url in (added["url"], added["thumbnail_url"], f"/api/v1/files/{added['id']}"):
        answer = await client.get(url, headers=auth(stranger))
        assert (answer.status_code, answer.json()["code"]) == (404, "files.not_found"), url
    assert (await upload(client, stranger, visit_id, images.jpeg(400, 300))).status_code == 404
    deleted = await client.delete(
        f"/api/v1/visits/{visit_id}/report/photos/{added['id']}", headers=auth(stranger)
    )
    assert deleted.status_code == 404
    # The engineer's head sees the photo (the team's report) but adds none: not their visit.
    assert (await client.get(added["url"], headers=auth(world.head))).status_code == 200
    by_head = await upload(client, world.head, visit_id, images.jpeg(400, 300))
    assert (by_head.status_code, by_head.json()["code"]) == (403, "visits.not_yours")


async def test_the_owner_removes_a_photo_and_a_job_deletes_its_bytes(
    client: AsyncClient,
    session: AsyncSession,
    sessionmaker: async_sessionmaker[AsyncSession],
    world: World,
    file_storage: LocalDiskStorage,
) -> None:
    visit_id, _ = await reported_visit(session, world.engineer, world.north)
    added = (await upload(client, world.engineer, visit_id, images.jpeg(400, 300))).json()
    kept = (await upload(client, world.engineer, visit_id, images.png(300, 300))).json()
    stored = await session.get(StoredFile, uuid.UUID(added["id"]))
    assert stored is not None and stored.thumbnail_key is not None
    paths = [file_storage.path_of(stored.storage_key), file_storage.path_of(stored.thumbnail_key)]
    url = f"/api/v1/visits/{visit_id}/report/photos/{added['id']}"

    by_head = await client.delete(url, headers=auth(world.head))
    assert (by_head.status_code, by_head.json()["code"]) == (403, "visits.not_yours")
    removed = await client.delete(url, headers=auth(world.engineer))
    assert removed.status_code == 204
    report = await client.get(f"/api/v1/visits/{visit_id}/report", headers=auth(world.engineer))
    assert [p["id"] for p in report.json()["photos"]] == [kept["id"]]
    gone = await client.get(added["url"], headers=auth(world.engineer))
    assert gone.status_code == 404
    again = await client.delete(url, headers=auth(world.engineer))
    assert (again.status_code, again.json()["code"]) == (404, "files.not_found")
    # The bytes stay until the job runs, after the removal committed.
    assert all(path.is_file() for path in paths)
    assert await run_queued_jobs(session, sessionmaker) == ["files.discard"]
    assert not any(path.exists() for path in paths)
    assert (await client.get(kept["url"], headers=auth(world.engineer))).status_code == 200


async def test_a_report_takes_at_most_twenty_photos(
    client: AsyncClient, session: AsyncSession, world: World
) -> None:
    visit_id, _ = await reported_visit(session, world.engineer, world.north)
    photo = images.jpeg(64, 48)
    for _ in range(20):
        assert (await upload(client, world.engineer, visit_id, photo)).status_code == 201
    over = await upload(client, world.engineer, visit_id, photo)
    assert (over.status_code, over.json()["code"]) == (409, "files.limit_reached")


async def test_photos_sent_at_once_to_one_report_all_land(live: Live) -> None:
    async with live.sessionmaker() as session:
        visit_id, _ = await reported_visit(session, live.world.engineer, live.world.north)
    async with live.client() as client:
        answers = await asyncio.gather(
            *(
                upload(client, live.world.engineer, visit_id, images.jpeg(640, 480))
                for _ in range(4)
            )
        )
        assert [a.status_code for a in answers] == [201] * 4, [a.text for a in answers]
        report = await client.get(
            f"/api/v1/visits/{visit_id}/report", headers=auth(live.world.engineer)
        )
    assert len(report.json()["photos"]) == 4
    assert report.json()["version"] == 5

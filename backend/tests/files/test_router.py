"""Serving files: the description, the bytes and the thumbnail, with a content ETag and
a private cache lifetime, to whoever sees the record the file is attached to."""

from __future__ import annotations

import uuid

from httpx import AsyncClient
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.attachments import FILE_READ, FileRead, StoredFile
from app.core.reads import read_one
from app.core.storage import LocalDiskStorage
from app.users import service as users
from app.visits.models import REPORT_PHOTOS, VisitStatus
from tests.conftest import World, auth
from tests.factories.customers import create_customer
from tests.factories.field import create_visit, create_visit_report
from tests.factories.files import create_attached_file
from tests.support import images


async def photo_of(session: AsyncSession, person, territory) -> StoredFile:
    customer = await create_customer(session, owner=person, territory=territory)
    visit = await create_visit(
        session, owner=person, customer=customer, status=VisitStatus.CHECKED_IN
    )
    report = await create_visit_report(session, visit=visit)
    file = await create_attached_file(session, spec=REPORT_PHOTOS, parent=report, owner=person)
    await session.commit()
    return file


async def test_content_and_thumbnail_carry_a_content_etag_and_answer_304(
    client: AsyncClient, session: AsyncSession, world: World
) -> None:
    file = await photo_of(session, world.engineer, world.north)
    url = f"/api/v1/files/{file.id}/content"
    first = await client.get(url, headers=auth(world.engineer))
    assert first.status_code == 200
    assert first.headers["etag"] == f'"{file.sha256}"'
    assert first.headers["cache-control"] == "private, max-age=86400"
    assert first.headers["content-length"] == str(file.size_bytes) == str(len(first.content))
    assert first.headers["content-disposition"].startswith('inline; filename="site.jpg"')
    assert first.headers["x-content-type-options"] == "nosniff"
    cached = await client.get(
        url, headers={**auth(world.engineer), "If-None-Match": first.headers["etag"]}
    )
    assert (cached.status_code, cached.content) == (304, b"")
    assert cached.headers["etag"] == first.headers["etag"]

    thumbnail_url = f"/api/v1/files/{file.id}/thumbnail"
    thumbnail = await client.get(thumbnail_url, headers=auth(world.engineer))
    assert thumbnail.headers["etag"] == f'"{file.sha256}-thumbnail"'
    assert thumbnail.content != first.content
    stale = await client.get(
        thumbnail_url, headers={**auth(world.engineer), "If-None-Match": first.headers["etag"]}
    )
    assert stale.status_code == 200


async def test_the_description_reads_as_its_schema_prints_it(
    client: AsyncClient, session: AsyncSession, world: World
) -> None:
    file = await photo_of(session, world.engineer, world.north)
    answer = await client.get(f"/api/v1/files/{file.id}", headers=auth(world.head))
    assert answer.status_code == 200
    principal = await users.principal_for_user(session, world.admin.id)
    assert principal is not None
    written = await read_one(session, principal, FILE_READ, select(StoredFile), file.id)
    printed = FileRead.model_validate(
        {
            **{k: getattr(file, k) for k in FileRead.model_fields if hasattr(file, k)},
            "url": f"/api/v1/files/{file.id}/content",
            "thumbnail_url": f"/api/v1/files/{file.id}/thumbnail",
        }
    ).model_dump(mode="json")
    assert written == printed == answer.json()


async def test_a_name_outside_ascii_is_given_in_utf8_too(
    client: AsyncClient, session: AsyncSession, world: World
) -> None:
    file = await photo_of(session, world.engineer, world.north)
    file.filename = 'पंप "कक्ष".jpg'
    await session.commit()
    answer = await client.get(f"/api/v1/files/{file.id}/content", headers=auth(world.engineer))
    disposition = answer.headers["content-disposition"]
    plain = disposition.split('filename="')[1].split('"')[0]
    assert disposition.startswith("inline; ") and plain.isascii() and plain.endswith(".jpg")
    assert "filename*=UTF-8''%E0%A4%AA" in disposition


async def test_files_of_records_out_of_sight_are_404_for_every_role(
    client: AsyncClient, session: AsyncSession, world: World
) -> None:
    theirs = await photo_of(session, world.engineer_other_team, world.south)
    for person in (world.engineer, world.head, world.teammate):
        for suffix in ("", "/content", "/thumbnail"):
            answer = await client.get(f"/api/v1/files/{theirs.id}{suffix}", headers=auth(person))
            assert answer.status_code == 404, (person.email, suffix)
    for suffix in ("", "/content", "/thumbnail"):
        seen = await client.get(
            f"/api/v1/files/{theirs.id}{suffix}", headers=auth(world.other_head)
        )
        assert seen.status_code == 200
    unknown = await client.get(f"/api/v1/files/{uuid.uuid4()}", headers=auth(world.admin))
    assert (unknown.status_code, unknown.json()["code"]) == (404, "files.not_found")
    anonymous = await client.get(f"/api/v1/files/{theirs.id}/content")
    assert anonymous.status_code == 401


async def test_bytes_missing_from_the_store_are_a_404_not_a_crash(
    client: AsyncClient, session: AsyncSession, world: World, file_storage: LocalDiskStorage
) -> None:
    file = await photo_of(session, world.engineer, world.north)
    file_storage.path_of(file.storage_key).unlink()
    answer = await client.get(f"/api/v1/files/{file.id}/content", headers=auth(world.engineer))
    assert (answer.status_code, answer.json()["code"]) == (404, "files.content_missing")


async def test_an_uploaded_file_is_what_the_store_keeps(
    client: AsyncClient, session: AsyncSession, world: World, file_storage: LocalDiskStorage
) -> None:
    customer = await create_customer(session, owner=world.engineer, territory=world.north)
    visit = await create_visit(
        session, owner=world.engineer, customer=customer, status=VisitStatus.COMPLETED
    )
    await create_visit_report(session, visit=visit)
    await session.commit()
    photo = images.jpeg(2000, 1500)
    added = await client.post(
        f"/api/v1/visits/{visit.id}/report/photos",
        files={"file": ("big.jpg", photo, "image/jpeg")},
        headers=auth(world.engineer),
    )
    stored = await session.get(StoredFile, uuid.UUID(added.json()["id"]))
    assert stored is not None
    assert await file_storage.exists(stored.storage_key)
    assert stored.storage_key.endswith(str(stored.id)) and stored.storage_key.count("/") == 2
    content = await client.get(added.json()["url"], headers=auth(world.engineer))
    assert content.content == photo  # streamed in chunks, whole

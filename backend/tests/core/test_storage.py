"""The file stores' one contract, run against every store available: the local directory
always, an S3-compatible store (MinIO) when TEST_S3_URL names one (with
TEST_S3_ACCESS_KEY / TEST_S3_SECRET_KEY). Without it the S3 cases are not collected,
and the run's header says so. Then an upload through the API, on each store."""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.core.storage import (
    CHUNK_BYTES,
    BlobMissing,
    FileStorage,
    LocalDiskStorage,
    S3Storage,
    use_storage,
)
from app.visits.models import VisitStatus
from tests.conftest import World, auth
from tests.factories.customers import create_customer
from tests.factories.field import create_visit, create_visit_report
from tests.support import images
from tests.support.jobs import run_queued_jobs

S3_URL = os.environ.get("TEST_S3_URL")
STORES = ["local", "s3"] if S3_URL else ["local"]


def _s3_store() -> S3Storage:
    assert S3_URL is not None
    run = uuid.uuid4().hex[:12]
    store = S3Storage(
        f"{S3_URL.rstrip('/')}/test-{run}",
        access_key=os.environ.get("TEST_S3_ACCESS_KEY"),
        secret_key=os.environ.get("TEST_S3_SECRET_KEY"),
        region=os.environ.get("TEST_S3_REGION", "us-east-1"),
    )
    existing = {b["Name"] for b in store._client.list_buckets().get("Buckets", [])}
    if store.bucket not in existing:
        store._client.create_bucket(Bucket=store.bucket)
    return store


@pytest.fixture(params=STORES)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> FileStorage:
    if request.param == "s3":
        return _s3_store()
    return LocalDiskStorage(tmp_path / "files")


async def _read(store: FileStorage, key: str) -> bytes:
    blob = await store.open(key)
    chunks = [chunk async for chunk in blob.chunks]
    assert blob.size == sum(len(c) for c in chunks)
    return b"".join(chunks)


async def test_bytes_put_are_read_back_whole_in_chunks(store: FileStorage) -> None:
    data = os.urandom(CHUNK_BYTES * 2 + 12345)
    await store.put("2026/12/a-file", data, content_type="image/jpeg")
    assert await store.exists("2026/12/a-file")
    assert await _read(store, "2026/12/a-file") == data
    await store.put("2026/12/a-file", b"replaced", content_type="image/jpeg")
    assert await _read(store, "2026/12/a-file") == b"replaced"


async def test_a_missing_key_is_blob_missing_and_deleting_twice_is_fine(
    store: FileStorage,
) -> None:
    with pytest.raises(BlobMissing):
        await store.open("2026/12/never-written")
    await store.put("2026/12/gone", b"x", content_type="application/pdf")
    await store.delete("2026/12/gone")
    await store.delete("2026/12/gone")
    assert not await store.exists("2026/12/gone")
    with pytest.raises(BlobMissing):
        await store.open("2026/12/gone")


@pytest.mark.parametrize("key", ["../etc/passwd", "/abs/key", "a//b", "a/../b", "", "a/.b/c"])
async def test_keys_not_made_by_the_server_are_refused(store: FileStorage, key: str) -> None:
    with pytest.raises(ValueError):
        await store.put(key, b"x", content_type="image/png")


async def test_the_local_store_writes_in_place_without_leftovers(tmp_path: Path) -> None:
    store = LocalDiskStorage(tmp_path / "files")
    await store.put("2026/12/photo", b"12345", content_type="image/png")
    written = sorted(p.relative_to(store.root).as_posix() for p in store.root.rglob("*"))
    assert written == ["2026", "2026/12", "2026/12/photo"]


@pytest.fixture(params=STORES)
def active_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[FileStorage]:
    """The store the app uses for one test (then the run's scratch directory again)."""
    from app.core.storage import get_storage

    before = get_storage()
    chosen = _s3_store() if request.param == "s3" else LocalDiskStorage(tmp_path / "files")
    use_storage(chosen)
    yield chosen
    use_storage(before)


@pytest.fixture
async def reported_visit(session: AsyncSession, world: World) -> AsyncIterator[str]:
    customer = await create_customer(session, owner=world.engineer, territory=world.north)
    visit = await create_visit(
        session, owner=world.engineer, customer=customer, status=VisitStatus.CHECKED_IN
    )
    await create_visit_report(session, visit=visit)
    await session.commit()
    yield str(visit.id)


async def test_an_upload_is_served_and_removed_through_the_configured_store(
    client: AsyncClient,
    session: AsyncSession,
    sessionmaker: async_sessionmaker[AsyncSession],
    world: World,
    active_store: FileStorage,
    reported_visit: str,
) -> None:
    photo = images.jpeg(1280, 960)
    added = await client.post(
        f"/api/v1/visits/{reported_visit}/report/photos",
        files={"file": ("s.jpg", photo, "image/jpeg")},
        headers=auth(world.engineer),
    )
    assert added.status_code == 201, added.text
    body = added.json()
    assert (await client.get(body["url"], headers=auth(world.head))).content == photo
    thumbnail = await client.get(body["thumbnail_url"], headers=auth(world.head))
    assert thumbnail.status_code == 200 and thumbnail.content.startswith(b"\xff\xd8\xff")
    removed = await client.delete(
        f"/api/v1/visits/{reported_visit}/report/photos/{body['id']}", headers=auth(world.engineer)
    )
    assert removed.status_code == 204
    assert await run_queued_jobs(session, sessionmaker) == ["files.discard"]
    key_prefix = f"{body['id']}"
    if isinstance(active_store, LocalDiskStorage):
        assert not list(active_store.root.rglob(f"{key_prefix}*"))
    else:
        assert isinstance(active_store, S3Storage)
        listed = active_store._client.list_objects_v2(
            Bucket=active_store.bucket, Prefix=active_store.prefix
        )
        assert listed.get("KeyCount", 0) == 0

"""Where uploaded files keep their bytes: one interface, two stores.

The database says what a file is, whose record it belongs to and who may see it
(``core/attachments.py``); a store only keeps bytes under keys the server makes
(never a client's name). ``LocalDiskStorage`` writes under ``SALES_FILES_DIR``
(default ``var/files``), each write to a temporary file renamed into place, so a
reader never sees half a file. ``S3Storage`` talks to an S3-compatible store (MinIO,
AWS S3) named by ``SALES_FILES_S3_URL``. The process uses one store, made from the
settings at first use (``get_storage``); tests swap it (``use_storage``).
Decision record: docs/decisions/0034-files.md.
"""

from __future__ import annotations

import asyncio
import os
import re
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Protocol
from urllib.parse import urlsplit

from app.core.config import Settings, get_settings

CHUNK_BYTES = 256 * 1024
# Keys are made by the server (``2026/12/<uuid>``); anything else is a programming error.
_KEY = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*(/[A-Za-z0-9][A-Za-z0-9._-]*)*$")


class BlobMissing(LookupError):
    """No bytes under this key."""


@dataclass(frozen=True)
class Blob:
    """Stored bytes being read: their size, then their chunks (read once)."""

    size: int
    chunks: AsyncIterator[bytes]


class FileStorage(Protocol):
    description: str

    async def put(self, key: str, data: bytes, *, content_type: str) -> None:
        """Keep ``data`` under ``key`` (replacing what was there)."""

    async def open(self, key: str) -> Blob:
        """The bytes under ``key``; ``BlobMissing`` when there are none."""

    async def delete(self, key: str) -> None:
        """Forget ``key``; a key already gone is fine (deleting is retried by a job)."""

    async def exists(self, key: str) -> bool: ...


def checked_key(key: str) -> str:
    if len(key) > 400 or not _KEY.match(key) or ".." in key:
        raise ValueError(f"not a storage key: {key!r}")
    return key


class LocalDiskStorage:
    """Files under a directory of this machine (one server, or a shared volume that the
    API processes and the worker all mount)."""

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()
        self.description = f"local directory {self.root}"

    def path_of(self, key: str) -> Path:
        return self.root / checked_key(key)

    async def put(self, key: str, data: bytes, *, content_type: str) -> None:
        await asyncio.to_thread(self._write, self.path_of(key), data)

    @staticmethod
    def _write(path: Path, data: bytes) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f".{path.name}.{uuid.uuid4().hex}.partial")
        try:
            with partial.open("wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            os.replace(partial, path)
        finally:
            partial.unlink(missing_ok=True)

    async def open(self, key: str) -> Blob:
        path = self.path_of(key)
        try:
            handle = await asyncio.to_thread(path.open, "rb")
        except FileNotFoundError:
            raise BlobMissing(key) from None
        size = os.fstat(handle.fileno()).st_size
        return Blob(size=size, chunks=_read_chunks(handle))

    async def delete(self, key: str) -> None:
        await asyncio.to_thread(self.path_of(key).unlink, missing_ok=True)

    async def exists(self, key: str) -> bool:
        return await asyncio.to_thread(self.path_of(key).is_file)


async def _read_chunks(handle: BinaryIO) -> AsyncIterator[bytes]:
    try:
        while chunk := await asyncio.to_thread(handle.read, CHUNK_BYTES):
            yield chunk
    finally:
        handle.close()


class S3Storage:
    """An S3-compatible bucket: ``http(s)://host[:port]/bucket[/prefix]`` (path-style
    addressing, which MinIO needs and AWS S3 accepts). boto3's client is synchronous and
    thread-safe: each call runs in a worker thread."""

    def __init__(
        self,
        url: str,
        *,
        access_key: str | None = None,
        secret_key: str | None = None,
        region: str = "us-east-1",
    ) -> None:
        import boto3
        from botocore.config import Config

        parts = urlsplit(url)
        bucket, _, prefix = parts.path.strip("/").partition("/")
        if parts.scheme not in {"http", "https"} or not parts.netloc or not bucket:
            raise ValueError("SALES_FILES_S3_URL must be http(s)://host[:port]/bucket[/prefix]")
        self.bucket = bucket
        self.prefix = f"{prefix.strip('/')}/" if prefix.strip("/") else ""
        self.description = f"S3 bucket {bucket} at {parts.scheme}://{parts.netloc}"
        self._client: Any = boto3.client(
            "s3",
            endpoint_url=f"{parts.scheme}://{parts.netloc}",
            aws_access_key_id=access_key,
            aws_secret_access_key=secret_key,
            region_name=region,
            config=Config(
                s3={"addressing_style": "path"},
                retries={"max_attempts": 3, "mode": "standard"},
                connect_timeout=5,
                read_timeout=30,
            ),
        )

    def _key(self, key: str) -> str:
        return self.prefix + checked_key(key)

    async def put(self, key: str, data: bytes, *, content_type: str) -> None:
        await asyncio.to_thread(
            self._client.put_object,
            Bucket=self.bucket,
            Key=self._key(key),
            Body=data,
            ContentType=content_type,
        )

    async def open(self, key: str) -> Blob:
        try:
            answer = await asyncio.to_thread(
                self._client.get_object, Bucket=self.bucket, Key=self._key(key)
            )
        except self._client.exceptions.NoSuchKey:
            raise BlobMissing(key) from None
        body = answer["Body"]
        return Blob(size=int(answer["ContentLength"]), chunks=_read_stream(body))

    async def delete(self, key: str) -> None:
        await asyncio.to_thread(self._client.delete_object, Bucket=self.bucket, Key=self._key(key))

    async def exists(self, key: str) -> bool:
        from botocore.exceptions import ClientError

        try:
            await asyncio.to_thread(
                self._client.head_object, Bucket=self.bucket, Key=self._key(key)
            )
        except ClientError as error:
            if error.response.get("Error", {}).get("Code") in {"404", "NoSuchKey", "NotFound"}:
                return False
            raise
        return True


async def _read_stream(body: Any) -> AsyncIterator[bytes]:
    try:
        while chunk := await asyncio.to_thread(body.read, CHUNK_BYTES):
            yield chunk
    finally:
        body.close()


def storage_from_settings(settings: Settings) -> FileStorage:
    if settings.files_s3_url:
        return S3Storage(
            settings.files_s3_url,
            access_key=settings.files_s3_access_key,
            secret_key=settings.files_s3_secret_key,
            region=settings.files_s3_region,
        )
    return LocalDiskStorage(settings.files_dir)


_current: list[FileStorage] = []


def get_storage() -> FileStorage:
    """The process's store: made from the settings at first use."""
    if not _current:
        _current.append(storage_from_settings(get_settings()))
    return _current[0]


def use_storage(storage: FileStorage | None) -> None:
    """Use ``storage`` from now on (tests); ``None``: the settings' store again."""
    _current.clear()
    if storage is not None:
        _current.append(storage)

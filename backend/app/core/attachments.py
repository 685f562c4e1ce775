"""Files attached to records: a visit report's photos, an expense line's receipts.

One mechanism for every domain. A domain declares which of its records take files
(``attachable(VisitReport, types=PHOTO_TYPES, max_files=20)`` in its models); its
router takes the upload after its own get-or-404, and its service calls ``attach``
with its rules (who may add, while what is editable). ``attach`` replays a client id
(the phone retries), checks the count, decides the type from the bytes (415 naming
the field), decodes images and makes their thumbnails (``core/images.py``, in a
thread), writes the row, then the bytes (``core/storage.py``), and touches the parent
(its version and an event: its ETag changes and the change feed hands it out again,
with its files). ``detach`` deletes the row and defers the bytes' removal to a job, run
only if the transaction commits.

A file is visible exactly when the record it is attached to is (the scoping rule
below reads the parents' own rules): ``GET /files/{id}/content`` of a file on another
team's visit report is a 404 like the report. Read models list a record's files with
``attached_files`` (ids, type, size, dimensions, the content and thumbnail URLs).
Decision record: docs/decisions/0034-files.md.
"""

from __future__ import annotations

import asyncio
import hashlib
import re
import unicodedata
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import structlog
from fastapi import UploadFile
from pydantic import Field
from sqlalchemy import (
    ColumnElement,
    ForeignKey,
    Index,
    Integer,
    Select,
    String,
    Text,
    and_,
    case,
    cast,
    false,
    func,
    or_,
    select,
)
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column

from app.core import events, images, jobs
from app.core.access import Principal, custom_rule, register_scope, scope_clause
from app.core.clock import utcnow
from app.core.config import get_settings
from app.core.db import Entity
from app.core.errors import (
    AppError,
    Conflict,
    Forbidden,
    NotFound,
    PayloadTooLarge,
    UnprocessableEntity,
    field_error,
)
from app.core.events import Tracked, track
from app.core.ids import new_id
from app.core.personal_data import copies
from app.core.reads import Children, ReadModel
from app.core.repository import Saved, ScopedRepository
from app.core.schemas import OutputModel
from app.core.storage import get_storage

log = structlog.get_logger(__name__)
FILES_URL = "/api/v1/files"
DISCARD_TASK = "files.discard"
UPLOAD_FIELD = "file"


class StoredFile(Entity):
    __tablename__ = "files"
    __table_args__ = (
        Index(
            "ix_files_parent_id_parent_kind_created_at", "parent_id", "parent_kind", "created_at"
        ),
    )

    # Who uploaded it (the parent's owner: only they attach).
    owner_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"), index=True)
    # The record it is attached to: its table's name and id (no foreign key: the parents
    # are of several kinds; a domain deleting a parent detaches its files first).
    parent_kind: Mapped[str] = mapped_column(String(60))
    parent_id: Mapped[uuid.UUID]
    filename: Mapped[str | None] = mapped_column(String(200))
    content_type: Mapped[str] = mapped_column(String(100))
    size_bytes: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    width: Mapped[int | None] = mapped_column(Integer)
    height: Mapped[int | None] = mapped_column(Integer)
    storage_key: Mapped[str] = mapped_column(String(200))
    thumbnail_key: Mapped[str | None] = mapped_column(String(200))


@dataclass(frozen=True)
class Attachable:
    """A kind of record that takes files, and which files."""

    model: type[Entity]
    types: frozenset[str]
    max_files: int

    @property
    def kind(self) -> str:
        return str(self.model.__tablename__)


_ATTACHABLE: dict[str, Attachable] = {}


def attachable(model: type[Entity], *, types: frozenset[str], max_files: int) -> Attachable:
    """Declare that records of ``model`` take files of ``types`` (at most ``max_files``
    each); files on them are visible exactly when the record is."""
    spec = Attachable(model, frozenset(types), max_files)
    _ATTACHABLE[spec.kind] = spec
    return spec


def _visible_through_parents(principal: Principal) -> ColumnElement[bool]:
    clauses = [
        and_(
            StoredFile.parent_kind == kind,
            StoredFile.parent_id.in_(
                select(spec.model.id).where(scope_clause(spec.model, principal))
            ),
        )
        for kind, spec in sorted(_ATTACHABLE.items())
    ]
    return or_(*clauses) if clauses else false()


register_scope(StoredFile, custom_rule(_visible_through_parents))
track(StoredFile, Tracked("file", label="filename"))
# A file's name may name the person (GDPR erasure, docs/decisions/0042); its bytes (a
# visit's photos, receipts) are the record's, kept.
copies(StoredFile, about=StoredFile.parent_id, mentions=("filename",))


# --- the answers --------------------------------------------------------------------


class FileRead(OutputModel):
    id: uuid.UUID
    filename: str | None = Field(description="As uploaded (its folder left out)")
    content_type: str = Field(description="Decided from the bytes, not the upload's label")
    size_bytes: int
    width: int | None = Field(description="Images: pixels, as displayed (EXIF-turned)")
    height: int | None
    url: str = Field(description="The bytes (GET with the caller's token)")
    thumbnail_url: str | None = Field(
        description="Images: a JPEG at most 320 px on its longer side; null for a PDF"
    )
    created_at: datetime


def _url(suffix: str) -> ColumnElement[str]:
    return func.concat(f"{FILES_URL}/", cast(StoredFile.id, Text), suffix)


_FILE_FIELDS: Mapping[str, Any] = {
    "id": StoredFile.id,
    "filename": StoredFile.filename,
    "content_type": StoredFile.content_type,
    "size_bytes": StoredFile.size_bytes,
    "width": StoredFile.width,
    "height": StoredFile.height,
    "url": _url("/content"),
    "thumbnail_url": case((StoredFile.thumbnail_key.is_not(None), _url("/thumbnail")), else_=None),
    "created_at": StoredFile.created_at,
}
FILE_READ = ReadModel(StoredFile, FileRead, fields=_FILE_FIELDS)


def attached_files(spec: Attachable) -> Children:
    """A read model's list of a record's files, oldest first."""
    return Children(
        StoredFile.parent_id,
        fields=_FILE_FIELDS,
        where=[StoredFile.parent_kind == spec.kind],
        order_by=[StoredFile.created_at, StoredFile.id],
    )


# --- errors ---------------------------------------------------------------------------


class FileNotFound(NotFound):
    code, title = "files.not_found", "File not found"


class UnsupportedFileType(AppError):
    status, code, title = 415, "files.unsupported_type", "This kind of file is not accepted here"


class FileTooLarge(PayloadTooLarge):
    code, title = "files.too_large", "The file is too large"


class UnreadableFile(UnprocessableEntity):
    code, title = "files.unreadable", "The file is damaged or not what it claims to be"


class TooManyFiles(Conflict):
    code, title = "files.limit_reached", "This record has as many files as it may have"


# --- uploads --------------------------------------------------------------------------


@dataclass(frozen=True)
class Upload:
    data: bytes
    filename: str | None


_UNSAFE_NAME = re.compile(r"[\x00-\x1f\x7f/\\]")


def clean_filename(name: str | None) -> str | None:
    """The name without its folders and control characters, at most 200 characters."""
    if not name:
        return None
    base = re.split(r"[/\\]", name)[-1]
    cleaned = _UNSAFE_NAME.sub("", unicodedata.normalize("NFC", base)).strip()
    return cleaned[-200:] or None


async def read_upload(file: UploadFile, *, field: str = UPLOAD_FIELD) -> Upload:
    """The uploaded part's bytes, refused (413, naming the field) above the limit."""
    limit = get_settings().max_upload_bytes
    data = await file.read(limit + 1)
    if len(data) > limit:
        raise FileTooLarge(
            f"At most {limit:,} bytes per file",
            errors=[field_error(field, f"at most {limit} bytes", "too_large")],
        )
    if not data:
        raise UnprocessableEntity(errors=[field_error(field, "is empty", "empty")])
    return Upload(data, clean_filename(file.filename))


def _type_names(types: frozenset[str]) -> str:
    names = sorted(images.TYPE_NAMES[t] for t in types)
    return ", ".join(names[:-1]) + f" or {names[-1]}" if len(names) > 1 else names[0]


def inspect_upload(spec: Attachable, upload: Upload, *, field: str) -> images.Inspected:
    """What the bytes are (415 when not a kind ``spec`` takes; 422 when damaged)."""
    settings = get_settings()
    sniffed = images.sniff(upload.data)
    if sniffed not in spec.types:
        detail = f"Send {_type_names(spec.types)}"
        if sniffed == images.HEIC:
            detail = f"HEIC photos are not supported: {detail.lower()} (the camera's JPEG)"
        raise UnsupportedFileType(
            detail,
            errors=[field_error(field, f"must be {_type_names(spec.types)}", "unsupported_type")],
        )
    try:
        return images.inspect(
            upload.data,
            sniffed,
            max_pixels=settings.max_image_pixels,
            thumbnail_px=settings.thumbnail_px,
        )
    except (images.NotReadable, images.TooManyPixels) as error:
        raise UnreadableFile(
            f"The file {error}", errors=[field_error(field, str(error), "unreadable")]
        ) from None


class FileRepository(ScopedRepository[StoredFile]):
    model = StoredFile
    not_found = FileNotFound

    def of_parent(self, spec: Attachable, parent_id: uuid.UUID) -> Select[StoredFile]:
        return self.scoped().where(
            StoredFile.parent_kind == spec.kind, StoredFile.parent_id == parent_id
        )

    async def count_of(self, spec: Attachable, parent_id: uuid.UUID) -> int:
        return await self.count(self.of_parent(spec, parent_id))

    async def files_of(self, spec: Attachable, parent_id: uuid.UUID) -> list[StoredFile]:
        return list((await self.session.scalars(self.of_parent(spec, parent_id))).all())

    async def attached(
        self, spec: Attachable, parent_id: uuid.UUID, file_id: uuid.UUID
    ) -> StoredFile:
        stmt = self.of_parent(spec, parent_id).where(StoredFile.id == file_id)
        found = (await self.session.scalars(stmt)).one_or_none()
        if found is None:
            raise FileNotFound()
        return found


async def _lock(session: AsyncSession, parent: Entity) -> None:
    """One change of a record's files at a time (two photos sent at once): its count
    holds, and each touch bumps the version the other one committed."""
    await session.refresh(parent, with_for_update=True)


def _touch(parent: Entity, change: str, file: StoredFile) -> None:
    """The parent changed (its files): a new version and a named event, so its ETag and
    the change feed carry the new list."""
    tracking = events.tracking_of(parent.__tablename__)
    name = tracking[1].name if tracking else parent.__tablename__
    events.note(
        parent, f"{name}.{change}", data={"file_id": str(file.id), "filename": file.filename}
    )
    parent.updated_at = utcnow()


async def attach(
    session: AsyncSession,
    principal: Principal,
    spec: Attachable,
    parent: Entity,
    *,
    upload: Upload,
    client_id: uuid.UUID | None,
    rules: Callable[[], None],
    field: str = UPLOAD_FIELD,
) -> Saved[StoredFile]:
    """Attach an uploaded file to ``parent`` (whose rules the domain's ``rules`` check,
    for a new file only: a retried upload answers the first file as it is)."""
    repo = FileRepository(session, principal)
    if replayed := await repo.find_replayed_create(client_id):
        if replayed.parent_kind != spec.kind or replayed.parent_id != parent.id:
            raise Conflict("This id is already used", code="id_taken")
        return Saved(replayed, created=False)
    await _lock(session, parent)
    rules()
    uploader = principal.user_id
    if uploader is None:
        raise Forbidden("Only a signed-in person attaches files")
    if await repo.count_of(spec, parent.id) >= spec.max_files:
        raise TooManyFiles(f"At most {spec.max_files} files here")
    inspected = await asyncio.to_thread(inspect_upload, spec, upload, field=field)
    file_id = client_id or new_id()
    key = f"{utcnow():%Y/%m}/{file_id}"
    file = StoredFile(
        id=file_id,
        owner_id=uploader,
        parent_kind=spec.kind,
        parent_id=parent.id,
        filename=upload.filename,
        content_type=inspected.content_type,
        size_bytes=len(upload.data),
        sha256=hashlib.sha256(upload.data).hexdigest(),
        width=inspected.width,
        height=inspected.height,
        storage_key=key,
        thumbnail_key=f"{key}.thumbnail.jpg" if inspected.thumbnail is not None else None,
    )
    await repo.insert(file)  # a taken id fails here, before any bytes are written
    storage = get_storage()
    await storage.put(key, upload.data, content_type=inspected.content_type)
    if inspected.thumbnail is not None and file.thumbnail_key is not None:
        await storage.put(file.thumbnail_key, inspected.thumbnail, content_type=images.JPEG)
    _touch(parent, "file_attached", file)
    await repo.flush()
    return Saved(file, created=True)


async def detach(
    session: AsyncSession,
    principal: Principal,
    spec: Attachable,
    parent: Entity,
    file_id: uuid.UUID,
) -> None:
    """Remove one file of ``parent`` (404 when it has no such file)."""
    repo = FileRepository(session, principal)
    await _lock(session, parent)
    file = await repo.attached(spec, parent.id, file_id)
    await _discard(session, repo, [file])
    _touch(parent, "file_removed", file)
    await repo.flush()


async def detach_all(
    session: AsyncSession, principal: Principal, spec: Attachable, parent_id: uuid.UUID
) -> None:
    """Remove every file of a record being deleted."""
    repo = FileRepository(session, principal)
    await _discard(session, repo, await repo.files_of(spec, parent_id))


async def _discard(session: AsyncSession, repo: FileRepository, files: list[StoredFile]) -> None:
    """The rows go now; the bytes go in a job deferred in this transaction (if it rolls
    back, the rows stay and so do their bytes)."""
    keys = [key for f in files for key in (f.storage_key, f.thumbnail_key) if key]
    for file in files:
        await repo.delete(file)
    if keys:
        await jobs.enqueue(session, DISCARD_TASK, args={"keys": keys})


async def discard_blobs(keys: list[str]) -> int:
    """The job: forget the bytes of deleted files (a key already gone is fine)."""
    storage = get_storage()
    for key in keys:
        await storage.delete(key)
    return len(keys)


# --- reading -------------------------------------------------------------------------


async def visible_file(
    session: AsyncSession, principal: Principal, file_id: uuid.UUID
) -> StoredFile:
    return await FileRepository(session, principal).get_or_404(file_id)


async def file_item(
    session: AsyncSession, principal: Principal, file_id: uuid.UUID
) -> dict[str, Any]:
    return await FileRepository(session, principal).read_item(FILE_READ, file_id)

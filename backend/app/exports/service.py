"""Exports as jobs (decision 0038): a request queues one; the job worker writes every
record the caller may see (their scope, as every read; read afresh when the job runs)
in the resource's file layout, a batch of 1,000 at a time from one snapshot (one
read-only REPEATABLE READ transaction, which holds back no one: it takes no transaction
id), the progress kept as it goes; the file goes to the file store and is downloaded
from ``GET .../file``. The layout is the one the imports take, so a file exported can be
edited and imported again. What changed since an export: the change feed
(``GET /sync/changes``) with the cursor taken when it was asked for."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from app.auth import service as auth
from app.core import jobs
from app.core.access import Principal
from app.core.clock import utcnow
from app.core.errors import AppError
from app.core.export import read_batches
from app.core.interchange import FileFormat, FileWriter
from app.core.pagination import ListParams
from app.core.storage import Blob, BlobMissing, get_storage
from app.exports.errors import ExportFileMissing, ExportNotReady
from app.exports.models import Export, ExportStatus
from app.exports.repository import EXPORT_SORT, ExportRepository
from app.exports.resources import RESOURCES, ExportResource

__all__ = ["EXPORT_SORT", "RESOURCES"]

RUN_TASK = "exports.run"


async def create_export(
    session: AsyncSession,
    principal: Principal,
    resource: ExportResource,
    *,
    file_format: FileFormat,
) -> Export:
    principal.require(resource.permission)
    made = Export(
        resource=resource.name,
        file_format=file_format.value,
        status=ExportStatus.QUEUED,
        processed_rows=0,
        owner_id=principal.user_id,
        api_key_id=principal.api_key_id,
        created_by=principal.label,
    )
    await ExportRepository(session, principal).insert(made)
    await jobs.enqueue(
        session, RUN_TASK, args={"export_id": str(made.id)}, lock=f"exports:{made.id}"
    )
    return made


async def run_export(export_id: uuid.UUID) -> int:
    """The job: write the file, keep it, and say so (answers the records written)."""
    async with jobs.job_session() as session:
        repo = ExportRepository(session, jobs.SYSTEM)
        found = await repo.unscoped_lock(export_id)
        if found is None or found.status not in (ExportStatus.QUEUED, ExportStatus.RUNNING):
            return 0
        resource = RESOURCES[found.resource]
        try:
            principal = await auth.principal_for_deferred_work(
                session,
                user_id=found.owner_id,
                api_key_id=found.api_key_id,
                permission=resource.permission,
            )
        except AppError as refusal:
            found.status, found.error = ExportStatus.FAILED, refusal.detail or refusal.title
            found.finished_at = utcnow()
            return 0
        source = resource.source(session, principal)
        found.status, found.started_at = ExportStatus.RUNNING, utcnow()
        found.total_rows = await ExportRepository(session, principal).count(source.base)
        file_format = FileFormat(found.file_format)
    assert jobs.runtime.sessionmaker is not None
    writer = FileWriter(file_format, resource.layout, resource.name)
    chunks: list[bytes] = []
    written = 0
    batches = read_batches(
        jobs.runtime.sessionmaker,
        principal,
        source.read_model,
        source.base,
        resource.sort.parse(None),
    )
    async for items in batches:
        chunks.append(writer.write([resource.record(item) for item in items]))
        written += len(items)
        async with jobs.job_session() as session:
            await ExportRepository(session, jobs.SYSTEM).unscoped_set(
                export_id, processed_rows=written
            )
    chunks.append(writer.close())
    data = b"".join(chunks)
    stamp = utcnow()
    key = f"exports/{stamp:%Y/%m}/{export_id}.{file_format.value}"
    await get_storage().put(key, data, content_type=file_format.media_type)
    async with jobs.job_session() as session:
        await ExportRepository(session, jobs.SYSTEM).unscoped_set(
            export_id,
            status=ExportStatus.DONE,
            processed_rows=written,
            storage_key=key,
            size_bytes=len(data),
            filename=f"{source.name}-{stamp:%Y%m%d-%H%M%S}.{file_format.value}",
            finished_at=utcnow(),
        )
    return written


async def list_exports(
    session: AsyncSession, principal: Principal, resource: ExportResource, *, params: ListParams
) -> tuple[list[Export], str | None]:
    repo = ExportRepository(session, principal)
    return await repo.page(
        repo.of_resource(resource.name),
        order=params.order,
        limit=params.limit,
        cursor=params.cursor,
    )


async def get_export(
    session: AsyncSession, principal: Principal, resource: ExportResource, export_id: uuid.UUID
) -> Export:
    return await ExportRepository(session, principal).get_of_resource(resource.name, export_id)


async def export_file(
    session: AsyncSession, principal: Principal, resource: ExportResource, export_id: uuid.UUID
) -> tuple[Export, Blob]:
    """The export and its written file's bytes (409 until the job has written it)."""
    found = await get_export(session, principal, resource, export_id)
    if found.status is not ExportStatus.DONE or found.storage_key is None:
        raise ExportNotReady(f"The export is {found.status.value}")
    try:
        return found, await get_storage().open(found.storage_key)
    except BlobMissing:
        raise ExportFileMissing() from None


async def erase_files_holding_people(session: AsyncSession) -> int:
    """A personal data erasure's part here: the kept files of every export that may hold
    people (customers with their contacts, orders and invoices with their texts) are
    deleted, since nobody can scrub a person out of a written spreadsheet; each such
    export says so (``erased``) and can simply be asked for again. Answers how many
    files went. The bytes go once the rows are written: a file whose deletion fails is
    missing (a 404 on download), never served."""
    people = [name for name, resource in RESOURCES.items() if resource.holds_people]
    repo = ExportRepository(session, jobs.SYSTEM)
    found = await repo.unscoped_with_files(people)
    keys = []
    for export in found:
        keys.append(export.storage_key)
        export.status = ExportStatus.ERASED
        export.storage_key = None
        export.size_bytes = None
        export.error = "Its file was deleted by a personal data erasure: ask for a new export"
    await session.flush()
    storage = get_storage()
    for key in keys:
        if key is not None:
            await storage.delete(key)
    return len(found)

"""Imports by external id (decision 0038).

An upload is read at once: a file that cannot be read, has unknown columns or more than
``MAX_IMPORT_ROWS`` records is refused whole (422 / 413), before anything is kept.
Otherwise its records are stored with the import, and a job runs them: the dry run
(every record through its resource's upsert, in a savepoint rolled back, so the report
says what the run would do: created, updated, unchanged or refused with the problem
body of its PUT), then, on ``POST .../run`` (or at once when no dry run was asked for),
the run. Each record runs in a savepoint of its own (a refusal never stops the others)
as the uploader (their scope and permissions, their name in the audit), and the records
go in chunks of ``CHUNK`` per transaction, committed with their outcomes and the
progress: a worker that dies resumes where the last chunk ended, and no transaction
stays open long (the change feed waits for the oldest running transaction).
"""

from __future__ import annotations

import asyncio
import csv
import io
import uuid
from typing import Any

import orjson
import structlog
from pydantic import ValidationError
from sqlalchemy.exc import IntegrityError, InterfaceError, OperationalError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm.exc import StaleDataError

from app.auth import service as auth
from app.core import jobs
from app.core.access import Principal
from app.core.attachments import Upload
from app.core.clock import utcnow
from app.core.context import current_request_id, set_request_id
from app.core.errors import AppError, FieldError
from app.core.export import csv_safe
from app.core.interchange import FileFormat, column_of, format_of, read_records, row_problem
from app.core.pagination import ListParams
from app.core.upsert import Found
from app.imports.errors import NotAwaitingRun
from app.imports.models import Import, ImportRow, ImportStatus, RowOutcome
from app.imports.repository import IMPORT_SORT, ImportRepository, ImportRowRepository
from app.imports.resources import RESOURCES, ImportResource
from app.imports.schemas import MAX_IMPORT_ROWS, ImportRowRead, Phase, ResultFormat

__all__ = ["IMPORT_SORT", "RESOURCES"]

log = structlog.get_logger(__name__)
RUN_TASK = "imports.run"
CHUNK = 20


# --- uploading, reading, running ---------------------------------------------------------


async def upload_import(
    session: AsyncSession,
    principal: Principal,
    resource: ImportResource,
    *,
    upload: Upload,
    file_format: FileFormat | None,
    dry_run: bool,
) -> Import:
    """Read the file (refused whole when unreadable), keep its records and queue the dry
    run, or the run when ``dry_run`` is false."""
    principal.require(resource.permission)
    found_format = file_format or format_of(upload.filename, upload.data)
    records = await asyncio.to_thread(
        read_records, upload.data, found_format, resource.layout, max_rows=MAX_IMPORT_ROWS
    )
    made = Import(
        resource=resource.name,
        file_format=found_format.value,
        filename=upload.filename,
        status=ImportStatus.DRY_RUN_QUEUED if dry_run else ImportStatus.QUEUED,
        dry_run=dry_run,
        total_rows=len(records),
        processed_rows=0,
        owner_id=principal.user_id,
        api_key_id=principal.api_key_id,
        created_by=principal.label,
    )
    await ImportRepository(session, principal).insert(made)
    await ImportRowRepository(session).unscoped_insert(made.id, records)
    await _queue(session, made, dry_run=dry_run)
    return made


async def _queue(session: AsyncSession, made: Import, *, dry_run: bool) -> None:
    await jobs.enqueue(
        session,
        RUN_TASK,
        args={"import_id": str(made.id), "dry_run": dry_run},
        lock=f"imports:{made.id}",
    )


async def run_import_later(
    session: AsyncSession, principal: Principal, resource: ImportResource, import_id: uuid.UUID
) -> Import:
    """After the dry run: queue the run (409 unless the dry run is done; the run is
    queued once)."""
    repo = ImportRepository(session, principal)
    found = await repo.get_of_resource(resource.name, import_id)
    if found.status is not ImportStatus.DRY_RUN_DONE:
        raise NotAwaitingRun(f"The import is {found.status.value.replace('_', ' ')}")
    found.status = ImportStatus.QUEUED
    found.processed_rows = 0
    await repo.flush()
    await _queue(session, found, dry_run=False)
    return found


async def _runner(session: AsyncSession, found: Import) -> Principal:
    """Who the import runs as: its uploader, if still allowed to (refusal: AppError)."""
    return await auth.principal_for_deferred_work(
        session,
        user_id=found.owner_id,
        api_key_id=found.api_key_id,
        permission=RESOURCES[found.resource].permission,
    )


async def run_import(import_id: uuid.UUID, *, dry_run: bool) -> dict[str, int]:
    """The job: run the phase over every record not yet done, a chunk per transaction,
    then record the counts. Answers the counts (nothing when the phase is not due)."""
    running, queued = (
        (ImportStatus.DRY_RUNNING, ImportStatus.DRY_RUN_QUEUED)
        if dry_run
        else (ImportStatus.RUNNING, ImportStatus.QUEUED)
    )
    async with jobs.job_session() as session:
        found = await ImportRepository(session, jobs.SYSTEM).unscoped_lock(import_id)
        if found is None or found.status not in (queued, running):
            return {}
        try:
            principal = await _runner(session, found)
        except AppError as refusal:
            found.status, found.error = ImportStatus.FAILED, refusal.detail or refusal.title
            found.finished_at = utcnow()
            return {}
        found.status = running
        found.started_at = found.started_at or utcnow()
        resource = RESOURCES[found.resource]
    previous = current_request_id()
    set_request_id(f"import-{import_id}")
    try:
        while await _run_chunk(import_id, principal, resource, dry_run=dry_run):
            pass
    finally:
        set_request_id(previous)
    async with jobs.job_session() as session:
        found = await ImportRepository(session, jobs.SYSTEM).unscoped_lock(import_id)
        assert found is not None
        counts = await ImportRowRepository(session).unscoped_counts(import_id, dry_run=dry_run)
        totals = {outcome.value: counts.get(outcome.value, 0) for outcome in RowOutcome}
        if dry_run:
            found.dry_run_counts, found.status = totals, ImportStatus.DRY_RUN_DONE
        else:
            found.counts, found.status = totals, ImportStatus.DONE
        found.finished_at = utcnow()
        return totals


async def _run_chunk(
    import_id: uuid.UUID, principal: Principal, resource: ImportResource, *, dry_run: bool
) -> bool:
    """One chunk of records in one transaction; False when none was left."""
    async with jobs.job_session(principal) as session:
        rows = ImportRowRepository(session)
        pending = await rows.unscoped_pending(import_id, dry_run=dry_run, limit=CHUNK)
        if not pending:
            return False
        outer = await session.begin_nested() if dry_run else None
        named = [row.external_id for row in pending if row.read_problem is None]
        found = await resource.prefetch(session, principal, [key for key in named if key])
        results = [
            await _apply(session, principal, resource, row, found.get(row.external_id or ""))
            for row in pending
        ]
        if outer is not None:
            await outer.rollback()  # a dry run keeps the outcomes, not the changes
        await rows.unscoped_record(import_id, dry_run=dry_run, results=results)
        await ImportRepository(session, principal).unscoped_add_progress(import_id, len(pending))
        return True


def _refusal(row: ImportRow, problem: dict[str, Any]) -> dict[str, Any]:
    for error in problem.get("errors") or []:
        column = column_of(row.columns or {}, error.get("loc") or [])
        if column is not None:
            error["column"] = column
    return {
        "row_number": row.row_number,
        "outcome": RowOutcome.REFUSED.value,
        "problem": problem,
        "record_id": None,
    }


def _problem_of(error: AppError) -> dict[str, Any]:
    return row_problem(error.status, error.code, error.title, error.errors or [], error.detail)


async def _apply(
    session: AsyncSession,
    principal: Principal,
    resource: ImportResource,
    row: ImportRow,
    found: Found[Any] | None,
) -> dict[str, Any]:
    """One record through its resource's upsert, in a savepoint: its outcome, or the
    problem body its PUT would have answered."""
    if row.read_problem is not None:
        return _refusal(row, dict(row.read_problem))
    try:
        data = resource.layout.schema.model_validate(row.data or {})
    except ValidationError as invalid:
        errors = [
            FieldError(loc=["body", *error["loc"]], msg=error["msg"], type=error["type"])
            for error in invalid.errors(include_url=False, include_context=False)
        ]
        return _refusal(row, row_problem(422, "validation_error", "Invalid input", errors))
    except AppError as refused:
        return _refusal(row, _problem_of(refused))
    assert row.external_id is not None
    try:
        async with session.begin_nested():
            upserted = await resource.apply(
                session, principal, external_id=row.external_id, data=data, found=found
            )
    except AppError as refused:
        return _refusal(row, _problem_of(refused))
    except StaleDataError:
        return _refusal(
            row,
            row_problem(
                412,
                "precondition_failed",
                "Someone else changed this record at the same moment",
                [],
            ),
        )
    except IntegrityError:
        return _refusal(
            row,
            row_problem(409, "integrity_conflict", "The change conflicts with existing data", []),
        )
    except (OperationalError, InterfaceError):
        raise  # the database is gone: the job fails and is retried, resuming here
    except Exception:  # a fault of ours: this record's 500, never the others' end
        log.exception("import_record_failed", import_id=str(row.import_id), row=row.row_number)
        return _refusal(row, row_problem(500, "internal_error", "Internal server error", []))
    return {
        "row_number": row.row_number,
        "outcome": upserted.outcome.value,
        "problem": None,
        "record_id": upserted.entity.id,
    }


# --- reading -----------------------------------------------------------------------------


async def list_imports(
    session: AsyncSession, principal: Principal, resource: ImportResource, *, params: ListParams
) -> tuple[list[Import], str | None]:
    repo = ImportRepository(session, principal)
    return await repo.page(
        repo.of_resource(resource.name),
        order=params.order,
        limit=params.limit,
        cursor=params.cursor,
    )


async def get_import(
    session: AsyncSession, principal: Principal, resource: ImportResource, import_id: uuid.UUID
) -> Import:
    return await ImportRepository(session, principal).get_of_resource(resource.name, import_id)


def _phase(found: Import, phase: Phase | None) -> bool:
    """Whether the dry run's outcomes are wanted (by default: the latest phase's)."""
    if phase is not None:
        return phase is Phase.DRY_RUN
    return found.status in (
        ImportStatus.DRY_RUN_QUEUED,
        ImportStatus.DRY_RUNNING,
        ImportStatus.DRY_RUN_DONE,
    ) or (found.status is ImportStatus.FAILED and found.dry_run)


def _row_read(row: ImportRow, *, dry_run: bool) -> ImportRowRead:
    outcome = row.dry_run_outcome if dry_run else row.outcome
    return ImportRowRead(
        row=row.row_number,
        rows=list(row.rows or [row.row_number]),
        external_id=row.external_id,
        outcome=RowOutcome(outcome) if outcome else None,
        record_id=None if dry_run else row.record_id,
        problem=(row.dry_run_problem if dry_run else row.problem),
    )


async def import_rows(
    session: AsyncSession,
    principal: Principal,
    resource: ImportResource,
    import_id: uuid.UUID,
    *,
    phase: Phase | None,
    outcome: RowOutcome | None,
    cursor: int | None,
    limit: int,
) -> tuple[list[ImportRowRead], str | None]:
    """A page of the records' outcomes in file order; the cursor is the last row's number."""
    found = await get_import(session, principal, resource, import_id)
    dry_run = _phase(found, phase)
    rows = await ImportRowRepository(session).unscoped_page(
        found.id,
        dry_run=dry_run,
        outcome=outcome.value if outcome else None,
        after_row=cursor,
        limit=limit + 1,
    )
    more = len(rows) > limit
    rows = rows[:limit]
    return [_row_read(row, dry_run=dry_run) for row in rows], (
        str(rows[-1].row_number) if more else None
    )


_RESULT_COLUMNS = (
    "row",
    "rows",
    "external_id",
    "outcome",
    "record_id",
    "status",
    "code",
    "detail",
    "errors",
)


def _error_text(problem: dict[str, Any] | None) -> str:
    """A refusal's field errors in one cell: ``column (or field): message; ...``."""
    parts = []
    for error in (problem or {}).get("errors") or []:
        where = error.get("column") or ".".join(str(p) for p in error.get("loc", []) if p != "body")
        parts.append(f"{where}: {error.get('msg')}" if where else str(error.get("msg")))
    return "; ".join(parts)


async def import_result(
    session: AsyncSession,
    principal: Principal,
    resource: ImportResource,
    import_id: uuid.UUID,
    *,
    phase: Phase | None,
    result_format: ResultFormat,
) -> tuple[bytes, str]:
    """Every record's outcome as a file: CSV (a row per record, the problem's status,
    code, detail and field errors in cells) or JSON (the rows' list as the rows page
    shows them). Answers the bytes and the file's name."""
    found = await get_import(session, principal, resource, import_id)
    dry_run = _phase(found, phase)
    rows = await ImportRowRepository(session).unscoped_page(
        found.id, dry_run=dry_run, outcome=None, after_row=None, limit=None
    )
    reads = [_row_read(row, dry_run=dry_run) for row in rows]
    name = f"{resource.name}-import-{found.id}-{'dry-run' if dry_run else 'run'}"
    if result_format is ResultFormat.JSON:
        body = orjson.dumps([read.model_dump(mode="json") for read in reads])
        return body, f"{name}.json"
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(_RESULT_COLUMNS)
    for read in reads:
        problem = read.problem.model_dump() if read.problem else None
        writer.writerow(
            csv_safe(cell)
            for cell in (
                read.row,
                " ".join(str(r) for r in read.rows),
                read.external_id,
                read.outcome.value if read.outcome else None,
                read.record_id,
                problem["status"] if problem else None,
                problem["code"] if problem else None,
                problem.get("detail") if problem else None,
                _error_text(problem),
            )
        )
    return buffer.getvalue().encode(), f"{name}.csv"

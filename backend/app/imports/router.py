"""Bulk imports by external id, under each resource: `/customers/imports`,
`/products/imports`, `/price-lists/imports` (decision 0038).

Upload a CSV, XLSX or JSON lines file (multipart, field `file`): it is read at once (a
file that cannot be read, with an unknown column or with more than 10,000 records is
refused whole: 422 / 413) and answered 202 with the import. A job then dry-runs it
(`status` `dry_run_queued` → `dry_running` → `dry_run_done`, `processed_rows` of
`total_rows`): `GET .../rows` says per record what the run would do, `created`,
`updated`, `unchanged` or `refused` with the problem body its PUT would answer (each
field error naming its column). `POST .../run` applies it (`queued` → `running` →
`done`); one refused record never stops the others. `GET .../result` downloads every
record's outcome (CSV or JSON). Each import is its uploader's (an admin sees all; an API
key its own) and runs with the uploader's permissions and reach; the resource's write
permission is needed for every route.
"""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import File, Form, Path, Query, Response, UploadFile
from fastapi.responses import Response as FileResponse

from app.auth.dependencies import DB, requires
from app.core.access import Principal
from app.core.attachments import read_upload
from app.core.errors import problem_responses
from app.core.interchange import FileFormat
from app.core.pagination import MAX_LIMIT, ListParams, Page, list_params
from app.core.routing import DomainRouter, accepts_upload
from app.imports import service
from app.imports.models import RowOutcome
from app.imports.resources import ImportResource
from app.imports.schemas import (
    MAX_IMPORT_ROWS,
    ImportRead,
    ImportRowRead,
    Phase,
    ResultFormat,
)

ImportId = Annotated[uuid.UUID, Path(description="The import's id")]
READ = problem_responses(401, 403, 404, 422)
UPLOAD = problem_responses(401, 403, 413, 415, 422)
RESULT_TYPES = {ResultFormat.CSV: "text/csv; charset=utf-8", ResultFormat.JSON: "application/json"}


def imports_router(resource: ImportResource) -> DomainRouter:
    """The import routes of one resource, guarded by its write permission."""
    router = DomainRouter(prefix=f"{resource.path}/imports", tags=[f"{resource.singular}-imports"])
    can_write = requires(resource.permission)
    location = f"/api/v1{resource.path}/imports"

    @router.get("", response_model=Page[ImportRead], responses=READ, name="list")
    async def list_imports(
        session: DB,
        principal: Principal = can_write,
        params: ListParams = list_params(service.IMPORT_SORT),
    ) -> Page[ImportRead]:
        """The caller's imports of this resource (an admin's: everyone's), newest first."""
        found, cursor = await service.list_imports(session, principal, resource, params=params)
        return Page(items=[ImportRead.model_validate(i) for i in found], next_cursor=cursor)

    @router.post("", response_model=ImportRead, status_code=202, responses=UPLOAD, name="upload")
    @accepts_upload
    async def upload(
        response: Response,
        session: DB,
        file: UploadFile = File(
            description=f"CSV (UTF-8), XLSX or JSON lines; at most {MAX_IMPORT_ROWS:,} records"
        ),
        dry_run: bool = Form(
            True, description="true: dry-run first, then POST .../run; false: run at once"
        ),
        file_format: FileFormat | None = Form(
            None, alias="format", description="Default: from the file's name or content"
        ),
        principal: Principal = can_write,
    ) -> ImportRead:
        """Upload a file of records to upsert by external id (see the router's text)."""
        upload = await read_upload(file)
        made = await service.upload_import(
            session,
            principal,
            resource,
            upload=upload,
            file_format=file_format,
            dry_run=dry_run,
        )
        response.headers["Location"] = f"{location}/{made.id}"
        return ImportRead.model_validate(made)

    @router.get("/{import_id:uuid}", response_model=ImportRead, responses=READ, name="read")
    async def read(
        import_id: ImportId, session: DB, principal: Principal = can_write
    ) -> ImportRead:
        """The import's status and progress, and each phase's counts once it is done."""
        found = await service.get_import(session, principal, resource, import_id)
        return ImportRead.model_validate(found)

    @router.post(
        "/{import_id:uuid}/run",
        response_model=ImportRead,
        status_code=202,
        responses=problem_responses(401, 403, 404, 409, 422),
        name="run",
    )
    async def run(import_id: ImportId, session: DB, principal: Principal = can_write) -> ImportRead:
        """Apply a dry-run import (its dry run done; else 409 `imports.not_awaiting_run`)."""
        found = await service.run_import_later(session, principal, resource, import_id)
        return ImportRead.model_validate(found)

    @router.get(
        "/{import_id:uuid}/rows", response_model=Page[ImportRowRead], responses=READ, name="rows"
    )
    async def rows(
        import_id: ImportId,
        session: DB,
        principal: Principal = can_write,
        phase: Phase | None = Query(None, description="Default: the latest phase"),
        outcome: RowOutcome | None = Query(None, description="Only records with this outcome"),
        cursor: int | None = Query(None, ge=0, le=2**31, description="next_cursor of the page"),
        limit: int = Query(100, ge=1, le=MAX_LIMIT),
    ) -> Page[ImportRowRead]:
        """Each record's outcome in file order (`outcome=refused`: the refusals only)."""
        items, next_cursor = await service.import_rows(
            session,
            principal,
            resource,
            import_id,
            phase=phase,
            outcome=outcome,
            cursor=cursor,
            limit=limit,
        )
        return Page(items=items, next_cursor=next_cursor)

    @router.get(
        "/{import_id:uuid}/result",
        response_class=FileResponse,
        responses={
            200: {
                "description": "Every record's outcome, as a file",
                "content": {
                    "text/csv": {"schema": {"type": "string"}},
                    "application/json": {"schema": {"type": "array", "items": {}}},
                },
            },
            **READ,
        },
        name="result",
    )
    async def result(
        import_id: ImportId,
        session: DB,
        principal: Principal = can_write,
        phase: Phase | None = Query(None, description="Default: the latest phase"),
        result_format: ResultFormat = Query(ResultFormat.CSV, alias="format"),
    ) -> FileResponse:
        """Every record's outcome: CSV (row, external id, outcome, record id, and a
        refusal's status, code, detail and field errors) or JSON (the rows' items)."""
        body, filename = await service.import_result(
            session, principal, resource, import_id, phase=phase, result_format=result_format
        )
        return FileResponse(
            content=body,
            media_type=RESULT_TYPES[result_format],
            headers={
                "Content-Disposition": f'attachment; filename="{filename}"',
                "Cache-Control": "no-store",
            },
        )

    return router


routers = [imports_router(resource) for resource in service.RESOURCES.values()]

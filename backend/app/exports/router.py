"""Exports as jobs, under each resource: `/customers/exports`, `/products/exports`,
`/price-lists/exports` (decision 0038).

`POST` queues an export of every record the caller may see (CSV, XLSX or JSON lines, in
the layout the resource's imports take: an exported file imports again); 202 with the
export. `GET .../{id}` follows it (`queued` → `running` → `done`, `processed_rows` of
`total_rows`); `GET .../{id}/file` downloads it. For what changed since, pull the change
feed (`GET /sync/changes`). `GET /customers/export` (no s) streams the list's columns
at once instead. An export is its maker's (an admin sees all; an API key its own);
each route needs the resource's read permission.
"""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Path, Response
from fastapi.responses import StreamingResponse

from app.auth.dependencies import DB, requires
from app.core.access import Principal
from app.core.errors import problem_responses
from app.core.interchange import FileFormat
from app.core.pagination import ListParams, Page, list_params
from app.core.routing import DomainRouter
from app.exports import service
from app.exports.resources import ExportResource
from app.exports.schemas import ExportCreate, ExportRead

ExportId = Annotated[uuid.UUID, Path(description="The export's id")]
READ = problem_responses(401, 403, 404, 422)


def exports_router(resource: ExportResource) -> DomainRouter:
    """The export routes of one resource, guarded by its read permission."""
    router = DomainRouter(prefix=f"{resource.path}/exports", tags=[f"{resource.singular}-exports"])
    can_read = requires(resource.permission)
    location = f"/api/v1{resource.path}/exports"

    @router.get("", response_model=Page[ExportRead], responses=READ, name="list")
    async def list_exports(
        session: DB,
        principal: Principal = can_read,
        params: ListParams = list_params(service.EXPORT_SORT),
    ) -> Page[ExportRead]:
        """The caller's exports of this resource (an admin's: everyone's), newest first."""
        found, cursor = await service.list_exports(session, principal, resource, params=params)
        return Page(items=[ExportRead.model_validate(e) for e in found], next_cursor=cursor)

    @router.post(
        "",
        response_model=ExportRead,
        status_code=202,
        responses=problem_responses(401, 403, 422),
        name="create",
    )
    async def create(
        body: ExportCreate, response: Response, session: DB, principal: Principal = can_read
    ) -> ExportRead:
        """Queue an export of every record the caller may see (see the router's text)."""
        made = await service.create_export(session, principal, resource, file_format=body.format)
        response.headers["Location"] = f"{location}/{made.id}"
        return ExportRead.model_validate(made)

    @router.get("/{export_id:uuid}", response_model=ExportRead, responses=READ, name="read")
    async def read(export_id: ExportId, session: DB, principal: Principal = can_read) -> ExportRead:
        """The export's status and progress."""
        return ExportRead.model_validate(
            await service.get_export(session, principal, resource, export_id)
        )

    @router.get(
        "/{export_id:uuid}/file",
        response_class=StreamingResponse,
        responses={
            200: {
                "description": "The written file",
                "content": {
                    FileFormat.CSV.media_type: {"schema": {"type": "string"}},
                    FileFormat.XLSX.media_type: {"schema": {"type": "string", "format": "binary"}},
                    FileFormat.JSONL.media_type: {"schema": {"type": "string"}},
                },
            },
            **problem_responses(401, 403, 404, 409, 422),
        },
        name="file",
    )
    async def file(
        export_id: ExportId, session: DB, principal: Principal = can_read
    ) -> StreamingResponse:
        """The file, once the export is `done` (409 `exports.not_ready` before)."""
        found, blob = await service.export_file(session, principal, resource, export_id)
        return StreamingResponse(
            blob.chunks,
            media_type=FileFormat(found.file_format).media_type,
            headers={
                "Content-Disposition": f'attachment; filename="{found.filename}"',
                "Content-Length": str(blob.size),
                "Cache-Control": "no-store",
            },
        )

    return router


routers = [exports_router(resource) for resource in service.RESOURCES.values()]

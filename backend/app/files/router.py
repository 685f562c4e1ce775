"""Files: the description, bytes and thumbnail of a file attached to a record, for
whoever may see that record (anyone else: 404)."""

from __future__ import annotations

import uuid
from typing import Any

from fastapi import Request, Response

from app.auth.dependencies import DB, requires
from app.core.access import Permission, Principal
from app.core.attachments import FileRead
from app.core.errors import problem_responses
from app.core.file_answers import serve
from app.core.reads import NOT_MODIFIED, dumps, json_answer
from app.core.routing import DomainRouter
from app.files import service

router = DomainRouter(prefix="/files", tags=["files"])
READ = {**problem_responses(401, 403, 404, 422), **NOT_MODIFIED}
CAN_READ = requires(Permission.FIELD_READ)
BINARY = {"schema": {"type": "string", "format": "binary"}}


def _bytes(description: str, *types: str) -> dict[int | str, dict[str, Any]]:
    return {200: {"content": dict.fromkeys(types, BINARY), "description": description}, **READ}


@router.get("/{file_id:uuid}", response_model=FileRead, responses=READ)
async def read_file(
    file_id: uuid.UUID, request: Request, session: DB, principal: Principal = CAN_READ
) -> Response:
    """A file's description, as its record's read lists it."""
    return json_answer(request, dumps(await service.file_item(session, principal, file_id)))


@router.get(
    "/{file_id:uuid}/content",
    response_class=Response,
    responses=_bytes(
        "The bytes as uploaded", "image/jpeg", "image/png", "image/webp", "application/pdf"
    ),
)
async def read_content(
    file_id: uuid.UUID, request: Request, session: DB, principal: Principal = CAN_READ
) -> Response:
    """The file's bytes: images inline, a PDF as a download. `ETag` is the content's
    SHA-256 (a matching `If-None-Match` answers 304) and `Cache-Control` private: a
    browser or the phone may keep it for a day, a shared cache never."""
    return await serve(request, await service.get_file(session, principal, file_id))


@router.get(
    "/{file_id:uuid}/thumbnail",
    response_class=Response,
    responses=_bytes("A JPEG at most 320 px on its longer side", "image/jpeg"),
)
async def read_thumbnail(
    file_id: uuid.UUID, request: Request, session: DB, principal: Principal = CAN_READ
) -> Response:
    """The image's thumbnail, made on upload (a PDF has none: 404 `files.no_thumbnail`);
    cached like the content."""
    file = await service.get_file(session, principal, file_id)
    return await serve(request, file, thumbnail=True)

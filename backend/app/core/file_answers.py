"""Files as HTTP answers: an upload's answer, and a file's bytes or thumbnail streamed
from the store with an ETag from their content, a private cache lifetime and a
Content-Disposition (images inline, a PDF as a download). The files themselves are
``core/attachments.py``'s. Decision record: docs/decisions/0034-files.md."""

from __future__ import annotations

import uuid
from typing import Annotated
from urllib.parse import quote

import structlog
from fastapi import Form, Request, Response
from fastapi.responses import StreamingResponse
from sqlalchemy.ext.asyncio import AsyncSession

from app.core import images
from app.core.access import Principal
from app.core.attachments import StoredFile, file_item
from app.core.errors import NotFound, problem_responses
from app.core.reads import dumps, json_answer
from app.core.repository import Saved
from app.core.storage import BlobMissing, get_storage

log = structlog.get_logger(__name__)
# How long a browser or the phone may keep a file it fetched (its bytes never change:
# a new picture is a new file). Private: never in a shared cache.
CACHE_CONTROL = "private, max-age=86400"


class NoThumbnail(NotFound):
    code, title = "files.no_thumbnail", "This file has no thumbnail (a PDF)"


class ContentMissing(NotFound):
    code, title = "files.content_missing", "The file's bytes are missing from the store"


# What an upload route may answer besides its file.
UPLOAD_RESPONSES = problem_responses(401, 403, 404, 409, 413, 415, 422)
# The upload form's own id for the file, so that a phone retrying an upload gets the
# first file back instead of a second one.
UploadClientId = Annotated[
    uuid.UUID | None,
    Form(
        alias="id",
        description="Client-chosen UUID: uploading again with it answers the first file",
    ),
]


async def saved_file_answer(
    request: Request, session: AsyncSession, principal: Principal, saved: Saved[StoredFile]
) -> Response:
    """An upload's answer: the file as its reads show it; 201, or 200 for a replay."""
    item = await file_item(session, principal, saved.entity.id)
    return json_answer(request, dumps(item), status_code=201 if saved.created else 200)


def _disposition(file: StoredFile, *, thumbnail: bool) -> str:
    """Images show inline; a PDF downloads. The name in ASCII, and in UTF-8 as well."""
    how = "attachment" if file.content_type == images.PDF and not thumbnail else "inline"
    name = file.filename or str(file.id)
    if thumbnail:
        name = f"{name.rsplit('.', 1)[0]}-thumbnail.jpg"
    plain = "".join(c if c.isascii() and (c.isalnum() or c in "._- ") else "_" for c in name)
    return f"{how}; filename=\"{plain}\"; filename*=UTF-8''{quote(name, safe='')}"


async def serve(request: Request, file: StoredFile, *, thumbnail: bool = False) -> Response:
    """The file's bytes (or its thumbnail), with an ETag from its content and a private
    cache lifetime; 304 when the caller's copy is current."""
    if thumbnail and file.thumbnail_key is None:
        raise NoThumbnail()
    key = file.thumbnail_key if thumbnail and file.thumbnail_key else file.storage_key
    etag = f'"{file.sha256}{"-thumbnail" if thumbnail else ""}"'
    headers = {"ETag": etag, "Cache-Control": CACHE_CONTROL}
    wanted = request.headers.get("if-none-match", "")
    if etag in {tag.strip().removeprefix("W/") for tag in wanted.split(",")} or wanted == "*":
        return Response(status_code=304, headers=headers)
    try:
        blob = await get_storage().open(key)
    except BlobMissing:
        log.error("file_content_missing", file_id=str(file.id), key=key)
        raise ContentMissing() from None
    headers["Content-Length"] = str(blob.size)
    headers["Content-Disposition"] = _disposition(file, thumbnail=thumbnail)
    media_type = images.JPEG if thumbnail else file.content_type
    return StreamingResponse(blob.chunks, media_type=media_type, headers=headers)

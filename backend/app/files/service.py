"""Files as their own resource: a file is read (its description, its bytes, its
thumbnail) by anyone who may see the record it is attached to. Attaching and removing
belong to the record's domain (a visit report's photos, an expense line's receipts),
through ``core/attachments.py``. Decision record: docs/decisions/0034-files.md."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core import attachments
from app.core.access import Principal
from app.core.attachments import StoredFile


async def get_file(session: AsyncSession, principal: Principal, file_id: uuid.UUID) -> StoredFile:
    return await attachments.visible_file(session, principal, file_id)


async def file_item(
    session: AsyncSession, principal: Principal, file_id: uuid.UUID
) -> dict[str, Any]:
    return await attachments.file_item(session, principal, file_id)


async def discard(keys: list[str]) -> int:
    return await attachments.discard_blobs(keys)

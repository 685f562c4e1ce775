from __future__ import annotations

import hashlib

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.attachments import Attachable, StoredFile
from app.core.db import Entity
from app.core.ids import new_id
from app.core.images import JPEG
from app.core.storage import get_storage
from app.users.models import User
from tests.support import images


async def create_attached_file(
    session: AsyncSession, *, spec: Attachable, parent: Entity, owner: User
) -> StoredFile:
    """A photo attached to ``parent`` as an upload leaves it: the row, its bytes and a
    thumbnail in the store."""
    data = images.jpeg(640, 480)
    file_id = new_id()
    file = StoredFile(
        id=file_id,
        owner_id=owner.id,
        parent_kind=spec.kind,
        parent_id=parent.id,
        filename="site.jpg",
        content_type=JPEG,
        size_bytes=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        width=640,
        height=480,
        storage_key=f"test/{file_id}",
        thumbnail_key=f"test/{file_id}.thumbnail.jpg",
    )
    storage = get_storage()
    await storage.put(file.storage_key, data, content_type=JPEG)
    await storage.put(f"test/{file_id}.thumbnail.jpg", images.jpeg(320, 240), content_type=JPEG)
    session.add(file)
    await session.flush()
    return file

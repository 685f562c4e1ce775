"""Every query of the exports domain starts from the scoped base (the job that writes an
export reaches it by id)."""

from __future__ import annotations

import uuid
from collections.abc import Collection
from typing import Any

from sqlalchemy import Select, select, update

from app.core.pagination import SortOptions
from app.core.repository import ScopedRepository
from app.exports.errors import ExportNotFound
from app.exports.models import Export

EXPORT_SORT = SortOptions("-created_at", created_at=Export.created_at)


class ExportRepository(ScopedRepository[Export]):
    model = Export
    not_found = ExportNotFound

    def of_resource(self, resource: str) -> Select[Export]:
        return self.scoped().where(Export.resource == resource)

    async def get_of_resource(self, resource: str, export_id: uuid.UUID) -> Export:
        stmt = self.of_resource(resource).where(Export.id == export_id)
        found = (await self.session.scalars(stmt)).one_or_none()
        if found is None:
            raise ExportNotFound()
        return found

    async def unscoped_lock(self, export_id: uuid.UUID) -> Export | None:
        stmt = select(Export).where(Export.id == export_id).with_for_update()
        return (await self.session.scalars(stmt)).one_or_none()

    async def unscoped_with_files(self, resources: Collection[str]) -> list[Export]:
        """Every export of these resources whose file is kept, locked."""
        stmt = (
            select(Export)
            .where(Export.resource.in_(resources), Export.storage_key.is_not(None))
            .order_by(Export.id)
            .with_for_update()
        )
        return list((await self.session.scalars(stmt)).all())

    async def unscoped_set(self, export_id: uuid.UUID, **values: Any) -> None:
        await self.session.execute(update(Export).where(Export.id == export_id).values(**values))

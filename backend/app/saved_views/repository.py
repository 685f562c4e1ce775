"""Every query of saved views starts from the scoped base (own, or shared with me)."""

from __future__ import annotations

from sqlalchemy import Select

from app.core.repository import ScopedRepository
from app.saved_views.errors import SavedViewNotFound
from app.saved_views.models import ListKey, SavedView


class SavedViewRepository(ScopedRepository[SavedView]):
    model = SavedView
    not_found = SavedViewNotFound

    def of_list(self, list_key: ListKey | None) -> Select[SavedView]:
        stmt = self.scoped()
        if list_key is not None:
            stmt = stmt.where(SavedView.list_key == list_key)
        return stmt.order_by(SavedView.name, SavedView.id)

    async def all_of(self, stmt: Select[SavedView]) -> list[SavedView]:
        return list((await self.session.scalars(stmt)).all())

from __future__ import annotations

import uuid

from sqlalchemy import Select, func, select

from app.core.pagination import SortOptions
from app.core.reads import ReadModel
from app.core.repository import ScopedRepository
from app.notifications.errors import NotificationNotFound
from app.notifications.models import Notification
from app.notifications.schemas import NotificationRead

NOTIFICATION_SORT = SortOptions("-created_at", created_at=Notification.created_at)
NOTIFICATION_READ = ReadModel(Notification, NotificationRead)


class NotificationRepository(ScopedRepository[Notification]):
    model = Notification
    not_found = NotificationNotFound

    def filtered(self, *, unread: bool | None) -> Select[Notification]:
        stmt = self.scoped()
        if unread is True:
            stmt = stmt.where(Notification.read_at.is_(None))
        elif unread is False:
            stmt = stmt.where(Notification.read_at.is_not(None))
        return stmt

    async def unread_count(self) -> int:
        stmt = select(func.count()).select_from(
            self.filtered(unread=True).with_only_columns(Notification.id).subquery()
        )
        return int(await self.session.scalar(stmt) or 0)

    async def unread(self) -> list[Notification]:
        return list((await self.session.scalars(self.filtered(unread=True))).all())

    async def unscoped_existing_keys(self, keys: list[str]) -> set[str]:
        if not keys:
            return set()
        stmt = select(Notification.dedupe_key).where(Notification.dedupe_key.in_(keys))
        return set((await self.session.scalars(stmt)).all())

    async def unscoped_for_subject(self, subject_id: uuid.UUID) -> list[Notification]:
        stmt = select(Notification).where(Notification.subject_id == subject_id)
        return list((await self.session.scalars(stmt)).all())

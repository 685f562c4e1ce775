"""Notifications: made by jobs and services for one person; read and dismissed by them."""

from __future__ import annotations

import uuid
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.access import Principal
from app.core.clock import utcnow
from app.core.feed import FeedRecord, load_feed
from app.core.pagination import ListParams
from app.notifications.models import Notification
from app.notifications.repository import (
    NOTIFICATION_READ,
    NOTIFICATION_SORT,
    NotificationRepository,
)

__all__ = ["NOTIFICATION_SORT"]


@dataclass(frozen=True)
class Notice:
    """One notification to make: ``dedupe_key`` makes it once however often asked."""

    user_id: uuid.UUID
    kind: str
    title: str
    dedupe_key: str
    body: str | None = None
    subject_type: str | None = None
    subject_id: uuid.UUID | None = None


async def notify(session: AsyncSession, principal: Principal, notices: list[Notice]) -> int:
    """Make the notifications not made before (by their dedupe key); answer how many."""
    repo = NotificationRepository(session, principal)
    existing = await repo.unscoped_existing_keys([n.dedupe_key for n in notices])
    made = 0
    for notice in notices:
        if notice.dedupe_key in existing:
            continue
        existing.add(notice.dedupe_key)
        repo.add(Notification(**notice.__dict__))
        made += 1
    await repo.flush()
    return made


async def list_notifications(
    session: AsyncSession, principal: Principal, *, unread: bool | None, params: ListParams
) -> tuple[list[Notification], str | None]:
    repo = NotificationRepository(session, principal)
    return await repo.page(
        repo.filtered(unread=unread), order=params.order, limit=params.limit, cursor=params.cursor
    )


async def notifications_page(
    session: AsyncSession, principal: Principal, *, unread: bool | None, params: ListParams
) -> bytes:
    repo = NotificationRepository(session, principal)
    return await repo.read_page(NOTIFICATION_READ, repo.filtered(unread=unread), params)


async def unread_count(session: AsyncSession, principal: Principal) -> int:
    return await NotificationRepository(session, principal).unread_count()


async def get_notification(
    session: AsyncSession, principal: Principal, notification_id: uuid.UUID
) -> Notification:
    return await NotificationRepository(session, principal).get_or_404(notification_id)


async def mark_read(
    session: AsyncSession, principal: Principal, notification: Notification
) -> Notification:
    if notification.read_at is not None:
        return notification
    repo = NotificationRepository(session, principal)
    return await repo.update(notification, {"read_at": utcnow()})


async def mark_all_read(session: AsyncSession, principal: Principal) -> int:
    repo = NotificationRepository(session, principal)
    unread = await repo.unread()
    now = utcnow()
    for notification in unread:
        notification.read_at = now
    await repo.flush()
    return len(unread)


async def notification_feed(
    session: AsyncSession, principal: Principal, ids: Collection[uuid.UUID]
) -> list[FeedRecord]:
    return await load_feed(NotificationRepository(session, principal), NOTIFICATION_READ, ids)

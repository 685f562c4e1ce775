"""Notifications: what the system tells one person (a reminder is due, an approval
waits), shown by the web's bell and by the phone, which also pulls them through the
change feed to raise a local notification."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from app.core.access import personal_rows, register_scope
from app.core.db import Entity
from app.core.events import Tracked, track
from app.core.personal_data import copies


class Notification(Entity):
    __tablename__ = "notifications"
    __table_args__ = (
        Index("ix_notifications_user_id_created_at_id", "user_id", "created_at", "id"),
        Index("ix_notifications_user_id_unread", "user_id", postgresql_where="read_at IS NULL"),
    )

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    # "<domain>.<what>": activity.reminder, quote.approval_requested, ...
    kind: Mapped[str] = mapped_column(String(60))
    title: Mapped[str] = mapped_column(String(300))
    body: Mapped[str | None] = mapped_column(String(1000))
    subject_type: Mapped[str | None] = mapped_column(String(60))
    subject_id: Mapped[uuid.UUID | None]
    # Why this notification exists, once: a second job run for the same reason finds it.
    dedupe_key: Mapped[str] = mapped_column(String(200), unique=True)
    read_at: Mapped[datetime | None]


register_scope(Notification, personal_rows(Notification.user_id))
track(Notification, Tracked("notification", label="title", feed="notifications"))
# A reminder titled with an activity that names the person (GDPR erasure, decision 0042).
copies(Notification, about=Notification.subject_id, mentions=("title", "body"))

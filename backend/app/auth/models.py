"""Refresh tokens (stored hashed, rotated) and the login events behind the login report."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from app.core.access import owned_rows, register_scope, register_unscoped
from app.core.clock import utcnow
from app.core.db import Entity
from app.core.events import untracked


class RefreshToken(Entity):
    __tablename__ = "refresh_tokens"

    user_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    # All tokens descending from one login share a family; reuse of a spent token
    # revokes the whole family (it was stolen).
    family_id: Mapped[uuid.UUID] = mapped_column(index=True)
    expires_at: Mapped[datetime]
    revoked_at: Mapped[datetime | None]
    # Set when the token was spent by a refresh (rather than revoked by a sign-out or a
    # detected reuse): within a short grace it may be presented once more.
    rotated_at: Mapped[datetime | None]
    device_name: Mapped[str | None] = mapped_column(String(200))


register_unscoped(RefreshToken, reason="looked up by hash during refresh only")
untracked(RefreshToken, reason="secrets of sign-ins; the login report records them")


class LoginEvent(Entity):
    __tablename__ = "login_events"
    __table_args__ = (
        Index("ix_login_events_email_occurred_at", "email", "occurred_at"),
        Index("ix_login_events_occurred_at_id", "occurred_at", "id"),
        Index("ix_login_events_ip_address_occurred_at", "ip_address", "occurred_at"),
    )

    occurred_at: Mapped[datetime] = mapped_column(default=utcnow)
    email: Mapped[str] = mapped_column(String(254))
    user_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), index=True
    )
    succeeded: Mapped[bool] = mapped_column(Boolean)
    # "ok", "bad_credentials", "inactive", "throttled", "logout"
    outcome: Mapped[str] = mapped_column(String(30))
    ip_address: Mapped[str | None] = mapped_column(String(64))
    user_agent: Mapped[str | None] = mapped_column(String(400))
    device_name: Mapped[str | None] = mapped_column(String(200))


register_scope(LoginEvent, owned_rows(LoginEvent.user_id))
untracked(LoginEvent, reason="itself an append-only log (the login report)")

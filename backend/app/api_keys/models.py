"""API keys: how an integration (an ERP, a data warehouse) calls the API as itself.

A key is nobody's account: it holds scopes (``customers:read``), a reach over rows
(every row, a team's or a territory's), an optional expiry, and a SHA-256 of its secret
(the secret itself is shown once and never stored). Decision: docs/decisions/0036.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import CheckConstraint, ForeignKey, Index, String
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Mapped, mapped_column

from app.core.access import register_scope, visible_to_everyone
from app.core.db import Entity, enum_column
from app.core.events import Tracked, track
from app.core.listen import DIRECTORY_CHANNEL


class RowScope(StrEnum):
    """Which rows a key reaches: every row, one team's, or one territory's."""

    ALL = "all"
    TEAM = "team"
    TERRITORY = "territory"


class ApiKey(Entity):
    __tablename__ = "api_keys"
    __table_args__ = (
        Index("ix_api_keys_created_at_id", "created_at", "id"),
        Index("ix_api_keys_name_id", "name", "id"),
        CheckConstraint(
            "(row_scope = 'all' AND team_id IS NULL AND territory_id IS NULL)"
            " OR (row_scope = 'team' AND team_id IS NOT NULL AND territory_id IS NULL)"
            " OR (row_scope = 'territory' AND territory_id IS NOT NULL AND team_id IS NULL)",
            name="row_scope_names_its_reference",
        ),
    )

    name: Mapped[str] = mapped_column(String(100))
    # The part of the key that is not secret ("sk_live_<id>"), for people to recognise it.
    prefix: Mapped[str] = mapped_column(String(60))
    # The secret's last characters, shown beside the prefix ("…x4Qz").
    secret_hint: Mapped[str] = mapped_column(String(8))
    secret_hash: Mapped[str] = mapped_column(String(64))
    # After a rotation with a grace period, the old secret keeps working until then.
    previous_secret_hash: Mapped[str | None] = mapped_column(String(64))
    previous_secret_valid_until: Mapped[datetime | None]
    scopes: Mapped[list[str]] = mapped_column(ARRAY(String(40)))
    row_scope: Mapped[RowScope] = mapped_column(enum_column(RowScope))
    team_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("teams.id"), index=True)
    territory_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("territories.id"), index=True)
    expires_at: Mapped[datetime | None]
    revoked_at: Mapped[datetime | None]
    rotated_at: Mapped[datetime | None]
    # Written at most once a minute per key and process, outside the event stream (a
    # use is not a change of the key).
    last_used_at: Mapped[datetime | None]
    last_used_ip: Mapped[str | None] = mapped_column(String(64))
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), index=True
    )


# Only callers with api_keys:manage (admins) reach the keys at all; among them, all.
register_scope(ApiKey, visible_to_everyone())
# API processes keep each key's principal in memory: a change of a key (revoked, rotated)
# tells them to forget it, like a change of a user or a team does.
track(
    ApiKey,
    Tracked(
        "api_key",
        label="name",
        secret_fields=frozenset({"secret_hash", "previous_secret_hash"}),
        notify=DIRECTORY_CHANNEL,
    ),
)

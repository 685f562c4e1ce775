from __future__ import annotations

import uuid
from enum import StrEnum
from typing import Any

from pydantic import Field

from app.core.schemas import OutputModel


class FeedEntity(StrEnum):
    """The records the change feed carries (what the phone keeps a copy of)."""

    CUSTOMERS = "customers"
    CONTACTS = "contacts"
    LEADS = "leads"
    OPPORTUNITIES = "opportunities"
    ACTIVITIES = "activities"
    PIPELINES = "pipelines"
    USERS = "users"
    TEAMS = "teams"
    TERRITORIES = "territories"
    NOTIFICATIONS = "notifications"


class ChangeOp(StrEnum):
    UPSERT = "upsert"
    DELETE = "delete"


class TombstoneReason(StrEnum):
    DELETED = "deleted"
    ARCHIVED = "archived"
    OUT_OF_SCOPE = "out_of_scope"


class Change(OutputModel):
    """One record to store (``upsert``: its current state, as its read endpoint shows it)
    or to drop (``delete``: a tombstone, with why). A customer's tombstone drops its
    contacts too."""

    entity: FeedEntity
    id: uuid.UUID
    op: ChangeOp
    version: int | None = None
    reason: TombstoneReason | None = None
    data: dict[str, Any] | None = None


class ChangePage(OutputModel):
    changes: list[Change]
    next_cursor: str = Field(description="Send as `since` on the next pull (store it)")
    has_more: bool = Field(description="More changes wait: pull again at once")


class FeedCursor(OutputModel):
    cursor: str = Field(description="The feed's position now: pull deltas from here")

"""Saved views: a named set of filters and a sort for one list, kept per user; a head
may share one with their team, an admin with everyone."""

from __future__ import annotations

import uuid
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, Boolean, ColumnElement, ForeignKey, Index, String, and_, false, or_
from sqlalchemy.orm import Mapped, mapped_column

from app.core.access import Principal, custom_rule, register_scope
from app.core.db import Entity, enum_column
from app.core.events import untracked


class ListKey(StrEnum):
    CUSTOMERS = "customers"
    LEADS = "leads"
    OPPORTUNITIES = "opportunities"
    ACTIVITIES = "activities"


class SavedView(Entity):
    __tablename__ = "saved_views"
    __table_args__ = (
        Index("ix_saved_views_owner_id_list_key", "owner_id", "list_key"),
        Index("ix_saved_views_team_id_list_key", "team_id", "list_key"),
    )

    owner_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    # The owner's team when it was saved: who a shared view is shared with (none: the
    # company, for an admin's).
    team_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("teams.id", ondelete="SET NULL"))
    name: Mapped[str] = mapped_column(String(100))
    list_key: Mapped[ListKey] = mapped_column(enum_column(ListKey))
    filters: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    sort: Mapped[str | None] = mapped_column(String(40))
    is_shared: Mapped[bool] = mapped_column(Boolean, default=False)


def _own_or_shared_with_me(principal: Principal) -> ColumnElement[bool]:
    """A user sees their own views, views shared with their team, and views an admin
    shared with everyone (no team)."""
    if principal.user_id is None:
        return false()
    shared_team = (
        or_(SavedView.team_id == principal.team_id, SavedView.team_id.is_(None))
        if principal.team_id is not None
        else SavedView.team_id.is_(None)
    )
    return or_(SavedView.owner_id == principal.user_id, and_(SavedView.is_shared, shared_team))


register_scope(SavedView, custom_rule(_own_or_shared_with_me))
untracked(SavedView, reason="a user's screen settings: no timeline, audit or phone copy")

"""Saved views: per user; sharing is decided by role (a head with their team, an admin
with everyone; an engineer's stay their own). Only the owner changes or deletes one."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.access import Principal, Role
from app.core.errors import UnprocessableEntity, field_error
from app.core.repository import Saved
from app.saved_views.errors import NotViewOwner
from app.saved_views.models import ListKey, SavedView
from app.saved_views.repository import SavedViewRepository
from app.saved_views.schemas import SavedViewCreate, SavedViewUpdate

MAX_VIEWS_PER_LIST = 50


def _check_share(principal: Principal, is_shared: bool | None) -> None:
    if is_shared and principal.role is Role.SALES_ENGINEER:
        raise UnprocessableEntity(
            "Only heads and admins share views",
            errors=[field_error("is_shared", "only heads and admins share views", "forbidden")],
            code="saved_views.cannot_share",
        )


async def list_views(
    session: AsyncSession, principal: Principal, *, list_key: ListKey | None
) -> list[SavedView]:
    repo = SavedViewRepository(session, principal)
    return await repo.all_of(repo.of_list(list_key))


async def get_view(session: AsyncSession, principal: Principal, view_id: uuid.UUID) -> SavedView:
    return await SavedViewRepository(session, principal).get_or_404(view_id)


async def create_view(
    session: AsyncSession, principal: Principal, *, data: SavedViewCreate
) -> Saved[SavedView]:
    repo = SavedViewRepository(session, principal)
    # Views are untracked (no creation event to replay from): the caller's own view with
    # this id is the first result of a retried create.
    if data.id is not None and (earlier := await repo.get(data.id)) is not None:
        if earlier.owner_id == principal.user_id:
            return Saved(earlier, created=False)

    async def build() -> SavedView:
        if principal.user_id is None:
            raise UnprocessableEntity("Saved views belong to a user", code="saved_views.no_user")
        _check_share(principal, data.is_shared)
        return SavedView(
            **data.model_dump(exclude={"id"}),
            owner_id=principal.user_id,
            team_id=None if principal.is_admin else principal.team_id,
        )

    return await repo.create_once(data.id, build)


def _check_owner(principal: Principal, view: SavedView) -> None:
    if view.owner_id != principal.user_id:
        raise NotViewOwner()


async def update_view(
    session: AsyncSession, principal: Principal, view: SavedView, *, data: SavedViewUpdate
) -> SavedView:
    _check_owner(principal, view)
    changes: dict[str, Any] = data.model_dump(exclude_unset=True)
    for name in ("name", "filters", "is_shared"):
        if name in changes and changes[name] is None:
            raise UnprocessableEntity(errors=[field_error(name, "may not be null", "null")])
    _check_share(principal, changes.get("is_shared"))
    return await SavedViewRepository(session, principal).update(view, changes)


async def delete_view(session: AsyncSession, principal: Principal, view: SavedView) -> None:
    _check_owner(principal, view)
    await SavedViewRepository(session, principal).delete(view)

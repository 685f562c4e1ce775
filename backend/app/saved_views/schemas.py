from __future__ import annotations

import uuid
from typing import Any

from pydantic import Field

from app.core.schemas import CreateModel, EntityRead, InputModel
from app.saved_views.models import ListKey

SHARE_DESCRIPTION = (
    "Shared with the owner's team (a head's) or with everyone (an admin's); "
    "an engineer's views are their own"
)


class SavedViewCreate(CreateModel):
    name: str = Field(min_length=1, max_length=100)
    list_key: ListKey
    filters: dict[str, Any] = Field(
        default_factory=dict, description="The list's query parameters, as the list takes them"
    )
    sort: str | None = Field(default=None, max_length=40)
    is_shared: bool = Field(default=False, description=SHARE_DESCRIPTION)


class SavedViewUpdate(InputModel):
    name: str | None = Field(default=None, min_length=1, max_length=100)
    filters: dict[str, Any] | None = None
    sort: str | None = Field(default=None, max_length=40)
    is_shared: bool | None = Field(default=None, description=SHARE_DESCRIPTION)


class SavedViewRead(EntityRead):
    owner_id: uuid.UUID
    team_id: uuid.UUID | None
    name: str
    list_key: ListKey
    filters: dict[str, Any]
    sort: str | None
    is_shared: bool

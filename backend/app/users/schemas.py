from __future__ import annotations

import uuid

from pydantic import EmailStr, Field

from app.core.access import Permission, Role
from app.core.schemas import CreateModel, EntityRead, InputModel, OutputModel


class TerritoryRef(OutputModel):
    id: uuid.UUID
    name: str
    region: str


class UserRead(EntityRead):
    email: str
    full_name: str
    phone: str | None
    role: Role
    team_id: uuid.UUID | None
    is_active: bool
    territories: list[TerritoryRef]


class Me(UserRead):
    permissions: list[Permission]


class UserCreate(CreateModel):
    email: EmailStr
    full_name: str = Field(min_length=1, max_length=200)
    phone: str | None = Field(default=None, max_length=40)
    password: str = Field(min_length=10, max_length=200)
    role: Role
    team_id: uuid.UUID | None = None
    territory_ids: list[uuid.UUID] = Field(default_factory=list)


class UserUpdate(InputModel):
    full_name: str | None = Field(default=None, min_length=1, max_length=200)
    phone: str | None = Field(default=None, max_length=40)
    password: str | None = Field(default=None, min_length=10, max_length=200)
    role: Role | None = None
    team_id: uuid.UUID | None = None
    territory_ids: list[uuid.UUID] | None = None
    is_active: bool | None = None


class TeamRead(EntityRead):
    name: str
    head_id: uuid.UUID | None


class TeamCreate(CreateModel):
    name: str = Field(min_length=1, max_length=120)
    head_id: uuid.UUID | None = None


class TeamUpdate(InputModel):
    name: str | None = Field(default=None, min_length=1, max_length=120)
    head_id: uuid.UUID | None = None


class TerritoryRead(EntityRead):
    name: str
    region: str
    parent_id: uuid.UUID | None
    postal_prefixes: list[str]


class TerritoryCreate(CreateModel):
    name: str = Field(min_length=1, max_length=120)
    region: str = Field(min_length=1, max_length=120)
    parent_id: uuid.UUID | None = None
    postal_prefixes: list[str] = Field(default_factory=list)


class TerritoryUpdate(InputModel):
    name: str | None = Field(default=None, min_length=1, max_length=120)
    region: str | None = Field(default=None, min_length=1, max_length=120)
    parent_id: uuid.UUID | None = None
    postal_prefixes: list[str] | None = None

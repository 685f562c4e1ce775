"""Base schemas: strict input (unknown fields are an error), outputs read from ORM rows."""

from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field


class InputModel(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class CreateModel(InputModel):
    """A create body: the client may choose the id (the phone does, offline)."""

    id: uuid.UUID | None = Field(
        default=None,
        description="Client-chosen UUID; sending the same id again returns the first record.",
    )


class OutputModel(BaseModel):
    model_config = ConfigDict(from_attributes=True)


class EntityRead(OutputModel):
    id: uuid.UUID
    created_at: datetime
    updated_at: datetime
    version: int

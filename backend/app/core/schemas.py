"""Base schemas: strict input (unknown fields are an error), outputs read from ORM rows."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Annotated

from pydantic import AfterValidator, AwareDatetime, BaseModel, ConfigDict, Field

MIN_YEAR, MAX_YEAR = 1900, 2200


def _utc_within_bounds(value: datetime) -> datetime:
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise ValueError(f"must be between the years {MIN_YEAR} and {MAX_YEAR}")
    return value.astimezone(UTC)


# Every time the API accepts: with an offset (naive times are refused), within sane
# years, converted to UTC.
UtcDateTime = Annotated[AwareDatetime, AfterValidator(_utc_within_bounds)]


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

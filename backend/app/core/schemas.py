"""Base schemas: strict input (unknown fields are an error), outputs read from ORM rows."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Annotated, Any, ClassVar, Self

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    SerializationInfo,
    SerializerFunctionWrapHandler,
    ValidationInfo,
    field_validator,
    model_serializer,
    model_validator,
)

from app.core.money import print_amounts
from app.core.regions import GST_STATES, state_code_for

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


class AddressRegion(InputModel):
    """Country and state of an address. In India the state is its GST state code
    (``state_code``); a state sent by name is recognised ("Karnataka", "Orissa",
    "New Delhi") and the answer carries both, the name spelt one way."""

    country: str = Field(default="IN", pattern=r"^[A-Z]{2}$", description="ISO 3166 code")
    state_code: str | None = Field(
        default=None, pattern=r"^[0-9]{2}$", description="GST state code (India): 29 is Karnataka"
    )
    state: str | None = Field(default=None, max_length=100)

    @field_validator("state_code")
    @classmethod
    def _known_code(cls, code: str | None, info: ValidationInfo) -> str | None:
        if code is None:
            return None
        if info.data.get("country", "IN") != "IN":
            raise ValueError("GST state codes are for addresses in India")
        if code not in GST_STATES:
            raise ValueError("not a GST state code")
        return code

    @field_validator("state")
    @classmethod
    def _known_state(cls, name: str | None, info: ValidationInfo) -> str | None:
        in_india = info.data.get("country", "IN") == "IN"
        if name and in_india and not info.data.get("state_code") and not state_code_for(name):
            raise ValueError("not an Indian state or union territory; send its state_code")
        return name

    @model_validator(mode="after")
    def _state_from_code(self) -> Self:
        if self.country == "IN":
            self.state_code = self.state_code or state_code_for(self.state)
            if self.state_code:
                self.state = GST_STATES[self.state_code]
        return self


class CreateModel(InputModel):
    """A create body: the client may choose the id (the phone does, offline)."""

    id: uuid.UUID | None = Field(
        default=None,
        description="Client-chosen UUID; sending the same id again returns the first record.",
    )


class OutputModel(BaseModel):
    model_config = ConfigDict(from_attributes=True)


class CurrencyAmounts(BaseModel):
    """An answer whose ``amount_fields`` print at its ``currency``'s minor unit."""

    amount_fields: ClassVar[tuple[str, ...]] = ()

    @model_serializer(mode="wrap")
    def _print_amounts(
        self, handler: SerializerFunctionWrapHandler, info: SerializationInfo
    ) -> Any:
        data = handler(self)
        if info.mode_is_json() and isinstance(data, dict):
            print_amounts(data, self.amount_fields, getattr(self, "currency", None))
        return data


class EntityRead(OutputModel):
    id: uuid.UUID
    created_at: datetime
    updated_at: datetime
    version: int

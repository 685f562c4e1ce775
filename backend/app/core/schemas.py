"""Base schemas: strict input (unknown fields are an error), outputs read from ORM rows."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Annotated, Any, ClassVar, Self, get_args

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    SerializationInfo,
    SerializerFunctionWrapHandler,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_serializer,
    model_validator,
)
from pydantic_core import InitErrorDetails, PydanticCustomError

from app.core.money import print_amounts
from app.core.regions import GST_STATES, state_code_for

MIN_YEAR, MAX_YEAR = 1900, 2200


def _utc_within_bounds(value: datetime) -> datetime:
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise ValueError(f"must be between the years {MIN_YEAR} and {MAX_YEAR}")
    return value.astimezone(UTC)


def _iso_text(value: Any) -> Any:
    """A time is written as ISO 8601 text; a number (a Unix time?) is refused."""
    if isinstance(value, datetime):
        return value
    if not isinstance(value, str) or value.strip().lstrip("+-").replace(".", "", 1).isdigit():
        raise ValueError("must be an ISO 8601 date-time with an offset, e.g. 2026-11-29T10:00Z")
    return value


# Every time the API accepts: ISO 8601 text with an offset (naive times and numbers are
# refused), within sane years, converted to UTC.
UtcDateTime = Annotated[
    AwareDatetime, BeforeValidator(_iso_text), AfterValidator(_utc_within_bounds)
]


def _iso_date_text(value: Any) -> Any:
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if not isinstance(value, str) or not _ISO_DATE.match(value.strip()):
        raise ValueError("must be a date written YYYY-MM-DD")
    return value


_ISO_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
# A calendar date as the API accepts it: YYYY-MM-DD text (not a Unix time).
IsoDate = Annotated[date, BeforeValidator(_iso_date_text)]


def _json_type_of(annotation: Any) -> type | None:
    """bool, int or float when a field holds one of them (optionally None)."""
    options = [a for a in get_args(annotation) if a is not type(None)] or [annotation]
    if len(options) == 1 and options[0] in (bool, int, float):
        return options[0]  # type: ignore[no-any-return]
    return None


_JSON_NAMES = {bool: "true or false", int: "a whole number", float: "a number"}
# The JSON types taken as they are, without a closer look: a float field takes an integer.
_PLAIN_JSON = {bool: (bool,), int: (int,), float: (float, int)}

Check = Callable[[Any], None]
# Per input model, each field that needs a check: the key it is sent under, the types it
# takes as they are, and the check of any other value. Found once per model, and run
# once per object (not once per field: a pushed batch validates tens of thousands of
# objects, and a Python call per field was a sixth of validating a batch's changes).
_CHECKS: dict[type, tuple[tuple[str, tuple[type, ...], Check], ...]] = {}


def _checks_of(model: type[BaseModel]) -> tuple[tuple[str, tuple[type, ...], Check], ...]:
    checks: list[tuple[str, tuple[type, ...], Check]] = []
    for name, field in model.model_fields.items():
        limits = [m.max_length for m in field.metadata if getattr(m, "max_length", None)]
        limit = min(limits) if limits else None
        expected = _json_type_of(field.annotation)
        if limit is not None or expected is not None:
            plain = _PLAIN_JSON[expected] if expected is not None else ()
            # Sent under its alias when it has one (pydantic copies an alias to it).
            key = field.validation_alias if isinstance(field.validation_alias, str) else name
            checks.append((key, plain, _field_check(limit, expected)))
    return tuple(checks)


def _refusal(key: str, value: Any, error: Exception) -> InitErrorDetails:
    """A check's refusal located at its field, worded as pydantic words a field
    validator's (``Value error, ...``)."""
    if isinstance(error, PydanticCustomError):
        return InitErrorDetails(type=error, loc=(key,), input=value)
    return InitErrorDetails(type="value_error", loc=(key,), input=value, ctx={"error": error})


def _field_check(limit: int | None, expected: type | None) -> Check:
    """A string's ``maxLength`` counts what was sent, as the OpenAPI document says (the
    trim of surrounding spaces comes after, so it cannot let a longer string through);
    a number, a whole number or a boolean is taken only as that JSON type."""

    def check(value: Any) -> None:
        if limit is not None and isinstance(value, str) and len(value) > limit:
            if value[:1].isspace() | value[-1:].isspace():
                raise PydanticCustomError(
                    "string_too_long",
                    "String should have at most {max_length} characters",
                    {"max_length": limit},
                )
        if expected is None:
            return
        wrong = isinstance(value, str) or (isinstance(value, bool) != (expected is bool))
        if expected is int and isinstance(value, float) and not value.is_integer():
            wrong = True
        if wrong:
            raise ValueError(f"must be {_JSON_NAMES[expected]}")

    return check


class InputModel(BaseModel):
    """A request body: unknown fields are an error, and JSON types are taken as sent
    (no ``"5"`` for a number, no ``0`` for false): a client that sends the wrong type
    has a bug worth hearing about."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    @model_validator(mode="before")
    @classmethod
    def _json_types(cls, data: Any) -> Any:
        if data.__class__ is not dict:  # a model already, or not an object: pydantic says
            return data
        checks = _CHECKS.get(cls)
        if checks is None:
            checks = _CHECKS[cls] = _checks_of(cls)
        refusals: list[InitErrorDetails] = []
        for key, plain, check in checks:
            value = data.get(key)
            if value is not None and value.__class__ not in plain:
                try:
                    check(value)
                except (ValueError, PydanticCustomError) as error:
                    refusals.append(_refusal(key, value, error))
        if refusals:
            raise ValidationError.from_exception_data(cls.__name__, refusals)
        return data


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

    # No return annotation on purpose: with one, pydantic would describe the answer by
    # it (an empty schema) instead of by the model's fields.
    @model_serializer(mode="wrap")
    def _print_amounts(  # type: ignore[no-untyped-def]
        self, handler: SerializerFunctionWrapHandler, info: SerializationInfo
    ):
        data = handler(self)
        if info.mode_is_json() and isinstance(data, dict):
            print_amounts(data, self.amount_fields, getattr(self, "currency", None))
        return data


class EntityRead(OutputModel):
    id: uuid.UUID
    created_at: datetime
    updated_at: datetime
    version: int

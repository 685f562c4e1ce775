"""``InputModel``: JSON types are taken as sent (no "5" for a number, no 0 for false),
and a string's maxLength counts what was sent, surrounding spaces included."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import Field, ValidationError

from app.core.schemas import InputModel


class Sample(InputModel):
    count: int | None = None
    share: float | None = None
    done: bool | None = None
    name: str | None = Field(default=None, max_length=5)
    note: str | None = None


def refusal(**values: Any) -> tuple[str, str, str]:
    """The one error ``values`` get: (field, type, message)."""
    with pytest.raises(ValidationError) as caught:
        Sample.model_validate(values)
    [error] = caught.value.errors()
    return str(error["loc"][0]), error["type"], error["msg"]


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ({"count": "5"}, ("count", "value_error", "Value error, must be a whole number")),
        ({"count": True}, ("count", "value_error", "Value error, must be a whole number")),
        ({"count": 5.5}, ("count", "value_error", "Value error, must be a whole number")),
        ({"share": "0.5"}, ("share", "value_error", "Value error, must be a number")),
        ({"share": False}, ("share", "value_error", "Value error, must be a number")),
        ({"done": 1}, ("done", "value_error", "Value error, must be true or false")),
        ({"done": "true"}, ("done", "value_error", "Value error, must be true or false")),
        (
            {"name": " abcde"},
            ("name", "string_too_long", "String should have at most 5 characters"),
        ),
        (
            {"name": "abcdef"},
            ("name", "string_too_long", "String should have at most 5 characters"),
        ),
    ],
)
def test_a_value_of_another_json_type_or_too_long_as_sent_is_refused(
    values: dict[str, Any], expected: tuple[str, str, str]
) -> None:
    assert refusal(**values) == expected


def test_values_of_their_own_json_type_are_taken() -> None:
    sample = Sample.model_validate(
        {"count": 5.0, "share": 2, "done": False, "name": " abc ", "note": "  " + "x" * 50}
    )
    assert (sample.count, sample.share, sample.done, sample.name) == (5, 2.0, False, "abc")
    assert sample.note == "x" * 50
    assert Sample.model_validate({"count": None, "done": None}).count is None


class Batch(InputModel):
    samples: list[Sample]


def test_every_refused_field_of_an_object_is_named_where_it_was_sent() -> None:
    """The checks run once per object (not once per field) and still answer each
    field that fails, at its place in the body, as pydantic words a field's error."""
    with pytest.raises(ValidationError) as caught:
        Batch.model_validate({"samples": [{"count": 1}, {"count": "5", "done": 1, "share": 1}]})
    assert [(e["loc"], e["type"], e["msg"]) for e in caught.value.errors()] == [
        (("samples", 1, "count"), "value_error", "Value error, must be a whole number"),
        (("samples", 1, "done"), "value_error", "Value error, must be true or false"),
    ]

"""The OpenAPI document the clients are generated from describes every answer."""

from __future__ import annotations

from tests.support.openapi import openapi_document


def test_every_component_schema_describes_something() -> None:
    schemas = openapi_document()["components"]["schemas"]
    empty = sorted(name for name, schema in schemas.items() if not schema)
    assert not empty, f"schemas without a description (an Any answer): {empty}"


def test_money_is_a_string_in_answers() -> None:
    schemas = openapi_document()["components"]["schemas"]
    amount = schemas["OpportunityRead"]["properties"]["amount"]
    assert amount["type"] == "string"

"""An answer's bytes and headers: items PostgreSQL wrote go in as they are; the ETag,
304 on If-None-Match, the partial media type of ``?fields=``."""

from __future__ import annotations

import hashlib
from copy import deepcopy
from decimal import Decimal
from typing import Any

import asyncpg
import orjson
from fastapi import Query, Request, Response

from app.core.money import format_amount

JSON_TYPE = "application/json"
# An answer narrowed by ``?fields=`` says so in its media type: it holds only the fields
# asked for, so it is not the resource's schema (the OpenAPI document describes both).
PARTIAL_JSON_TYPE = "application/vnd.sales.partial+json"

_ASYNCPG_UUID: type[Any] = asyncpg.pgproto.pgproto.UUID


def _default(value: Any) -> Any:
    if isinstance(value, Decimal):
        return format_amount(value, None)
    if isinstance(value, _ASYNCPG_UUID):  # the driver's own UUID (a uuid.UUID look-alike)
        return str(value)
    raise TypeError(f"cannot serialise {type(value).__name__}")


def dumps(value: Any) -> bytes:
    """An answer's bytes (items already written by PostgreSQL go in as ``Fragment``)."""
    return orjson.dumps(value, default=_default, option=orjson.OPT_UTC_Z)


def written(text: str) -> Any:
    """An item PostgreSQL wrote as JSON, to go into an answer as it is (``dumps``)."""
    return orjson.Fragment(text)


def loads(body: bytes) -> Any:
    return orjson.loads(body)


# --- answers --------------------------------------------------------------------------


def _etag(body: bytes) -> str:
    return '"' + hashlib.sha256(body).hexdigest()[:24] + '"'


def _matches(request: Request, etag: str) -> bool:
    header = request.headers.get("if-none-match")
    if not header:
        return False
    tags = {tag.strip().removeprefix("W/") for tag in header.split(",")}
    return "*" in tags or etag in tags


def json_answer(
    request: Request, body: bytes, *, etag: str | None = None, status_code: int = 200
) -> Response:
    """The answer's bytes with their ETag; 304 (no body) when the client's copy is
    current (If-None-Match). Narrowed by ``?fields=``, it is a partial answer."""
    tag = etag or _etag(body)
    if status_code == 200 and _matches(request, tag):
        return Response(status_code=304, headers={"ETag": tag})
    media_type = PARTIAL_JSON_TYPE if request.query_params.get("fields") else JSON_TYPE
    return Response(
        content=body, status_code=status_code, media_type=media_type, headers={"ETag": tag}
    )


def document_partial_answers(document: dict[str, Any]) -> dict[str, Any]:
    """Describe what ``?fields=`` answers: beside each such operation's JSON schema, the
    partial media type with the same schema whose fields are all optional (a page keeps
    its shape; its items become partial). Applied once to the generated document."""
    schemas = document.get("components", {}).get("schemas", {})
    for operation in (op for item in document.get("paths", {}).values() for op in item.values()):
        if not isinstance(operation, dict) or not any(
            p.get("name") == "fields" and p.get("in") == "query"
            for p in operation.get("parameters", [])
        ):
            continue
        content = operation.get("responses", {}).get("200", {}).get("content", {})
        reference = content.get(JSON_TYPE, {}).get("schema", {}).get("$ref")
        if reference:
            content[PARTIAL_JSON_TYPE] = {"schema": {"$ref": _partial(schemas, reference)}}
    return document


def _partial(schemas: dict[str, Any], reference: str) -> str:
    name = reference.rsplit("/", 1)[-1]
    partial = f"{name}Partial"
    if partial not in schemas:
        shape = deepcopy(schemas[name])
        items = shape.get("properties", {}).get("items", {})
        if "next_cursor" in shape.get("properties", {}) and "$ref" in items.get("items", {}):
            items["items"]["$ref"] = _partial(schemas, items["items"]["$ref"])
        else:
            shape.pop("required", None)
        shape["title"] = f"{shape.get('title', name)} (only the fields asked for)"
        schemas[partial] = shape
    return f"#/components/schemas/{partial}"


# The read endpoints document the 304 they answer to a current If-None-Match.
NOT_MODIFIED: dict[int | str, dict[str, Any]] = {
    304: {"description": "Not modified: the copy named in If-None-Match is current"}
}
FieldsQuery = Query(
    None,
    max_length=1000,
    description="Only these fields, comma-separated (id is always included)",
    examples=["id,name,phone"],
)

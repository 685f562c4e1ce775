"""Optimistic locking over HTTP: the row version is the ETag; PATCH needs If-Match."""

from __future__ import annotations

from typing import Annotated

from fastapi import Header, Response

from app.core.errors import PreconditionFailed, PreconditionRequired
from app.core.repository import M, Saved


def etag_for(version: int) -> str:
    return f'"{version}"'


def set_etag(response: Response, version: int) -> None:
    response.headers["ETag"] = etag_for(version)


def _parse_if_match(value: str) -> int | None:
    tag = value.strip().removeprefix("W/").strip('"')
    return int(tag) if tag.isdigit() else None


def check_if_match(if_match: str, current_version: int) -> None:
    """428 when the client sent no If-Match, 412 when its copy is stale."""
    if not if_match:
        raise PreconditionRequired("Send the ETag you read in If-Match to update this record")
    if if_match.strip() == "*":
        return
    if _parse_if_match(if_match) != current_version:
        raise PreconditionFailed(
            "Someone else changed this record since you loaded it; "
            "reload it and apply your change again",
            headers={"ETag": etag_for(current_version)},
        )


# Required, as the OpenAPI document says; a request without it answers 428 (the error
# handler turns this header's "missing" into Precondition Required).
IF_MATCH = "If-Match"
IfMatch = Annotated[
    str,
    Header(
        alias=IF_MATCH,
        description='The ETag of the version being changed, e.g. "3" (or * for any)',
    ),
]


def answer_saved(response: Response, saved: Saved[M]) -> M:
    """201 for a record this call made, 200 for a create replayed by client id; the ETag
    either way."""
    response.status_code = 201 if saved.created else 200
    set_etag(response, saved.entity.version)
    return saved.entity

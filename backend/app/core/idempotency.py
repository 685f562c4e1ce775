"""Idempotency-Key: a retried mutating request replays the first answer.

The stored answer is written in the same transaction as the change it describes,
so either both exist or neither does. Keys are scoped to the caller (a user or an
API key), so one client's key never replays another's answer. Only successful
answers are stored: after a 4xx the client may fix its request and retry with the
same key.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ARRAY,
    JSON,
    LargeBinary,
    Select,
    String,
    UniqueConstraint,
    bindparam,
    delete,
    func,
    select,
    true,
)
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, aliased, mapped_column
from starlette.requests import Request
from starlette.responses import Response

from app.core.access import register_unscoped
from app.core.clock import utcnow
from app.core.db import Base, insert_rows_async
from app.core.errors import UnprocessableEntity, field_error
from app.core.ids import new_id

HEADER = "Idempotency-Key"
MUTATING_METHODS = {"POST", "PUT", "PATCH", "DELETE"}
_REPLAYED_HEADERS = ("content-type", "etag", "location", "upsert-outcome")


class IdempotencyRecord(Base):
    __tablename__ = "idempotency_keys"
    __table_args__ = (UniqueConstraint("subject", "key"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    subject: Mapped[str] = mapped_column(String(80))
    key: Mapped[str] = mapped_column(String(200))
    fingerprint: Mapped[str] = mapped_column(String(64))
    status_code: Mapped[int]
    headers: Mapped[dict[str, str]] = mapped_column(JSON)
    body: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)


register_unscoped(IdempotencyRecord, reason="internal replay store, keyed by caller")


def request_key(request: Request) -> str | None:
    key = request.headers.get(HEADER)
    if request.method not in MUTATING_METHODS or not key:
        return None
    if len(key) > 200:
        raise UnprocessableEntity(
            errors=[field_error(HEADER, "at most 200 characters", "string_too_long", "header")]
        )
    return key


_BOUNDARY = re.compile(r'boundary="?([^";]+)"?', re.IGNORECASE)


def _canonical(content_type: str, body: bytes) -> bytes:
    """A multipart body (an upload) is compared without its boundary: each send picks a
    new one, so a retried upload's bytes differ only there."""
    found = _BOUNDARY.search(content_type) if content_type.startswith("multipart/") else None
    if found is None:
        return body
    return body.replace(b"--" + found.group(1).encode("latin-1"), b"--")


async def fingerprint(request: Request) -> str:
    body = _canonical(request.headers.get("content-type", ""), await request.body())
    digest = hashlib.sha256()
    for part in (request.method, request.url.path, request.url.query):
        digest.update(part.encode() + b"\x00")
    digest.update(body)
    return digest.hexdigest()


async def find(session: AsyncSession, *, subject: str, key: str) -> IdempotencyRecord | None:
    stmt = select(IdempotencyRecord).where(
        IdempotencyRecord.subject == subject, IdempotencyRecord.key == key
    )
    return (await session.scalars(stmt)).one_or_none()


async def purge_before(session: AsyncSession, cutoff: datetime) -> int:
    """Forget answers stored before ``cutoff`` (the purge job; retention is a setting)."""
    result = await session.execute(
        delete(IdempotencyRecord).where(IdempotencyRecord.created_at < cutoff)
    )
    return int(getattr(result, "rowcount", 0) or 0)


def replay(record: IdempotencyRecord, request_fingerprint: str) -> Response:
    if record.fingerprint != request_fingerprint:
        raise UnprocessableEntity(
            "This Idempotency-Key was already used for a different request",
            code="idempotency.key_reused",
            errors=[field_error(HEADER, "already used with another body", "reused", "header")],
        )
    headers = {**record.headers, "Idempotent-Replayed": "true"}
    return Response(content=record.body, status_code=record.status_code, headers=headers)


def store(
    session: AsyncSession, *, subject: str, key: str, request_fingerprint: str, response: Any
) -> None:
    body = getattr(response, "body", None)
    if not isinstance(body, bytes | memoryview) or not 200 <= response.status_code < 300:
        return
    headers = {k: v for k, v in response.headers.items() if k.lower() in _REPLAYED_HEADERS}
    session.add(
        IdempotencyRecord(
            subject=subject,
            key=key,
            fingerprint=request_fingerprint,
            status_code=response.status_code,
            headers=headers,
            body=bytes(body),
        )
    )


def record_fingerprint(payload: bytes) -> str:
    return hashlib.sha256(payload).hexdigest()


async def find_many(
    session: AsyncSession, *, subject: str, keys: list[str]
) -> dict[str, IdempotencyRecord]:
    """Stored answers of many keys at once (one statement): a batch's items, each
    keyed by its client id."""
    if not keys:
        return {}
    found = await session.scalars(_STORED_ANSWERS, {"subject": subject, "keys": keys})
    return {r.key: r for r in found.all()}


def _stored_answers() -> Select[IdempotencyRecord]:
    """The statement of ``find_many``: one index probe per key asked for. One array
    parameter: the same statement (and plan) whatever the batch's size. Each key is
    looked up on its own (a LATERAL subquery with LIMIT, which the planner cannot turn
    into a join over all the caller's keys): a plan made while the table was small
    would otherwise read every key the caller ever stored, and a phone's keys grow
    with each push. Built once (building it, an ORM alias among it, cost a pushed
    batch more than running it)."""
    wanted = (
        func.unnest(bindparam("keys", type_=ARRAY(String())))
        .table_valued("key")
        .render_derived(name="wanted")
    )
    one = (
        select(IdempotencyRecord)
        .where(
            IdempotencyRecord.subject == bindparam("subject", type_=String()),
            IdempotencyRecord.key == wanted.c.key,
        )
        .limit(1)
        .lateral("stored")
    )
    return select(aliased(IdempotencyRecord, one)).select_from(wanted).join(one, true())


_STORED_ANSWERS = _stored_answers()


def stored_answers_statement(subject: str, keys: list[str]) -> Select[IdempotencyRecord]:
    """``find_many``'s statement with its values (to read its plan)."""
    return _STORED_ANSWERS.params(subject=subject, keys=keys)


async def store_many(
    session: AsyncSession, *, subject: str, answers: list[tuple[str, str, bytes]]
) -> None:
    """Store ``(key, fingerprint, body)`` answers of a batch's items in one statement,
    in the same transaction as the changes they describe."""
    if not answers:
        return
    now = utcnow()
    rows = [
        {
            "id": new_id(),
            "subject": subject,
            "key": key,
            "fingerprint": print_,
            "status_code": 200,
            "headers": {"content-type": "application/json"},
            "body": body,
            "created_at": now,
        }
        for key, print_, body in answers
    ]
    await insert_rows_async(session, IdempotencyRecord, rows)

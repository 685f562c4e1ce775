"""Idempotency-Key: a retried mutating request replays the first answer.

The stored answer is written in the same transaction as the change it describes,
so either both exist or neither does. Keys are scoped to the caller (a user or an
API key), so one client's key never replays another's answer. Only successful
answers are stored: after a 4xx the client may fix its request and retry with the
same key.
"""

from __future__ import annotations

import hashlib
import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, LargeBinary, String, UniqueConstraint, delete, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column
from starlette.requests import Request
from starlette.responses import Response

from app.core.access import register_unscoped
from app.core.clock import utcnow
from app.core.db import Base
from app.core.errors import UnprocessableEntity, field_error
from app.core.ids import new_id

HEADER = "Idempotency-Key"
MUTATING_METHODS = {"POST", "PUT", "PATCH", "DELETE"}
_REPLAYED_HEADERS = ("content-type", "etag", "location")


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


async def fingerprint(request: Request) -> str:
    body = await request.body()
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

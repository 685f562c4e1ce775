"""What the change feed (``app/sync``) needs from every domain and from the caller.

A domain whose records are in the feed offers a loader: the records the caller may
see among some ids, as ``FeedRecord`` (version, archived flag, the JSON its read
schema gives). The feed's cursor is a position in the event stream plus a fingerprint
of the caller's scope: when a user's role, team or territories change, what they may
see changes as a whole, and their next pull answers 410 (resync) instead of a delta.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import uuid
from collections.abc import Awaitable, Callable, Collection
from dataclasses import dataclass
from typing import Any

import orjson
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.access import Principal
from app.core.config import get_settings
from app.core.errors import AppError, UnprocessableEntity, field_error
from app.core.events import Position
from app.core.reads import ReadModel
from app.core.repository import ScopedRepository


@dataclass(frozen=True)
class FeedRecord:
    id: uuid.UUID
    version: int
    archived: bool
    data: dict[str, Any]


async def load_feed(
    repository: ScopedRepository[Any], read_model: ReadModel, ids: Collection[uuid.UUID]
) -> list[FeedRecord]:
    """The visible records among ``ids`` as the feed hands them out: the same answer as
    their read endpoint (the read path), one statement."""
    if not ids:
        return []
    stmt = repository.scoped().where(read_model.model.id.in_(list(ids)))
    items = await repository.read_items(read_model, stmt)
    return [
        FeedRecord(
            id=uuid.UUID(item["id"]),
            version=item["version"],
            archived=bool(item.get("is_archived")),
            data=item,
        )
        for item in items
    ]


FeedLoader = Callable[[AsyncSession, Principal, Collection[uuid.UUID]], Awaitable[list[FeedRecord]]]


class ResyncRequired(AppError):
    status, code, title = 410, "sync.resync_required", "Your access changed: sync everything again"


def scope_fingerprint(principal: Principal) -> str:
    parts = [
        principal.role.value,
        str(principal.user_id),
        ",".join(sorted(str(o) for o in principal.visible_owner_ids() or [])),
        ",".join(sorted(str(t) for t in principal.visible_territory_ids() or [])),
    ]
    if principal.api_key_id is not None:
        # A key's scopes decide which records its feed carries: changed, it resyncs.
        parts += [str(principal.api_key_id), ",".join(sorted(principal.permissions))]
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:16]


def _signature(raw: bytes) -> bytes:
    return hmac.new(get_settings().secret_key.encode(), raw, hashlib.sha256).digest()[:12]


def encode_feed_cursor(position: Position, principal: Principal) -> str:
    raw = orjson.dumps([position[0], position[1], scope_fingerprint(principal)])
    return base64.urlsafe_b64encode(_signature(raw) + raw).decode().rstrip("=")


def decode_feed_cursor(cursor: str, principal: Principal) -> Position:
    try:
        signed = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        signature, raw = signed[:12], signed[12:]
        if not hmac.compare_digest(signature, _signature(raw)):
            raise ValueError("signature")
        txid, seq, fingerprint = orjson.loads(raw)
        if not isinstance(txid, int) or not isinstance(seq, int) or txid < 0 or seq < 0:
            raise ValueError("position")
    except (ValueError, TypeError, orjson.JSONDecodeError):
        raise UnprocessableEntity(
            errors=[field_error("since", "invalid cursor", "cursor", where="query")]
        ) from None
    if fingerprint != scope_fingerprint(principal):
        raise ResyncRequired()
    return txid, seq

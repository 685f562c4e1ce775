"""Audit log: every create/update/delete writes one row in the same transaction.

The table is append-only: the application never updates or deletes audit rows.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import JSON, Index, String, event
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, Mapper, mapped_column

from app.core.access import Principal, register_unscoped
from app.core.clock import utcnow
from app.core.context import current_request_id
from app.core.db import Base, Entity
from app.core.ids import new_id


class AuditEntry(Base):
    __tablename__ = "audit_log"
    __table_args__ = (
        Index("ix_audit_log_entity", "entity_type", "entity_id"),
        Index("ix_audit_log_occurred_at_id", "occurred_at", "id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    occurred_at: Mapped[datetime] = mapped_column(default=utcnow)
    actor_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    actor_label: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(40))
    entity_type: Mapped[str] = mapped_column(String(60))
    entity_id: Mapped[uuid.UUID]
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    request_id: Mapped[str | None] = mapped_column(String(64))


register_unscoped(AuditEntry, reason="read only by admins through the audit endpoint")


@event.listens_for(AuditEntry, "before_update")
@event.listens_for(AuditEntry, "before_delete")
def _audit_is_append_only(_mapper: Mapper[Any], _conn: Any, _target: AuditEntry) -> None:
    raise RuntimeError("audit_log rows are never updated or deleted")


_SECRET_FIELDS = {"password_hash", "token_hash", "secret", "calendar_token"}


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal | uuid.UUID):
        return str(value)
    if isinstance(value, Enum):
        return value.value
    return value


def snapshot(entity: Entity) -> dict[str, Any]:
    """The entity's column values, JSON-ready, secrets left out."""
    return {
        column.key: _jsonable(getattr(entity, column.key))
        for column in entity.__mapper__.column_attrs
        if column.key not in _SECRET_FIELDS
    }


def record(
    session: AsyncSession,
    principal: Principal | None,
    *,
    action: str,
    entity: Entity,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
) -> None:
    """Add the audit row for one change; it commits or rolls back with the change itself."""
    if before is not None and after is not None:
        changed = {k for k in after if before.get(k) != after.get(k)} - {"updated_at", "version"}
        before = {k: before.get(k) for k in changed}
        after = {k: after[k] for k in changed}
    session.add(
        AuditEntry(
            actor_id=principal.user_id if principal else None,
            actor_label=principal.label if principal else "system",
            action=action,
            entity_type=entity.__tablename__,
            entity_id=entity.id,
            before=before,
            after=after,
            request_id=current_request_id(),
        )
    )


async def record_created(
    session: AsyncSession, principal: Principal | None, entity: Entity
) -> None:
    await session.flush()
    record(session, principal, action="create", entity=entity, before=None, after=snapshot(entity))


async def record_updated(
    session: AsyncSession, principal: Principal | None, entity: Entity, before: dict[str, Any]
) -> None:
    await session.flush()
    record(
        session, principal, action="update", entity=entity, before=before, after=snapshot(entity)
    )


async def record_deleted(
    session: AsyncSession, principal: Principal | None, entity: Entity
) -> None:
    record(session, principal, action="delete", entity=entity, before=snapshot(entity), after=None)
    await session.delete(entity)
    await session.flush()

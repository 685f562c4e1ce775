"""Exports: a resource's records the caller may see, written by the job worker as a CSV,
XLSX or JSON lines file in the layout its imports take, kept for download. Decision
record: docs/decisions/0038-import-export-by-external-id.md."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    false,
    true,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.core.access import Principal, custom_rule, register_scope
from app.core.db import Entity, enum_column
from app.core.events import untracked


class ExportStatus(StrEnum):
    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    # The job could not run (the key was revoked, the person deactivated).
    FAILED = "failed"
    # Its file was deleted by a personal data erasure (it could hold the person).
    ERASED = "erased"


class Export(Entity):
    __tablename__ = "exports"
    __table_args__ = (Index("ix_exports_resource_created_at_id", "resource", "created_at", "id"),)

    resource: Mapped[str] = mapped_column(String(40))
    file_format: Mapped[str] = mapped_column(String(10))
    status: Mapped[ExportStatus] = mapped_column(enum_column(ExportStatus))
    # Records to write (counted when the job starts) and written so far.
    total_rows: Mapped[int | None] = mapped_column(Integer)
    processed_rows: Mapped[int] = mapped_column(Integer, default=0)
    filename: Mapped[str | None] = mapped_column(String(200))
    storage_key: Mapped[str | None] = mapped_column(String(400))
    size_bytes: Mapped[int | None] = mapped_column(BigInteger)
    error: Mapped[str | None] = mapped_column(Text)
    owner_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), index=True
    )
    api_key_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("api_keys.id"), index=True)
    created_by: Mapped[str] = mapped_column(String(200))
    started_at: Mapped[datetime | None]
    finished_at: Mapped[datetime | None]


def _own_exports(principal: Principal) -> ColumnElement[bool]:
    """People see the exports they asked for (admins all); a key its own: a file holds
    what its maker may see."""
    if principal.api_key_id is not None:
        return Export.api_key_id == principal.api_key_id
    if principal.is_admin:
        return true()
    if principal.user_id is not None:
        return Export.owner_id == principal.user_id
    return false()


register_scope(Export, custom_rule(_own_exports))
untracked(
    Export, reason="an export's bookkeeping (its progress moves every batch): it changes no record"
)

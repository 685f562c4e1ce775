"""Imports: a file of records an integration (or a person) sends to be upserted by
external id, read at upload, dry-run and run by the job worker, every record's outcome
kept. Decision record: docs/decisions/0038-import-export-by-external-id.md."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    ColumnElement,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    false,
    select,
    text,
    true,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from app.core.access import Principal, custom_rule, register_scope, visible_through
from app.core.db import Base, Entity, enum_column
from app.core.events import untracked
from app.core.ids import new_id
from app.core.personal_data import Found, copies


class ImportStatus(StrEnum):
    DRY_RUN_QUEUED = "dry_run_queued"
    DRY_RUNNING = "dry_running"
    # The dry run's report is ready; POST .../run applies the file.
    DRY_RUN_DONE = "dry_run_done"
    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    # The job could not run at all (the key was revoked, the person deactivated).
    FAILED = "failed"


class RowOutcome(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    REFUSED = "refused"


class Import(Entity):
    __tablename__ = "imports"
    __table_args__ = (Index("ix_imports_resource_created_at_id", "resource", "created_at", "id"),)

    resource: Mapped[str] = mapped_column(String(40))
    file_format: Mapped[str] = mapped_column(String(10))
    filename: Mapped[str | None] = mapped_column(String(200))
    status: Mapped[ImportStatus] = mapped_column(enum_column(ImportStatus))
    # The upload asked for a dry run first (then POST .../run), or to run at once.
    dry_run: Mapped[bool]
    # Records in the file (a price list's rows are one record) and how many the phase
    # running (or last run) has done.
    total_rows: Mapped[int] = mapped_column(Integer)
    processed_rows: Mapped[int] = mapped_column(Integer, default=0)
    dry_run_counts: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    counts: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    error: Mapped[str | None] = mapped_column(Text)
    # Who uploaded it: a person, or an API key (an import runs as them).
    owner_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), index=True
    )
    api_key_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("api_keys.id"), index=True)
    created_by: Mapped[str] = mapped_column(String(200))
    started_at: Mapped[datetime | None]
    finished_at: Mapped[datetime | None]


class ImportRow(Base):
    """One record of an import's file: what was read, and each phase's outcome."""

    __tablename__ = "import_rows"

    import_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("imports.id", ondelete="CASCADE"), primary_key=True
    )
    # The record's first row (CSV, XLSX) or line (JSON lines) in the file.
    row_number: Mapped[int] = mapped_column(Integer, primary_key=True)
    # A handle of its own: a personal data erasure names each row it scrubbed.
    id: Mapped[uuid.UUID] = mapped_column(
        default=new_id, server_default=text("gen_random_uuid()"), unique=True
    )
    rows: Mapped[list[int]] = mapped_column(JSONB)
    external_id: Mapped[str | None] = mapped_column(String(100))
    data: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    # Which column of a flat file each field came from (for the refusals' field names).
    columns: Mapped[dict[str, str]] = mapped_column(JSONB)
    # A refusal found while reading the file (a bad JSON line, a repeated external id).
    read_problem: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    dry_run_outcome: Mapped[str | None] = mapped_column(String(20))
    dry_run_problem: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    outcome: Mapped[str | None] = mapped_column(String(20))
    problem: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    record_id: Mapped[uuid.UUID | None]


def _own_imports(principal: Principal) -> ColumnElement[bool]:
    """People see the imports they uploaded (admins all); a key its own."""
    if principal.api_key_id is not None:
        return Import.api_key_id == principal.api_key_id
    if principal.is_admin:
        return true()
    if principal.user_id is not None:
        return Import.owner_id == principal.user_id
    return false()


register_scope(Import, custom_rule(_own_imports))
register_scope(ImportRow, visible_through(ImportRow.import_id, Import))
untracked(
    Import,
    reason="an import's bookkeeping (its progress moves every chunk); the records it "
    "writes are tracked, their events naming the import in request_id",
)


# Files whose records may hold a person's data: customers carry contacts; an order's or
# an invoice's texts (notes, a delivery address) may name one. (Their exports are the
# ones whose files an erasure deletes: ``holds_people`` in exports/resources.py.)
RESOURCES_HOLDING_PEOPLE = ("customers", "sales_orders", "invoices")


def _rows_that_may_hold_people(found: Found) -> ColumnElement[bool]:
    """Any row of such a file may hold the person's data (as read from the file, and
    echoed in a refusal)."""
    return ImportRow.import_id.in_(
        select(Import.id).where(Import.resource.in_(RESOURCES_HOLDING_PEOPLE))
    )


copies(
    ImportRow,
    related=_rows_that_may_hold_people,
    mentions=("data", "read_problem", "dry_run_problem", "problem"),
)

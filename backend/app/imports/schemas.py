from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, Field

from app.core.errors import FieldError
from app.core.schemas import OutputModel
from app.imports.models import ImportStatus, RowOutcome

# Published limits (README, decision 0038): the file itself is at most
# SALES_MAX_UPLOAD_BYTES (413 files.too_large); its records at most this many (413
# imports.too_many_rows).
MAX_IMPORT_ROWS = 10_000


class Phase(StrEnum):
    DRY_RUN = "dry_run"
    RUN = "run"


class ResultFormat(StrEnum):
    CSV = "csv"
    JSON = "json"


class ImportCounts(OutputModel):
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    refused: int = 0


class ImportRead(OutputModel):
    """An import and how far it has come. `processed_rows` of `total_rows` is the phase
    running (the dry run, then the run)."""

    id: uuid.UUID
    resource: str
    file_format: str
    filename: str | None
    status: ImportStatus
    dry_run: bool = Field(description="A dry run was asked for first (then POST .../run)")
    total_rows: int = Field(description="Records in the file")
    processed_rows: int
    dry_run_counts: ImportCounts | None = Field(description="What the dry run found")
    counts: ImportCounts | None = Field(description="What the run did")
    error: str | None = Field(description="Why the import could not run at all")
    created_by: str
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None


class RowFieldError(FieldError):
    column: str | None = Field(
        default=None, description="The CSV or XLSX column the field came from"
    )


class RowProblem(BaseModel):
    """Why a record was refused: the problem body its PUT would have answered."""

    type: str = "about:blank"
    title: str
    status: int
    detail: str | None = None
    code: str
    errors: list[RowFieldError] | None = None


class ImportRowRead(OutputModel):
    row: int = Field(description="The record's first row (CSV, XLSX) or line (JSON lines)")
    rows: list[int] = Field(description="Every row of the record (a price list's lines)")
    external_id: str | None
    outcome: RowOutcome | None = Field(description="Empty while the phase has not reached it")
    record_id: uuid.UUID | None = Field(description="The record created or updated")
    problem: RowProblem | None

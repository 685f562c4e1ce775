from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import Field

from app.core.interchange import FileFormat
from app.core.schemas import InputModel, OutputModel
from app.exports.models import ExportStatus


class ExportCreate(InputModel):
    format: FileFormat = Field(
        default=FileFormat.CSV, description="csv (UTF-8 with a BOM), xlsx or jsonl"
    )


class ExportRead(OutputModel):
    """An export and how far it has come; `GET .../file` downloads it once `done`."""

    id: uuid.UUID
    resource: str
    file_format: str
    status: ExportStatus
    total_rows: int | None = Field(description="Records to write (known once it runs)")
    processed_rows: int
    filename: str | None
    size_bytes: int | None
    error: str | None = Field(description="Why it could not run")
    created_by: str
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None

"""Exports of a list: exactly what its filters select, scoped like the list, as CSV or
XLSX, streamed.

A domain declares its columns once (``export_columns``: by default every field of the
list's read schema, nested objects flattened as ``address.city``); this module does
the rest. Rows are read through the read path (``core/reads/``), so each cell holds
what the API answers: amounts as decimal strings beside their currency, times in UTC
ISO 8601, dates ``YYYY-MM-DD``. The table is walked in keyset batches in the list's
own order (the same seek as its pages, ``apply_keyset``), one statement per batch, so
memory stays bounded whatever the number of rows.

The walk runs after the handler has returned (the body streams), in a session of its
own: one read-only REPEATABLE READ transaction, so every batch sees the same snapshot.
Decision record: docs/decisions/0012-list-tools.md.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import AsyncIterator, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

import orjson
from fastapi import Query, Request
from fastapi.responses import Response, StreamingResponse
from sqlalchemy import Select
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from app.core.access import Principal
from app.core.errors import problem_responses
from app.core.pagination import SortOrder, apply_keyset, encode_cursor
from app.core.reads import Children, Nested, ReadModel, execute
from app.core.xlsx import XlsxStream

BATCH = 1000
CSV_TYPE = "text/csv; charset=utf-8"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class ExportFormat(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"


FormatQuery = Query(ExportFormat.CSV, description="csv (UTF-8, with a BOM) or xlsx")

# The export endpoints' answers, for the OpenAPI document.
EXPORT_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "The rows the filters select, as a file (streamed)",
        "content": {
            "text/csv": {"schema": {"type": "string"}},
            XLSX_TYPE: {"schema": {"type": "string", "format": "binary"}},
        },
    },
    **problem_responses(401, 403, 422),
}


@dataclass(frozen=True)
class ExportColumn:
    """One column: its header and how its cell is read from an item of the list."""

    header: str
    value: Callable[[Mapping[str, Any]], Any]


@dataclass(frozen=True)
class ExportSource:
    """What a domain's export reads: its list's read model, the scoped and filtered
    statement, the columns, and the file's name."""

    read_model: ReadModel
    base: Select[Any]
    columns: Sequence[ExportColumn]
    name: str


def _path(*keys: str) -> Callable[[Mapping[str, Any]], Any]:
    def read(item: Mapping[str, Any]) -> Any:
        value: Any = item
        for key in keys:
            value = value.get(key) if isinstance(value, Mapping) else None
        return value

    return read


def export_columns(
    read_model: ReadModel,
    *,
    exclude: Iterable[str] = (),
    extra: Sequence[ExportColumn] = (),
) -> list[ExportColumn]:
    """The read schema's fields as columns, in its order: nested objects flattened
    (``address.city``), lists of child rows left out (add a column in ``extra`` to keep
    one of their values), then ``extra``."""
    skipped = set(exclude)
    columns: list[ExportColumn] = []
    for name, spec in read_model.fields.items():
        if name in skipped or isinstance(spec, Children):
            continue
        if isinstance(spec, Nested):
            columns += [ExportColumn(f"{name}.{key}", _path(name, key)) for key in spec.fields]
        else:
            columns.append(ExportColumn(name, _path(name)))
    return columns + list(extra)


def text_of(value: Any) -> Any:
    """A cell as the API prints the value: lists joined, objects as JSON."""
    if isinstance(value, list):
        return "; ".join(str(text_of(v)) for v in value)
    if isinstance(value, dict):
        return orjson.dumps(value).decode()
    return value


_NUMBER = re.compile(r"^-?[0-9]+(\.[0-9]+)?$")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value: Any) -> str:
    """A CSV cell a spreadsheet will not run as a formula: text starting with = + - @
    (or a tab or carriage return) gets a leading quote. Plain numbers ("-12.50") are
    left alone: they cannot be formulas."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value)
    if text.startswith(_FORMULA_START) and not _NUMBER.match(text):
        return "'" + text
    return text


async def read_batches(
    sessionmaker: async_sessionmaker[AsyncSession],
    principal: Principal,
    read_model: ReadModel,
    base: Select[Any],
    order: SortOrder,
) -> AsyncIterator[list[dict[str, Any]]]:
    """Every row of ``base`` as the read path answers it, ``BATCH`` at a time in
    ``order``, all from one snapshot (a list's export; an export job)."""
    names = read_model.names
    async with sessionmaker() as session:
        if isinstance(session.bind, AsyncEngine):
            await session.connection(
                execution_options={
                    "isolation_level": "REPEATABLE READ",
                    "postgresql_readonly": True,
                }
            )
        cursor: str | None = None
        while True:
            keys = apply_keyset(
                base, order=order, id_column=read_model.key, cursor=cursor, limit=BATCH
            )
            stmt = read_model.rows(
                principal, keys, names, order.column.label("s"), read_model.key.label("k")
            )
            rows = await execute(session, stmt)
            more = len(rows) > BATCH
            rows = rows[:BATCH]
            if rows:
                yield [read_model.finished(row[0]) for row in rows]
            if not more:
                return
            cursor = encode_cursor(order, rows[-1][1], rows[-1][2])


def _cells(columns: Sequence[ExportColumn], item: Mapping[str, Any]) -> list[Any]:
    return [text_of(column.value(item)) for column in columns]


async def _csv(
    batches: AsyncIterator[list[dict[str, Any]]], columns: Sequence[ExportColumn]
) -> AsyncIterator[bytes]:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    # A byte-order mark so spreadsheet programs read the file as UTF-8 (₹, names).
    buffer.write("\ufeff")
    writer.writerow([csv_safe(column.header) for column in columns])
    async for items in batches:
        writer.writerows([csv_safe(cell) for cell in _cells(columns, item)] for item in items)
        yield buffer.getvalue().encode()
        buffer.seek(0)
        buffer.truncate()
    if buffer.tell():
        yield buffer.getvalue().encode()


async def _xlsx(
    batches: AsyncIterator[list[dict[str, Any]]], columns: Sequence[ExportColumn], sheet: str
) -> AsyncIterator[bytes]:
    book = XlsxStream(sheet, [column.header for column in columns])
    async for items in batches:
        chunk = book.rows(_cells(columns, item) for item in items)
        if chunk:
            yield chunk
    yield book.close()


def export_response(
    request: Request,
    principal: Principal,
    source: ExportSource,
    *,
    order: SortOrder,
    file_format: ExportFormat,
) -> StreamingResponse:
    """The streamed file of every row of the source (scoped and filtered by the domain)."""
    sessionmaker = request.app.state.sessionmaker
    batches = read_batches(sessionmaker, principal, source.read_model, source.base, order)
    columns, name = source.columns, source.name
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    filename = f"{name}-{stamp}.{file_format.value}"
    if file_format is ExportFormat.XLSX:
        body, media_type = _xlsx(batches, columns, name), XLSX_TYPE
    else:
        body, media_type = _csv(batches, columns), CSV_TYPE
    return StreamingResponse(
        body,
        media_type=media_type,
        headers={
            "Content-Disposition": f'attachment; filename="{filename}"',
            "Cache-Control": "no-store",
        },
    )


# --- reports: a table already computed, as a file ------------------------------------


class ReportFormat(StrEnum):
    JSON = "json"
    CSV = "csv"
    XLSX = "xlsx"


ReportFormatQuery = Query(
    ReportFormat.JSON,
    description="json (the default: for charts), csv (UTF-8, with a BOM) or xlsx (numbers "
    "and dates as typed cells)",
)
# A report's 200: its JSON, or the same table as a file.
REPORT_FILE_CONTENT: dict[str, Any] = {
    "text/csv": {"schema": {"type": "string"}},
    XLSX_TYPE: {"schema": {"type": "string", "format": "binary"}},
}


def _report_cell(value: Any) -> Any:
    """A report's CSV cell: dates ISO 8601, decimals as written (amounts arrive rounded
    to their currency's minor unit), ids as text."""
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat().replace("+00:00", "Z")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    return csv_safe(value)


def table_response(
    name: str,
    header: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    file_format: ReportFormat,
) -> Response:
    """A report's table as a CSV or XLSX download. The rows are a report's (aggregated
    in SQL, so few): written at once. XLSX cells are typed by value (``core/xlsx.py``):
    amounts and counts are numbers, dates are dates, so a spreadsheet sums and sorts
    them; CSV holds the same text the JSON answer prints."""
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    filename = f"{name}-{stamp}.{file_format.value}"
    if file_format is ReportFormat.XLSX:
        book = XlsxStream(name, header)
        body, media_type = book.rows(rows) + book.close(), XLSX_TYPE
    else:
        buffer = io.StringIO()
        buffer.write("\ufeff")
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow([csv_safe(cell) for cell in header])
        writer.writerows([_report_cell(cell) for cell in row] for row in rows)
        body, media_type = buffer.getvalue().encode(), CSV_TYPE
    return Response(
        body,
        media_type=media_type,
        headers={
            "Content-Disposition": f'attachment; filename="{filename}"',
            "Cache-Control": "no-store",
        },
    )

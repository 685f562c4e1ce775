"""Files an integration exchanges: CSV, XLSX and JSON lines, in and out, one layout per
resource.

A resource's records travel in the shape of its upsert body (``CustomerUpsert``) plus
``external_id``. JSON lines carry that shape as it is, one record per line. CSV and XLSX
are flat: a column per field, ``prefix.field`` columns for the items of a list
(``billing.city`` is the city of the address of kind billing, ``contact.email`` the
email of a contact, ``line.unit_price`` a price list's line, one line per row with the
list's fields repeated). A domain declares its ``FileLayout`` once in its schemas; the
imports read files with it and the exports write them, so an export imports again
unchanged.

Reading a flat file: the header names the columns (any case; ``external_id`` is
required; an unknown column is a 422 naming it); an empty cell is "not given" (the
record keeps its value; a new one takes the default): clearing a field takes JSON
lines' ``null`` or a PUT. Cells are text, turned into what the field holds (whole
numbers, numbers, ``true``/``false``/``yes``/``no``, lists split at ``;``); text that
is not a number for a number field is left as it is, for the validation to name. A
leading ``'`` that an export put before ``=``, ``+``, ``-`` or ``@`` (so a spreadsheet
does not run it) is taken off. Decision record: docs/decisions/0038.
"""

from __future__ import annotations

import csv
import io
import re
import types
import typing
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

import orjson
from pydantic import BaseModel

from app.core.errors import FieldError, PayloadTooLarge, UnprocessableEntity
from app.core.export import CSV_TYPE, XLSX_TYPE, csv_safe
from app.core.upsert import EXTERNAL_ID_PATTERN, MAX_EXTERNAL_ID
from app.core.xlsx import XlsxStream, XlsxUnreadable, read_xlsx

JSONL_TYPE = "application/x-ndjson"
LIST_SEPARATOR = ";"
_EXTERNAL_ID = re.compile(EXTERNAL_ID_PATTERN)
_EXPORT_QUOTE = re.compile(r"^'[=+\-@\t\r]")


class FileFormat(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"
    JSONL = "jsonl"

    @property
    def media_type(self) -> str:
        return {"csv": CSV_TYPE, "xlsx": XLSX_TYPE, "jsonl": JSONL_TYPE}[self.value]


_EXTENSIONS = {
    ".csv": FileFormat.CSV,
    ".txt": FileFormat.CSV,
    ".xlsx": FileFormat.XLSX,
    ".jsonl": FileFormat.JSONL,
    ".ndjson": FileFormat.JSONL,
}


def format_of(filename: str | None, data: bytes) -> FileFormat:
    """The file's format from its name's extension, else from its first bytes."""
    name = (filename or "").lower()
    for extension, found in _EXTENSIONS.items():
        if name.endswith(extension):
            return found
    if data.startswith(b"PK\x03\x04"):
        return FileFormat.XLSX
    if data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        return FileFormat.JSONL
    return FileFormat.CSV


@dataclass(frozen=True)
class Group:
    """The items of a list field written as ``prefix.field`` columns: ``fixed`` values
    set every item of the prefix (the kind of an address) and pick the item an export
    writes (else the first item)."""

    list_field: str
    fixed: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class FileLayout:
    """How a resource's records are laid out in files (see the module docstring)."""

    schema: type[BaseModel]
    columns: tuple[str, ...]
    groups: Mapping[str, Group] = field(default_factory=dict)
    # Written by exports for reference, skipped by imports.
    read_only: tuple[str, ...] = ("id", "version", "updated_at")
    # A group whose items take a row each, the record's other columns repeated (rows
    # with the same external_id are one record).
    repeated: str | None = None

    @property
    def all_columns(self) -> tuple[str, ...]:
        return (*self.read_only, "external_id", *self.columns)


# --- problems -------------------------------------------------------------------------


class TooManyRows(PayloadTooLarge):
    code, title = "imports.too_many_rows", "The file has more rows than an import takes"


class UnreadableFile(UnprocessableEntity):
    code, title = "imports.unreadable_file", "The file cannot be read as its format"


class BadColumns(UnprocessableEntity):
    code, title = "imports.bad_columns", "The file's columns are not the resource's"


def _file_error(msg: str, type_: str = "unreadable") -> list[FieldError]:
    return [FieldError(loc=["body", "file"], msg=msg, type=type_)]


@dataclass
class SourceRecord:
    """A record read from a file: where it starts (the row or line number), its
    external id, its data in the upsert body's shape, which column each field came from
    (flat files), or the problem that refuses it before any rule runs."""

    row: int
    external_id: str | None
    data: dict[str, Any] | None
    columns: dict[str, str] = field(default_factory=dict)
    problem: dict[str, Any] | None = None
    rows: list[int] = field(default_factory=list)


def row_problem(
    status: int, code: str, title: str, errors: Sequence[FieldError], detail: str | None = None
) -> dict[str, Any]:
    """A refusal found while reading the file, as the problem body a PUT would answer."""
    problem: dict[str, Any] = {"type": "about:blank", "title": title, "status": status}
    if detail:
        problem["detail"] = detail
    problem["code"] = code
    problem["errors"] = [error.model_dump() for error in errors]
    return problem


def column_of(columns: Mapping[str, str], loc: Sequence[str | int]) -> str | None:
    """The column a field error's location came from (``["body", "addresses", 0,
    "city"]`` -> ``billing.city``), by the longest known prefix."""
    path = [str(part) for part in loc if part != "body"]
    while path:
        found = columns.get(".".join(path))
        if found is not None:
            return found
        path.pop()
    return None


# --- cells as the field holds them -----------------------------------------------------

_TRUE = {"true", "yes", "y", "1"}
_FALSE = {"false", "no", "n", "0"}


def _unwrapped(annotation: Any) -> Any:
    """The field's type without Optional / Annotated."""
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (typing.Union, types.UnionType):
            options = [a for a in typing.get_args(annotation) if a is not type(None)]
            if len(options) != 1:
                return annotation
            annotation = options[0]
        else:
            return annotation


def item_model(schema: type[BaseModel], name: str) -> type[BaseModel] | None:
    """The model of the items of a list field (``addresses`` -> ``AddressFields``)."""
    info = schema.model_fields.get(name)
    if info is None:
        return None
    annotation = _unwrapped(info.annotation)
    if typing.get_origin(annotation) is list:
        (inner,) = typing.get_args(annotation)
        inner = _unwrapped(inner)
        if isinstance(inner, type) and issubclass(inner, BaseModel):
            return inner
    return None


def _typed(schema: type[BaseModel], name: str, text: str) -> Any:
    info = schema.model_fields.get(name)
    if info is None:
        return text
    annotation = _unwrapped(info.annotation)
    if annotation is bool:
        lowered = text.lower()
        return True if lowered in _TRUE else False if lowered in _FALSE else text
    if annotation is int:
        return int(text) if re.fullmatch(r"-?[0-9]+", text) else text
    if annotation is float:
        try:
            return float(text)
        except ValueError:
            return text
    if typing.get_origin(annotation) is list:
        return [part.strip() for part in text.split(LIST_SEPARATOR) if part.strip()]
    return text


# --- reading ------------------------------------------------------------------------------


def _header(layout: FileLayout, cells: Sequence[str | None]) -> list[str | None]:
    """The columns by position (None: an unnamed, empty column); a 422 naming each
    unknown or repeated column, or a missing external_id."""
    known = set(layout.all_columns)
    names: list[str | None] = [(cell or "").strip().lower() or None for cell in cells]
    errors = [
        FieldError(
            loc=["body", "file", "columns", name],
            msg="not a column of this resource",
            type="unknown_column",
        )
        for name in names
        if name is not None and name not in known
    ]
    seen: set[str] = set()
    for name in names:
        if name is not None and name in seen:
            errors.append(
                FieldError(
                    loc=["body", "file", "columns", name],
                    msg="appears twice",
                    type="duplicate_column",
                )
            )
        if name is not None:
            seen.add(name)
    if "external_id" not in seen:
        errors.append(
            FieldError(
                loc=["body", "file", "columns", "external_id"], msg="is required", type="missing"
            )
        )
    if errors:
        raise BadColumns(
            f"Columns this resource takes: {', '.join(layout.all_columns)}", errors=errors
        )
    return names


def _csv_rows(data: bytes) -> Iterator[tuple[int, list[str | None]]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UnreadableFile(
            'A CSV file is read as UTF-8 (save it as "CSV UTF-8")',
            errors=_file_error("not UTF-8 text"),
        ) from None
    first = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for number, cells in enumerate(reader, start=1):
            if any(cell.strip() for cell in cells):
                yield number, [cell[1:] if _EXPORT_QUOTE.match(cell) else cell for cell in cells]
    except csv.Error as error:
        raise UnreadableFile(errors=_file_error(f"row {reader.line_num}: {error}")) from None


def _xlsx_rows(data: bytes) -> Iterator[tuple[int, list[str | None]]]:
    try:
        yield from read_xlsx(data)
    except XlsxUnreadable as error:
        raise UnreadableFile(str(error), errors=_file_error(str(error))) from None


def _flat_record(
    layout: FileLayout, names: Sequence[str | None], number: int, cells: Sequence[str | None]
) -> SourceRecord:
    data: dict[str, Any] = {}
    columns: dict[str, str] = {}
    items: dict[str, dict[str, Any]] = {}
    external_id: str | None = None
    for name, cell in zip(names, cells, strict=False):
        value = (cell or "").strip()
        if name is None or not value or name in layout.read_only:
            continue
        if name == "external_id":
            external_id = value
            continue
        prefix, _, rest = name.partition(".")
        group = layout.groups.get(prefix) if rest else None
        if group is None:
            data[name] = _typed(layout.schema, name, value)
            columns[name] = name
            continue
        model = item_model(layout.schema, group.list_field)
        item = items.setdefault(prefix, dict(group.fixed))
        item[rest] = _typed(model, rest, value) if model else value
    for prefix, item in items.items():
        group = layout.groups[prefix]
        entries = data.setdefault(group.list_field, [])
        index = len(entries)
        entries.append(item)
        columns[f"{group.list_field}.{index}"] = prefix
        for key in item:
            columns[f"{group.list_field}.{index}.{key}"] = f"{prefix}.{key}"
    return SourceRecord(
        row=number, external_id=external_id, data=data, columns=columns, rows=[number]
    )


def _merge_repeated(layout: FileLayout, records: list[SourceRecord]) -> list[SourceRecord]:
    """Rows of one external id become one record: their repeated group's items in row
    order, the other fields from the first row that gives them (a row giving another
    value refuses the record, naming the column)."""
    assert layout.repeated is not None
    group = layout.groups[layout.repeated]
    merged: dict[str, SourceRecord] = {}
    result: list[SourceRecord] = []
    for record in records:
        key = record.external_id
        first = merged.get(key) if key is not None else None
        if first is None or first.data is None or record.data is None:
            if key is not None:
                merged[key] = record
            result.append(record)
            continue
        first.rows.append(record.row)
        for name, value in record.data.items():
            if name == group.list_field:
                entries = first.data.setdefault(group.list_field, [])
                for item in value:
                    index = len(entries)
                    entries.append(item)
                    first.columns[f"{group.list_field}.{index}"] = layout.repeated
                    for item_key in item:
                        first.columns[f"{group.list_field}.{index}.{item_key}"] = (
                            f"{layout.repeated}.{item_key}"
                        )
            elif name not in first.data:
                first.data[name] = value
                first.columns[name] = name
            elif first.data[name] != value and first.problem is None:
                first.problem = row_problem(
                    422,
                    "imports.rows_disagree",
                    "Rows of one record give different values",
                    [
                        FieldError(
                            loc=["body", name],
                            msg=f"row {record.row} gives another value than row {first.row}",
                            type="conflict",
                        )
                    ],
                )
    return result


def _jsonl_records(layout: FileLayout, data: bytes, max_rows: int) -> Iterator[SourceRecord]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UnreadableFile(errors=_file_error("not UTF-8 text")) from None
    count = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        count += 1
        if count > max_rows:
            raise TooManyRows(
                f"At most {max_rows:,} records per file",
                errors=_file_error(f"more than {max_rows} records", "too_many_rows"),
            )
        try:
            value = orjson.loads(line)
        except orjson.JSONDecodeError as error:
            yield SourceRecord(
                row=number,
                external_id=None,
                data=None,
                rows=[number],
                problem=row_problem(
                    400,
                    "malformed_json",
                    "The line is not valid JSON",
                    [FieldError(loc=["body"], msg=str(error), type="json_invalid")],
                ),
            )
            continue
        if not isinstance(value, dict):
            yield SourceRecord(
                row=number,
                external_id=None,
                data=None,
                rows=[number],
                problem=row_problem(
                    422,
                    "validation_error",
                    "Invalid input",
                    [
                        FieldError(
                            loc=["body"], msg="a line holds one JSON object", type="model_type"
                        )
                    ],
                ),
            )
            continue
        external_id = value.pop("external_id", None)
        for name in layout.read_only:
            value.pop(name, None)
        yield SourceRecord(
            row=number,
            external_id=external_id if isinstance(external_id, str) else None,
            data=value,
            rows=[number],
            problem=None
            if external_id is None or isinstance(external_id, str)
            else row_problem(
                422,
                "validation_error",
                "Invalid input",
                [FieldError(loc=["body", "external_id"], msg="must be text", type="string_type")],
            ),
        )


def _check_external_ids(layout: FileLayout, records: list[SourceRecord]) -> None:
    """Every record names a valid external id, once per file (a later repeat is refused:
    records of a file are independent, whatever order they run in)."""
    first_row: dict[str, int] = {}
    for record in records:
        if record.problem is not None:
            continue
        key = record.external_id
        msg = None
        if key is None:
            msg, type_ = "is required", "missing"
        elif len(key) > MAX_EXTERNAL_ID or not _EXTERNAL_ID.match(key):
            msg, type_ = f"1 to {MAX_EXTERNAL_ID} characters, no control characters", "pattern"
        elif key in first_row:
            msg = f"appears in row {first_row[key]} already: one record per external id"
            type_ = "duplicate"
        if msg is None:
            assert key is not None
            first_row[key] = record.row
            continue
        record.problem = row_problem(
            422,
            "imports.bad_external_id" if type_ != "duplicate" else "imports.duplicate_external_id",
            "The record's external id is missing, invalid or repeated",
            [FieldError(loc=["body", "external_id"], msg=msg, type=type_)],
        )
        record.columns.setdefault("external_id", "external_id")


def read_records(
    data: bytes, file_format: FileFormat, layout: FileLayout, *, max_rows: int
) -> list[SourceRecord]:
    """Every record of the file, in order; a 413 past ``max_rows`` rows, a 422 for a file
    that cannot be read or whose columns are wrong. Problems of single records (a bad
    JSON line, a missing or repeated external id) ride on the record."""
    if file_format is FileFormat.JSONL:
        records = list(_jsonl_records(layout, data, max_rows))
    else:
        rows = _csv_rows(data) if file_format is FileFormat.CSV else _xlsx_rows(data)
        header = next(rows, None)
        if header is None:
            raise UnreadableFile(errors=_file_error("the file is empty", "empty"))
        names = _header(layout, header[1])
        records = []
        for number, cells in rows:
            if len(records) >= max_rows:
                raise TooManyRows(
                    f"At most {max_rows:,} rows per file",
                    errors=_file_error(f"more than {max_rows} rows", "too_many_rows"),
                )
            records.append(_flat_record(layout, names, number, cells))
        if layout.repeated is not None:
            records = _merge_repeated(layout, records)
    if not records:
        raise UnreadableFile(errors=_file_error("the file holds no records", "empty"))
    _check_external_ids(layout, records)
    return records


# --- writing ------------------------------------------------------------------------------


def import_shape(schema: type[BaseModel], item: Mapping[str, Any]) -> dict[str, Any]:
    """A record as read (``GET``) in the shape its upsert takes: the schema's fields only,
    items of list fields likewise."""
    shaped: dict[str, Any] = {}
    for name in schema.model_fields:
        if name not in item:
            continue
        value = item[name]
        model = item_model(schema, name)
        if model is not None and isinstance(value, list):
            value = [import_shape(model, entry) for entry in value]
        shaped[name] = value
    return shaped


def _cell(value: Any) -> Any:
    if isinstance(value, list):
        return f"{LIST_SEPARATOR} ".join(str(v) for v in value)
    if isinstance(value, dict):
        return orjson.dumps(value).decode()
    return value


def flat_rows(layout: FileLayout, record: Mapping[str, Any]) -> list[list[Any]]:
    """A record as the rows of a flat file, in ``layout.all_columns`` order: one row, or
    one per item of the repeated group."""

    def item_for(prefix: str) -> Mapping[str, Any]:
        group = layout.groups[prefix]
        entries = record.get(group.list_field) or []
        for entry in entries:
            if all(entry.get(k) == v for k, v in group.fixed.items()):
                return entry  # type: ignore[no-any-return]
        return {}

    def row(repeated_item: Mapping[str, Any] | None) -> list[Any]:
        cells = []
        for name in layout.all_columns:
            prefix, _, rest = name.partition(".")
            if rest and prefix in layout.groups:
                source = (
                    repeated_item
                    if prefix == layout.repeated and repeated_item is not None
                    else item_for(prefix)
                )
                cells.append(_cell(source.get(rest)))
            else:
                cells.append(_cell(record.get(name)))
        return cells

    if layout.repeated is not None:
        items = record.get(layout.groups[layout.repeated].list_field) or []
        if items:
            return [row(item) for item in items]
        return [row({})]
    return [row(None)]


class FileWriter:
    """Records in, the file's bytes out as they are made (``write`` then ``close``)."""

    def __init__(self, file_format: FileFormat, layout: FileLayout, sheet: str) -> None:
        self.format = file_format
        self.layout = layout
        self._xlsx = (
            XlsxStream(sheet, list(layout.all_columns)) if file_format is FileFormat.XLSX else None
        )
        self._started = False

    def write(self, records: Iterable[Mapping[str, Any]]) -> bytes:
        if self.format is FileFormat.JSONL:
            return b"".join(orjson.dumps(record) + b"\n" for record in records)
        rows = [cells for record in records for cells in flat_rows(self.layout, record)]
        if self._xlsx is not None:
            return self._xlsx.rows(rows)
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        if not self._started:
            buffer.write("\ufeff")
            writer.writerow(self.layout.all_columns)
            self._started = True
        writer.writerows([csv_safe(cell) for cell in cells] for cells in rows)
        return buffer.getvalue().encode()

    def close(self) -> bytes:
        if self._xlsx is not None:
            return self._xlsx.close()
        return b"" if self._started or self.format is FileFormat.JSONL else self.write([])

"""Keyset pagination with opaque cursors: never OFFSET.

A list is ordered by one allow-listed column plus ``id`` as a tie-breaker; the
cursor carries the last row's (sort value, id). The next page asks for rows after
that pair, so each page costs one indexed range scan however deep it is.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import inspect
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any, Generic, Literal, TypeVar

import orjson
from fastapi import Depends, Query
from pydantic import BaseModel
from sqlalchemy import Select, literal, tuple_

from app.core.config import get_settings
from app.core.errors import UnprocessableEntity, field_error

T = TypeVar("T")
DEFAULT_LIMIT = 50
MAX_LIMIT = 200


class Page(BaseModel, Generic[T]):
    items: list[T]
    next_cursor: str | None = None


class ListCount(BaseModel):
    """How many records a list's filters select for the caller (its own endpoint, so the
    page stays one statement: the client asks for both at once)."""

    count: int


@dataclass(frozen=True)
class SortOrder:
    """One allow-listed ordering: ``column`` ascending, or descending when ``descending``."""

    key: str
    column: Any
    descending: bool


class SortOptions:
    """The allow-list of ``?sort=`` values of one list endpoint (``name``, ``-created_at``)."""

    def __init__(self, default: str, **columns: Any) -> None:
        self.columns = columns
        self.default = default
        self.allowed = sorted({*columns, *(f"-{c}" for c in columns)})

    def parse(self, value: str | None) -> SortOrder:
        value = value or self.default
        key = value.removeprefix("-")
        if key not in self.columns:
            raise UnprocessableEntity(
                errors=[
                    field_error(
                        "sort", f"must be one of: {', '.join(self.allowed)}", "enum", where="query"
                    )
                ]
            )
        return SortOrder(key=value, column=self.columns[key], descending=value.startswith("-"))


def _to_json(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal | uuid.UUID):
        return str(value)
    if isinstance(value, Enum):
        return value.value
    return value


def _python_type(column: Any) -> type[Any]:
    column_type = column.type
    impl = getattr(column_type, "impl", None)
    for candidate in (column_type, impl):
        if candidate is None:
            continue
        try:
            found = candidate.python_type
        except NotImplementedError:
            continue
        if found is not object:
            return found  # type: ignore[no-any-return]
    raise TypeError(f"no Python type for {column}")


def _from_json(value: Any, column: Any) -> Any:
    """The cursor's value as the column's type; a value of another type (a forged or
    stale cursor) is a ValueError, answered as 422."""
    if value is None:
        return None
    python_type = _python_type(column)
    if python_type is datetime:
        parsed = datetime.fromisoformat(value)
        if parsed.tzinfo is None:
            raise ValueError("naive time in cursor")
        return parsed
    if python_type is date:
        return date.fromisoformat(value)
    if python_type in (Decimal, uuid.UUID):
        return python_type(value)
    if issubclass(python_type, Enum):
        return python_type(value)
    if python_type is bool:
        if not isinstance(value, bool):
            raise ValueError("not a boolean")
        return value
    if python_type in (int, float):
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError("not a number")
        return python_type(value)
    if python_type is str and not isinstance(value, str):
        raise ValueError("not a string")
    return value


def _signature(raw: bytes) -> bytes:
    """Cursors are signed, so a tampered one is refused before it reaches a query."""
    key = get_settings().secret_key.encode()
    return hmac.new(key, raw, hashlib.sha256).digest()[:12]


def encode_cursor(order: SortOrder, sort_value: Any, row_id: Any) -> str:
    raw = orjson.dumps([order.key, _to_json(sort_value), _to_json(row_id)])
    return base64.urlsafe_b64encode(_signature(raw) + raw).decode().rstrip("=")


def _invalid_cursor() -> UnprocessableEntity:
    return UnprocessableEntity(
        errors=[field_error("cursor", "invalid or expired cursor", "cursor", where="query")]
    )


def decode_cursor(order: SortOrder, cursor: str, id_column: Any) -> tuple[Any, Any]:
    try:
        signed = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        signature, raw = signed[:12], signed[12:]
        if not hmac.compare_digest(signature, _signature(raw)):
            raise ValueError("cursor signature does not match")
        key, value, row_id = orjson.loads(raw)
        if key != order.key:
            raise ValueError("cursor belongs to another sort order")
        last_id = _from_json(row_id, id_column)
        if last_id is None:
            raise ValueError("cursor without a row id")
        return _from_json(value, order.column), last_id
    except (ValueError, TypeError, ArithmeticError, orjson.JSONDecodeError):
        raise _invalid_cursor() from None


def apply_keyset(
    stmt: Select[Any], *, order: SortOrder, id_column: Any, cursor: str | None, limit: int
) -> Select[Any]:
    """Order, seek past the cursor and fetch one row more than asked (to know if more exist)."""
    column = order.column
    if cursor:
        value, last_id = decode_cursor(order, cursor, id_column)
        # A row-value comparison, (sort, id) > (last sort, last id): one index range
        # seek on PostgreSQL and SQLite alike.
        pair = tuple_(column, id_column)
        last = tuple_(literal(value, column.type), literal(last_id, id_column.type))
        stmt = stmt.where(pair < last if order.descending else pair > last)
    if order.descending:
        stmt = stmt.order_by(column.desc(), id_column.desc())
    else:
        stmt = stmt.order_by(column.asc(), id_column.asc())
    return stmt.limit(limit + 1)


def split_page(
    rows: list[Any], *, order: SortOrder, limit: int, sort_attr: str, id_attr: str = "id"
) -> tuple[list[Any], str | None]:
    """Cut the extra row and build the cursor from the last row kept."""
    if len(rows) <= limit:
        return rows, None
    kept = rows[:limit]
    last = kept[-1]
    return kept, encode_cursor(order, getattr(last, sort_attr), getattr(last, id_attr))


@dataclass(frozen=True)
class ListParams:
    order: SortOrder
    limit: int
    cursor: str | None


def list_params(options: SortOptions) -> Any:
    """A dependency parsing ``?limit=&cursor=&sort=`` against one endpoint's allow-list;
    the allowed sorts are an enum in the OpenAPI document."""

    async def parse(limit: int, cursor: str | None, sort: str | None) -> ListParams:
        return ListParams(order=options.parse(sort), limit=limit, cursor=cursor)

    sort_values = Literal[tuple(options.allowed)]  # type: ignore[valid-type]
    keyword = inspect.Parameter.KEYWORD_ONLY
    parse.__signature__ = inspect.Signature(  # type: ignore[attr-defined]
        [
            inspect.Parameter(
                "limit",
                keyword,
                annotation=int,
                default=Query(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT, description="Page size"),
            ),
            inspect.Parameter(
                "cursor",
                keyword,
                annotation=str | None,
                default=Query(None, max_length=500, description="next_cursor of the previous page"),
            ),
            inspect.Parameter(
                "sort",
                keyword,
                annotation=sort_values | None,
                default=Query(
                    None, description=f"'-' sorts descending. Default {options.default}."
                ),
            ),
        ],
        return_annotation=ListParams,
    )
    return Depends(parse)


def sort_param(options: SortOptions) -> Any:
    """A dependency parsing ``?sort=`` alone (an export walks the list in its order)."""

    async def parse(sort: str | None) -> SortOrder:
        return options.parse(sort)

    sort_values = Literal[tuple(options.allowed)]  # type: ignore[valid-type]
    parse.__signature__ = inspect.Signature(  # type: ignore[attr-defined]
        [
            inspect.Parameter(
                "sort",
                inspect.Parameter.KEYWORD_ONLY,
                annotation=sort_values | None,
                default=Query(
                    None, description=f"'-' sorts descending. Default {options.default}."
                ),
            )
        ],
        return_annotation=SortOrder,
    )
    return Depends(parse)

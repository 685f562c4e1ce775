"""The read path: lists and single reads at the speed of their SQL.

A resource declares how it is read, once (a ``ReadModel`` in its repository): each
field of its answer schema as a SQL expression over its table (by default the
same-named column), children aggregated in the same statement (``Children``: a JSON
array built by PostgreSQL), objects built from columns of the same row (``Nested``),
and values from other tables as scalar subqueries (a customer's name, scoped).

Reading then costs one statement: the domain's scoped, filtered statement keeps its
WHERE clause and gets the read model's columns instead of ORM entities; rows become
dicts and are serialised once, with orjson, into the answer's bytes (children arrive
as JSON text and are embedded as they are). No ORM objects, no second validation; the
schema stays the contract (OpenAPI), and tests check the bytes against it. ``?fields=``
selects only the columns asked for. The answer carries an ETag; a request whose
If-None-Match matches is answered 304 without a body.

Times print as pydantic prints them (UTC, "Z", microseconds only when not zero) at the
top level and inside children alike; amounts print at their currency's minor unit.
Decision record: docs/decisions/0011-read-path.md.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import asyncpg
import orjson
from fastapi import Query, Request, Response
from pydantic import BaseModel
from sqlalchemy import (
    BigInteger,
    ColumnElement,
    DateTime,
    Select,
    Text,
    case,
    cast,
    func,
    literal,
    literal_column,
    select,
)
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.access import Principal, scope_clause
from app.core.db import UTCDateTime
from app.core.errors import UnprocessableEntity, field_error
from app.core.money import format_amount
from app.core.pagination import ListParams, apply_keyset, encode_cursor

JSON_TYPE = "application/json"
Expression = ColumnElement[Any]
FieldSpec = Any  # a column expression, a Nested, a Children, or a function of the Principal


def iso_utc(column: Any) -> Expression:
    """A timestamp as pydantic prints it, computed by PostgreSQL (for JSON it builds)."""
    utc = func.timezone("UTC", column)
    whole = func.to_char(utc, literal('YYYY-MM-DD"T"HH24:MI:SS"Z"'))
    fraction = func.to_char(utc, literal('YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
    whole_second = cast(func.date_part("microseconds", column), BigInteger) % 1_000_000 == 0
    return case((column.is_(None), None), (whole_second, whole), else_=fraction)


def _json_value(expression: Any) -> Any:
    """An expression as it goes into JSON built by PostgreSQL."""
    column_type = getattr(expression, "type", None)
    if isinstance(column_type, UTCDateTime | DateTime):
        return iso_utc(expression)
    return expression


def _json_object(fields: Mapping[str, Any]) -> Expression:
    pairs: list[Any] = []
    for name, expression in fields.items():
        pairs += [literal(name), _json_value(expression)]
    return func.json_build_object(*pairs)


@dataclass(frozen=True)
class Nested:
    """An object of the answer built from columns of the same row (a lead's address)."""

    fields: Mapping[str, Any]

    def sql(self) -> Expression:
        return _json_object(self.fields)


@dataclass(frozen=True)
class Children:
    """A list of child rows in the answer (a customer's addresses), aggregated by
    PostgreSQL in the same statement: one index lookup per parent row, no extra query."""

    foreign_key: Any
    parent_key: Any
    fields: Mapping[str, Any]
    order_by: Sequence[Any] = ()
    where: Sequence[Any] = ()

    def sql(self) -> Expression:
        aggregated = func.coalesce(
            func.json_agg(aggregate_order_by(_json_object(self.fields), *self.order_by)),
            literal_column("'[]'::json"),
        )
        return (
            select(aggregated)
            .where(self.foreign_key == self.parent_key, *self.where)
            .scalar_subquery()
        )


def aggregate_order_by(expression: Any, *order_by: Any) -> Any:
    from sqlalchemy.dialects.postgresql import aggregate_order_by as pg_order

    return pg_order(expression, *order_by) if order_by else expression


def visible_value(model: type[Any], column: Any, key: Any, principal: Principal) -> Expression:
    """``column`` of the ``model`` row whose id is ``key``, when the caller may see that
    row (else null): a customer's name on a deal the caller sees but not the customer."""
    return select(column).where(model.id == key, scope_clause(model, principal)).scalar_subquery()


@dataclass
class ReadModel:
    """How one resource is read. ``fields`` maps each answer field to its SQL; fields of
    ``schema`` not listed read the model's same-named column. ``amounts`` print at the
    row's ``currency``."""

    model: type[Any]
    schema: type[BaseModel]
    fields: Mapping[str, FieldSpec] = field(default_factory=dict)
    amounts: tuple[str, ...] = ()
    currency: str = "currency"
    # Columns read for ``finish`` only (not in the answer), and a last step per item for
    # what SQL does not say (a sentence made from an event's data).
    hidden: Mapping[str, Any] = field(default_factory=dict)
    finish: Callable[[dict[str, Any], Mapping[str, Any]], None] | None = None
    # The tie-breaker of keyset pages (a unique column, indexed after the sort columns).
    key: Any = None

    def __post_init__(self) -> None:
        declared = dict(self.fields)
        resolved: dict[str, FieldSpec] = {}
        for name in self.schema.model_fields:
            if name in declared:
                resolved[name] = declared[name]
            else:
                resolved[name] = getattr(self.model, name)
        self.fields = resolved
        self.names = tuple(resolved)
        if self.key is None:
            self.key = self.model.id
        # Built once: the labelled SQL of every field that does not depend on the caller
        # (building SQL expressions is Python work a request should not repeat).
        self._labelled: dict[str, Expression] = {
            name: self._label(name, spec)
            for name, spec in resolved.items()
            if not _per_caller(spec)
        }

    def checked_fields(self, wanted: str | None) -> tuple[str, ...]:
        """``?fields=a,b``: those (and ``id``), in the schema's order; unknown -> 422."""
        if not wanted:
            return self.names
        asked = {name.strip() for name in wanted.split(",") if name.strip()}
        unknown = sorted(asked - set(self.names))
        if unknown:
            raise UnprocessableEntity(
                errors=[
                    field_error(
                        "fields",
                        f"unknown field(s): {', '.join(unknown)}; one of: {', '.join(self.names)}",
                        "fields",
                        where="query",
                    )
                ]
            )
        asked.add("id")
        if self.currency in self.names and asked & set(self.amounts):
            asked.add(self.currency)  # an amount is printed with its currency
        return tuple(name for name in self.names if name in asked)

    @staticmethod
    def _label(name: str, spec: Any) -> Expression:
        if isinstance(spec, Nested | Children):
            return cast(spec.sql(), Text).label(name)
        return spec.label(name)  # type: ignore[no-any-return]

    def columns(self, principal: Principal, names: Iterable[str]) -> list[Expression]:
        return [
            self._labelled[name]
            if name in self._labelled
            else self._label(name, self.fields[name](principal))
            for name in names
        ]

    def statement(
        self, base: Select[Any], principal: Principal, names: Sequence[str]
    ) -> Select[Any]:
        """The domain's scoped, filtered statement with this model's columns instead."""
        hidden = [column.label(name) for name, column in self.hidden.items()]
        return base.with_only_columns(
            *self.columns(principal, names), *hidden, maintain_column_froms=True
        )

    def item(self, row: Any, names: Sequence[str]) -> dict[str, Any]:
        values = dict(zip(names, row, strict=False))
        if self.finish is not None:
            start = len(names)
            extra = dict(zip(self.hidden, row[start : start + len(self.hidden)], strict=True))
            self.finish(values, extra)
        for name, spec in self.fields.items():
            if name in values and isinstance(spec, Nested | Children):
                values[name] = orjson.Fragment(values[name])
        currency = values.get(self.currency)
        for name in self.amounts:
            amount = values.get(name)
            if amount is not None:
                values[name] = format_amount(amount, currency)
        return values


_ASYNCPG_UUID: type[Any] = asyncpg.pgproto.pgproto.UUID


def _per_caller(spec: Any) -> bool:
    """A field computed per caller (a scoped lookup) is a function of the Principal."""
    return callable(spec) and not isinstance(spec, ColumnElement | Nested | Children)


def _default(value: Any) -> Any:
    if isinstance(value, Decimal):
        return format_amount(value, None)
    if isinstance(value, _ASYNCPG_UUID):  # the driver's own UUID (a uuid.UUID look-alike)
        return str(value)
    raise TypeError(f"cannot serialise {type(value).__name__}")


def dumps(value: Any) -> bytes:
    return orjson.dumps(value, default=_default, option=orjson.OPT_UTC_Z)


def loads(body: bytes) -> Any:
    return orjson.loads(body)


# --- answers --------------------------------------------------------------------------


def _etag(body: bytes) -> str:
    return '"' + hashlib.blake2b(body, digest_size=12).hexdigest() + '"'


def _matches(request: Request, etag: str) -> bool:
    header = request.headers.get("if-none-match")
    if not header:
        return False
    tags = {tag.strip().removeprefix("W/") for tag in header.split(",")}
    return "*" in tags or etag in tags


def json_answer(
    request: Request, body: bytes, *, etag: str | None = None, status_code: int = 200
) -> Response:
    """The answer's bytes with their ETag; 304 (no body) when the client's copy is
    current (If-None-Match)."""
    tag = etag or _etag(body)
    if status_code == 200 and _matches(request, tag):
        return Response(status_code=304, headers={"ETag": tag})
    return Response(
        content=body, status_code=status_code, media_type=JSON_TYPE, headers={"ETag": tag}
    )


# The read endpoints document the 304 they answer to a current If-None-Match.
NOT_MODIFIED: dict[int | str, dict[str, Any]] = {
    304: {"description": "Not modified: the copy named in If-None-Match is current"}
}
FieldsQuery = Query(
    None,
    max_length=1000,
    description="Only these fields, comma-separated (id is always included)",
    examples=["id,name,phone"],
)


async def read_page(
    session: AsyncSession,
    principal: Principal,
    read_model: ReadModel,
    base: Select[Any],
    params: ListParams,
    *,
    fields: str | None = None,
) -> bytes:
    """One keyset page of ``base`` (already scoped and filtered) as the answer's bytes."""
    names = read_model.checked_fields(fields)
    id_column = read_model.key
    sort_column = params.order.column
    stmt = read_model.statement(base, principal, names).add_columns(
        sort_column.label("__sort"), id_column.label("__id")
    )
    stmt = apply_keyset(
        stmt, order=params.order, id_column=id_column, cursor=params.cursor, limit=params.limit
    )
    rows = (await session.execute(stmt)).all()
    next_cursor = None
    if len(rows) > params.limit:
        rows = rows[: params.limit]
        last = rows[-1]
        next_cursor = encode_cursor(params.order, last[-2], last[-1])
    items = [read_model.item(row, names) for row in rows]
    return dumps({"items": items, "next_cursor": next_cursor})


async def read_rows(
    session: AsyncSession,
    principal: Principal,
    read_model: ReadModel,
    base: Select[Any],
    *,
    fields: str | None = None,
) -> list[dict[str, Any]]:
    """Every row of ``base`` (a bounded statement: the caller limits it) as items."""
    names = read_model.checked_fields(fields)
    rows = (await session.execute(read_model.statement(base, principal, names))).all()
    return [read_model.item(row, names) for row in rows]


async def read_one(
    session: AsyncSession,
    principal: Principal,
    read_model: ReadModel,
    base: Select[Any],
    record_id: uuid.UUID,
    *,
    fields: str | None = None,
) -> dict[str, Any] | None:
    items = await read_rows(
        session,
        principal,
        read_model,
        base.where(read_model.model.id == record_id).limit(1),
        fields=fields,
    )
    return items[0] if items else None


def version_etag(item: Mapping[str, Any]) -> str | None:
    version = item.get("version")
    return f'"{version}"' if version is not None else None

"""The read path: lists and single reads at the speed of their SQL.

A resource declares how it is read, once (a ``ReadModel`` in its repository): each
field of its answer schema as a SQL expression over its table (by default the
same-named column), objects made of columns of the same row (``Nested``), lists of
child rows (``Children``), and values from other tables as scalar subqueries (a
customer's name, scoped).

PostgreSQL writes the answer. A page is one statement: the domain's scoped, filtered
statement picks the page's keys (its WHERE, the keyset seek, ORDER BY, LIMIT: an index
range), and the same statement joins those rows back and turns each into its JSON text
(``json_build_object``), children included (``json_agg`` of a correlated, indexed
subquery). Python only joins the texts into the page's bytes: no ORM objects, no
dicts, no second validation. Building the JSON after the LIMIT, on the page's rows
only, keeps a page's cost independent of how many rows the filter matches whatever the
plan (a JSON built before a top-N sort would be built for every match).

The schema stays the contract (OpenAPI), and tests check PostgreSQL's answer against
pydantic's for the same records (tests/core/test_reads.py): times print as pydantic
prints them (UTC, "Z", microseconds only when there are any), amounts at their
currency's minor unit (``money.amount_sql``). ``?fields=`` selects only the fields
asked for. The answer carries an ETag; a request whose If-None-Match matches is
answered 304 without a body.
Decision record: docs/decisions/0011-read-path.md.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import asyncpg
import orjson
from fastapi import Query, Request, Response
from pydantic import BaseModel
from sqlalchemy import (
    ColumnElement,
    DateTime,
    Float,
    Numeric,
    ScalarSelect,
    Select,
    Text,
    cast,
    func,
    literal_column,
    select,
)
from sqlalchemy.dialects.postgresql import aggregate_order_by
from sqlalchemy.dialects.postgresql.asyncpg import dialect as postgresql_dialect
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql import operators

from app.core.access import Principal, scope_clause
from app.core.errors import UnprocessableEntity, field_error
from app.core.money import amount_sql, format_amount
from app.core.pagination import ListParams, apply_keyset, encode_cursor

JSON_TYPE = "application/json"
Expression = ColumnElement[Any]
FieldSpec = Any  # a column expression, a Nested, a Children, or a function of the Principal
_HIDDEN = "__hidden_"


@dataclass(frozen=True)
class Nested:
    """An object of the answer made of columns of the same row (a lead's address)."""

    fields: Mapping[str, Any]


@dataclass(frozen=True)
class Children:
    """A list of child rows in the answer (a customer's addresses), in ``order_by``
    (fields of the child): a correlated subquery per row of the page, on the child's
    indexed foreign key, aggregated into a JSON array by PostgreSQL."""

    foreign_key: Any
    fields: Mapping[str, Any]
    order_by: Sequence[Any] = ()
    where: Sequence[Any] = ()
    amounts: tuple[str, ...] = ()
    currency: str = "currency"

    def json(self, parent_key: Any) -> Expression:
        values = _values(self.fields, self.amounts, self.currency)
        rows = (
            select(*(value.label(name) for name, value in values.items()))
            .where(self.foreign_key == parent_key, *self.where)
            .correlate(parent_key.table)
            .subquery("child")
        )
        order = [_field_of(self.fields, rows, column) for column in self.order_by]
        row: Expression = literal_column("child")
        array = func.json_agg(aggregate_order_by(row, *order) if order else row)
        return (
            select(func.coalesce(array, literal_column("'[]'::json")))
            .select_from(rows)
            .scalar_subquery()
        )


def _field_of(fields: Mapping[str, Any], rows: Any, column: Any) -> Any:
    """The child row's field that ``column`` (an ORDER BY of the children) reads."""
    descending = getattr(column, "modifier", None) is operators.desc_op
    plain = column.element if descending else column
    for name, spec in fields.items():
        if spec is plain or (hasattr(spec, "compare") and spec.compare(plain)):
            return rows.c[name].desc() if descending else rows.c[name]
    raise ValueError(f"children are ordered by their own fields; {column} is not one")


def visible_value(model: type[Any], column: Any, key: Any, principal: Principal) -> Expression:
    """``column`` of the ``model`` row whose id is ``key``, when the caller may see that
    row (else null): a customer's name on a deal the caller sees but not the customer."""
    return select(column).where(model.id == key, scope_clause(model, principal)).scalar_subquery()


def api_time(value: Any) -> Expression:
    """A timestamp as pydantic prints it: UTC, "Z", microseconds only when non-zero."""
    text = func.to_char(func.timezone("UTC", value), 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')
    return func.replace(text, ".000000Z", "Z")


def json_value(expression: Any) -> Expression:
    """An expression as the answer prints it, by its SQL type: times as above, decimals
    as ``format_amount`` prints a decimal without a currency, the rest as JSON has it."""
    kind = expression.type
    if isinstance(kind, DateTime) or isinstance(getattr(kind, "impl", None), DateTime):
        return api_time(expression)
    if isinstance(kind, Numeric) and not isinstance(kind, Float):
        return amount_sql(expression, None)
    return expression  # type: ignore[no-any-return]


def _values(
    fields: Mapping[str, Any], amounts: Sequence[str], currency_field: str
) -> dict[str, Expression]:
    currency = fields.get(currency_field)
    values: dict[str, Expression] = {}
    for name, spec in fields.items():
        if isinstance(spec, Nested):
            values[name] = _object(list(_values(spec.fields, (), currency_field).items()))
        elif isinstance(spec, Children):
            raise TypeError("children are attached by the read model, not nested")
        elif name in amounts:
            values[name] = amount_sql(spec, currency)
        else:
            values[name] = json_value(spec)
    return values


def _object(pairs: Sequence[tuple[str, Expression]]) -> Expression:
    """``json_build_object`` of the pairs: for small objects made of a row's columns
    (a lead's address); records and children use row_to_json, much cheaper per value."""
    arguments: list[Any] = []
    for name, value in pairs:
        arguments += [literal_column("'" + name.replace("'", "''") + "'"), value]
    return func.json_build_object(*arguments)


def _correlated(value: Any, table: Any) -> Any:
    """A per-caller lookup (a scalar subquery) bound to the page's row, even from inside
    the derived row the JSON is written from."""
    return value.correlate(table) if isinstance(value, ScalarSelect) else value


_DIALECT = postgresql_dialect()  # type: ignore[no-untyped-call]
_LABEL = "read_path_item"


def _sql_of(value: Expression, table: Any) -> str:
    """An expression over ``table``'s row as SQL text, constants inlined (rendered in a
    SELECT from the table, so subqueries correlate to it)."""
    stmt = select(value.label(_LABEL)).select_from(table)
    sql = str(stmt.compile(dialect=_DIALECT, compile_kwargs={"literal_binds": True}))
    head, found, _ = sql.rpartition(f" AS {_LABEL} ")
    if not found or not head.startswith("SELECT "):
        raise ValueError(f"unexpected SQL for a read field: {sql}")
    return head.removeprefix("SELECT ")


def _select_list(values: Mapping[str, Expression], table: Any) -> str:
    return ", ".join(f'{_sql_of(value, table)} AS "{name}"' for name, value in values.items())


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
        self.table = self.model.__table__
        # Built once: the JSON value of every field that does not depend on the caller
        # (building SQL is Python work a request should not repeat), then the SQL text
        # of the object per set of fields asked for.
        plain = {
            name: spec
            for name, spec in resolved.items()
            if not _per_caller(spec) and not isinstance(spec, Children)
        }
        self._values = _values(plain, self.amounts, self.currency)
        for name, spec in resolved.items():
            if isinstance(spec, Children):
                self._values[name] = spec.json(self.key)
        for name, column in self.hidden.items():
            self._values[_HIDDEN + name] = json_value(column)
        self._text: dict[tuple[Any, ...], str] = {}

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

    def _static_list(self, names: Sequence[str], *, hidden: bool = True) -> str:
        """The caller-independent fields asked for as one SQL select list, rendered once
        per set of fields (building SQL is Python work a request should not repeat)."""
        key = (*names, hidden)
        text = self._text.get(key)
        if text is None:
            wanted = [name for name in names if name in self._values]
            if hidden and self.finish is not None:
                wanted += [_HIDDEN + name for name in self.hidden]
            text = _select_list({name: self._values[name] for name in wanted}, self.table)
            self._text[key] = text
        return text

    def item(self, principal: Principal, names: Sequence[str]) -> Expression:
        """One row's answer as JSON text: ``row_to_json`` of a derived row holding the
        fields in the schema's order (the caller's own lookups, scoped subqueries, among
        the rest)."""
        if all(name in self._values for name in names):
            static = self._static_list(names)
            return literal_column(f"(SELECT row_to_json(item) FROM (SELECT {static}) AS item)")
        columns: list[Any] = []
        run: list[str] = []
        for name in names:
            if name in self._values:
                run.append(name)
                continue
            if run:
                columns.append(literal_column(self._static_list(run, hidden=False)))
                run = []
            lookup = _correlated(self.fields[name](principal), self.table)
            columns.append(json_value(lookup).label(name))
        if run:
            columns.append(literal_column(self._static_list(run, hidden=False)))
        if self.finish is not None and self.hidden:
            columns.append(literal_column(self._static_list((), hidden=True)))
        row = select(*columns).correlate(self.table).subquery("item")
        return select(func.row_to_json(literal_column("item"))).select_from(row).scalar_subquery()

    def rows(
        self, principal: Principal, base: Select[Any], names: Sequence[str], *extra: Any
    ) -> Select[Any]:
        """The statement: ``base`` (scoped, filtered, ordered, limited) picks the page's
        keys (an index range); those rows are joined back and only they are written as
        JSON, in ``base``'s order. (JSON written in ``base`` itself could be written
        for every matching row before a top-N sort picks the page.)"""
        keys = base.with_only_columns(self.key.label("k"), maintain_column_froms=True)
        page = keys.subquery("page")
        return (
            select(cast(self.item(principal, names), Text).label("item"), *extra)
            .select_from(self.table.join(page, self.key == page.c.k))
            .order_by(*base._order_by_clauses)
        )

    def finished(self, text: str) -> dict[str, Any]:
        """An item parsed, with ``finish`` applied (its hidden values taken out)."""
        item: dict[str, Any] = orjson.loads(text)
        if self.finish is not None:
            hidden = {name: item.pop(_HIDDEN + name, None) for name in self.hidden}
            self.finish(item, hidden)
        return item


def _per_caller(spec: Any) -> bool:
    """A field computed per caller (a scoped lookup) is a function of the Principal."""
    return callable(spec) and not isinstance(spec, ColumnElement | Nested | Children)


async def execute(
    session: AsyncSession, stmt: Select[Any], params: Mapping[str, Any] | None = None
) -> list[Any]:
    """A read statement through the session's connection, as plain rows (no ORM result
    machinery: the read path wants tuples)."""
    connection = await session.connection()
    return list((await connection.execute(stmt, params or {})).all())


_ASYNCPG_UUID: type[Any] = asyncpg.pgproto.pgproto.UUID


def _default(value: Any) -> Any:
    if isinstance(value, Decimal):
        return format_amount(value, None)
    if isinstance(value, _ASYNCPG_UUID):  # the driver's own UUID (a uuid.UUID look-alike)
        return str(value)
    raise TypeError(f"cannot serialise {type(value).__name__}")


def dumps(value: Any) -> bytes:
    """An answer's bytes (items already written by PostgreSQL go in as ``Fragment``)."""
    return orjson.dumps(value, default=_default, option=orjson.OPT_UTC_Z)


def written(text: str) -> Any:
    """An item PostgreSQL wrote as JSON, to go into an answer as it is (``dumps``)."""
    return orjson.Fragment(text)


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
    """One keyset page of ``base`` (already scoped and filtered) as the answer's bytes:
    one statement, the items written by PostgreSQL."""
    names = read_model.checked_fields(fields)
    keys = apply_keyset(
        base,
        order=params.order,
        id_column=read_model.key,
        cursor=params.cursor,
        limit=params.limit,
    )
    stmt = read_model.rows(
        principal, keys, names, params.order.column.label("s"), read_model.key.label("k")
    )
    rows = await execute(session, stmt)
    next_cursor = None
    if len(rows) > params.limit:
        rows = rows[: params.limit]
        next_cursor = encode_cursor(params.order, rows[-1][1], rows[-1][2])
    if read_model.finish is not None:
        texts = [dumps(read_model.finished(row[0])).decode() for row in rows]
    else:
        texts = [row[0] for row in rows]
    cursor = b"null" if next_cursor is None else b'"' + next_cursor.encode() + b'"'
    return b'{"items":[' + ",".join(texts).encode() + b'],"next_cursor":' + cursor + b"}"


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
    rows = await execute(session, read_model.rows(principal, base, names))
    return [read_model.finished(row[0]) for row in rows]


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
        base.where(read_model.key == record_id).limit(1),
        fields=fields,
    )
    return items[0] if items else None


def version_etag(item: Mapping[str, Any]) -> str | None:
    version = item.get("version")
    return f'"{version}"' if version is not None else None

"""The read path: lists and single reads at the speed of their SQL.

A resource declares how it is read, once (a ``ReadModel`` in its repository): each
field of its answer schema as a SQL expression over its table (by default the
same-named column), objects made of columns of the same row (``Nested``), lists of
child rows (``Children``), and values from other tables as scalar subqueries (a
customer's name, scoped).

PostgreSQL writes the answer. A page is one statement: the domain's scoped, filtered
statement (its WHERE, the keyset seek, ORDER BY, LIMIT: an index range) with each row's
JSON text as a subquery in its select list (``row_to_json`` of a derived row), children
included (``json_agg`` of a correlated, indexed subquery). PostgreSQL evaluates that
subquery after the sort and the LIMIT, on the page's rows only, so a page's cost does
not grow with how many rows the filter matches (``ReadModel.rows``). Python only joins
the texts into the page's bytes: no ORM objects, no dicts, no second validation.

The schema stays the contract (OpenAPI), and tests check PostgreSQL's answer against
pydantic's for the same records (tests/core/test_reads.py): times print as pydantic
prints them (UTC, "Z", microseconds only when there are any), amounts at their
currency's minor unit (``money.amount_sql``). ``?fields=`` selects only the fields
asked for. The answer carries an ETag; a request whose If-None-Match matches is
answered 304 without a body.

A resource whose answer is its own row's but for the caller's lookups may keep it
(``stored=True``): a trigger writes each row's answer text, in parts around those
lookups, on every insert and update, and a whole answer is read from the parts with the
lookups spliced in, instead of being written again on every read.
Decision records: docs/decisions/0011-read-path.md, 0048-stored-answers.md.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable, Mapping, Sequence
from copy import deepcopy
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
    Integer,
    Numeric,
    ScalarSelect,
    Select,
    Text,
    bindparam,
    cast,
    func,
    literal_column,
    select,
    tuple_,
)
from sqlalchemy.dialects.postgresql import aggregate_order_by
from sqlalchemy.dialects.postgresql.asyncpg import dialect as postgresql_dialect
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql import operators
from sqlalchemy.sql.util import find_tables

from app.core.access import Principal, scope_clause
from app.core.db import ANSWER_COLUMN, READ_CONNECTION
from app.core.errors import UnprocessableEntity, field_error
from app.core.money import amount_sql, format_amount
from app.core.pagination import ListParams, SortOrder, decode_cursor, encode_cursor

JSON_TYPE = "application/json"
# An answer narrowed by ``?fields=`` says so in its media type: it holds only the fields
# asked for, so it is not the resource's schema (the OpenAPI document describes both).
PARTIAL_JSON_TYPE = "application/vnd.sales.partial+json"
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
    """An object made of a row's columns (a lead's address): ``row_to_json`` of a
    derived row, like records and children. (``json_build_object`` looks up each
    argument's type on every call: 6 µs a row for an address, against 1 µs.)"""
    row = select(*(value.label(name) for name, value in pairs))
    fields = row.correlate(*row.get_final_froms()).subquery("nested")
    return select(func.row_to_json(literal_column("nested"))).select_from(fields).scalar_subquery()


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


# The read models whose rows keep their answer: each has its trigger function installed
# by a migration, checked against ``answer_function`` by tests/core/test_stored_answers.py.
STORED_READ_MODELS: list[ReadModel] = []


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
    # Each row keeps its whole answer (the model is ``@stored_answer``): a page or record
    # asked for whole reads that text, written once per write instead of once per read.
    stored: bool = False

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
        # Pages compiled once per shape of request (``_PagePlan``); those holding the
        # caller's own lookups live on the Principal instead.
        self._plans: dict[Any, _PagePlan | None] = {}
        self._asks_per_caller: dict[tuple[str, ...], bool] = {}
        if self.stored:
            self._check_storable()
            STORED_READ_MODELS.append(self)

    def _check_storable(self) -> None:
        """A stored answer must be a function of its own row, but for the caller's own
        lookups (spliced in when read): no children, nothing from another table (a
        change there would leave it stale), no last step in Python; and the table must
        have the column."""
        if ANSWER_COLUMN not in self.table.c:
            raise TypeError(f"{self.table.name}: a stored answer needs @stored_answer")
        if self.finish is not None or self.hidden:
            raise TypeError(f"{self.table.name}: a stored answer has no finish step")
        for name in self.names:
            spec = self.fields[name]
            if isinstance(spec, Children):
                raise TypeError(f"{self.table.name}.{name}: children are another table's")
            if name in self._values and any(
                table is not None and table is not self.table
                for table in find_tables(self._values[name], check_columns=True)
            ):
                raise TypeError(f"{self.table.name}.{name}: reads another table")

    def _runs(self) -> tuple[list[list[str]], list[str]]:
        """The answer's fields as runs of stored ones between the caller's own lookups:
        n lookups, n + 1 runs (some empty)."""
        runs: list[list[str]] = [[]]
        lookups: list[str] = []
        for name in self.names:
            if name in self._values:
                runs[-1].append(name)
            else:
                lookups.append(name)
                runs.append([])
        return runs, lookups

    def answer_function(self) -> str:
        """The body of the trigger function keeping a stored answer: the answer's text as
        a read computes it (the same SQL), of the row being written, in parts around the
        caller's own lookups (``{"id":…,"customer_name":`` and ``,"contact_id":…}``).
        A migration installs it (``CREATE FUNCTION <table>_answer() ... AS $$<body>$$``,
        then a BEFORE INSERT OR UPDATE trigger); tests/core/test_stored_answers.py fails
        while the installed body differs from this one (a field added, a format changed)."""
        runs, lookups = self._runs()
        names = {index: f"run{index}" for index, run in enumerate(runs) if run}
        parts = [
            _stored_part(names.get(index), first=index == 0, lookup=lookup)
            for index, lookup in enumerate([*lookups, None])
        ]
        objects = ",\n        ".join(
            "CAST({} AS TEXT)".format(
                "\n".join(line.rstrip() for line in self._computed_item(run).splitlines())
            )
            for run in runs
            if run
        )
        return (
            "\nDECLARE\n"
            + "".join(f"    {name} text;\n" for name in names.values())
            + "BEGIN\n"
            + f"    SELECT {objects}\n    INTO {', '.join(names.values())}\n"
            + f"    FROM (SELECT NEW.*) AS {self.table.name};\n"
            + f"    NEW.{ANSWER_COLUMN} := ARRAY[{', '.join(parts)}];\n"
            + "    RETURN NEW;\nEND;\n"
        )

    def _stored_item(self, principal: Principal) -> Expression:
        """The whole answer from its stored parts, the caller's own lookups between them
        as the computed answer writes them (``null`` when there is none)."""
        _, lookups = self._runs()
        answer: Any = literal_column(f"{self.table.name}.{ANSWER_COLUMN}[1]")
        for index, name in enumerate(lookups, start=1):
            lookup = json_value(_correlated(self.fields[name](principal), self.table))
            value = func.coalesce(cast(func.to_json(lookup), Text), literal_column("'null'"))
            answer = answer.op("||")(value).op("||")(
                literal_column(f"{self.table.name}.{ANSWER_COLUMN}[{index + 1}]")
            )
        return answer  # type: ignore[no-any-return]

    def asks_per_caller(self, names: Sequence[str]) -> bool:
        """Whether the answer of ``names`` holds a caller's own lookup (its plans are then
        kept per caller); answered once per set of fields."""
        key = tuple(names)
        asks = self._asks_per_caller.get(key)
        if asks is None:
            if len(self._asks_per_caller) >= _MAX_PLANS:  # ?fields= in every combination
                self._asks_per_caller.clear()
            asks = self._asks_per_caller[key] = not all(name in self._values for name in key)
        return asks

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
        """One row's answer as JSON text: the stored one when it is kept and asked for
        whole, else ``row_to_json`` of a derived row holding the fields in the schema's
        order (the caller's own lookups, scoped subqueries, among the rest)."""
        if self.stored and tuple(names) == self.names:
            return self._stored_item(principal)
        if all(name in self._values for name in names):
            return literal_column(self._computed_item(names))
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

    def _computed_item(self, names: Sequence[str]) -> str:
        """The SQL of the answer of the row of ``names`` that do not depend on the caller."""
        return f"(SELECT row_to_json(item) FROM (SELECT {self._static_list(names)}) AS item)"

    def rows(
        self, principal: Principal, base: Select[Any], names: Sequence[str], *extra: Any
    ) -> Select[Any]:
        """The statement: ``base`` (scoped, filtered, ordered, limited) with each row's
        JSON as its column. Only the page's rows are written: the item is one costly
        subquery, which PostgreSQL evaluates after the sort and the LIMIT (a top-N sort
        carries the columns, then the page's rows are written; with an index order the
        scan stops at the limit). A statement with DISTINCT or GROUP BY would weigh the
        JSON in those: there the page's keys are picked first and the rows joined back."""
        item = cast(self.item(principal, names), Text).label("item")
        if not (base._distinct or base._group_by_clauses):
            return base.with_only_columns(item, *extra, maintain_column_froms=True)
        keys = base.with_only_columns(self.key.label("k"), maintain_column_froms=True)
        page = keys.subquery("page")
        return (
            select(item, *extra)
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


def _stored_part(run: str | None, *, first: bool, lookup: str | None) -> str:
    """SQL of one part of a stored answer: the members of a run of stored fields (``run``
    names the variable holding their object's text; None for an empty run) between what
    joins them to their neighbours: the opening brace (first part) or a comma before,
    the next lookup's key (``,"customer_name":``) or the closing brace (last part)
    after. The parts and the lookups' values, alternately, are the answer's text."""
    before = "{" if first else ("," if run is not None else "")
    if lookup is None:
        after = "}"
    else:
        after = ("," if run is not None or not first else "") + f'"{lookup}":'
    if run is None:
        return _sql_text(before + after)
    return f"{_sql_text(before)} || substr({run}, 2, length({run}) - 2) || {_sql_text(after)}"


def _sql_text(value: str) -> str:
    """A SQL string literal."""
    return "'" + value.replace("'", "''") + "'"


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
    return '"' + hashlib.sha256(body).hexdigest()[:24] + '"'


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
    current (If-None-Match). Narrowed by ``?fields=``, it is a partial answer."""
    tag = etag or _etag(body)
    if status_code == 200 and _matches(request, tag):
        return Response(status_code=304, headers={"ETag": tag})
    media_type = PARTIAL_JSON_TYPE if request.query_params.get("fields") else JSON_TYPE
    return Response(
        content=body, status_code=status_code, media_type=media_type, headers={"ETag": tag}
    )


def document_partial_answers(document: dict[str, Any]) -> dict[str, Any]:
    """Describe what ``?fields=`` answers: beside each such operation's JSON schema, the
    partial media type with the same schema whose fields are all optional (a page keeps
    its shape; its items become partial). Applied once to the generated document."""
    schemas = document.get("components", {}).get("schemas", {})
    for operation in (op for item in document.get("paths", {}).values() for op in item.values()):
        if not isinstance(operation, dict) or not any(
            p.get("name") == "fields" and p.get("in") == "query"
            for p in operation.get("parameters", [])
        ):
            continue
        content = operation.get("responses", {}).get("200", {}).get("content", {})
        reference = content.get(JSON_TYPE, {}).get("schema", {}).get("$ref")
        if reference:
            content[PARTIAL_JSON_TYPE] = {"schema": {"$ref": _partial(schemas, reference)}}
    return document


def _partial(schemas: dict[str, Any], reference: str) -> str:
    name = reference.rsplit("/", 1)[-1]
    partial = f"{name}Partial"
    if partial not in schemas:
        shape = deepcopy(schemas[name])
        items = shape.get("properties", {}).get("items", {})
        if "next_cursor" in shape.get("properties", {}) and "$ref" in items.get("items", {}):
            items["items"]["$ref"] = _partial(schemas, items["items"]["$ref"])
        else:
            shape.pop("required", None)
        shape["title"] = f"{shape.get('title', name)} (only the fields asked for)"
        schemas[partial] = shape
    return f"#/components/schemas/{partial}"


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
    after = decode_cursor(params.order, params.cursor, read_model.key) if params.cursor else None
    rows = await _page_rows(session, principal, read_model, base, params, names, after)
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


# --- a page compiled once per shape ---------------------------------------------------
#
# Building a page's statement (the keyset seek, the item's JSON) and
# having SQLAlchemy walk and compile it cost more Python than the SQL costs PostgreSQL.
# A page's SQL depends only on the shape of the request: the domain's statement (its
# SQLAlchemy cache key: which filters, not their values), the fields asked for, the
# order, whether there is a cursor. So the statement is built and compiled once per
# shape; a request computes the domain statement's cache key (the values of its bound
# parameters, the caller's scope among them, in a fixed order), and sends the compiled
# text with those values, the cursor's and the limit. What SQLAlchemy's compiled cache
# does, without rebuilding the statement to find its key.

_AFTER, _AFTER_ID, _LIMIT = "read_path_after", "read_path_after_id", "read_path_limit"
_ID = "read_path_id"
_FROM_BASE, _FIXED, _FROM_REQUEST = 0, 1, 2
_MAX_PLANS = 500


@dataclass(frozen=True)
class _PagePlan:
    sql: str
    # For each positional parameter: (where from, which, its bind processor). From the
    # domain statement's bound parameters by position, a value fixed in the plan (the
    # caller's own lookups: such plans are kept per caller), or the request's cursor
    # and limit.
    sources: tuple[tuple[int, Any, Callable[[Any], Any] | None], ...]

    def arguments(self, bound: Sequence[Any], request: Mapping[str, Any]) -> list[Any]:
        values = []
        for kind, which, process in self.sources:
            if kind == _FROM_BASE:
                value = bound[which].effective_value
            elif kind == _FROM_REQUEST:
                value = request[which]
            else:
                value = which
            values.append(process(value) if process is not None else value)
        return values


def _keyset(base: Select[Any], order: SortOrder, key: Any, *, after: bool) -> Select[Any]:
    """``pagination.apply_keyset`` with the cursor's values and the limit as named
    parameters, so that one compiled statement serves every cursor and page size."""
    column = order.column
    stmt = base
    if after:
        pair = tuple_(column, key)
        last = tuple_(bindparam(_AFTER, type_=column.type), bindparam(_AFTER_ID, type_=key.type))
        stmt = stmt.where(pair < last if order.descending else pair > last)
    if order.descending:
        stmt = stmt.order_by(column.desc(), key.desc())
    else:
        stmt = stmt.order_by(column.asc(), key.asc())
    return stmt.limit(bindparam(_LIMIT, type_=Integer()))


def _compile_plan(
    session: AsyncSession,
    principal: Principal,
    read_model: ReadModel,
    base: Select[Any],
    bound: Sequence[Any],
    order: SortOrder,
    names: Sequence[str],
    *,
    after: bool,
    per_caller: bool,
) -> _PagePlan | None:
    """The page's statement compiled, each parameter traced to where its value comes
    from; ``None`` (the statement is built per request) for what a plan cannot replay:
    parameters expanded at execution (``IN`` lists), or a value that is neither the
    domain statement's nor the request's in a plan shared by every caller."""
    keys = _keyset(base, order, read_model.key, after=after)
    stmt = read_model.rows(
        principal, keys, names, order.column.label("s"), read_model.key.label("k")
    )
    return _plan_of(session, stmt, bound, per_caller=per_caller)


def _plan_of(
    session: AsyncSession, stmt: Select[Any], bound: Sequence[Any], *, per_caller: bool
) -> _PagePlan | None:
    """``stmt`` compiled, each parameter traced to where its value comes from (see
    ``_compile_plan``): ``bound`` (the domain statement's parameters), the request's
    (cursor, limit, id), or fixed in a plan kept per caller."""
    compiled: Any = stmt.compile(dialect=session.get_bind().dialect)
    if (
        not compiled.positional
        or compiled.literal_execute_params
        or compiled.post_compile_params
        or compiled.escaped_bind_names
    ):
        return None
    position = {bind.key: index for index, bind in enumerate(bound)}
    binds = {name: bind for bind, name in compiled.bind_names.items()}
    processors = compiled._bind_processors
    sources: list[tuple[int, Any, Callable[[Any], Any] | None]] = []
    for name in compiled.positiontup:
        bind = binds[name]
        process = processors.get(name)
        if bind.key in (_AFTER, _AFTER_ID, _LIMIT, _ID):
            sources.append((_FROM_REQUEST, bind.key, process))
        elif bind.key in position:
            sources.append((_FROM_BASE, position[bind.key], process))
        elif per_caller:
            sources.append((_FIXED, bind.effective_value, process))
        else:
            return None
    return _PagePlan(compiled.string, tuple(sources))


async def _page_rows(
    session: AsyncSession,
    principal: Principal,
    read_model: ReadModel,
    base: Select[Any],
    params: ListParams,
    names: Sequence[str],
    after: tuple[Any, Any] | None,
) -> Sequence[Any]:
    """The page's rows (item text, sort value, key), through the shape's compiled plan
    when it has one."""
    cache_key = base._generate_cache_key()
    plan: _PagePlan | None = None
    if cache_key is not None:
        per_caller = read_model.asks_per_caller(names)
        plans = principal._reads if per_caller else read_model._plans
        shape = (
            id(read_model) if per_caller else None,
            cache_key.key,
            tuple(names),
            params.order.key,
            after is not None,
        )
        if shape in plans:
            plan = plans[shape]
        else:
            plan = _compile_plan(
                session,
                principal,
                read_model,
                base,
                cache_key.bindparams,
                params.order,
                names,
                after=after is not None,
                per_caller=per_caller,
            )
            if len(plans) >= _MAX_PLANS:
                plans.clear()
            plans[shape] = plan
    if plan is None or cache_key is None:
        keys = _keyset(base, params.order, read_model.key, after=after is not None)
        stmt = read_model.rows(
            principal, keys, names, params.order.column.label("s"), read_model.key.label("k")
        )
        values = {_LIMIT: params.limit + 1}
        if after is not None:
            values[_AFTER], values[_AFTER_ID] = after
        return await execute(session, stmt, values)
    request: dict[str, Any] = {_LIMIT: params.limit + 1}
    if after is not None:
        request[_AFTER], request[_AFTER_ID] = after
    return await fetch(session, plan.sql, plan.arguments(cache_key.bindparams, request))


async def fetch(session: AsyncSession, sql: str, arguments: Sequence[Any]) -> Sequence[Any]:
    """Compiled SQL with its positional arguments, as rows. A read in autocommit that
    no one listens to (statement counters, tracing) goes straight to the driver's
    connection: no execution context, no result machinery. Otherwise through
    SQLAlchemy's connection, inside the session's transaction, events fired."""
    connection = session.info.get(READ_CONNECTION)
    if connection is None or connection.closed:
        connection = await session.connection()
    sync: Any = connection.sync_connection
    proxied = getattr(sync, "_dbapi_connection", None)
    if (
        proxied is not None
        and not (sync._has_events or sync.engine._has_events)
        and getattr(proxied.dbapi_connection, "autocommit", False)
    ):
        try:
            return await proxied.driver_connection.fetch(sql, *arguments)  # type: ignore[no-any-return]
        except (asyncpg.InterfaceError, asyncpg.ConnectionDoesNotExistError, OSError):
            await connection.invalidate()  # not handed to the next request
            raise
    result = await connection.exec_driver_sql(sql, tuple(arguments))
    return list(result.all())


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
    """One record of ``base`` (scoped) as its item, or None; through a plan compiled once
    per shape, like a page (every write answers with one of these)."""
    names = read_model.checked_fields(fields)
    rows = await _one_row(session, principal, read_model, base, names, record_id)
    return read_model.finished(rows[0][0]) if rows else None


def _one_statement(
    principal: Principal, read_model: ReadModel, base: Select[Any], names: Sequence[str]
) -> Select[Any]:
    keyed = base.where(read_model.key == bindparam(_ID, type_=read_model.key.type)).limit(
        bindparam(_LIMIT, type_=Integer())
    )
    return read_model.rows(principal, keyed, names)


async def _one_row(
    session: AsyncSession,
    principal: Principal,
    read_model: ReadModel,
    base: Select[Any],
    names: Sequence[str],
    record_id: uuid.UUID,
) -> Sequence[Any]:
    cache_key = base._generate_cache_key()
    plan: _PagePlan | None = None
    if cache_key is not None:
        per_caller = read_model.asks_per_caller(names)
        plans = principal._reads if per_caller else read_model._plans
        shape = (id(read_model) if per_caller else None, cache_key.key, tuple(names), _ID)
        if shape in plans:
            plan = plans[shape]
        else:
            plan = _plan_of(
                session,
                _one_statement(principal, read_model, base, names),
                cache_key.bindparams,
                per_caller=per_caller,
            )
            if len(plans) >= _MAX_PLANS:
                plans.clear()
            plans[shape] = plan
    request = {_ID: record_id, _LIMIT: 1}
    if plan is None or cache_key is None:
        return await execute(session, _one_statement(principal, read_model, base, names), request)
    return await fetch(session, plan.sql, plan.arguments(cache_key.bindparams, request))


def version_etag(item: Mapping[str, Any]) -> str | None:
    version = item.get("version")
    return f'"{version}"' if version is not None else None

"""Database plumbing: declarative base, common columns, the async engine and sessions.

One ``AsyncSession`` per request; the route wrapper in ``core/routing.py`` commits
it after the handler succeeds and rolls it back on any error, so a failed request
changes nothing.
"""

from __future__ import annotations

import enum
import functools
import math
import uuid
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any, TypeVar

import asyncpg
import orjson
from sqlalchemy import (
    Column,
    Connection,
    DateTime,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    Uuid,
    any_,
    bindparam,
    column,
    event,
    func,
    insert,
    inspect,
    types,
)
from sqlalchemy import Enum as SAEnum
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlalchemy.engine import Dialect, make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, declared_attr, mapped_column
from sqlalchemy.sql.selectable import TableValuedAlias
from sqlalchemy.types import TypeDecorator, TypeEngine
from sqlalchemy.util import await_

from app.core.clock import utcnow
from app.core.errors import UnprocessableEntity, field_error
from app.core.ids import new_id

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC timestamp; a naive datetime is refused before it reaches SQL."""

    impl = DateTime(timezone=True)
    cache_ok = True

    @property
    def python_type(self) -> type[datetime]:
        return datetime

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given where a UTC time is required")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UTCDateTime, uuid.UUID: Uuid}


class Entity(Base):
    """Columns every table has: UUIDv7 id, timestamps and a row version for optimistic locking."""

    __abstract__ = True

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        # SQLAlchemy bumps the version on every UPDATE and adds "WHERE version = old",
        # so two concurrent writers cannot both win.
        return {"version_id_col": cls.version}


E = TypeVar("E", bound=Base)


def new_record(model: type[E], **values: Any) -> E:
    """A new record of ``model`` holding ``values``, made as loading makes one: the
    values go straight into its state, with no change history (a new record has none
    to keep: a flush inserts what it holds). For records made by the hundred (a pushed
    batch's visits): the constructor records each attribute's history, 30 µs a visit,
    against 3 this way. A value for anything but a plain column (a relationship, a
    validated or listened-to attribute) takes the constructor, as does an unknown name
    (its TypeError)."""
    plain = _PLAIN_COLUMNS.get(model)
    if plain is None:
        plain = _PLAIN_COLUMNS[model] = _plain_columns(model)
    if not plain.issuperset(values):
        return model(**values)
    record: E = model._sa_class_manager.new_instance()  # type: ignore[attr-defined]
    record.__dict__.update(values)
    return record


_PLAIN_COLUMNS: dict[type[Any], frozenset[str]] = {}


def _plain_columns(model: type[Any]) -> frozenset[str]:
    """The attributes of ``model`` that are columns and nothing more: no validator, no
    listener on setting them."""
    mapper = inspect(model)
    manager = mapper.class_manager
    return frozenset(
        prop.key
        for prop in mapper.column_attrs
        if prop.key not in mapper.validators and not manager[prop.key].dispatch.set
    )


def json_text(value: Any) -> str:
    """A JSON column's value as its text (orjson: several times json.dumps' speed; every
    write's events carry a snapshot). Keys that are not strings become strings, as with
    json.dumps; a value JSON cannot hold (a Decimal) is a TypeError, as with json.dumps."""
    return orjson.dumps(value, option=orjson.OPT_NON_STR_KEYS).decode()


# The column of a table whose rows keep their API answer (``stored_answer``).
ANSWER_COLUMN = "answer_parts"


def stored_answer(model: type[E]) -> type[E]:
    """Class decorator: the model's table keeps each row's answer, as its read model
    writes it, in ``answer_parts`` (``ReadModel(stored=True)``, core/reads/): the
    answer's JSON text in parts around the caller's own lookups (one part when there
    are none), written by a trigger on every insert and update (a migration installs
    it). The column is the table's, not the model's: added after mapping, the ORM never
    reads or writes it, so no snapshot, export or flush carries it."""
    model.__table__.append_column(  # type: ignore[attr-defined]
        Column(ANSWER_COLUMN, ARRAY(Text), nullable=False)
    )
    return model


async def connect_driver(database_url: str, *, name: str | None = None) -> asyncpg.Connection:
    """A connection of the driver's own, outside the engine's pool (the caches'
    listener, a script's COPY), from the app's database URL; ``name`` is what it shows
    as ``application_name`` in pg_stat_activity."""
    url = make_url(database_url)
    return await asyncpg.connect(
        host=url.query.get("host") or url.host,
        port=url.port,
        user=url.username,
        password=url.password,
        database=url.database,
        server_settings={"application_name": name} if name else None,
    )


def driver_in_transaction(connection: Connection) -> asyncpg.Connection | None:
    """The driver's connection under ``connection`` once its transaction has begun on
    the server, for a statement sent straight to it (``on_driver``): no execution
    context, no result machinery, about a seventh of a millisecond less a statement.
    None while anyone listens to the engine's statements (the tests' and the bench's
    counters, tracing: they must see every one), and before the transaction's BEGIN
    (the driver would run the statement outside it)."""
    if connection._has_events or connection.engine._has_events:
        return None
    proxied = connection._dbapi_connection
    adapted = None if proxied is None else proxied.dbapi_connection
    if getattr(adapted, "_transaction", None) is None:
        return None
    return proxied.driver_connection  # type: ignore[union-attr]


async def on_driver(
    connection: Connection, driver: asyncpg.Connection, sql: str, arguments: Sequence[Any]
) -> list[Any]:
    """``sql`` sent straight to ``driver`` (``driver_in_transaction``), its rows; a
    refusal raised as SQLAlchemy raises it (an ``IntegrityError`` naming the broken
    constraint for a unique key taken), so callers catch the same errors either way.
    The transaction is then rolled back by SQLAlchemy, which drops a connection the
    server ended, as after any statement of its own."""
    try:
        return list(await driver.fetch(sql, *arguments))
    except Exception as error:
        dialect = connection.dialect
        adapted = connection.connection.dbapi_connection
        try:
            adapted._handle_exception(error)  # type: ignore[union-attr]
        except dialect.loaded_dbapi.Error as translated:
            raise DBAPIError.instance(
                sql, tuple(arguments), translated, dialect.loaded_dbapi.Error, dialect=dialect
            ) from error
        raise


# The driver prepares a statement once per connection and keeps it (its statement
# cache) only up to 15 KB of text by default. A document's answer (a quote with its lines,
# an order: 19-26 KB of SQL), sent straight to the driver by the read path and by a
# write's answer, was prepared and planned again on every request: 5-8 ms of the
# server's time, more than the whole rest of the request.
MAX_CACHED_STATEMENT_BYTES = 256 * 1024


def create_engine(url: str, **kwargs: Any) -> AsyncEngine:
    kwargs.setdefault("json_serializer", json_text)
    kwargs["connect_args"] = {
        "max_cacheable_statement_size": MAX_CACHED_STATEMENT_BYTES,
        **kwargs.get("connect_args", {}),
    }
    return create_async_engine(url, **kwargs)


def create_sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, expire_on_commit=False, autoflush=False)


@asynccontextmanager
async def session_scope(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> AsyncIterator[AsyncSession]:
    """A unit of work for jobs and scripts: commit on success, roll back on error."""
    async with sessionmaker() as session:
        try:
            yield session
            await session.commit()
        except BaseException:
            await session.rollback()
            raise


def enum_column(enum_cls: type[enum.StrEnum]) -> SAEnum:
    """A StrEnum stored as its plain value (VARCHAR), portable and readable in SQL."""
    return SAEnum(
        enum_cls,
        native_enum=False,
        length=max(len(m.value) for m in enum_cls) + 8,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


def any_of_ids(name: str) -> Any:
    """``= ANY(:name)``, the ids bound at execution as one uuid array: one statement
    text however many, so a statement holding it is built and compiled once."""
    return any_(bindparam(name, type_=ARRAY(Uuid())))


_ARRAY_ROWS_NAMES: set[str] = set()


class ArrayRows:
    """Rows as a table ``name(columns...)`` to join in a statement: one array parameter
    per column, unnested together (PostgreSQL), numbered from 1 in ``ordinality`` when
    named. Unlike ``VALUES``, the statement's text does not depend on the rows, and the
    table is made once (at module level, with its statements): each column is a bind
    parameter ``<name>_<column>``, and ``values(rows)`` gives them for one execution, so
    SQLAlchemy neither builds nor keys the statement again."""

    def __init__(
        self,
        name: str,
        columns: Sequence[tuple[str, TypeEngine[Any]]],
        *,
        ordinality: str | None = None,
    ) -> None:
        if name in _ARRAY_ROWS_NAMES:
            # Bind parameters are matched by name: two tables of one name in a statement
            # would share their arrays without a word.
            raise ValueError(f"ArrayRows {name!r} exists already: name each one apart")
        _ARRAY_ROWS_NAMES.add(name)
        self.parameters = [f"{name}_{key}" for key, _ in columns]
        arrays = [
            bindparam(parameter, type_=ARRAY(type_))
            for parameter, (_, type_) in zip(self.parameters, columns, strict=True)
        ]
        self.table: TableValuedAlias = (
            func.unnest(*arrays)
            .table_valued(
                *(column(key, type_) for key, type_ in columns),
                name=name,
                with_ordinality=ordinality,
            )
            .render_derived()
        )
        self.c = self.table.c

    def values(self, rows: Sequence[Sequence[Any]]) -> dict[str, list[Any]]:
        """The parameters carrying ``rows`` (each a value per column, in order)."""
        return {
            parameter: [row[index] for row in rows]
            for index, parameter in enumerate(self.parameters)
        }


# How a row's JSON carries a column's value (``_RowsInsert``).
_PLAIN, _JSONB, _BYTES, _FLOAT = 0, 1, 2, 3


@dataclass(frozen=True)
class _RowsInsert:
    """The statement inserting rows of ``columns``, and each column's bind processor
    (what SQLAlchemy applies to a value: an enum's value, a JSON's text, a UTC time
    checked). A column whose value every row shares (``shared``: the actor, the owner,
    a default) goes once, as a single parameter; the others go in the rows' JSON.

    The rows travel as one JSON array of arrays (written by orjson), each value read
    back in SQL with its column's type: the driver encoding an array per column cost
    a microsecond or more a value (3 for a time), and a pushed batch's inserts spent a
    sixth of its CPU there; the JSON costs a tenth of that, and PostgreSQL reads it
    faster than the arrays too. What JSON cannot say as it is goes as text its type
    reads: bytes in hex, a float that is not finite ("nan", "inf"), a decimal as its
    digits, a ``json`` column's text (kept as sent). A ``jsonb`` column's value goes as
    its text too (the bytes SQLAlchemy's own INSERT sends), but inside the rows' JSON,
    wrapped in a one-element array so that SQL NULL (a bare JSON null) and JSON null
    (``[null]``) stay apart."""

    sql: str
    columns: tuple[str, ...]
    shared: tuple[bool, ...]
    processors: tuple[Callable[[Any], Any] | None, ...]
    kinds: tuple[int, ...]

    def arguments(self, values: Sequence[list[Any]]) -> list[Any]:
        """The parameters: the rows' JSON first, then the shared values (the SQL's order)."""
        carried: list[list[Any]] = []
        singles: list[Any] = []
        for given, shared, process, kind in zip(
            values, self.shared, self.processors, self.kinds, strict=True
        ):
            if shared:
                singles.append(given[0] if process is None else process(given[0]))
                continue
            column = given if process is None else [process(v) for v in given]
            if kind == _JSONB:
                column = [None if v is None else orjson.Fragment(f"[{v}]") for v in column]
            elif kind == _BYTES:
                column = [None if v is None else "\\x" + bytes(v).hex() for v in column]
            elif kind == _FLOAT and not all(map(_finite, column)):
                column = [v if _finite(v) else repr(float(v)) for v in column]
            carried.append(column)
        rows = orjson.dumps(list(zip(*carried, strict=True)), default=_json_default).decode()
        return [rows, *singles]


def _finite(value: Any) -> bool:
    return value is None or math.isfinite(value)


def _json_default(value: Any) -> Any:
    """What orjson does not write itself: a decimal as its digits (exactly), the
    driver's own UUID."""
    if isinstance(value, Decimal | uuid.UUID):
        return str(value)
    raise TypeError(f"cannot write {type(value).__name__} in a row")


@functools.lru_cache(maxsize=512)
def _rows_insert(
    table: Table,
    columns: tuple[str, ...],
    shared: tuple[bool, ...],
    dialect: Dialect,
    skip_existing: bool = False,
) -> _RowsInsert | None:
    """``_RowsInsert`` for ``table``, ``columns`` and which are shared (made once per
    pattern, the patterns seen last kept); None for a table with an array column (it
    takes SQLAlchemy's INSERT)."""
    return _build_rows_insert(table, columns, shared, dialect, skip_existing)


def _build_rows_insert(
    table: Table,
    columns: tuple[str, ...],
    shared: tuple[bool, ...],
    dialect: Dialect,
    skip_existing: bool = False,
) -> _RowsInsert | None:
    elements: list[str] = []
    processors: list[Callable[[Any], Any] | None] = []
    kinds: list[int] = []
    for name in columns:
        column_type = table.c[name].type
        implementation = column_type.dialect_impl(dialect)
        if isinstance(column_type, types.ARRAY) or isinstance(implementation, types.ARRAY):
            return None
        # Text, not VARCHAR(n): an explicit cast would cut a long value short where the
        # INSERT's own (assignment) cast refuses it, as a plain INSERT does. (A type of
        # ours over a string, a TypeDecorator, is a string too.)
        stored = getattr(column_type, "impl_instance", column_type)
        elements.append("TEXT" if isinstance(stored, String) else column_type.compile(dialect))
        processors.append(implementation.bind_processor(dialect))
        if isinstance(implementation, JSONB):
            kinds.append(_JSONB)
        elif isinstance(stored, types.LargeBinary):
            kinds.append(_BYTES)
        elif isinstance(stored, types.Float):
            kinds.append(_FLOAT)
        else:
            kinds.append(_PLAIN)
    quote = dialect.identifier_preparer.quote
    carried = [i for i, one in enumerate(shared) if not one]
    singles = [i for i, one in enumerate(shared) if one]
    order = carried + singles  # the inserted columns' order
    values = [
        f"(r->{n})->0" if kinds[i] == _JSONB else f"(r->>{n})::{elements[i]}"
        for n, i in enumerate(carried)
    ]
    values += [f"${n}::{elements[i]}" for n, i in enumerate(singles, start=2)]
    if skip_existing and len(table.primary_key) != 1:
        raise ValueError(f"skip_existing needs a one-column primary key ({table.name})")
    key = ", ".join(quote(column.name) for column in table.primary_key)
    return _RowsInsert(
        f"INSERT INTO {dialect.identifier_preparer.format_table(table)} "
        f"({', '.join(quote(columns[i]) for i in order)}) "
        f"SELECT {', '.join(values)} FROM jsonb_array_elements($1::jsonb) AS r"
        + (f" ON CONFLICT ({key}) DO NOTHING RETURNING {key}" if skip_existing else ""),
        columns,
        shared,
        tuple(processors),
        tuple(kinds),
    )


# Types whose equal values write the same (not so a dict: {"a": 1} == {"a": 1.0}; nor
# a time: the same instant in another zone is another value to check).
_EXACT = frozenset({str, int, bool, uuid.UUID})


def _all_alike(values: list[Any]) -> bool:
    """Every value is the first: the same object (None, an enum member, the actor's id),
    or an equal one of a type in ``_EXACT``."""
    first = values[0]
    kind = type(first)
    if kind in _EXACT:
        return all(value is first or (type(value) is kind and value == first) for value in values)
    return all(value is first for value in values)


def insert_rows(
    connection: Connection,
    model: type[Base],
    rows: Sequence[Mapping[str, Any]],
    *,
    skip_existing: bool = False,
) -> list[Any]:
    """``rows`` of ``model``'s table (each with the same columns, every one the table
    needs) inserted in one statement whatever their number: the rows as one JSON
    parameter (``_RowsInsert``), and a value all rows share sent once. SQLAlchemy's
    many-row INSERT renders and binds every value of every row in Python (a pushed
    batch's 200 events: half the time), and half an event's columns are the same for
    the batch (who, which request, the owner). The statement's text depends only on
    the columns and which are shared: a few patterns per table (a batch of one kind of
    record, or of several), each prepared once per connection. A constraint it breaks
    is the same ``IntegrityError``; with ``skip_existing``, a row whose primary key is
    taken is skipped instead, and the answer is the primary keys inserted (pings sent
    again). (Within a flush: the session's connection; ``insert_rows_async``
    otherwise.)"""
    if not rows:
        return []
    table: Table = model.__table__  # type: ignore[assignment]
    columns = tuple(rows[0])
    values = [[row[name] for row in rows] for name in columns]
    # The first column (the id) always goes in the rows: their count is its length.
    shared = tuple(
        position > 0 and len(rows) > 1 and _all_alike(column)
        for position, column in enumerate(values)
    )
    plan = _rows_insert(table, columns, shared, connection.dialect, skip_existing)
    if plan is None:
        if skip_existing:
            raise ValueError(f"skip_existing needs a table without array columns ({table.name})")
        connection.execute(insert(table), list(rows))
        return []
    arguments = tuple(plan.arguments(values))
    driver = driver_in_transaction(connection)
    written: list[Any]
    if driver is not None:
        written = await_(on_driver(connection, driver, plan.sql, arguments))
    else:
        result = connection.exec_driver_sql(plan.sql, arguments)
        written = list(result) if skip_existing else []  # else it returns no rows
    return [row[0] for row in written] if skip_existing else []


async def insert_rows_async(
    session: AsyncSession,
    model: type[Base],
    rows: Sequence[Mapping[str, Any]],
    *,
    skip_existing: bool = False,
) -> list[Any]:
    """``insert_rows`` through the session's connection (in its transaction)."""
    if not rows:
        return []
    connection = await session.connection()
    return await connection.run_sync(
        functools.partial(insert_rows, skip_existing=skip_existing), model, rows
    )


@event.listens_for(Session, "before_flush")
def _refuse_null_in_required_columns(session: Session, _context: Any, _instances: Any) -> None:
    """A PATCH that sends ``null`` for a required field is a 422 naming it, for every
    domain at once (update schemas make fields optional, not nullable)."""
    errors = []
    for entity in session.dirty:
        state = inspect(entity)
        changed = state.committed_state  # what was set since the row was read
        for attr in state.mapper.column_attrs:
            if attr.key not in changed:
                continue
            column = attr.columns[0]
            if column.nullable or column.primary_key:
                continue
            history = state.attrs[attr.key].history
            if history.has_changes() and getattr(entity, attr.key) is None:
                errors.append(field_error(attr.key, "may not be null", "null_not_allowed"))
    if errors:
        raise UnprocessableEntity(errors=errors)

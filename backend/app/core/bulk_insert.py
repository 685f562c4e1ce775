"""Creates written as a set (a pushed batch's visits, to-dos and expense lines): staged
while the domains check them, then written with one statement per table and one for
all their events, instead of the unit of work's bookkeeping record by record.

The records are the domains' own ORM instances, made exactly as for a single create.
What a flush would do for them is done here for the set: column defaults filled in
(the instance holds what was written), the version set to 1, the rows inserted and
one ``created`` event each (``events.record_created``: the rows the session hook
writes after a flush). The instances answer what was written (id, version) but stay
out of the session: attaching thousands of them cost a push a tenth of its time, and
a later change of the same batch that needs one of these records reads it (it is in
the transaction). A model whose rows the database completes (a server default, a
computed column) goes through a flush instead.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import MANYTOONE
from sqlalchemy.orm.exc import UnmappedColumnError

from app.core import events
from app.core.db import Base, Entity, insert_rows_async

_STAGED = "staged_inserts"


@asynccontextmanager
async def inserts_together(session: AsyncSession) -> AsyncIterator[None]:
    """The records created inside (``ScopedRepository.create_many`` / ``insert_many``)
    are staged and written together when it ends: one INSERT per table and one for all
    their events, whichever domains made them. Records made inside have their ids at
    once and their versions when it ends; nothing is written if it ends with an error.

    Inside, ``create_many`` does not look for client ids created before: such an id
    (rare: a re-sent change answers from the idempotency store first) makes the insert
    fail with an ``IntegrityError``, and the caller, in a savepoint, creates the records
    one by one instead (``create_once``: the first record, or the conflict)."""
    staged: list[Entity] = []
    outer = session.info.get(_STAGED)  # a set inside another's is written when it ends
    session.info[_STAGED] = staged
    try:
        yield
    finally:
        if outer is None:
            del session.info[_STAGED]
        else:
            session.info[_STAGED] = outer
    await session.flush()  # what else the set changed (a rejected report is a draft again)
    await _write(session, staged)


def staged_inserts(session: AsyncSession) -> list[Entity] | None:
    """The records waiting to be inserted together (None: outside ``inserts_together``)."""
    staged: list[Entity] | None = session.info.get(_STAGED)
    return staged


@dataclass(frozen=True)
class _Column:
    key: str
    default: Callable[[], Any] | None


_PLANS: dict[type[Any], tuple[_Column, ...] | None] = {}


@cache
def _table_order() -> dict[Any, int]:
    """Each table's place in dependency order (a record's parent is inserted first)."""
    return {table: position for position, table in enumerate(Base.metadata.sorted_tables)}


def _plan(model: type[Any]) -> tuple[_Column, ...] | None:
    """The columns a row of ``model`` is written with, and each one's default (None: the
    database completes its rows, so they go through a flush)."""
    if model not in _PLANS:
        _PLANS[model] = _columns(model)
    return _PLANS[model]


def _columns(model: type[Any]) -> tuple[_Column, ...] | None:
    version = model.__mapper__.version_id_col
    columns: list[_Column] = []
    for column in model.__table__.columns:
        if not _mapped(model, column):
            continue  # the database's own (a stored answer, written by its trigger)
        default: Any = column.default
        if column.computed is not None:
            continue  # the database computes it (a search text): the row leaves it out
        if column.identity is not None:
            return None
        if column is version:
            columns.append(_Column(column.key, lambda: 1))
        elif default is None:
            if column.server_default is not None:
                return None
            columns.append(_Column(column.key, None))
        elif default.is_scalar:
            columns.append(_Column(column.key, _constant(default.arg)))
        elif default.is_callable:
            # SQLAlchemy keeps a default function as one taking the execution context
            # (ours take none: ids, clocks, empty lists).
            columns.append(_Column(column.key, _called(default.arg)))
        else:
            return None
    return tuple(columns)


def _mapped(model: type[Any], column: Any) -> bool:
    try:
        model.__mapper__.get_property_by_column(column)
    except UnmappedColumnError:
        return False
    return True


def _constant(value: Any) -> Callable[[], Any]:
    return lambda: value


def _called(make: Callable[[Any], Any]) -> Callable[[], Any]:
    return lambda: make(None)


@dataclass(frozen=True)
class _Parent:
    """A many-to-one relationship of a model: a record set on it names its row by
    these columns (the child's foreign key, the parent's key)."""

    key: str
    pairs: tuple[tuple[str, str], ...]


_PARENTS: dict[type[Any], tuple[_Parent, ...]] = {}


def _parents(model: type[Any]) -> tuple[_Parent, ...]:
    if model not in _PARENTS:
        _PARENTS[model] = tuple(
            _Parent(
                relationship.key,
                tuple((local.key, remote.key) for local, remote in relationship.local_remote_pairs),
            )
            for relationship in model.__mapper__.relationships
            if relationship.direction is MANYTOONE
        )
    return _PARENTS[model]


def _row(entity: Entity, plan: tuple[_Column, ...]) -> dict[str, Any]:
    """The row to insert; a column the record holds nothing for gets its default, held
    by the record too (it holds what was written, as after a flush). A parent set on a
    relationship (``line.quote = quote``) gives its key to the foreign key, as a flush
    does: the parent's row is built first (tables go in dependency order). The values
    go straight into the record's state: it never enters the session, so no change
    history is wanted."""
    held = entity.__dict__
    for parent in _parents(type(entity)):
        record = held.get(parent.key)
        if record is not None:
            for local, remote in parent.pairs:
                held[local] = record.__dict__[remote]
    row: dict[str, Any] = {}
    for column in plan:
        if column.key in held:
            row[column.key] = held[column.key]
        else:
            value = column.default() if column.default is not None else None
            held[column.key] = row[column.key] = value
    return row


async def _write(session: AsyncSession, staged: Sequence[Entity]) -> None:
    if not staged:
        return
    by_model: dict[type[Any], list[Entity]] = {}
    for entity in staged:
        by_model.setdefault(type(entity), []).append(entity)
    inserted: list[Entity] = []
    for model in sorted(by_model, key=lambda m: _table_order()[m.__table__]):
        records = by_model[model]
        plan = _plan(model)
        if plan is None:
            session.add_all(records)
            await session.flush()
            continue
        await insert_rows_async(session, model, [_row(e, plan) for e in records])
        inserted += records
    await events.record_created(session, inserted)

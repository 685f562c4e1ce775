"""Pages and records read in one statement each, compiled once per shape of request and
sent straight to the driver."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import asyncpg
from sqlalchemy import (
    Integer,
    Select,
    bindparam,
    tuple_,
)
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.access import Principal
from app.core.db import driver_in_transaction, on_driver
from app.core.pagination import ListParams, SortOrder, decode_cursor, encode_cursor
from app.core.reads.answers import dumps
from app.core.reads.model import ReadModel
from app.core.sessions import ReadSession


async def execute(
    session: AsyncSession, stmt: Select[Any], params: Mapping[str, Any] | None = None
) -> list[Any]:
    """A read statement through the session's connection, as plain rows (no ORM result
    machinery: the read path wants tuples)."""
    connection = await session.connection()
    return list((await connection.execute(stmt, params or {})).all())


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
# Plans kept per read model (or caller), at most: ``?fields=`` may ask for any combination.
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
    """Compiled SQL with its positional arguments, as rows. A read's session
    (core/sessions.py) lends the driver's connection outright: no execution context, no
    result machinery. Otherwise (a write's session, or someone listening to the
    statements) through SQLAlchemy's connection, inside the session's transaction,
    events fired."""
    if isinstance(session, ReadSession) and (driver := await session.lend_driver()) is not None:
        try:
            return await driver.fetch(sql, *arguments)  # type: ignore[no-any-return]
        except Exception as error:
            # A connection the server ended (a restart, pg_terminate_backend: also a
            # PostgresError) or one left mid-protocol is not handed to the next request.
            if driver.is_closed() or isinstance(error, asyncpg.InterfaceError | OSError):
                await session.discard_driver()
            raise
    connection = await session.connection()
    sync = connection.sync_connection
    driver = None if sync is None else driver_in_transaction(sync)
    if sync is not None and driver is not None:  # a write's answer, read in its transaction
        return await on_driver(sync, driver, sql, arguments)
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

"""A request's session, and the cheaper one a read gets.

A read (a GET that writes nothing, core/routing.py) needs no transaction: its session
is a ``ReadSession``, bound to its engine's autocommit twin, so each statement is its
own transaction (no BEGIN, no COMMIT). The read path (core/reads/) asks it for the
driver's connection outright (``lend_driver``): the session's own connection when a
transaction of the session holds one, else a pooled connection lent for the request
(the pool's checkout and nothing more). A session that opened no connection, loaded
nothing and borrowed nothing closes for nothing.

Why: opening a session's connection (its transaction object, the connection around
the driver's, the isolation level set and reset) and closing the session cost some
0.2 ms of Python a request, more than a page of 50 rows costs PostgreSQL; lending the
pool's connection costs a quarter of that.

A request does not keep two connections: when the ORM goes on after a lent connection
served the read path (a quote's PDF), the lent one goes back before the ORM opens its
own, or, for a transaction begun by ``add`` (outside the session's greenlet), the
moment it has opened it.

A GET that writes keeps what it writes (each statement commits as it goes); one whose
writes must stand or fall together is marked ``writes_on_get`` and gets a transaction.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import asyncpg
from sqlalchemy import Connection, Engine, event
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker
from sqlalchemy.orm import Session, SessionTransaction
from sqlalchemy.pool import PoolProxiedConnection
from sqlalchemy.util import greenlet_spawn
from sqlalchemy.util.concurrency import in_greenlet


class _ReadOrmSession(Session):
    """The ORM session inside a ``ReadSession``: it keeps the connection lent to the
    read path, and gives it back when it opens its own (see the module's docstring)."""

    lent: PoolProxiedConnection | None = None

    def give_back_lent(self) -> None:
        """In the session's greenlet, where what the pool may await is awaited."""
        lent, self.lent = self.lent, None
        if lent is not None:
            lent.close()


@event.listens_for(_ReadOrmSession, "after_transaction_create")
def _before_opening(session: _ReadOrmSession, transaction: SessionTransaction) -> None:
    if transaction.parent is None and in_greenlet():
        session.give_back_lent()


@event.listens_for(_ReadOrmSession, "after_begin")
def _on_opening(session: _ReadOrmSession, _: SessionTransaction, __: Connection) -> None:
    session.give_back_lent()  # a transaction begun outside the greenlet (``add``)


class ReadSession(AsyncSession):
    """The session of a read: statements in autocommit; the driver lent to the read path.
    Made by ``read_sessionmaker``, which gives each engine's read sessions a class of
    their own knowing the engine (its pool, its listeners)."""

    sync_session_class = _ReadOrmSession
    sync_session: _ReadOrmSession
    # The engine whose pool lends connections. Its listeners (or the Engine class's)
    # see every statement: while there are any, statements go through SQLAlchemy.
    _engine: Engine

    async def lend_driver(self) -> asyncpg.Connection | None:
        """The driver's connection, for statements sent straight to it: the session's
        own connection when a transaction of the session holds one, else one lent from
        the pool until the request ends. ``None`` while someone listens to the engine's
        statements (counters, tracing); then they go through the session."""
        sync = self.sync_session
        if sync.lent is not None:
            return sync.lent.driver_connection
        engine = self._engine
        if engine._has_events:
            return None
        if sync.in_transaction():
            connection = (await self.connection()).sync_connection
            if connection is None or connection._has_events:
                return None
            proxied = connection._dbapi_connection
            return None if proxied is None else proxied.driver_connection
        sync.lent = await greenlet_spawn(engine.pool.connect)
        return sync.lent.driver_connection

    async def discard_driver(self) -> None:
        """The driver's connection failed: it is closed, not handed to the next request."""
        sync = self.sync_session
        lent, sync.lent = sync.lent, None
        if lent is not None:
            await greenlet_spawn(lent.invalidate)
        elif sync.in_transaction():
            await (await self.connection()).invalidate()

    async def give_back(self) -> None:
        """The lent connection back to the pool, to the end even if the request is
        cancelled meanwhile (a connection over the pool's size is closed, which awaits
        the server)."""
        sync = self.sync_session
        if sync.lent is not None:
            await asyncio.shield(asyncio.ensure_future(greenlet_spawn(sync.give_back_lent)))

    def holds_nothing(self) -> bool:
        """No connection open or lent, nothing loaded or added: closing would do nothing."""
        sync = self.sync_session
        return (
            sync.lent is None
            and not sync.in_transaction()
            and not sync.identity_map
            and not sync.new
        )

    async def close(self) -> None:
        try:
            await self.give_back()
        finally:
            await super().close()


def read_sessionmaker(sessionmaker: async_sessionmaker[Any]) -> async_sessionmaker[Any]:
    """``sessionmaker``'s twin for reads: ``ReadSession`` on the autocommit twin of its
    engine (the same pool), made once. A sessionmaker bound to a connection (a test's
    transaction) is its own twin: its reads stay in that transaction."""
    bind = sessionmaker.kw.get("bind")
    if not isinstance(bind, AsyncEngine):
        return sessionmaker
    twin: async_sessionmaker[Any] | None = getattr(sessionmaker, "_sales_read_twin", None)
    if twin is None:
        autocommit = bind.execution_options(isolation_level="AUTOCOMMIT")
        sessions = type("ReadSession", (ReadSession,), {"_engine": bind.sync_engine})
        twin = async_sessionmaker(**{**sessionmaker.kw, "bind": autocommit}, class_=sessions)
        sessionmaker._sales_read_twin = twin  # type: ignore[attr-defined]
    return twin


@asynccontextmanager
async def request_session(
    sessionmaker: async_sessionmaker[Any], *, read_only: bool
) -> AsyncIterator[AsyncSession]:
    """One request's session, closed at the end (to completion, even when the request is
    cancelled meanwhile); a read's that holds nothing once its lent connection is back
    is left to the collector."""
    session = (read_sessionmaker(sessionmaker) if read_only else sessionmaker)()
    try:
        yield session
    finally:
        reading = isinstance(session, ReadSession)
        try:
            if reading:
                await session.give_back()
        finally:
            if not (reading and session.holds_nothing()):
                async with session:  # its exit closes it
                    pass


def reads_in_autocommit(session: AsyncSession) -> bool:
    """Whatever the session sent is written already: nothing to commit but its pending
    objects."""
    return isinstance(session, ReadSession)

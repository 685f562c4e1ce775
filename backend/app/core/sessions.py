"""A request's session, and the cheaper one a read gets.

A read (a GET that writes nothing, core/routing.py) needs no transaction: its session
is a ``ReadSession``, bound to its engine's autocommit twin, so each statement is its
own transaction (no BEGIN, no COMMIT). The read path (core/reads/) asks it for the
driver's connection outright (``driver``): the session's own connection when it has
opened one, else a pooled connection lent for the request (the pool's checkout and
nothing more). A session that opened no connection, loaded nothing and borrowed
nothing closes for nothing.

Why: opening a session's connection (its transaction object, the connection around
the driver's, the isolation level set and reset) and closing the session cost some
0.2 ms of Python a request, more than a page of 50 rows costs PostgreSQL; lending the
pool's connection costs a quarter of that.

A request never holds two connections: if the ORM opens the session's own after a
lent one served the read path, the lent one goes back first.
"""

from __future__ import annotations

import weakref
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import asyncpg
from sqlalchemy import Engine, event
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker
from sqlalchemy.orm import Session, SessionTransaction
from sqlalchemy.pool import PoolProxiedConnection
from sqlalchemy.util import greenlet_spawn
from sqlalchemy.util.concurrency import in_greenlet


class _ReadOrmSession(Session):
    """The ORM session inside a ``ReadSession``. It keeps the connection lent to the
    read path, and gives it back before it opens a transaction of its own (a read that
    goes on with the ORM after a page, a quote's PDF): a request never waits for a
    second connection while holding one."""

    lent: PoolProxiedConnection | None = None


@event.listens_for(_ReadOrmSession, "after_transaction_create")
def _give_back_before_opening(session: _ReadOrmSession, transaction: SessionTransaction) -> None:
    # (Outside the session's greenlet, a new transaction of ``add`` opens no connection
    # yet; the lent one goes back at the end of the request.)
    if transaction.parent is None and session.lent is not None and in_greenlet():
        lent, session.lent = session.lent, None
        lent.close()  # in the greenlet, what the pool may await is awaited


class ReadSession(AsyncSession):
    """The session of a read: statements in autocommit; the driver lent to the read path.
    Made by ``read_sessionmaker``, which gives each engine's read sessions a class of
    their own knowing the engine (its pool, its listeners)."""

    sync_session_class = _ReadOrmSession
    sync_session: _ReadOrmSession
    _engine: Engine  # the engine whose pool lends connections

    @property
    def _lent(self) -> PoolProxiedConnection | None:
        return self.sync_session.lent

    @_lent.setter
    def _lent(self, lent: PoolProxiedConnection | None) -> None:
        self.sync_session.lent = lent

    async def driver(self) -> asyncpg.Connection | None:
        """The driver's connection, for statements sent straight to it: the session's
        own connection when it has one, else one lent from the pool until the request
        ends. ``None`` while someone listens to the engine's statements (counters,
        tracing: they must see every statement); then they go through the session."""
        if self._lent is not None:
            return self._lent.driver_connection
        engine = self._engine
        if engine._has_events:
            return None
        if self.in_transaction():
            connection = (await self.connection()).sync_connection
            if connection is None or connection._has_events:
                return None
            proxied = connection._dbapi_connection
            return None if proxied is None else proxied.driver_connection
        self._lent = await greenlet_spawn(engine.pool.connect)
        return self._lent.driver_connection

    async def discard_driver(self) -> None:
        """The driver's connection failed: it is closed, not handed to the next request."""
        lent, self._lent = self._lent, None
        if lent is not None:
            await greenlet_spawn(lent.invalidate)
        elif self.in_transaction():
            await (await self.connection()).invalidate()

    async def give_back(self) -> None:
        """The lent connection back to the pool."""
        lent, self._lent = self._lent, None
        if lent is not None:
            await greenlet_spawn(lent.close)

    def holds_nothing(self) -> bool:
        """No connection open or lent, nothing loaded or added: closing would do nothing."""
        sync = self.sync_session
        return (
            self._lent is None
            and not sync.in_transaction()
            and not sync.identity_map
            and not sync.new
        )

    async def close(self) -> None:
        try:
            await self.give_back()
        finally:
            await super().close()


# Each sessionmaker's twin for reads, made once.
_READ_SESSIONMAKERS: weakref.WeakKeyDictionary[async_sessionmaker[Any], async_sessionmaker[Any]] = (
    weakref.WeakKeyDictionary()
)


def read_sessionmaker(sessionmaker: async_sessionmaker[Any]) -> async_sessionmaker[Any]:
    """``sessionmaker``'s twin for reads: ``ReadSession`` on the autocommit twin of its
    engine (the same pool). A sessionmaker bound to a connection (a test's transaction)
    is its own twin: its reads stay in that transaction."""
    twin = _READ_SESSIONMAKERS.get(sessionmaker)
    if twin is None:
        bind = sessionmaker.kw.get("bind")
        if isinstance(bind, AsyncEngine):
            autocommit = bind.execution_options(isolation_level="AUTOCOMMIT")
            sessions = type("ReadSession", (ReadSession,), {"_engine": bind.sync_engine})
            twin = async_sessionmaker(**{**sessionmaker.kw, "bind": autocommit}, class_=sessions)
        else:
            twin = sessionmaker
        _READ_SESSIONMAKERS[sessionmaker] = twin
    return twin


@asynccontextmanager
async def request_session(
    sessionmaker: async_sessionmaker[Any], *, read_only: bool
) -> AsyncIterator[AsyncSession]:
    """One request's session, closed at the end (to completion, even when the request is
    cancelled meanwhile); a read's that holds nothing is left to the collector."""
    session = (read_sessionmaker(sessionmaker) if read_only else sessionmaker)()
    try:
        yield session
    finally:
        if isinstance(session, ReadSession):
            await session.give_back()
        if not (isinstance(session, ReadSession) and session.holds_nothing()):
            async with session:  # its exit closes it
                pass


def reads_in_autocommit(session: AsyncSession) -> bool:
    """Whatever the session sent is written already: nothing to commit but its pending
    objects."""
    return isinstance(session, ReadSession)

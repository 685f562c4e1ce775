"""PostgreSQL notifications for an API process: what the process keeps in memory is
dropped the moment a transaction says it changed (LISTEN/NOTIFY), from any process.

A cache built on this is only switched on while the listener runs (the app's lifespan
starts it); without it (tests, a lost connection) every read goes to the database, so
a missed notification can never serve stale data for long: the listener also bounds
each entry's age.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncIterator
from typing import Any, Generic, TypeVar

import asyncpg

from app.core.db import connect_driver

log = logging.getLogger(__name__)
# Told when a user or a team changes (who a signed-in user is: role, team, territories),
# a role's discount limit (what a signed-in user may give unasked), or a warehouse
# (which one is the default).
DIRECTORY_CHANNEL = "sales_directory"
K = TypeVar("K")
V = TypeVar("V")


class InvalidatedCache(Generic[K, V]):
    """A small in-process cache, cleared by a notification channel, entries aged out."""

    def __init__(self, *, max_age_seconds: float, max_entries: int = 10_000) -> None:
        self.max_age = max_age_seconds
        self.max_entries = max_entries
        self.active = False
        self._entries: dict[K, tuple[float, V]] = {}

    def get(self, key: K) -> V | None:
        if not self.active:
            return None
        found = self._entries.get(key)
        if found is None or time.monotonic() - found[0] > self.max_age:
            return None
        return found[1]

    def put(self, key: K, value: V) -> None:
        if not self.active:
            return
        if len(self._entries) >= self.max_entries:
            self._entries.clear()
        self._entries[key] = (time.monotonic(), value)

    def clear(self, *_: Any) -> None:
        self._entries.clear()


# How the listener's connection names itself (pg_stat_activity's application_name).
LISTENER_NAME = "sales-cache-listener"


def _clear_all(caches: tuple[InvalidatedCache[Any, Any], ...]) -> Any:
    def clear(*_: Any) -> None:
        for cache in caches:
            cache.clear()

    return clear


@contextlib.asynccontextmanager
async def listening(
    database_url: str, channel: str, *caches: InvalidatedCache[Any, Any]
) -> AsyncIterator[None]:
    """While inside: ``caches`` are on and cleared on every notification on ``channel``;
    off (and empty) whenever the connection is lost, until it is back."""
    clear = _clear_all(caches)

    def switch(on: bool) -> None:
        for cache in caches:
            cache.active = on
            cache.clear()

    async def keep_listening() -> None:
        while True:
            try:
                conn = await connect_driver(database_url, name=LISTENER_NAME)
            except (OSError, asyncpg.PostgresError) as error:
                log.warning("cache listener cannot connect (%s); retrying", error)
                await asyncio.sleep(2)
                continue
            try:
                lost = asyncio.Event()
                conn.add_termination_listener(lambda *_, lost=lost: lost.set())
                await conn.add_listener(channel, clear)
                switch(True)
                await lost.wait()
            finally:
                switch(False)
                with contextlib.suppress(Exception):
                    await conn.close()

    task = asyncio.create_task(keep_listening())
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        switch(False)

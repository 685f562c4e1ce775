"""The request's unit of work (core/routing.py) on a real engine: a GET runs in
autocommit and ends without a commit when it changed nothing, yet whatever a GET does
write is kept; a read borrows a pooled connection and always gives it back, a dead one
is dropped, and a statement listener sees every statement."""

from __future__ import annotations

import asyncio
import gc
import warnings
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated, Any

import asyncpg
import httpx
import pytest
from fastapi import Depends, FastAPI
from sqlalchemy import event, insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.service import PRINCIPALS
from app.core.config import Settings
from app.core.db import connect_driver, create_engine
from app.core.listen import LISTENER_NAME
from app.core.reads.pages import fetch
from app.core.routing import DomainRouter, get_db
from app.core.sessions import ReadSession
from app.main import create_app
from app.users.models import Team
from tests.conftest import Live, auth
from tests.factories.leads import create_lead
from tests.support.waiting import until

Session = Annotated[AsyncSession, Depends(get_db)]


def _probe_app(live: Live) -> FastAPI:
    router = DomainRouter(prefix="/probe")

    @router.get("/adds")
    async def adds(session: Session) -> dict[str, str]:
        session.add(Team(name="Added on a GET"))
        return {}

    @router.get("/commits-then-writes")
    async def commits_then_writes(session: Session) -> dict[str, str]:
        await session.commit()  # the read's autocommit connection goes back to the pool
        await session.execute(insert(Team).values(name="Written after a commit", version=1))
        return {}

    app = FastAPI()
    app.state.sessionmaker = live.sessionmaker
    app.include_router(router)
    return app


async def _teams_named(live: Live, name: str) -> int:
    async with live.sessionmaker() as session:
        found = await session.scalars(select(Team.id).where(Team.name == name))
        return len(found.all())


async def test_a_record_added_on_a_get_is_committed(live: Live) -> None:
    transport = httpx.ASGITransport(app=_probe_app(live))
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        assert (await client.get("/probe/adds")).status_code == 200
    assert await _teams_named(live, "Added on a GET") == 1


async def test_a_write_after_a_get_committed_midway_is_committed(live: Live) -> None:
    transport = httpx.ASGITransport(app=_probe_app(live))
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        assert (await client.get("/probe/commits-then-writes")).status_code == 200
    assert await _teams_named(live, "Written after a commit") == 1


# --- a read's session (core/sessions.py), in the app as it serves ------------------------


@asynccontextmanager
async def _serving(app: FastAPI) -> AsyncIterator[FastAPI]:
    """``app`` started by its lifespan, as in production: its own engine and pool, its
    caches listening (a request looks nothing up but its data)."""
    threshold = gc.get_threshold()
    try:
        async with app.router.lifespan_context(app):
            await until(lambda: PRINCIPALS.active, "the caches' listener connected")
            yield app
    finally:
        gc.unfreeze()  # what the lifespan set for serving, undone for the other tests
        gc.set_threshold(*threshold)


@pytest.fixture
async def started(live: Live) -> AsyncIterator[FastAPI]:
    """The app as in production, on the live database."""
    async with _serving(create_app(Settings(database_url=live.url))) as app:
        yield app


def _pool(app: FastAPI) -> Any:
    return app.state.sessionmaker.kw["bind"].sync_engine.pool


def _client(app: FastAPI) -> httpx.AsyncClient:
    # A client that gets the 500 the app answers (rather than the app's exception).
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    return httpx.AsyncClient(transport=transport, base_url="http://test")


async def _lead_list(client: httpx.AsyncClient, live: Live) -> httpx.Response:
    return await client.get("/api/v1/leads?limit=5", headers=auth(live.world.admin))


async def test_reads_at_once_each_borrow_a_connection_and_give_it_back(
    live: Live, started: FastAPI
) -> None:
    async with live.sessionmaker() as session:
        for n in range(3):
            await create_lead(session, owner=live.world.engineer, person_name=f"Reader {n}")
        await session.commit()
    with warnings.catch_warnings(record=True) as heard:
        warnings.simplefilter("always")
        async with _client(started) as client:
            assert (await _lead_list(client, live)).status_code == 200  # the caller cached
            answers = await asyncio.gather(*(_lead_list(client, live) for _ in range(20)))
        gc.collect()
    assert _pool(started).checkedout() == 0
    # Given back, not dropped by the collector when its session went (SQLAlchemy warns).
    assert not [str(w.message) for w in heard if "non-checked-in" in str(w.message)]
    assert {answer.status_code for answer in answers} == {200}
    assert {len(answer.json()["items"]) for answer in answers} == {3}


async def _cut_the_pools_connections(live: Live) -> None:
    """The server ends every pooled connection to the test's database (not the caches'
    listener: its loss would turn the caches off, and the next request would meet a dead
    connection in SQLAlchemy's hands first, looking its caller up, not the read path's)."""
    admin = await connect_driver(live.url)
    others = (
        "FROM pg_stat_activity WHERE datname = current_database() "
        f"AND pid <> pg_backend_pid() AND application_name <> '{LISTENER_NAME}'"
    )
    try:
        await admin.execute(f"SELECT pg_terminate_backend(pid) {others}")
        await until(lambda: _none(admin, f"SELECT count(*) {others}"), "the backends gone")
    finally:
        await admin.close()


async def _none(admin: asyncpg.Connection, count: str) -> bool:
    return await admin.fetchval(count) == 0  # type: ignore[no-any-return]


async def test_a_read_whose_connection_died_fails_alone_and_the_next_reads_go_on(
    live: Live, started: FastAPI
) -> None:
    pool = _pool(started)
    async with _client(started) as client:
        # Two reads at once: two connections in the pool.
        first = await asyncio.gather(_lead_list(client, live), _lead_list(client, live))
        assert [answer.status_code for answer in first] == [200, 200]
        idle = pool.checkedin()
        assert idle >= 2
        await _cut_the_pools_connections(live)
        # Each pooled connection that was cut fails one read at most (it is dropped, not
        # handed to the next request); then reads go on.
        statuses = [(await _lead_list(client, live)).status_code for _ in range(idle + 2)]
    assert statuses[-2:] == [200, 200], statuses
    assert 1 <= statuses.count(500) <= idle, statuses
    assert pool.checkedout() == 0


async def test_a_read_watched_by_a_statement_listener_sends_its_statements_through_it(
    live: Live, started: FastAPI
) -> None:
    seen: list[str] = []

    def heard(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        seen.append(statement)

    engine = started.state.sessionmaker.kw["bind"].sync_engine
    async with _client(started) as client:
        assert (await _lead_list(client, live)).status_code == 200
        event.listen(engine, "before_cursor_execute", heard)
        try:
            assert (await _lead_list(client, live)).status_code == 200
        finally:
            event.remove(engine, "before_cursor_execute", heard)
    assert len(seen) == 1 and "FROM leads" in seen[0], seen


async def test_a_read_that_goes_on_with_the_orm_keeps_one_connection(live: Live) -> None:
    """A page through the read path (on a lent connection), then the ORM, as a quote's
    PDF does: the lent connection goes back before the ORM takes one. A record added
    after the page (its transaction begun outside the session's greenlet) gives it back
    the moment the ORM has its own, and is written."""
    probe = DomainRouter(prefix="/probe")

    @probe.get("/page-then-orm")
    async def page_then_orm(session: Session) -> dict[str, Any]:
        [row] = await fetch(session, "SELECT 1", [])
        lent = isinstance(session, ReadSession) and session.sync_session.lent is not None
        teams = (await session.execute(select(Team.id))).all()
        return {"one": row[0], "lent": lent, "teams": len(teams)}

    @probe.get("/page-then-add")
    async def page_then_add(session: Session) -> dict[str, Any]:
        await fetch(session, "SELECT 1", [])
        session.add(Team(name="Added after a page"))
        return {}

    app = create_app(Settings(database_url=live.url))
    app.include_router(probe)
    held, most = 0, 0

    def checked_out(*_: Any) -> None:
        nonlocal held, most
        held += 1
        most = max(most, held)

    def checked_in(*_: Any) -> None:
        nonlocal held
        held -= 1

    async with _serving(app):
        event.listen(_pool(app), "checkout", checked_out)
        event.listen(_pool(app), "checkin", checked_in)
        async with _client(app) as client:
            answer = await client.get("/probe/page-then-orm")
            assert answer.status_code == 200, answer.text
            assert answer.json() == {"one": 1, "lent": True, "teams": 2}  # the world's two
            assert (most, held) == (1, 0)
            assert (await client.get("/probe/page-then-add")).status_code == 200
            assert held == 0
    assert await _teams_named(live, "Added after a page") == 1


async def test_a_documents_long_statement_is_prepared_once_per_connection(live: Live) -> None:
    """The driver keeps a statement it prepared (its cache) only up to a size: a
    document's answer (a quote with its lines: 19-26 KB of SQL), sent straight to the
    driver, was prepared and planned again on every read. The app's engine keeps it."""
    engine = create_engine(live.url, pool_size=1, max_overflow=0)
    try:
        async with engine.connect() as connection:
            driver = (await connection.get_raw_connection()).driver_connection
            assert driver is not None
            columns = ", ".join(f"{n} AS column_{n}" for n in range(1500))
            sql = f"SELECT {columns}, $1::int AS asked"
            assert len(sql) > 20_000  # over the driver's default (15 KB)
            for n in range(3):
                assert (await driver.fetchrow(sql, n))["asked"] == n
            prepared = await driver.fetchval(
                "SELECT count(*) FROM pg_prepared_statements WHERE statement = $1", sql
            )
            assert prepared == 1
    finally:
        await engine.dispose()

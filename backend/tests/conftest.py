"""Test harness: a real PostgreSQL (the server named by TEST_DATABASE_URL, or an
embedded scratch server), with the schema built by ``alembic upgrade head``.

Two modes:
  * most tests run inside one outer transaction rolled back at the end (the app's
    commits become savepoints): independent and fast;
  * tests of races use ``live``: a fresh database of their own (a template copy) where
    the app commits for real on a pool of connections, so concurrent requests are
    concurrent transactions;
  * tests marked ``demo`` (``tests.support.demo.DEMO``) read the demo data: their
    outer transaction runs in a database of the worker's that holds the demo, seeded once
    per run (seeding costs tens of seconds; every demo test paying it was 40 % of the
    suite).
HTTP goes through the real app with httpx's ASGI transport.
"""

from __future__ import annotations

import asyncio
import os
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from typing import Any

import httpx
import pytest
from sqlalchemy import event, insert, text
from sqlalchemy.engine import URL
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, AsyncSession, async_sessionmaker

from app.auth.tokens import create_access_token
from app.cli import database as cli_database
from app.core.access import Role
from app.core.clock import company_day_bounds, company_today, utcnow
from app.core.db import create_engine, create_sessionmaker
from app.core.storage import LocalDiskStorage, use_storage
from app.main import create_app
from app.users.models import Team, Territory, User, user_territories
from tests.factories.users import create_team, create_territory, create_user
from tests.support import databases
from tests.support.openapi import process_app


def pytest_report_header() -> str:
    s3 = os.environ.get("TEST_S3_URL")
    if s3:
        return f"file stores: local directory and S3 at {s3.split('@')[-1]}"
    return (
        "file stores: local directory only; the S3 store's tests are not collected "
        "(set TEST_S3_URL=http://host:port/bucket, e.g. a MinIO, to run them)"
    )


@pytest.fixture(scope="session", autouse=True)
def file_storage(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalDiskStorage]:
    """Uploaded files go to a scratch directory of the run, never to var/files."""
    storage = LocalDiskStorage(tmp_path_factory.mktemp("files"))
    use_storage(storage)
    yield storage
    use_storage(None)


@pytest.fixture(scope="session")
def database_server() -> Iterator[URL]:
    with databases.test_server() as url:
        yield url


@pytest.fixture(scope="session")
def template_database(database_server: URL) -> Iterator[str]:
    """The migrated schema, copied for every database a test uses (never connected to
    by tests: a template must have no sessions)."""
    url = databases.create_database(database_server, prefix="tpl")
    try:
        databases.migrate(url)
        yield str(url.database)
    finally:
        databases.drop_database(url)


@pytest.fixture(scope="session")
def database_url(database_server: URL, template_database: str) -> Iterator[str]:
    url = databases.create_database(database_server, template=template_database)
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        databases.drop_database(url)


@pytest.fixture(scope="session")
async def engine(database_url: str) -> AsyncIterator[AsyncEngine]:
    engine = create_engine(database_url)
    yield engine
    await engine.dispose()


@pytest.fixture(scope="session")
def demo_database_url(database_server: URL, template_database: str) -> Iterator[str]:
    """A database of this worker's holding the demo data, committed once. On the embedded
    servers it is restored from the dump the first worker (or an earlier run of the same
    code today) left in ``var/cache``, which ``make test``'s later stacks reuse too."""
    url = database_server.set(database=f"sales_demo_{uuid.uuid4().hex[:12]}")
    rendered = url.render_as_string(hide_password=False)

    def from_template(_: str) -> None:
        databases.create_database(database_server, template=template_database, name=url.database)

    try:
        if databases.is_embedded():
            cli_database.prepare_scratch_demo(rendered, create_schema=from_template)
        else:
            from_template(rendered)
            asyncio.run(cli_database.seed(rendered))
        yield rendered
    finally:
        databases.drop_database(url)


@pytest.fixture(scope="session")
async def demo_engine(demo_database_url: str) -> AsyncIterator[AsyncEngine]:
    """Demo tests run in a rolled-back transaction on it: none sees another's changes."""
    engine = create_engine(demo_database_url)
    yield engine
    await engine.dispose()


@pytest.fixture
def test_engine(request: pytest.FixtureRequest) -> AsyncEngine:
    """The demo database for a test marked ``demo``, else the worker's empty one (chosen in
    a plain fixture: an async one cannot ask for another async fixture by name)."""
    demo = request.node.get_closest_marker("demo") is not None
    return request.getfixturevalue("demo_engine" if demo else "engine")  # type: ignore[no-any-return]


@pytest.fixture
async def connection(test_engine: AsyncEngine) -> AsyncIterator[AsyncConnection]:
    async with test_engine.connect() as conn:
        outer = await conn.begin()
        yield conn
        if outer.is_active:
            await outer.rollback()


@pytest.fixture
def sessionmaker(connection: AsyncConnection) -> async_sessionmaker[AsyncSession]:
    """Sessions joined to the test's outer transaction: their commits are savepoints."""
    return async_sessionmaker(
        bind=connection,
        join_transaction_mode="create_savepoint",
        expire_on_commit=False,
        autoflush=False,
    )


@pytest.fixture
async def session(sessionmaker: async_sessionmaker[AsyncSession]) -> AsyncIterator[AsyncSession]:
    async with sessionmaker() as s:
        yield s


@pytest.fixture(scope="session")
def shared_app() -> Any:
    """One app per test process. FastAPI resolves an app's included routes on its first
    requests (some 60 to 180 ms for each router an app first serves), so an app made
    per test spent more time there than most tests spend on their own work."""
    return process_app()


@pytest.fixture
def app(shared_app: Any, sessionmaker: async_sessionmaker[AsyncSession]) -> Iterator[Any]:
    """The shared app, serving from this test's sessionmaker (its own transaction). What
    a test changes of ``app.state`` is put back after it; a test may not override the
    app's dependencies (they would outlive it)."""
    state = dict(shared_app.state._state)
    shared_app.state.sessionmaker = sessionmaker
    try:
        yield shared_app
    finally:
        shared_app.state._state.clear()
        shared_app.state._state.update(state)
        assert not shared_app.dependency_overrides, "a test left dependency overrides"


@pytest.fixture
async def client(app: Any) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app, client=("203.0.113.7", 50000))
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as c:
        yield c


def auth(user: User) -> dict[str, str]:
    return {"Authorization": f"Bearer {create_access_token(user.id, user.role.value)}"}


@dataclass
class World:
    """Two teams in two territories: the cast of every scoping test."""

    north: Territory
    south: Territory
    team: Team
    other_team: Team
    admin: User
    head: User
    engineer: User
    teammate: User
    other_head: User
    engineer_other_team: User


async def build_world(session: AsyncSession) -> World:
    """Written in two flushes (every test builds it): the records, then the heads."""
    north = await create_territory(
        session, name="North", postal_prefixes=["110", "122"], flush=False
    )
    south = await create_territory(
        session, name="South", postal_prefixes=["560", "600"], flush=False
    )
    team = await create_team(session, name="Team One", flush=False)
    other_team = await create_team(session, name="Team Two", flush=False)
    admin = await create_user(session, role=Role.ADMIN, email="admin@test.example", flush=False)
    head = await create_user(
        session, role=Role.SALES_HEAD, team=team, territories=[north], flush=False
    )
    engineer = await create_user(session, team=team, territories=[north], flush=False)
    teammate = await create_user(session, team=team, territories=[north], flush=False)
    other_head = await create_user(
        session, role=Role.SALES_HEAD, team=other_team, territories=[south], flush=False
    )
    engineer_other_team = await create_user(
        session, team=other_team, territories=[south], flush=False
    )
    await session.flush()
    team.head_id, other_team.head_id = head.id, other_head.id
    await session.commit()
    return World(
        north,
        south,
        team,
        other_team,
        admin,
        head,
        engineer,
        teammate,
        other_head,
        engineer_other_team,
    )


@pytest.fixture
async def world(session: AsyncSession) -> World:
    return await build_world(session)


@dataclass
class Live:
    """A database of the test's own where every request commits for real, on a pool of
    connections: concurrent requests here are concurrent PostgreSQL transactions."""

    url: str
    engine: AsyncEngine
    sessionmaker: async_sessionmaker[AsyncSession]
    app: Any
    world: World

    def client(self) -> httpx.AsyncClient:
        transport = httpx.ASGITransport(app=self.app, client=("203.0.113.7", 50000))
        return httpx.AsyncClient(transport=transport, base_url="http://test", timeout=60)


@pytest.fixture
async def live(database_server: URL, template_database: str) -> AsyncIterator[Live]:
    url = databases.create_database(database_server, template=template_database, prefix="live")
    rendered = url.render_as_string(hide_password=False)
    engine = create_engine(rendered, pool_size=25, max_overflow=5)
    try:
        sessionmaker = create_sessionmaker(engine)
        async with sessionmaker() as session:
            world = await build_world(session)
        yield Live(rendered, engine, sessionmaker, create_app(sessionmaker=sessionmaker), world)
    finally:
        await engine.dispose()
        databases.drop_database(url)


@pytest.fixture
async def west(session: AsyncSession, world: World) -> Territory:
    """A territory both teams cover (like the demo's West): the engineer and the other
    team's engineer are both assigned to it."""
    territory = await create_territory(session, name="West", postal_prefixes=["400"])
    await session.execute(
        insert(user_territories),
        [
            {"user_id": world.engineer.id, "territory_id": territory.id},
            {"user_id": world.engineer_other_team.id, "territory_id": territory.id},
        ],
    )
    await session.commit()
    return territory


@pytest.fixture
def count_statements(engine: AsyncEngine) -> Any:
    """``with count_statements() as counted: ...`` then ``counted.n`` SQL statements."""

    @contextmanager
    def counter() -> Iterator[Any]:
        class Counted:
            n = 0
            statements: list[str] = []

        counted = Counted()
        counted.statements = []

        def before(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
            if not statement.lstrip().upper().startswith(("SAVEPOINT", "RELEASE", "ROLLBACK")):
                counted.n += 1
                counted.statements.append(statement)

        event.listen(engine.sync_engine, "before_cursor_execute", before)
        try:
            yield counted
        finally:
            event.remove(engine.sync_engine, "before_cursor_execute", before)

    return counter


@pytest.fixture
def company_day() -> date:
    """The company's day while the test runs, as the server will count it: within a
    minute of the company's midnight (18:30 UTC for India) the test first waits for it
    to pass, so that a date the test computes and one the server computes, a moment or
    a demo's loading later, agree."""
    _, midnight = company_day_bounds(company_today())
    left = (midnight - utcnow()).total_seconds()
    if left < 60:
        time.sleep(left + 0.05)
    return company_today()


__all__ = ["Live", "World", "auth", "text", "uuid"]

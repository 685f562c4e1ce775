"""Test harness: a real database (SQLite file or a fresh PostgreSQL database per run),
built with ``alembic upgrade head``; each test runs inside one outer transaction that
is rolled back at the end (the app's commits become savepoints), so tests are
independent and fast. HTTP goes through the real app with httpx's ASGI transport.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import uuid
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import event, insert, text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, AsyncSession, async_sessionmaker

from app.auth.tokens import create_access_token
from app.core.access import Role
from app.core.db import create_engine
from app.main import create_app
from app.users.models import Team, Territory, User, user_territories
from tests.factories.users import create_team, create_territory, create_user

BACKEND = Path(__file__).resolve().parents[1]
DEFAULT_URL = "sqlite+aiosqlite://"


def _database_url() -> Iterator[str]:
    url = os.environ.get("TEST_DATABASE_URL", DEFAULT_URL)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        with tempfile.TemporaryDirectory() as folder:
            yield f"sqlite+aiosqlite:///{folder}/test.db"
        return
    name = f"sales_test_{uuid.uuid4().hex[:12]}"
    maintenance = parsed.set(database="postgres").render_as_string(hide_password=False)
    _psql(maintenance, f'CREATE DATABASE "{name}"')
    try:
        yield parsed.set(database=name).render_as_string(hide_password=False)
    finally:
        _psql(maintenance, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _psql(url: str, statement: str) -> None:
    """Run one statement with AUTOCOMMIT in a separate interpreter (no event loop here)."""
    code = (
        "import asyncio, sys\n"
        "from sqlalchemy import text\n"
        "from sqlalchemy.ext.asyncio import create_async_engine\n"
        "async def main():\n"
        "    e = create_async_engine(sys.argv[1], isolation_level='AUTOCOMMIT')\n"
        "    async with e.connect() as c:\n"
        "        await c.execute(text(sys.argv[2]))\n"
        "    await e.dispose()\n"
        "asyncio.run(main())\n"
    )
    subprocess.run([sys.executable, "-c", code, url, statement], check=True)


@pytest.fixture(scope="session")
def database_url() -> Iterator[str]:
    for url in _database_url():
        env = {**os.environ, "DATABASE_URL": url}
        subprocess.run(
            [sys.executable, "-m", "alembic", "upgrade", "head"],
            cwd=BACKEND,
            env=env,
            check=True,
            capture_output=True,
        )
        yield url


@pytest.fixture(scope="session")
async def engine(database_url: str) -> AsyncIterator[AsyncEngine]:
    engine = create_engine(database_url)
    yield engine
    await engine.dispose()


@pytest.fixture
async def connection(engine: AsyncEngine) -> AsyncIterator[AsyncConnection]:
    async with engine.connect() as conn:
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


@pytest.fixture
def app(sessionmaker: async_sessionmaker[AsyncSession]) -> Any:
    return create_app(sessionmaker=sessionmaker)


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


@pytest.fixture
async def world(session: AsyncSession) -> World:
    north = await create_territory(session, name="North", postal_prefixes=["110", "122"])
    south = await create_territory(session, name="South", postal_prefixes=["560", "600"])
    team = await create_team(session, name="Team One")
    other_team = await create_team(session, name="Team Two")
    admin = await create_user(session, role=Role.ADMIN, email="admin@test.example")
    head = await create_user(session, role=Role.SALES_HEAD, team=team, territories=[north])
    engineer = await create_user(session, team=team, territories=[north])
    teammate = await create_user(session, team=team, territories=[north])
    other_head = await create_user(
        session, role=Role.SALES_HEAD, team=other_team, territories=[south]
    )
    engineer_other_team = await create_user(session, team=other_team, territories=[south])
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
def is_postgres(database_url: str) -> bool:
    return database_url.startswith("postgresql")


__all__ = ["World", "auth", "text"]

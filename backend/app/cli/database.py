"""Which database a command uses, and the steps that prepare it (create, migrate, seed).

With ``DATABASE_URL`` set, that server is used as it is. Without it, the embedded
PostgreSQL cluster in ``var/postgres`` is started (and stopped again afterwards when
this command started it), holding the database ``sales``.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import make_url

from app.core.config import EMBEDDED_DATA_DIR, get_settings
from app.core.db import create_engine
from app.core.embedded_postgres import SERVE_SETTINGS, EmbeddedPostgres

BACKEND = Path(__file__).resolve().parents[2]
EMBEDDED_DATABASE = "sales"


def embedded_server() -> EmbeddedPostgres:
    return EmbeddedPostgres(EMBEDDED_DATA_DIR, SERVE_SETTINGS)


@contextlib.contextmanager
def database_url(*, keep_running: bool = False) -> Iterator[str]:
    """The URL to use; starts the embedded server when no ``DATABASE_URL`` is given and
    stops it on exit if it was started here (unless ``keep_running``)."""
    given = os.environ.get("DATABASE_URL")
    if given:
        yield given
        return
    server = embedded_server()
    was_running = server.is_running()
    server.start()
    url = server.url(EMBEDDED_DATABASE)
    os.environ["DATABASE_URL"] = url
    get_settings.cache_clear()
    try:
        yield url
    finally:
        if not was_running and not keep_running:
            server.stop()


async def create_database(url: str) -> bool:
    """Create the database named in ``url`` when missing; True when it was created."""
    parsed = make_url(url)
    admin = create_engine(
        parsed.set(database="postgres").render_as_string(hide_password=False),
        isolation_level="AUTOCOMMIT",
    )
    try:
        async with admin.connect() as conn:
            exists = await conn.scalar(
                text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": parsed.database}
            )
            if exists:
                return False
            await conn.execute(text(f'CREATE DATABASE "{parsed.database}"'))
            return True
    finally:
        await admin.dispose()


async def drop_database(url: str) -> None:
    parsed = make_url(url)
    admin = create_engine(
        parsed.set(database="postgres").render_as_string(hide_password=False),
        isolation_level="AUTOCOMMIT",
    )
    try:
        async with admin.connect() as conn:
            await conn.execute(text(f'DROP DATABASE IF EXISTS "{parsed.database}" WITH (FORCE)'))
    finally:
        await admin.dispose()


def migrate(url: str) -> None:
    """``alembic upgrade head`` in a child process (Alembic runs its own event loop)."""
    subprocess.run(
        [sys.executable, "-m", "alembic", "upgrade", "head"],
        cwd=BACKEND,
        env={**os.environ, "DATABASE_URL": url},
        check=True,
    )


async def seed(url: str) -> str:
    from app.core.db import create_sessionmaker
    from app.seed import load_demo_data

    engine = create_engine(url)
    try:
        return await load_demo_data(create_sessionmaker(engine))
    finally:
        await engine.dispose()

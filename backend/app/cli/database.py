"""Which database a command uses, and the steps that prepare it (create, migrate, seed).

With ``DATABASE_URL`` set, that server is used as it is. Without it, the embedded
PostgreSQL cluster in ``var/postgres`` is started (and stopped again afterwards when
this command started it), holding the database ``sales``.
"""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import hashlib
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import make_url

from app.core.clock import company_today
from app.core.config import EMBEDDED_DATA_DIR, REPO_ROOT, get_settings
from app.core.db import create_engine
from app.core.embedded_postgres import SERVE_SETTINGS, EmbeddedPostgres, binary
from app.core.events import advance_transaction_ids, rebase_event_positions

BACKEND = Path(__file__).resolve().parents[2]
EMBEDDED_DATABASE = "sales"
DEMO_DUMPS = REPO_ROOT / "var" / "cache"


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


async def rebase_restored_events(url: str) -> int:
    """After restoring a dump into this cluster: the event stream's positions renumbered
    for it (``core.events.rebase_event_positions``); answers the transactions spanned."""
    engine = create_engine(url)
    try:
        async with engine.begin() as conn:
            spanned = await rebase_event_positions(conn)
        async with engine.connect() as conn:
            autocommit = await conn.execution_options(isolation_level="AUTOCOMMIT")
            await advance_transaction_ids(autocommit, past=spanned + 2)
        return spanned
    finally:
        await engine.dispose()


def demo_fingerprint() -> str:
    """What a seeded demo database depends on: the code that migrates and seeds it, and
    today's date (the demo's documents are dated relative to today)."""
    digest = hashlib.sha256(company_today().isoformat().encode())
    for path in sorted([*(BACKEND / "app").rglob("*.py"), *(BACKEND / "migrations").rglob("*.py")]):
        digest.update(str(path.relative_to(BACKEND)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:20]


@contextlib.contextmanager
def _demo_dump_lock() -> Iterator[Path]:
    """One process at a time makes or reads the dump (test workers start together)."""
    DEMO_DUMPS.mkdir(parents=True, exist_ok=True)
    with (DEMO_DUMPS / "demo.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield DEMO_DUMPS / f"demo-{demo_fingerprint()}.dump"
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def prepare_scratch_demo(url: str, *, create_schema: Callable[[str], None] | None = None) -> str:
    """Make the database ``url`` (missing so far) hold the demo: restore the dump an
    earlier run of the same code made today, or else create it (``create_schema``, by
    default create + migrate), seed it and leave its dump for the next run.

    The backend tests, the fuzz run, the web flows and the phone's contract and smoke
    runs each need a seeded scratch database; seeding costs tens of seconds, restoring
    about one. Only for the wheel's PostgreSQL: its ``pg_dump`` and ``pg_restore`` match
    that server's version, not necessarily another's.
    """
    libpq = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    with _demo_dump_lock() as dump:
        if dump.exists():
            asyncio.run(create_database(url))
            subprocess.run(
                [binary("pg_restore"), "--no-owner", "--jobs", "2", "--dbname", libpq, str(dump)],
                check=True,
            )
            asyncio.run(rebase_restored_events(url))
            return f"demo data restored from {dump.name}"
        if create_schema is None:
            asyncio.run(create_database(url))
            migrate(url)
        else:
            create_schema(url)
        loaded = asyncio.run(seed(url))
        for stale in DEMO_DUMPS.glob("demo-*.dump"):
            stale.unlink(missing_ok=True)
        partial = dump.with_name(f"{dump.name}.{os.getpid()}.partial")
        subprocess.run(
            [binary("pg_dump"), "--format", "custom", "--file", str(partial), libpq], check=True
        )
        partial.replace(dump)
        return loaded

"""Throwaway PostgreSQL databases for the suite.

The server is the one named by ``TEST_DATABASE_URL`` (or ``DATABASE_URL``), or else an
embedded scratch server that this test process starts and deletes. Each worker
migrates one template database once; every database a test uses is a copy of it
(``CREATE DATABASE ... TEMPLATE``), which costs a fraction of a migration.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
from sqlalchemy.engine import URL, make_url

from app.core.embedded_postgres import scratch_server

BACKEND = Path(__file__).resolve().parents[2]


def _given_server() -> str | None:
    return os.environ.get("TEST_DATABASE_URL") or os.environ.get("DATABASE_URL")


def is_embedded() -> bool:
    """True when the suite runs on scratch servers of its own (the wheel's PostgreSQL)."""
    return _given_server() is None


@contextlib.contextmanager
def test_server() -> Iterator[URL]:
    given = _given_server()
    if given:
        yield make_url(given)
        return
    with scratch_server() as server:
        yield make_url(server.url())


def _libpq(url: URL) -> str:
    return url.set(drivername="postgresql", database="postgres").render_as_string(
        hide_password=False
    )


def _admin(url: URL, statement: str) -> None:
    with psycopg.connect(_libpq(url), autocommit=True) as conn:
        conn.execute(statement)  # type: ignore[arg-type]


def create_database(
    server: URL, *, template: str | None = None, prefix: str = "t", name: str | None = None
) -> URL:
    name = name or f"sales_{prefix}_{uuid.uuid4().hex[:12]}"
    clause = f' TEMPLATE "{template}"' if template else ""
    _admin(server, f'CREATE DATABASE "{name}"{clause}')
    return server.set(database=name)


def drop_database(url: URL) -> None:
    _admin(url, f'DROP DATABASE IF EXISTS "{url.database}" WITH (FORCE)')


def migrate(url: URL) -> None:
    env = {**os.environ, "DATABASE_URL": url.render_as_string(hide_password=False)}
    subprocess.run(
        [sys.executable, "-m", "alembic", "upgrade", "head"],
        cwd=BACKEND,
        env=env,
        check=True,
        capture_output=True,
    )

"""The migration tree: it builds the models' schema exactly (no drift), downgrades to
nothing and upgrades again, on a database of its own."""

from __future__ import annotations

import os
import subprocess
import sys

from sqlalchemy.engine import URL

from tests.support import databases


def _alembic(url: URL, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DATABASE_URL": url.render_as_string(hide_password=False)}
    return subprocess.run(
        [sys.executable, "-m", "alembic", *args],
        cwd=databases.BACKEND,
        env=env,
        capture_output=True,
        text=True,
    )


def test_migrations_match_the_models_and_downgrade_to_nothing(database_server: URL) -> None:
    url = databases.create_database(database_server, prefix="mig")
    try:
        assert _alembic(url, "upgrade", "head").returncode == 0
        check = _alembic(url, "check")
        assert check.returncode == 0, check.stdout + check.stderr
        down = _alembic(url, "downgrade", "base")
        assert down.returncode == 0, down.stderr
        again = _alembic(url, "upgrade", "head")
        assert again.returncode == 0, again.stderr
    finally:
        databases.drop_database(url)

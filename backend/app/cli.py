"""Command line: ``python -m app.cli create-database | seed``."""

from __future__ import annotations

import asyncio
import sys

from sqlalchemy import text
from sqlalchemy.engine import make_url

from app.core.config import get_settings
from app.core.db import create_engine, create_sessionmaker


async def create_database() -> None:
    """Create the PostgreSQL database named by DATABASE_URL when missing (SQLite: its folder)."""
    url = make_url(get_settings().database_url)
    if url.get_backend_name() == "sqlite":
        if url.database:
            from pathlib import Path

            Path(url.database).parent.mkdir(parents=True, exist_ok=True)
        return
    admin = create_engine(
        url.set(database="postgres").render_as_string(hide_password=False),
        isolation_level="AUTOCOMMIT",
    )
    try:
        async with admin.connect() as conn:
            exists = await conn.scalar(
                text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": url.database}
            )
            if not exists:
                await conn.execute(text(f'CREATE DATABASE "{url.database}"'))
                print(f"created database {url.database}")
    finally:
        await admin.dispose()


async def seed() -> None:
    from app.seed import load_demo_data

    engine = create_engine(get_settings().database_url)
    try:
        summary = await load_demo_data(create_sessionmaker(engine))
        print(summary)
    finally:
        await engine.dispose()


COMMANDS = {"create-database": create_database, "seed": seed}


def main(argv: list[str]) -> int:
    if len(argv) != 1 or argv[0] not in COMMANDS:
        print(f"usage: python -m app.cli {{{'|'.join(COMMANDS)}}}", file=sys.stderr)
        return 2
    asyncio.run(COMMANDS[argv[0]]())
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

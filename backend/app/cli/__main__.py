"""``python -m app.cli <command>``: the backend's operations, each with the database
prepared the same way (``database.py``)."""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import sys
import tempfile
import uuid
from pathlib import Path

from sqlalchemy.engine import make_url

from app.cli import database, supervisor
from app.core.embedded_postgres import scratch_server


def _prepare(url: str, *, seed: bool) -> None:
    if asyncio.run(database.create_database(url)):
        print(f"created database {make_url(url).database}")
    database.migrate(url)
    if seed:
        print(asyncio.run(database.seed(url)))


def cmd_migrate(_: argparse.Namespace) -> int:
    with database.database_url() as url:
        _prepare(url, seed=False)
    return 0


def cmd_seed(_: argparse.Namespace) -> int:
    with database.database_url() as url:
        _prepare(url, seed=True)
    return 0


def cmd_rebase_events(_: argparse.Namespace) -> int:
    """After restoring a dump into another PostgreSQL cluster (docs/operations.md)."""
    with database.database_url() as url:
        spanned = asyncio.run(database.rebase_restored_events(url))
    print(f"event stream renumbered: {spanned} transactions; clients sync again")
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    """Install-free part of ``make run``: database, migrations, demo data, API + worker."""
    with database.database_url() as url:
        _prepare(url, seed=True)
        print(f"API and web app on http://{args.host}:{args.port}/ (Ctrl-C stops everything)")
        commands = [supervisor.api_command(args.host, args.port, workers=args.workers)]
        if not args.no_worker:
            commands.append(supervisor.worker_command())
        return supervisor.run_together(commands, supervisor.child_env(url))


def cmd_serve_scratch(args: argparse.Namespace) -> int:
    """A throwaway seeded stack for browser tests: its own database, deleted afterwards."""
    given = os.environ.get("TEST_DATABASE_URL") or os.environ.get("DATABASE_URL")
    if given:
        url = make_url(given).set(database=f"sales_e2e_{uuid.uuid4().hex[:10]}")
        rendered = url.render_as_string(hide_password=False)
        try:
            _prepare(rendered, seed=True)
            return _serve_scratch(rendered, args)
        finally:
            asyncio.run(database.drop_database(rendered))
    with scratch_server() as server:
        scratch = server.url("sales")
        print(database.prepare_scratch_demo(scratch))
        return _serve_scratch(scratch, args)


def _serve_scratch(url: str, args: argparse.Namespace) -> int:
    commands = [supervisor.api_command("127.0.0.1", args.port, log_level="warning")]
    commands.append(supervisor.worker_command())
    files = Path(tempfile.mkdtemp(prefix="sales-files-"))
    try:
        env = supervisor.child_env(url, SALES_FILES_DIR=str(files))
        return supervisor.run_together(commands, env)
    finally:
        shutil.rmtree(files, ignore_errors=True)


def cmd_postgres(args: argparse.Namespace) -> int:
    """Manage the embedded cluster in var/postgres by hand (status, start, stop, url)."""
    server = database.embedded_server()
    if args.action == "start":
        server.start()
        print(server.url(database.EMBEDDED_DATABASE))
    elif args.action == "stop":
        server.stop()
    elif args.action == "url":
        print(server.url(database.EMBEDDED_DATABASE))
    else:
        print("running" if server.is_running() else "stopped")
    return 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m app.cli")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("migrate", help="create the database when missing and migrate it")
    sub.add_parser("seed", help="migrate, then load the demo data (idempotent)")
    sub.add_parser(
        "rebase-events", help="after restoring a dump into another cluster: renumber the stream"
    )
    run = sub.add_parser("run", help="migrate, seed, serve the API and run the job worker")
    run.add_argument("--host", default="127.0.0.1")
    run.add_argument("--port", type=int, default=8000)
    run.add_argument("--workers", type=int, default=1, help="API processes")
    run.add_argument("--no-worker", action="store_true", help="serve without the job worker")
    scratch = sub.add_parser("serve-scratch", help="a throwaway seeded stack (browser tests)")
    scratch.add_argument("--port", type=int, required=True)
    pg = sub.add_parser("postgres", help="the embedded PostgreSQL in var/postgres")
    pg.add_argument("action", choices=["status", "start", "stop", "url"])
    args = parser.parse_args(argv)
    handlers = {
        "migrate": cmd_migrate,
        "seed": cmd_seed,
        "rebase-events": cmd_rebase_events,
        "run": cmd_run,
        "serve-scratch": cmd_serve_scratch,
        "postgres": cmd_postgres,
    }
    return handlers[args.command](args)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

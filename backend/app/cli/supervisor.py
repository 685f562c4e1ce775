"""Run the API and the job worker side by side as one command, and stop both together.

``make run`` (and the browser tests' scratch server) start here: Ctrl-C or SIGTERM
stops the children, and a child that dies stops the rest, so nothing is left behind.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

BACKEND = Path(__file__).resolve().parents[2]


def api_command(host: str, port: int, *, workers: int = 1, log_level: str = "info") -> list[str]:
    return [
        sys.executable,
        "-m",
        "uvicorn",
        "app.main:create_app",
        "--factory",
        "--host",
        host,
        "--port",
        str(port),
        "--workers",
        str(workers),
        "--log-level",
        log_level,
        "--no-access-log",
    ]


def worker_command() -> list[str]:
    return [sys.executable, "-m", "app.worker"]


def run_together(commands: Sequence[Sequence[str]], env: dict[str, str]) -> int:
    """Start every command; return when one ends or on SIGINT/SIGTERM, after stopping all."""
    children = [subprocess.Popen(list(c), cwd=BACKEND, env=env) for c in commands]
    stopping = False

    def stop(_signum: int, _frame: object) -> None:
        nonlocal stopping
        stopping = True

    previous = {s: signal.signal(s, stop) for s in (signal.SIGINT, signal.SIGTERM)}
    code = 0
    try:
        while not stopping:
            ended = [c for c in children if c.poll() is not None]
            if ended:
                code = ended[0].returncode or 0
                name = " ".join(str(a) for a in list(ended[0].args)[2:4])  # type: ignore[arg-type]
                print(f"{name} stopped (exit {code}); stopping the rest")
                break
            time.sleep(0.2)
    finally:
        for child in children:
            if child.poll() is None:
                child.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + 15
        for child in children:
            try:
                child.wait(max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                child.kill()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return code


def child_env(database_url: str, **extra: str) -> dict[str, str]:
    return {**os.environ, "DATABASE_URL": database_url, **extra}

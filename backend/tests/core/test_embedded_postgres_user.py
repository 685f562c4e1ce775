"""The embedded server's system user, made on first use as root. On a fresh machine each
pytest-xdist worker starts its own server at the same moment: concurrent useradds
clobbered each other (one answered "already exists", the other's user vanished under
its initdb), and the first `make test` on a fresh machine lost a whole worker's tests.
So useradd runs under a lock, and a process that waited for it takes the user the
other one made. useradd and the password database are stood in for here: the
machine's own are not ours to change (the race itself was reproduced by hand, with
userdel and four servers started at once)."""

from __future__ import annotations

import fcntl
import pwd
import subprocess
from typing import Any

import pytest

from app.core import embedded_postgres

ENTRY = pwd.struct_passwd(
    ("embedded_postgres", "x", 999, 999, "", "/nonexistent", "/usr/sbin/nologin")
)


class _Machine:
    """The password database (the user appears after some lookups, or once useradd
    ran) and useradd, which checks that it runs under the lock."""

    def __init__(self, *, appears_after_lookups: int | None) -> None:
        self.lookups = 0
        self.useradds = 0
        self.appears_after = appears_after_lookups
        self.made = False

    def getpwnam(self, name: str) -> pwd.struct_passwd:
        assert name == embedded_postgres.SYSTEM_USER
        self.lookups += 1
        if self.made or (self.appears_after is not None and self.lookups > self.appears_after):
            return ENTRY
        raise KeyError(name)

    def run(self, args: list[str], **_: Any) -> subprocess.CompletedProcess[bytes]:
        assert args[0] == "useradd"
        # Another process would wait here.
        with embedded_postgres._USER_LOCK.open("a") as other, pytest.raises(BlockingIOError):
            fcntl.flock(other, fcntl.LOCK_EX | fcntl.LOCK_NB)
        self.useradds += 1
        self.made = True
        return subprocess.CompletedProcess(args, 0, b"", b"")


@pytest.fixture
def stand_in(monkeypatch: pytest.MonkeyPatch) -> Any:
    def install(machine: _Machine) -> _Machine:
        monkeypatch.setattr(embedded_postgres.pwd, "getpwnam", machine.getpwnam)
        monkeypatch.setattr(embedded_postgres.subprocess, "run", machine.run)
        return machine

    return install


def test_a_new_user_is_made_once_under_the_lock(stand_in: Any) -> None:
    machine = stand_in(_Machine(appears_after_lookups=None))
    assert embedded_postgres._ensure_system_user() is ENTRY
    assert machine.useradds == 1


def test_a_user_made_while_waiting_for_the_lock_is_taken(stand_in: Any) -> None:
    # Not there at first; there once the lock is ours (the other process made it).
    machine = stand_in(_Machine(appears_after_lookups=1))
    assert embedded_postgres._ensure_system_user() is ENTRY
    assert machine.useradds == 0

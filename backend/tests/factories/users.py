"""Build valid users, teams and territories in one call. Their ids are given at once, so
records made with ``flush=False`` can name each other and be written in one flush."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.access import Role
from app.core.ids import new_id
from app.core.passwords import hash_password
from app.users.models import Team, Territory, User

PASSWORD = "correct-horse-battery"
_PASSWORD_HASH = hash_password(PASSWORD)  # argon2 is slow on purpose: hash once per run
_seq = itertools.count(1)


async def create_territory(
    session: AsyncSession,
    *,
    name: str | None = None,
    postal_prefixes: Sequence[str] = (),
    flush: bool = True,
) -> Territory:
    territory = Territory(
        id=new_id(),
        name=name or f"Territory {next(_seq)}",
        region="Test region",
        postal_prefixes=list(postal_prefixes),
    )
    session.add(territory)
    if flush:
        await session.flush()
    return territory


async def create_team(
    session: AsyncSession, *, name: str | None = None, flush: bool = True
) -> Team:
    team = Team(id=new_id(), name=name or f"Team {next(_seq)}")
    session.add(team)
    if flush:
        await session.flush()
    return team


async def create_user(
    session: AsyncSession,
    *,
    role: Role = Role.SALES_ENGINEER,
    team: Team | None = None,
    territories: Sequence[Territory] = (),
    email: str | None = None,
    is_active: bool = True,
    flush: bool = True,
) -> User:
    n = next(_seq)
    user = User(
        id=new_id(),
        email=email or f"user{n}@test.example",
        full_name=f"Test User {n}",
        role=role,
        team_id=team.id if team else None,
        password_hash=_PASSWORD_HASH,
        territories=list(territories),
        is_active=is_active,
    )
    session.add(user)
    if flush:
        await session.flush()
    return user

"""Build valid users, teams and territories in one call."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.access import Role
from app.core.passwords import hash_password
from app.users.models import Team, Territory, User

PASSWORD = "correct-horse-battery"
_PASSWORD_HASH = hash_password(PASSWORD)  # argon2 is slow on purpose: hash once per run
_seq = itertools.count(1)


async def create_territory(
    session: AsyncSession, *, name: str | None = None, postal_prefixes: Sequence[str] = ()
) -> Territory:
    territory = Territory(
        name=name or f"Territory {next(_seq)}",
        region="Test region",
        postal_prefixes=list(postal_prefixes),
    )
    session.add(territory)
    await session.flush()
    return territory


async def create_team(session: AsyncSession, *, name: str | None = None) -> Team:
    team = Team(name=name or f"Team {next(_seq)}")
    session.add(team)
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
) -> User:
    n = next(_seq)
    user = User(
        email=email or f"user{n}@test.example",
        full_name=f"Test User {n}",
        role=role,
        team_id=team.id if team else None,
        password_hash=_PASSWORD_HASH,
        territories=list(territories),
        is_active=is_active,
    )
    session.add(user)
    await session.flush()
    return user

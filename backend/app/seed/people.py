"""Territories, teams and users: admin, head1/head2, eng1..eng8 (4 per team)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.access import Role
from app.core.passwords import hash_password
from app.seed.geography import TERRITORIES
from app.users.models import Team, Territory, User

NAME = "users, teams, territories"
DEMO_PASSWORD = "demo-pass-1"
# Team 1 covers the North and the West, team 2 the South and the West.
ENGINEER_TERRITORIES = {
    1: "North",
    2: "North",
    3: "West",
    4: "West",
    5: "South",
    6: "South",
    7: "West",
    8: "South",
}
ENGINEER_NAMES = [
    "Arun Kumar",
    "Bhavna Shah",
    "Chetan Rao",
    "Deepa Menon",
    "Eshan Gupta",
    "Farah Khan",
    "Gaurav Nair",
    "Hema Iyer",
]


async def already_loaded(session: AsyncSession) -> bool:
    return (
        await session.scalar(select(User.id).where(User.email == "admin@example.com"))
    ) is not None


async def load(session: AsyncSession) -> int:
    password_hash = hash_password(DEMO_PASSWORD)
    territories = {}
    for name, (region, cities) in TERRITORIES.items():
        territories[name] = Territory(
            name=name, region=region, postal_prefixes=[c.postal_prefix for c in cities]
        )
    session.add_all(territories.values())
    teams = [Team(name="Team North-West"), Team(name="Team South-West")]
    session.add_all(teams)
    await session.flush()

    users = [
        User(
            email="admin@example.com",
            full_name="Asha Admin",
            role=Role.ADMIN,
            password_hash=password_hash,
            phone="+91 98100 00001",
        )
    ]
    heads = [
        User(
            email="head1@example.com",
            full_name="Harpreet Singh",
            role=Role.SALES_HEAD,
            team_id=teams[0].id,
            password_hash=password_hash,
            phone="+91 98100 00011",
            territories=[territories["North"], territories["West"]],
        ),
        User(
            email="head2@example.com",
            full_name="Kavya Reddy",
            role=Role.SALES_HEAD,
            team_id=teams[1].id,
            password_hash=password_hash,
            phone="+91 98100 00012",
            territories=[territories["South"], territories["West"]],
        ),
    ]
    users += heads
    for n in range(1, 9):
        users.append(
            User(
                email=f"eng{n}@example.com",
                full_name=ENGINEER_NAMES[n - 1],
                role=Role.SALES_ENGINEER,
                team_id=teams[0 if n <= 4 else 1].id,
                password_hash=password_hash,
                phone=f"+91 98200 000{n:02d}",
                territories=[territories[ENGINEER_TERRITORIES[n]]],
            )
        )
    session.add_all(users)
    await session.flush()
    teams[0].head_id, teams[1].head_id = heads[0].id, heads[1].id
    return len(users)

"""Users, teams (led by a head) and territories (customers and engineers are assigned)."""

from __future__ import annotations

import uuid

from sqlalchemy import JSON, Boolean, Column, ForeignKey, String, Table
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.core.access import Role, register_scope, visible_to_everyone
from app.core.db import Base, Entity, enum_column
from app.core.events import Tracked, track
from app.core.listen import DIRECTORY_CHANNEL

user_territories = Table(
    "user_territories",
    Base.metadata,
    Column("user_id", ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
    Column("territory_id", ForeignKey("territories.id", ondelete="CASCADE"), primary_key=True),
)


class Territory(Entity):
    __tablename__ = "territories"

    name: Mapped[str] = mapped_column(String(120), unique=True)
    region: Mapped[str] = mapped_column(String(120), index=True)
    parent_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("territories.id"), index=True)
    # Postal-code prefixes ("560", "4000") that route new leads and customers here.
    postal_prefixes: Mapped[list[str]] = mapped_column(JSON, default=list)


class Team(Entity):
    __tablename__ = "teams"

    name: Mapped[str] = mapped_column(String(120), unique=True)
    head_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", use_alter=True, ondelete="SET NULL"), index=True
    )


class User(Entity):
    __tablename__ = "users"

    email: Mapped[str] = mapped_column(String(254), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(40))
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[Role] = mapped_column(enum_column(Role), index=True)
    team_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("teams.id"), index=True)
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Secret token of the personal iCalendar feed; rotating it revokes old subscriptions.
    calendar_token: Mapped[str | None] = mapped_column(String(64), unique=True)

    territories: Mapped[list[Territory]] = relationship(
        secondary=user_territories, lazy="raise", order_by=Territory.name
    )


register_scope(User, visible_to_everyone())
register_scope(Team, visible_to_everyone())
register_scope(Territory, visible_to_everyone())
# Who a signed-in user is (role, team, territories) is cached by API processes: a change
# of a user or a team tells them to forget it (core/listen.py).
track(User, Tracked("user", label="full_name", feed="users", notify=DIRECTORY_CHANNEL))
track(Team, Tracked("team", label="name", feed="teams", notify=DIRECTORY_CHANNEL))
track(Territory, Tracked("territory", label="name", feed="territories"))

from __future__ import annotations

import uuid
from collections.abc import Collection, Iterable
from typing import Any

from sqlalchemy import ARRAY, Select, Uuid, any_, func, literal, or_, select
from sqlalchemy.orm import selectinload

from app.core.access import Principal, Role
from app.core.errors import InvalidReference
from app.core.pagination import SortOptions
from app.core.reads import Children, ReadModel
from app.core.repository import ScopedRepository
from app.core.search import matches
from app.users.errors import TeamNotFound, TerritoryNotFound, UserNotFound
from app.users.models import Team, Territory, User, user_territories
from app.users.schemas import TeamRead, TerritoryRead, UserRead

WITH_TERRITORIES = selectinload(User.territories)
# The read path (core/reads/): a user's territories through the link table, by name.
USER_READ = ReadModel(
    User,
    UserRead,
    fields={
        "territories": Children(
            user_territories.c.user_id,
            {"id": Territory.id, "name": Territory.name, "region": Territory.region},
            order_by=[Territory.name],
            where=[Territory.id == user_territories.c.territory_id],
        )
    },
)
TEAM_READ = ReadModel(Team, TeamRead)
TERRITORY_READ = ReadModel(Territory, TerritoryRead)
USER_SORT = SortOptions(
    "full_name", full_name=User.full_name, email=User.email, created_at=User.created_at
)


class UserRepository(ScopedRepository[User]):
    model = User
    not_found = UserNotFound

    def filtered(
        self,
        *,
        q: str | None,
        role: Role | None,
        team_id: uuid.UUID | None,
        is_active: bool | None,
    ) -> Select[User]:
        stmt = self.scoped()
        if q:
            stmt = stmt.where(
                or_(
                    matches(func.lower(User.full_name), q),
                    matches(func.lower(User.email), q),
                )
            )
        if role is not None:
            stmt = stmt.where(User.role == role)
        if team_id is not None:
            stmt = stmt.where(User.team_id == team_id)
        if is_active is not None:
            stmt = stmt.where(User.is_active == is_active)
        return stmt

    @staticmethod
    def people_of_records(
        principal: Principal,
        *,
        team_id: uuid.UUID | None = None,
        user_ids: Collection[uuid.UUID] | None = None,
    ) -> Any:
        """The people whose own records (field work, deals) the caller may see: self;
        a head's team; everyone for admins (``Principal.visible_owner_ids``), with their
        name, role, team and whether they are active; optionally of one team, or only
        ``user_ids`` (a subquery for reports per person)."""
        stmt = select(
            User.id,
            User.full_name,
            User.role,
            User.team_id,
            User.is_active,
            select(Team.name).where(Team.id == User.team_id).scalar_subquery().label("team_name"),
        )
        owners = principal.visible_owner_ids()
        if owners is not None:
            stmt = stmt.where(User.id == any_(literal(sorted(owners), ARRAY(Uuid()))))
        if team_id is not None:
            stmt = stmt.where(User.team_id == team_id)
        if user_ids:
            stmt = stmt.where(User.id == any_(literal(sorted(set(user_ids)), ARRAY(Uuid()))))
        return stmt

    @staticmethod
    def unscoped_member_ids(team_id: Any) -> Any:
        """Ids of the team's members (a subquery for a report's team filter); ``team_id``
        an id, or a column of another domain's row (a team's target)."""
        return select(User.id).where(User.team_id == team_id)

    @staticmethod
    def unscoped_team_name_of(team_id: Any) -> Any:
        """The name of the team ``team_id``: the directory is everyone's."""
        return select(Team.name).where(Team.id == team_id).scalar_subquery()

    @staticmethod
    def unscoped_territory_name_of(territory_id: Any) -> Any:
        """The name of the territory ``territory_id``: the directory is everyone's."""
        return select(Territory.name).where(Territory.id == territory_id).scalar_subquery()

    async def unscoped_by_email(self, email: str) -> User | None:
        stmt = select(User).where(func.lower(User.email) == email.lower())
        return (await self.session.scalars(stmt)).one_or_none()

    async def unscoped_by_calendar_token(self, token: str) -> User | None:
        stmt = select(User).where(User.calendar_token == token, User.is_active.is_(True))
        return (await self.session.scalars(stmt)).one_or_none()

    async def unscoped_get_with_territories(self, user_id: uuid.UUID) -> User | None:
        stmt = select(User).where(User.id == user_id).options(WITH_TERRITORIES)
        return (await self.session.scalars(stmt)).one_or_none()

    async def team_members_and_territories(
        self, team_id: uuid.UUID
    ) -> tuple[set[uuid.UUID], set[uuid.UUID]]:
        """Every member of a team and the territories they cover, in one statement."""
        stmt = (
            select(User.id, user_territories.c.territory_id)
            .outerjoin(user_territories, user_territories.c.user_id == User.id)
            .where(User.team_id == team_id)
        )
        members: set[uuid.UUID] = set()
        territories: set[uuid.UUID] = set()
        for user_id, territory_id in (await self.session.execute(stmt)).all():
            members.add(user_id)
            if territory_id is not None:
                territories.add(territory_id)
        return members, territories

    async def engineers_of_territory(self, territory_id: uuid.UUID) -> list[User]:
        stmt = (
            select(User)
            .join(user_territories, user_territories.c.user_id == User.id)
            .where(
                user_territories.c.territory_id == territory_id,
                User.role == Role.SALES_ENGINEER,
                User.is_active.is_(True),
            )
            .order_by(User.email)
        )
        return list((await self.session.scalars(stmt)).all())

    async def unscoped_active_ids_with_role(self, role: Role) -> list[uuid.UUID]:
        stmt = select(User.id).where(User.role == role, User.is_active.is_(True)).order_by(User.id)
        return list((await self.session.scalars(stmt)).all())


class TeamRepository(ScopedRepository[Team]):
    model = Team
    not_found = TeamNotFound

    async def unscoped_name_taken(self, name: str) -> bool:
        stmt = select(Team.id).where(func.lower(Team.name) == name.lower())
        return (await self.session.scalar(stmt)) is not None


class TerritoryRepository(ScopedRepository[Territory]):
    model = Territory
    not_found = TerritoryNotFound

    async def unscoped_name_taken(self, name: str) -> bool:
        stmt = select(Territory.id).where(func.lower(Territory.name) == name.lower())
        return (await self.session.scalar(stmt)) is not None

    async def every_one_of(self, ids: Iterable[uuid.UUID]) -> list[Territory]:
        """All of ``ids``, or a 422 on territory_ids when one is unknown."""
        wanted = set(ids)
        if not wanted:
            return []
        stmt = self.scoped().where(Territory.id.in_(wanted))
        found = list((await self.session.scalars(stmt)).all())
        if len(found) != len(wanted):
            raise InvalidReference("territory_ids")
        return found

    async def unscoped_all(self) -> list[Territory]:
        return list((await self.session.scalars(select(Territory).order_by(Territory.name))).all())

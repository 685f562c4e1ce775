"""Users, teams and territories: the company directory, managed by admins."""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Collection
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core import events
from app.core.access import ROLE_PERMISSIONS, Principal, Role, check_assignment
from app.core.clock import utcnow
from app.core.errors import InvalidReference, UnprocessableEntity, field_error
from app.core.feed import FeedRecord, load_feed
from app.core.memo import depends_on, remembered
from app.core.pagination import ListParams, SortOrder
from app.core.passwords import hash_password
from app.core.reads import visible_value
from app.core.repository import Saved
from app.users.errors import EmailTaken, NameTaken
from app.users.models import Team, Territory, User
from app.users.repository import (
    TEAM_READ,
    TERRITORY_READ,
    USER_READ,
    USER_SORT,
    WITH_TERRITORIES,
    TeamRepository,
    TerritoryRepository,
    UserRepository,
)
from app.users.schemas import (
    TeamCreate,
    TeamUpdate,
    TerritoryCreate,
    TerritoryUpdate,
    UserCreate,
    UserUpdate,
)

__all__ = ["USER_SORT"]

# Lookups of the directory remembered for a session (core/memo.py), forgotten when the
# session writes a user, a team or a territory.
DIRECTORY = "directory"
depends_on(DIRECTORY, User, Team, Territory)

# --- principals -------------------------------------------------------------------


async def principal_for_user(session: AsyncSession, user_id: uuid.UUID) -> Principal | None:
    """Everything record scoping needs to know about a signed-in user."""
    repo = UserRepository(session, _system())
    user = await repo.unscoped_get_with_territories(user_id)
    if user is None or not user.is_active:
        return None
    members: set[uuid.UUID] = set()
    member_territories: set[uuid.UUID] = set()
    if user.role is Role.SALES_HEAD and user.team_id is not None:
        members, member_territories = await repo.team_members_and_territories(user.team_id)
    return Principal(
        user_id=user.id,
        role=user.role,
        permissions=ROLE_PERMISSIONS[user.role],
        label=user.email,
        team_id=user.team_id,
        territory_ids=frozenset(t.id for t in user.territories),
        team_member_ids=frozenset(members),
        team_territory_ids=frozenset(member_territories),
    )


async def team_reach(
    session: AsyncSession, team_id: uuid.UUID
) -> tuple[frozenset[uuid.UUID], frozenset[uuid.UUID]]:
    """A team's members and the territories they cover: what its head sees (and an API
    key limited to the team)."""
    members, territories = await UserRepository(session, _system()).team_members_and_territories(
        team_id
    )
    return frozenset(members), frozenset(territories)


def _system() -> Principal:
    return Principal(
        user_id=None, role=Role.ADMIN, permissions=ROLE_PERMISSIONS[Role.ADMIN], label="system"
    )


def system_principal() -> Principal:
    """The principal of jobs and scripts (seed, imports): sees everything, audited as 'system'."""
    return _system()


async def get_user_by_email(session: AsyncSession, email: str) -> User | None:
    """A user by e-mail (any case), remembered for the session (an import's owners)."""
    return await remembered(
        session,
        DIRECTORY,
        ("email", email.lower()),
        lambda: UserRepository(session, _system()).unscoped_by_email(email),
    )


async def get_user_by_calendar_token(session: AsyncSession, token: str) -> User | None:
    return await UserRepository(session, _system()).unscoped_by_calendar_token(token)


async def engineers_of_territory(session: AsyncSession, territory_id: uuid.UUID) -> list[User]:
    return await UserRepository(session, _system()).engineers_of_territory(territory_id)


async def active_admin_ids(session: AsyncSession) -> list[uuid.UUID]:
    """Every active admin: who is told what needs an admin (a webhook disabled)."""
    return await UserRepository(session, _system()).unscoped_active_ids_with_role(Role.ADMIN)


async def find_active_user(session: AsyncSession, user_id: uuid.UUID) -> User | None:
    user = await remembered(
        session, DIRECTORY, ("id", user_id), lambda: UserRepository(session, _system()).get(user_id)
    )
    return user if user is not None and user.is_active else None


async def owner_for_new_record(
    session: AsyncSession, principal: Principal, requested: uuid.UUID | None
) -> uuid.UUID:
    """Who owns a record being made (a quote, an order): the caller unless they name
    someone they may give records to (``check_assignment``) who is an active user. An
    API key owns nothing, so it names the owner (422 ``owner_id`` otherwise)."""
    owner_id = requested or principal.user_id
    if owner_id is None:
        raise InvalidReference("owner_id")
    if owner_id != principal.user_id:
        check_assignment(principal, owner_id=owner_id)
        if await find_active_user(session, owner_id) is None:
            raise InvalidReference("owner_id")
    return owner_id


async def owner_named(
    session: AsyncSession, owner_id: uuid.UUID | None, owner_email: str | None
) -> uuid.UUID | None:
    """The owner an integration names, by id or by e-mail (an active user), else None:
    a 422 naming ``owner_email`` when no active user has it or it names another user
    than ``owner_id``."""
    if owner_email is None:
        return owner_id
    user = await get_user_by_email(session, owner_email)
    if user is None or not user.is_active:
        raise InvalidReference("owner_email")
    if owner_id is not None and owner_id != user.id:
        raise UnprocessableEntity(
            errors=[field_error("owner_email", "names another user than owner_id", "mismatch")]
        )
    return user.id


async def find_active(session: AsyncSession, user_ids: Collection[uuid.UUID]) -> set[uuid.UUID]:
    """Which of ``user_ids`` are active users (one statement): ``find_active_user`` for
    a set."""
    users = await UserRepository(session, _system()).many(user_ids)
    return {user.id for user in users if user.is_active}


def user_name_of(principal: Principal, user_id: Any) -> Any:
    """The full name of the user ``user_id`` (a column of another domain's row) when the
    caller may see that user, else null: people by name in another domain's read model."""
    return visible_value(User, User.full_name, user_id, principal)


def member_ids_of_team(team_id: Any) -> Any:
    """A subquery of the team's members, for a report's team filter (``team_id`` an id
    or another domain's column)."""
    return UserRepository.unscoped_member_ids(team_id)


def team_name_of(team_id: Any) -> Any:
    """The name of the team ``team_id`` (a column of another domain's row)."""
    return UserRepository.unscoped_team_name_of(team_id)


def territory_name_of(territory_id: Any) -> Any:
    """The name of the territory ``territory_id`` (a column of another domain's row):
    the directory is readable by everyone, so this is not per caller."""
    return UserRepository.unscoped_territory_name_of(territory_id)


def people_of_records(
    principal: Principal,
    *,
    team_id: uuid.UUID | None = None,
    user_ids: Collection[uuid.UUID] | None = None,
) -> Any:
    """The people whose records the caller may see (id, full_name, role, team_id,
    team_name, is_active), optionally of one team or among ``user_ids``: a subquery
    for reports per person (attendance)."""
    return UserRepository.people_of_records(principal, team_id=team_id, user_ids=user_ids)


async def find_team(session: AsyncSession, team_id: uuid.UUID) -> Team | None:
    return await TeamRepository(session, _system()).get(team_id)


async def find_territory(session: AsyncSession, territory_id: uuid.UUID) -> Territory | None:
    return await TerritoryRepository(session, _system()).get(territory_id)


async def territory_for_postal_code(session: AsyncSession, postal_code: str) -> Territory | None:
    """The territory whose longest postal-code prefix matches (routing rule for new records)."""
    code = postal_code.replace(" ", "")
    best: Territory | None = None
    best_length = 0
    territories = await remembered(
        session,
        DIRECTORY,
        "territories",
        lambda: TerritoryRepository(session, _system()).unscoped_all(),
    )
    for territory in territories:
        for prefix in territory.postal_prefixes:
            if code.startswith(prefix) and len(prefix) > best_length:
                best, best_length = territory, len(prefix)
    return best


async def calendar_token(session: AsyncSession, principal: Principal, *, rotate: bool) -> str:
    """The caller's secret calendar-feed token, made on first use; rotating it cuts off
    every calendar subscribed with the old one."""
    if principal.user_id is None:
        raise InvalidReference("user")
    user = await UserRepository(session, principal).get_or_404(principal.user_id)
    if rotate or user.calendar_token is None:
        user.calendar_token = secrets.token_urlsafe(32)
        await session.flush()
    return user.calendar_token


# --- users ------------------------------------------------------------------------


async def users_page(
    session: AsyncSession,
    principal: Principal,
    *,
    params: ListParams,
    fields: str | None,
    **filters: Any,
) -> bytes:
    repo = UserRepository(session, principal)
    return await repo.read_page(USER_READ, repo.filtered(**filters), params, fields=fields)


async def user_item(
    session: AsyncSession, principal: Principal, user_id: uuid.UUID, *, fields: str | None = None
) -> dict[str, Any]:
    return await UserRepository(session, principal).read_item(USER_READ, user_id, fields=fields)


async def team_items(session: AsyncSession, principal: Principal) -> list[dict[str, Any]]:
    repo = TeamRepository(session, principal)
    return await repo.read_items(TEAM_READ, repo.scoped().order_by(Team.name, Team.id))


async def team_item(
    session: AsyncSession, principal: Principal, team_id: uuid.UUID
) -> dict[str, Any]:
    return await TeamRepository(session, principal).read_item(TEAM_READ, team_id)


async def territory_items(session: AsyncSession, principal: Principal) -> list[dict[str, Any]]:
    repo = TerritoryRepository(session, principal)
    stmt = repo.scoped().order_by(Territory.name, Territory.id)
    return await repo.read_items(TERRITORY_READ, stmt)


async def territory_item(
    session: AsyncSession, principal: Principal, territory_id: uuid.UUID
) -> dict[str, Any]:
    return await TerritoryRepository(session, principal).read_item(TERRITORY_READ, territory_id)


async def get_user(session: AsyncSession, principal: Principal, user_id: uuid.UUID) -> User:
    return await UserRepository(session, principal).get_or_404(user_id, WITH_TERRITORIES)


async def list_users(
    session: AsyncSession,
    principal: Principal,
    *,
    q: str | None,
    role: Role | None,
    team_id: uuid.UUID | None,
    is_active: bool | None,
    order: SortOrder,
    limit: int,
    cursor: str | None,
) -> tuple[list[User], str | None]:
    repo = UserRepository(session, principal)
    stmt = repo.filtered(q=q, role=role, team_id=team_id, is_active=is_active)
    return await repo.page(
        stmt, order=order, limit=limit, cursor=cursor, options=[WITH_TERRITORIES]
    )


async def _check_team(
    session: AsyncSession, principal: Principal, team_id: uuid.UUID | None
) -> None:
    if team_id is not None and await TeamRepository(session, principal).get(team_id) is None:
        raise InvalidReference("team_id")


async def create_user(
    session: AsyncSession, principal: Principal, *, data: UserCreate
) -> Saved[User]:
    repo = UserRepository(session, principal)

    async def build() -> User:
        if await repo.unscoped_by_email(data.email) is not None:
            raise EmailTaken()
        await _check_team(session, principal, data.team_id)
        territories = await TerritoryRepository(session, principal).every_one_of(data.territory_ids)
        return User(
            email=data.email.lower(),
            full_name=data.full_name,
            phone=data.phone,
            password_hash=hash_password(data.password),
            role=data.role,
            team_id=data.team_id,
            territories=territories,
        )

    return await repo.create_once(data.id, build, WITH_TERRITORIES)


async def update_user(
    session: AsyncSession, principal: Principal, user: User, *, data: UserUpdate
) -> User:
    changes = data.model_dump(exclude_unset=True)
    if "team_id" in changes:
        await _check_team(session, principal, changes["team_id"])
    if "territory_ids" in changes:
        ids = changes.pop("territory_ids") or []
        territories = await TerritoryRepository(session, principal).every_one_of(ids)
        if {t.id for t in territories} != {t.id for t in user.territories}:
            user.territories = territories
            # The link table is not a column of the user: touch the row so its version
            # (what cached sign-ins compare) moves and the event names the change.
            changes["updated_at"] = utcnow()
            events.note(
                user, "user.updated", data={"territory_ids": sorted(str(t.id) for t in territories)}
            )
    if password := changes.pop("password", None):
        changes["password_hash"] = hash_password(password)
    return await UserRepository(session, principal).update(user, changes)


# --- teams ------------------------------------------------------------------------


async def _check_head(
    session: AsyncSession, principal: Principal, head_id: uuid.UUID | None
) -> None:
    if head_id is None:
        return
    head = await UserRepository(session, principal).get(head_id)
    if head is None or head.role is not Role.SALES_HEAD:
        raise InvalidReference("head_id")


async def list_teams(session: AsyncSession, principal: Principal) -> list[Team]:
    repo = TeamRepository(session, principal)
    return list((await session.scalars(repo.scoped().order_by(Team.name))).all())


async def get_team(session: AsyncSession, principal: Principal, team_id: uuid.UUID) -> Team:
    return await TeamRepository(session, principal).get_or_404(team_id)


async def create_team(
    session: AsyncSession, principal: Principal, *, data: TeamCreate
) -> Saved[Team]:
    repo = TeamRepository(session, principal)

    async def build() -> Team:
        if await repo.unscoped_name_taken(data.name):
            raise NameTaken()
        await _check_head(session, principal, data.head_id)
        return Team(name=data.name, head_id=data.head_id)

    return await repo.create_once(data.id, build)


async def update_team(
    session: AsyncSession, principal: Principal, team: Team, *, data: TeamUpdate
) -> Team:
    repo = TeamRepository(session, principal)
    changes = data.model_dump(exclude_unset=True)
    if "name" in changes and changes["name"] != team.name:
        if await repo.unscoped_name_taken(changes["name"]):
            raise NameTaken()
    if "head_id" in changes:
        await _check_head(session, principal, changes["head_id"])
    return await repo.update(team, changes)


# --- territories ------------------------------------------------------------------


async def list_territories(session: AsyncSession, principal: Principal) -> list[Territory]:
    repo = TerritoryRepository(session, principal)
    return list((await session.scalars(repo.scoped().order_by(Territory.name))).all())


async def get_territory(
    session: AsyncSession, principal: Principal, territory_id: uuid.UUID
) -> Territory:
    return await TerritoryRepository(session, principal).get_or_404(territory_id)


async def all_territories(session: AsyncSession) -> list[Territory]:
    """Every territory, for routing by postal code (jobs and services, not listings)."""
    return await TerritoryRepository(session, _system()).unscoped_all()


async def create_territory(
    session: AsyncSession, principal: Principal, *, data: TerritoryCreate
) -> Saved[Territory]:
    repo = TerritoryRepository(session, principal)

    async def build() -> Territory:
        if await repo.unscoped_name_taken(data.name):
            raise NameTaken()
        if data.parent_id is not None and await repo.get(data.parent_id) is None:
            raise InvalidReference("parent_id")
        return Territory(
            name=data.name,
            region=data.region,
            parent_id=data.parent_id,
            postal_prefixes=data.postal_prefixes,
        )

    return await repo.create_once(data.id, build)


async def update_territory(
    session: AsyncSession, principal: Principal, territory: Territory, *, data: TerritoryUpdate
) -> Territory:
    repo = TerritoryRepository(session, principal)
    changes = data.model_dump(exclude_unset=True)
    if "name" in changes and changes["name"] != territory.name:
        if await repo.unscoped_name_taken(changes["name"]):
            raise NameTaken()
    if changes.get("parent_id") is not None:
        if changes["parent_id"] == territory.id or await repo.get(changes["parent_id"]) is None:
            raise InvalidReference("parent_id")
    return await repo.update(territory, changes)


# --- the change feed ----------------------------------------------------------------


async def user_feed(
    session: AsyncSession, principal: Principal, ids: Collection[uuid.UUID]
) -> list[FeedRecord]:
    return await load_feed(UserRepository(session, principal), USER_READ, ids)


async def team_feed(
    session: AsyncSession, principal: Principal, ids: Collection[uuid.UUID]
) -> list[FeedRecord]:
    return await load_feed(TeamRepository(session, principal), TEAM_READ, ids)


async def territory_feed(
    session: AsyncSession, principal: Principal, ids: Collection[uuid.UUID]
) -> list[FeedRecord]:
    return await load_feed(TerritoryRepository(session, principal), TERRITORY_READ, ids)

"""Users, teams and territories. Everyone signed in can read the directory; admins manage it."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Depends, Request, Response

from app.auth.dependencies import DB, CurrentPrincipal, requires
from app.core.access import Permission, Principal, Role
from app.core.concurrency import IfMatch, answer_saved, check_if_match, set_etag
from app.core.errors import problem_responses
from app.core.pagination import ListParams, Page, list_params
from app.core.reads import NOT_MODIFIED, FieldsQuery, dumps, json_answer, version_etag
from app.core.routing import DomainRouter
from app.core.search import SearchQuery
from app.users import service
from app.users.dependencies import get_team_or_404, get_territory_or_404, get_user_or_404
from app.users.models import Team, Territory, User
from app.users.schemas import (
    Me,
    TeamCreate,
    TeamRead,
    TeamUpdate,
    TerritoryCreate,
    TerritoryRead,
    TerritoryUpdate,
    UserCreate,
    UserRead,
    UserUpdate,
)

router = DomainRouter()
READ = {**problem_responses(401, 403, 404, 422), **NOT_MODIFIED}
# The directory is everyone's (every role holds users:read); an API key needs the scope.
CAN_READ = requires(Permission.USERS_READ)
WRITE = problem_responses(401, 403, 404, 409, 412, 422, 428)
CREATE = problem_responses(401, 403, 409, 422)


@router.get("/users/me", response_model=Me, tags=["users"], responses=READ)
async def read_me(request: Request, session: DB, principal: CurrentPrincipal) -> Response:
    """Who am I: profile, role, team, territories and the permissions the clients use to
    show only what this user may do."""
    assert principal.user_id is not None
    item = await service.user_item(session, principal, principal.user_id)
    item["permissions"] = sorted(principal.permissions)
    return json_answer(request, dumps(item))


@router.get("/users", response_model=Page[UserRead], tags=["users"], responses=READ)
async def list_users(
    request: Request,
    session: DB,
    principal: Principal = CAN_READ,
    params: ListParams = list_params(service.USER_SORT),
    q: SearchQuery = None,
    role: Role | None = None,
    team_id: uuid.UUID | None = None,
    is_active: bool | None = None,
    fields: str | None = FieldsQuery,
) -> Response:
    """The company directory; `q` searches name and email."""
    body = await service.users_page(
        session,
        principal,
        params=params,
        fields=fields,
        q=q,
        role=role,
        team_id=team_id,
        is_active=is_active,
    )
    return json_answer(request, body)


@router.post("/users", response_model=UserRead, status_code=201, tags=["users"], responses=CREATE)
async def create_user(
    body: UserCreate,
    response: Response,
    session: DB,
    principal: Principal = requires(Permission.USERS_MANAGE),
) -> UserRead:
    """Create a user (admin). Answers 200 with the existing user when `id` was already created."""
    saved = await service.create_user(session, principal, data=body)
    return UserRead.model_validate(answer_saved(response, saved))


@router.get("/users/{user_id:uuid}", response_model=UserRead, tags=["users"], responses=READ)
async def read_user(
    user_id: uuid.UUID,
    request: Request,
    session: DB,
    principal: Principal = CAN_READ,
    fields: str | None = FieldsQuery,
) -> Response:
    item = await service.user_item(session, principal, user_id, fields=fields)
    return json_answer(request, dumps(item), etag=version_etag(item) if not fields else None)


@router.patch("/users/{user_id:uuid}", response_model=UserRead, tags=["users"], responses=WRITE)
async def update_user(
    body: UserUpdate,
    user: Annotated[User, Depends(get_user_or_404)],
    response: Response,
    session: DB,
    if_match: IfMatch,
    principal: Principal = requires(Permission.USERS_MANAGE),
) -> UserRead:
    """Change a user's profile, role, team, territories, password or active flag (admin)."""
    check_if_match(if_match, user.version)
    user = await service.update_user(session, principal, user, data=body)
    set_etag(response, user.version)
    return UserRead.model_validate(user)


@router.get("/teams", response_model=list[TeamRead], tags=["teams"], responses=READ)
async def list_teams(request: Request, session: DB, principal: Principal = CAN_READ) -> Response:
    return json_answer(request, dumps(await service.team_items(session, principal)))


@router.post("/teams", response_model=TeamRead, status_code=201, tags=["teams"], responses=CREATE)
async def create_team(
    body: TeamCreate,
    response: Response,
    session: DB,
    principal: Principal = requires(Permission.TEAMS_MANAGE),
) -> TeamRead:
    saved = await service.create_team(session, principal, data=body)
    return TeamRead.model_validate(answer_saved(response, saved))


@router.get("/teams/{team_id:uuid}", response_model=TeamRead, tags=["teams"], responses=READ)
async def read_team(
    team_id: uuid.UUID, request: Request, session: DB, principal: Principal = CAN_READ
) -> Response:
    item = await service.team_item(session, principal, team_id)
    return json_answer(request, dumps(item), etag=version_etag(item))


@router.patch("/teams/{team_id:uuid}", response_model=TeamRead, tags=["teams"], responses=WRITE)
async def update_team(
    body: TeamUpdate,
    team: Annotated[Team, Depends(get_team_or_404)],
    response: Response,
    session: DB,
    if_match: IfMatch,
    principal: Principal = requires(Permission.TEAMS_MANAGE),
) -> TeamRead:
    check_if_match(if_match, team.version)
    team = await service.update_team(session, principal, team, data=body)
    set_etag(response, team.version)
    return TeamRead.model_validate(team)


@router.get(
    "/territories", response_model=list[TerritoryRead], tags=["territories"], responses=READ
)
async def list_territories(
    request: Request, session: DB, principal: Principal = CAN_READ
) -> Response:
    return json_answer(request, dumps(await service.territory_items(session, principal)))


@router.post(
    "/territories",
    response_model=TerritoryRead,
    status_code=201,
    tags=["territories"],
    responses=CREATE,
)
async def create_territory(
    body: TerritoryCreate,
    response: Response,
    session: DB,
    principal: Principal = requires(Permission.TERRITORIES_MANAGE),
) -> TerritoryRead:
    saved = await service.create_territory(session, principal, data=body)
    return TerritoryRead.model_validate(answer_saved(response, saved))


@router.get(
    "/territories/{territory_id:uuid}",
    response_model=TerritoryRead,
    tags=["territories"],
    responses=READ,
)
async def read_territory(
    territory_id: uuid.UUID, request: Request, session: DB, principal: Principal = CAN_READ
) -> Response:
    item = await service.territory_item(session, principal, territory_id)
    return json_answer(request, dumps(item), etag=version_etag(item))


@router.patch(
    "/territories/{territory_id:uuid}",
    response_model=TerritoryRead,
    tags=["territories"],
    responses=WRITE,
)
async def update_territory(
    body: TerritoryUpdate,
    territory: Annotated[Territory, Depends(get_territory_or_404)],
    response: Response,
    session: DB,
    if_match: IfMatch,
    principal: Principal = requires(Permission.TERRITORIES_MANAGE),
) -> TerritoryRead:
    check_if_match(if_match, territory.version)
    territory = await service.update_territory(session, principal, territory, data=body)
    set_etag(response, territory.version)
    return TerritoryRead.model_validate(territory)

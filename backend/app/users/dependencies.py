from __future__ import annotations

import uuid

from app.auth.dependencies import DB, CurrentPrincipal
from app.users import service
from app.users.models import Team, Territory, User


async def get_user_or_404(user_id: uuid.UUID, session: DB, principal: CurrentPrincipal) -> User:
    return await service.get_user(session, principal, user_id)


async def get_team_or_404(team_id: uuid.UUID, session: DB, principal: CurrentPrincipal) -> Team:
    return await service.get_team(session, principal, team_id)


async def get_territory_or_404(
    territory_id: uuid.UUID, session: DB, principal: CurrentPrincipal
) -> Territory:
    return await service.get_territory(session, principal, territory_id)

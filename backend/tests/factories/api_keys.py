"""Build API keys in one call: the key and the whole secret an integration sends."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from app.api_keys import service
from app.api_keys.models import ApiKey, RowScope
from app.api_keys.schemas import ApiKeyCreate
from app.core.access import ApiScope
from app.users.models import Team, Territory, User
from app.users.service import principal_for_user


async def create_api_key(
    session: AsyncSession,
    *,
    by: User,
    scopes: Sequence[str] = ("customers:read",),
    team: Team | None = None,
    territory: Territory | None = None,
    expires_at: datetime | None = None,
    name: str = "ERP sync",
) -> tuple[ApiKey, str]:
    principal = await principal_for_user(session, by.id)
    assert principal is not None
    row_scope = RowScope.TEAM if team else RowScope.TERRITORY if territory else RowScope.ALL
    issued = await service.create_api_key(
        session,
        principal,
        data=ApiKeyCreate(
            name=name,
            scopes=[ApiScope(scope) for scope in scopes],
            row_scope=row_scope,
            team_id=team.id if team else None,
            territory_id=territory.id if territory else None,
            expires_at=expires_at,
        ),
    )
    await session.commit()
    return issued.key, issued.presented


def key_auth(secret: str) -> dict[str, str]:
    return {"X-API-Key": secret}

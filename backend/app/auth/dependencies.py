"""Authentication for every route: the bearer token becomes a ``Principal``."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.security import OAuth2PasswordBearer
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth import service
from app.auth.errors import InvalidAccessToken
from app.core.access import Permission, Principal
from app.core.errors import Unauthorized
from app.core.routing import get_db

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/api/v1/auth/token", auto_error=False)

DB = Annotated[AsyncSession, Depends(get_db)]


async def get_principal(
    request: Request, session: DB, token: Annotated[str | None, Depends(oauth2_scheme)]
) -> Principal:
    if not token:
        raise Unauthorized(headers={"WWW-Authenticate": "Bearer"})
    try:
        principal = await service.principal_for_access_token(session, token)
    except InvalidAccessToken as exc:
        exc.headers["WWW-Authenticate"] = 'Bearer error="invalid_token"'
        raise
    request.state.principal = principal
    # The unit of work acts for this caller: events name them as the actor.
    session.info["principal"] = principal
    return principal


CurrentPrincipal = Annotated[Principal, Depends(get_principal)]


def requires(permission: Permission) -> Any:
    """``principal: Principal = requires(Permission.CUSTOMERS_WRITE)``: 403 without it."""

    async def check(principal: CurrentPrincipal) -> Principal:
        principal.require(permission)
        return principal

    return Depends(check)


def subject_of_request(request: Request) -> str:
    """Idempotency keys are per caller; resolved from the token without the database."""
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() == "bearer" and token:
        return service.token_subject(token) or "anonymous"
    return "anonymous"

"""Authentication for every route: the caller's credential becomes a ``Principal``.

Three credentials, one dependency: a user's access token (``Authorization: Bearer``,
from the password flow), an API key (``X-API-Key: sk_live_…`` or ``Authorization:
Bearer sk_live_…``), or an access token made from an API key by the OAuth2
client-credentials flow. An API key may call only routes that declare the permissions
they need, and only with the scopes that carry them (decision 0036).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.openapi.models import OAuthFlowClientCredentials, OAuthFlowPassword, OAuthFlows
from fastapi.security import APIKeyHeader, OAuth2
from fastapi.security.utils import get_authorization_scheme_param
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.requests import HTTPConnection

from app.api_keys import service as api_keys
from app.auth import service
from app.core import rate_limits
from app.core.access import ApiScope, Permission, Principal
from app.core.errors import AppError, Forbidden, Unauthorized
from app.core.routing import get_db


def _describe(scope: ApiScope) -> str:
    resource, _, action = scope.value.partition(":")
    return f"{'Read' if action == 'read' else 'Create and change'} {resource.replace('_', ' ')}"


class BearerCredential(OAuth2):
    """``Authorization: Bearer``: an access token from either OAuth2 flow, or an API key."""

    async def __call__(self, request: HTTPConnection) -> str | None:
        scheme, credential = get_authorization_scheme_param(request.headers.get("Authorization"))
        return credential if scheme.lower() == "bearer" and credential else None


bearer_scheme = BearerCredential(
    flows=OAuthFlows(
        password=OAuthFlowPassword(tokenUrl="/api/v1/auth/token"),
        clientCredentials=OAuthFlowClientCredentials(
            tokenUrl="/api/v1/oauth/token",
            scopes={scope.value: _describe(scope) for scope in ApiScope},
        ),
    ),
    scheme_name="OAuth2",
    description="A user's access token (password flow, `POST /api/v1/auth/login`), an "
    "integration's token (client-credentials flow: an API key's id and secret), or an "
    "API key itself (`Bearer sk_live_…`).",
    auto_error=False,
)
api_key_scheme = APIKeyHeader(
    name="X-API-Key",
    scheme_name="ApiKey",
    description="An API key (`sk_live_…`), made by an admin under `/api/v1/api-keys`.",
    auto_error=False,
)

DB = Annotated[AsyncSession, Depends(get_db)]
Bearer = Annotated[str | None, Depends(bearer_scheme)]
ApiKeyHeader = Annotated[str | None, Depends(api_key_scheme)]


def _client_address(request: Request) -> str | None:
    return request.client.host if request.client else None


async def _authenticate(
    request: Request, session: AsyncSession, token: str | None, api_key: str | None
) -> Principal:
    key = api_key or (token if token and api_keys.presents_key(token) else None)
    if key is not None:
        try:
            return await api_keys.principal_for_key(
                session, key, ip_address=_client_address(request)
            )
        except Unauthorized as exc:
            exc.headers["WWW-Authenticate"] = (
                "APIKey" if api_key else 'Bearer error="invalid_token"'
            )
            raise
    if not token:
        raise Unauthorized(headers={"WWW-Authenticate": "Bearer"})
    try:
        return await service.principal_for_access_token(
            session, token, ip_address=_client_address(request)
        )
    except Unauthorized as exc:
        exc.headers["WWW-Authenticate"] = 'Bearer error="invalid_token"'
        raise


def route_permissions(route: Any) -> frozenset[Permission]:
    """Every permission a route's dependencies require (``requires``), found once per
    route: what an API key must hold to call it."""
    found: frozenset[Permission] | None = getattr(route, "_required_permissions", None)
    if found is None:
        needed: set[Permission] = set()
        pending = [route.dependant]
        while pending:
            dependant = pending.pop()
            permission = getattr(dependant.call, "required_permission", None)
            if permission is not None:
                needed.add(permission)
            pending.extend(dependant.dependencies)
        found = frozenset(needed)
        route._required_permissions = found
    return found


def _check_key_may_call(request: Request, principal: Principal) -> None:
    """An API key calls a route only when the route names what it needs and the key's
    scopes carry all of it. A route naming nothing acts for a person (their agenda,
    their notifications): not for a key."""
    route = request.scope.get("route")
    if getattr(getattr(route, "endpoint", None), "checks_api_keys_itself", False):
        return
    needed = route_permissions(route) if route is not None else frozenset()
    if not needed:
        raise Forbidden(
            "API keys cannot call this operation: it acts for a signed-in person",
            code="auth.not_for_api_keys",
        )
    for permission in sorted(needed):
        principal.require(permission)


async def get_principal(
    request: Request, session: DB, token: Bearer, api_key: ApiKeyHeader
) -> Principal:
    # Already known when the Idempotency-Key's namespace needed the key checked.
    principal: Principal | None = getattr(request.state, "principal", None)
    if principal is None:
        principal = await _authenticate(request, session, token, api_key)
    if principal.api_key_id is not None:
        _check_key_may_call(request, principal)
        if not hasattr(request.state, rate_limits.STATE_KEY):  # once per request
            settings = request.app.state.settings
            setattr(
                request.state,
                rate_limits.STATE_KEY,
                await rate_limits.check(
                    session,
                    subject=api_keys.key_subject(principal.api_key_id),
                    limit=settings.api_key_rate_limit,
                    redis_url=settings.redis_url,
                    now=None,
                ),
            )
    request.state.principal = principal
    # The unit of work acts for this caller: events name them as the actor.
    session.info["principal"] = principal
    return principal


CurrentPrincipal = Annotated[Principal, Depends(get_principal)]


def checks_api_keys_itself(endpoint: Any) -> Any:
    """Mark a route that names no permission yet serves API keys, deciding itself what a
    key may have from its scopes (the change feed: the records its read scopes carry)."""
    endpoint.checks_api_keys_itself = True
    return endpoint


def requires(permission: Permission) -> Any:
    """``principal: Principal = requires(Permission.CUSTOMERS_WRITE)``: 403 without it."""

    async def check(principal: CurrentPrincipal) -> Principal:
        principal.require(permission)
        return principal

    check.required_permission = permission  # type: ignore[attr-defined]
    return Depends(check)


async def subject_of_request(request: Request, session: AsyncSession) -> str:
    """Idempotency keys are per caller: a user, or an API key (whose secret is checked
    first, so no one replays a key's answers by naming its id). A user's token is read
    without the database."""
    scheme, credential = get_authorization_scheme_param(request.headers.get("authorization"))
    token = credential if scheme.lower() == "bearer" and credential else None
    api_key = request.headers.get(api_key_scheme.model.name)
    if api_key or (token and api_keys.presents_key(token)):
        try:
            principal = await _authenticate(request, session, token, api_key)
        except AppError:
            return "anonymous"  # refused again, with its reason, by get_principal
        request.state.principal = principal
        assert principal.api_key_id is not None
        return api_keys.key_subject(principal.api_key_id)
    if token:
        return service.token_subject(token) or "anonymous"
    return "anonymous"

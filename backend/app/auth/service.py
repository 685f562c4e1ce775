"""Sign-in, token rotation and sign-out; the login report's events.

Failed attempts are kept although the request answers with an error (their errors
are ``keeps_changes``), so the throttle and the login report see every one of them.
"""

from __future__ import annotations

import math
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.api_keys import service as api_keys
from app.auth import tokens
from app.auth.errors import (
    BadCredentials,
    CallerGone,
    InvalidAccessToken,
    InvalidClient,
    InvalidRefreshToken,
    InvalidScope,
    LoginThrottled,
)
from app.auth.models import LoginEvent, RefreshToken
from app.auth.repository import (
    LOGIN_EVENT_READ,
    LOGIN_EVENT_SORT,
    LoginEventRepository,
    RefreshTokenRepository,
)
from app.auth.schemas import ClientCredentialsToken, TokenPair
from app.core.access import Permission, Principal
from app.core.clock import utcnow
from app.core.config import get_settings
from app.core.errors import Unauthorized
from app.core.listen import InvalidatedCache
from app.core.pagination import ListParams
from app.core.passwords import verify_password
from app.users import service as users

__all__ = ["LOGIN_EVENT_SORT", "ClientInfo", "login", "logout", "refresh"]


@dataclass(frozen=True)
class ClientInfo:
    ip_address: str | None
    user_agent: str | None
    device_name: str | None


def _event(email: str, user_id: uuid.UUID | None, outcome: str, client: ClientInfo) -> LoginEvent:
    return LoginEvent(
        email=email,
        user_id=user_id,
        succeeded=outcome == "ok",
        outcome=outcome,
        ip_address=client.ip_address,
        user_agent=(client.user_agent or "")[:400] or None,
        device_name=client.device_name,
    )


async def _refuse_when_throttled(session: AsyncSession, *, email: str, client: ClientInfo) -> None:
    """Throttling that a stranger cannot turn against a user: failures count per account
    *and client address* (ten wrong passwords from one place lock that place out of
    that account, not the account's owner elsewhere), and per address across accounts
    (password spraying from one place slows down everything it tries)."""
    settings = get_settings()
    now = utcnow()
    window = timedelta(minutes=settings.login_window_minutes)
    failures = await LoginEventRepository(
        session, users.system_principal()
    ).unscoped_recent_failures(email=email, ip_address=client.ip_address, since=now - window)
    oldest = None
    if failures.account >= settings.login_max_failures:
        oldest = failures.account_oldest
    elif failures.address >= settings.login_max_failures_per_address:
        oldest = failures.address_oldest
    if oldest is not None:
        session.add(_event(email, None, "throttled", client))
        retry_after = max(1, math.ceil((oldest + window - now).total_seconds()))
        raise LoginThrottled(headers={"Retry-After": str(retry_after)})


async def login(
    session: AsyncSession,
    *,
    email: str,
    password: str,
    client: ClientInfo,
) -> TokenPair:
    email = email.strip().lower()
    await _refuse_when_throttled(session, email=email, client=client)

    user = await users.get_user_by_email(session, email)
    # Unknown emails are checked against a dummy hash: same answer, same time.
    password_ok = verify_password(password, user.password_hash if user else None)
    if user is None or not password_ok:
        user_id = user.id if user else None
        session.add(_event(email, user_id, "bad_credentials", client))
        raise BadCredentials()
    if not user.is_active:
        session.add(_event(email, user.id, "inactive", client))
        raise BadCredentials()

    session.add(_event(email, user.id, "ok", client))
    return await _issue_tokens(session, user.id, user.role.value, uuid.uuid4(), client.device_name)


async def _issue_tokens(
    session: AsyncSession,
    user_id: uuid.UUID,
    role: str,
    family_id: uuid.UUID,
    device_name: str | None,
) -> TokenPair:
    settings = get_settings()
    refresh = tokens.new_refresh_token()
    session.add(
        RefreshToken(
            user_id=user_id,
            token_hash=tokens.hash_token(refresh),
            family_id=family_id,
            expires_at=utcnow() + timedelta(days=settings.refresh_token_days),
            device_name=device_name,
        )
    )
    await session.flush()
    return TokenPair(
        access_token=tokens.create_access_token(user_id, role),
        refresh_token=refresh,
        expires_in=settings.access_token_minutes * 60,
    )


async def refresh(session: AsyncSession, *, refresh_token: str) -> TokenPair:
    """Rotate: the presented token is spent and a new one of the same family issued.

    A spent token presented again is a stolen copy and ends the whole sign-in, except
    within a short grace after its rotation (two tabs or a retried request refreshing
    with the same token at once): then it is rotated once more. The token's row is
    locked, so simultaneous refreshes queue instead of colliding."""
    repo = RefreshTokenRepository(session, users.system_principal())
    stored = await repo.unscoped_by_hash(tokens.hash_token(refresh_token), for_update=True)
    now = utcnow()
    if stored is None:
        raise InvalidRefreshToken()
    grace = timedelta(seconds=get_settings().refresh_reuse_grace_seconds)
    rotated_recently = stored.rotated_at is not None and now - stored.rotated_at <= grace
    if stored.revoked_at is not None and not (
        rotated_recently and stored.revoked_at == stored.rotated_at
    ):
        # A spent token came back: someone holds a copy. End the whole sign-in.
        await repo.unscoped_revoke_family(stored.family_id, now)
        raise InvalidRefreshToken()
    if stored.expires_at <= now:
        raise InvalidRefreshToken()
    principal = await users.principal_for_user(session, stored.user_id)
    if principal is None:
        raise InvalidRefreshToken()
    if stored.revoked_at is None:
        stored.revoked_at = stored.rotated_at = now
    return await _issue_tokens(
        session, stored.user_id, principal.role.value, stored.family_id, stored.device_name
    )


async def logout(session: AsyncSession, *, refresh_token: str) -> None:
    """Revoke the session family of this refresh token; unknown tokens are ignored."""
    repo = RefreshTokenRepository(session, users.system_principal())
    stored = await repo.unscoped_by_hash(tokens.hash_token(refresh_token))
    if stored is not None:
        await repo.unscoped_revoke_family(stored.family_id, utcnow())


# Who each signed-in user is, kept by this process while it listens for directory
# changes (app.main's lifespan): a request then costs no query to know its caller.
PRINCIPALS: InvalidatedCache[uuid.UUID, Principal] = InvalidatedCache(max_age_seconds=30)


async def principal_for_access_token(
    session: AsyncSession, token: str, *, ip_address: str | None = None
) -> Principal:
    try:
        claims = tokens.access_token_claims(token)
    except tokens.InvalidToken:
        raise InvalidAccessToken()
    if claims.kind == "api_key":
        # Made from an API key: the key must still be neither revoked nor expired.
        return await api_keys.principal_for_key_id(
            session, claims.subject, ip_address=ip_address, scopes=claims.scope
        )
    user_id = claims.subject
    principal = PRINCIPALS.get(user_id)
    if principal is None:
        principal = await users.principal_for_user(session, user_id)
        if principal is None:
            raise InvalidAccessToken()
        PRINCIPALS.put(user_id, principal)
    return principal


async def principal_for_deferred_work(
    session: AsyncSession,
    *,
    user_id: uuid.UUID | None,
    api_key_id: uuid.UUID | None,
    permission: Permission,
) -> Principal:
    """Who a job works for (an import or an export asked for earlier), read afresh: the
    API key, unless revoked or expired since, or the person, unless deactivated; holding
    ``permission`` still. Refusals are ``AppError``s saying why."""
    if api_key_id is not None:
        principal = await api_keys.principal_for_work_of(session, api_key_id)
    else:
        person = await users.principal_for_user(session, user_id) if user_id else None
        if person is None:
            raise CallerGone()
        principal = person
    principal.require(permission)
    return principal


def token_subject(token: str) -> str | None:
    """The caller behind a bearer token, without a database round trip (idempotency keys)."""
    try:
        claims = tokens.access_token_claims(token)
    except tokens.InvalidToken:
        return None
    if claims.kind == "api_key":
        return api_keys.key_subject(claims.subject)
    return f"user:{claims.subject}"


async def client_credentials_token(
    session: AsyncSession,
    *,
    client_id: str,
    client_secret: str,
    scope: str | None,
    ip_address: str | None,
) -> ClientCredentialsToken:
    """OAuth2 client credentials (RFC 6749 §4.4): an API key's id and secret for a
    short-lived access token acting as the key, with all its scopes or the ones asked
    for (which must be the key's)."""
    try:
        principal, key_scopes = await api_keys.principal_for_client(
            session, client_id=client_id, client_secret=client_secret, ip_address=ip_address
        )
    except Unauthorized as refused:
        raise InvalidClient(refused.detail or refused.title) from None
    granted = key_scopes
    if scope is not None:
        asked = frozenset(scope.split())
        if not asked or not asked <= key_scopes:
            unknown = ", ".join(sorted(asked - key_scopes)) or "none"
            raise InvalidScope(f"Not scopes of this key: {unknown}")
        granted = asked
    assert principal.api_key_id is not None
    return ClientCredentialsToken(
        access_token=tokens.create_access_token(
            principal.api_key_id, principal.role.value, kind="api_key", scope=granted
        ),
        expires_in=get_settings().access_token_minutes * 60,
        scope=" ".join(sorted(granted)),
    )


async def login_events_page(
    session: AsyncSession,
    principal: Principal,
    *,
    user_id: uuid.UUID | None,
    succeeded: bool | None,
    since: datetime | None,
    until: datetime | None,
    params: ListParams,
) -> bytes:
    repo = LoginEventRepository(session, principal)
    stmt = repo.filtered(user_id=user_id, succeeded=succeeded, since=since, until=until)
    return await repo.read_page(LOGIN_EVENT_READ, stmt, params)


def login_summaries(principal: Principal, *, since: datetime, until: datetime) -> Any:
    """Per person, the sign-ins the caller may see in [since, until): a subquery for the
    login report (``LoginEventRepository.summaries`` names the columns)."""
    return LoginEventRepository.summaries(principal, since=since, until=until)

"""API keys: made, rotated and revoked by admins; presented by integrations.

An integration sends ``sk_live_<id>_<secret>``: a recognisable prefix (secret scanners
and people spot a leaked key), the key's id (to find its row without searching) and
32 random bytes. Only the secret's SHA-256 is stored. A slow password hash buys
nothing here: it protects guessable secrets, and these are 256 random bits no one
can guess, fast or slow; a fast hash keeps each request's check cheap
(docs/decisions/0036).

Who a key is (its principal: scopes and reach) is kept by the process like a user's,
and forgotten when a key, a user or a team changes (the directory channel).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import uuid
from collections.abc import Collection
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any, NamedTuple

from sqlalchemy.ext.asyncio import AsyncSession

from app.api_keys.errors import ApiKeyExpired, ApiKeyInactive, ApiKeyRevoked, InvalidApiKey
from app.api_keys.models import ApiKey, RowScope
from app.api_keys.repository import API_KEY_READ, API_KEY_SORT, ApiKeyRepository
from app.api_keys.schemas import ApiKeyCreate
from app.core import events
from app.core.access import Principal, Role, permissions_of_scopes
from app.core.clock import utcnow
from app.core.errors import InvalidReference, UnprocessableEntity, field_error
from app.core.ids import new_id
from app.core.listen import InvalidatedCache
from app.core.pagination import ListParams
from app.users import service as users

__all__ = ["API_KEY_SORT", "KEY_PREFIX", "IssuedKey"]

KEY_PREFIX = "sk_live_"
_ID_LENGTH = 32  # the id's hex digits
# A key's last use is written at most this often (per process): not a write per request.
USE_NOTED_EVERY = timedelta(minutes=1)
# The reach of a key is the reach of this role over its rows (never its permissions).
_REACH = {
    RowScope.ALL: Role.ADMIN,
    RowScope.TEAM: Role.SALES_HEAD,
    RowScope.TERRITORY: Role.SALES_ENGINEER,
}


def hash_secret(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def presents_key(credential: str) -> bool:
    """Whether a credential is an API key (rather than an access token)."""
    return credential.startswith(KEY_PREFIX)


def parse_key(presented: str) -> tuple[uuid.UUID, str] | None:
    """The key's id and secret, or None for anything not shaped like a key."""
    if not presents_key(presented):
        return None
    rest = presented.removeprefix(KEY_PREFIX)
    id_hex, separator, secret = rest[:_ID_LENGTH], rest[_ID_LENGTH : _ID_LENGTH + 1], rest[33:]
    if separator != "_" or not secret:
        return None
    try:
        return uuid.UUID(hex=id_hex), secret
    except ValueError:
        return None


def key_subject(key_id: uuid.UUID) -> str:
    """A key's namespace of Idempotency-Keys (apart from every user's)."""
    return f"api_key:{key_id}"


# --- presenting a key ------------------------------------------------------------------


@dataclass
class KeyCredential:
    """What checking a presented key needs, kept by the process between requests."""

    key_id: uuid.UUID
    secret_hash: str
    previous_secret_hash: str | None
    previous_secret_valid_until: datetime | None
    expires_at: datetime | None
    revoked_at: datetime | None
    scopes: frozenset[str]
    principal: Principal
    last_used_at: datetime | None

    def accepts(self, secret: str, now: datetime) -> bool:
        presented = hash_secret(secret)
        if hmac.compare_digest(presented, self.secret_hash):
            return True
        return (
            self.previous_secret_hash is not None
            and self.previous_secret_valid_until is not None
            and now < self.previous_secret_valid_until
            and hmac.compare_digest(presented, self.previous_secret_hash)
        )

    def check_usable(self, now: datetime) -> None:
        if self.revoked_at is not None:
            raise ApiKeyRevoked()
        if self.expires_at is not None and self.expires_at <= now:
            raise ApiKeyExpired()


CREDENTIALS: InvalidatedCache[uuid.UUID, KeyCredential] = InvalidatedCache(max_age_seconds=30)


async def _principal_of(session: AsyncSession, key: ApiKey) -> Principal:
    members: frozenset[uuid.UUID] = frozenset()
    member_territories: frozenset[uuid.UUID] = frozenset()
    if key.row_scope is RowScope.TEAM and key.team_id is not None:
        members, member_territories = await users.team_reach(session, key.team_id)
    return Principal(
        user_id=None,
        role=_REACH[key.row_scope],
        permissions=permissions_of_scopes(key.scopes),
        label=key.name,
        team_id=key.team_id,
        territory_ids=frozenset({key.territory_id}) if key.territory_id else frozenset(),
        team_member_ids=members,
        team_territory_ids=member_territories,
        api_key_id=key.id,
    )


async def _credential(session: AsyncSession, key_id: uuid.UUID) -> KeyCredential | None:
    found = CREDENTIALS.get(key_id)
    if found is not None:
        return found
    key = await ApiKeyRepository(session, users.system_principal()).unscoped_get(key_id)
    if key is None:
        return None
    found = KeyCredential(
        key_id=key.id,
        secret_hash=key.secret_hash,
        previous_secret_hash=key.previous_secret_hash,
        previous_secret_valid_until=key.previous_secret_valid_until,
        expires_at=key.expires_at,
        revoked_at=key.revoked_at,
        scopes=frozenset(key.scopes),
        principal=await _principal_of(session, key),
        last_used_at=key.last_used_at,
    )
    CREDENTIALS.put(key_id, found)
    return found


async def _note_use(
    session: AsyncSession, credential: KeyCredential, now: datetime, ip_address: str | None
) -> None:
    last = credential.last_used_at
    if last is not None and now - last < USE_NOTED_EVERY:
        return
    credential.last_used_at = now
    await ApiKeyRepository(session, users.system_principal()).unscoped_record_use(
        credential.key_id, at=now, ip_address=ip_address, every=USE_NOTED_EVERY
    )


async def _checked(
    session: AsyncSession, key_id: uuid.UUID, secret: str, now: datetime
) -> KeyCredential:
    credential = await _credential(session, key_id)
    # An unknown id and a wrong secret answer alike; revoked and expired are told only
    # to a caller who holds the secret.
    if credential is None or not credential.accepts(secret, now):
        raise InvalidApiKey()
    credential.check_usable(now)
    return credential


async def principal_for_key(
    session: AsyncSession, presented: str, *, ip_address: str | None
) -> Principal:
    """The caller presenting ``sk_live_…`` (401 unless the key is known, the secret
    right, and the key neither revoked nor expired)."""
    parsed = parse_key(presented)
    if parsed is None:
        raise InvalidApiKey()
    now = utcnow()
    credential = await _checked(session, *parsed, now)
    await _note_use(session, credential, now, ip_address)
    return credential.principal


async def principal_for_client(
    session: AsyncSession, *, client_id: str, client_secret: str, ip_address: str | None
) -> tuple[Principal, frozenset[str]]:
    """OAuth2 client credentials (the key's id and secret): the key's principal and
    scopes, for a token made from them."""
    try:
        key_id = uuid.UUID(client_id)
    except ValueError:
        raise InvalidApiKey() from None
    now = utcnow()
    credential = await _checked(session, key_id, client_secret, now)
    await _note_use(session, credential, now, ip_address)
    return credential.principal, credential.scopes


async def principal_for_key_id(
    session: AsyncSession,
    key_id: uuid.UUID,
    *,
    ip_address: str | None,
    scopes: Collection[str] | None,
) -> Principal:
    """The key behind an access token of the client-credentials flow (its signature
    checked already): still neither revoked nor expired, holding the token's scopes
    (never more than the key's own)."""
    credential = await _credential(session, key_id)
    if credential is None:
        raise InvalidApiKey()
    now = utcnow()
    credential.check_usable(now)
    await _note_use(session, credential, now, ip_address)
    principal = credential.principal
    if scopes is not None:
        narrowed = permissions_of_scopes(credential.scopes & set(scopes))
        if narrowed != principal.permissions:
            principal = replace(principal, permissions=narrowed)
    return principal


async def principal_for_work_of(session: AsyncSession, key_id: uuid.UUID) -> Principal:
    """The key's principal for work it asked for earlier (an import run by the job
    worker), read afresh (not from a process's cache): refused like a request (401
    codes) once the key is revoked or expired."""
    key = await ApiKeyRepository(session, users.system_principal()).unscoped_get(key_id)
    if key is None:
        raise InvalidApiKey()
    if key.revoked_at is not None:
        raise ApiKeyRevoked()
    if key.expires_at is not None and key.expires_at <= utcnow():
        raise ApiKeyExpired()
    return await _principal_of(session, key)


# --- managing keys (admins) ------------------------------------------------------------


class IssuedKey(NamedTuple):
    """A key just made or rotated, and its secret: the only time anyone sees it."""

    key: ApiKey
    secret: str

    @property
    def presented(self) -> str:
        return f"{self.key.prefix}_{self.secret}"


async def api_keys_page(
    session: AsyncSession, principal: Principal, *, params: ListParams, revoked: bool | None
) -> bytes:
    repo = ApiKeyRepository(session, principal)
    return await repo.read_page(API_KEY_READ, repo.filtered(revoked=revoked), params)


async def api_key_item(
    session: AsyncSession, principal: Principal, key_id: uuid.UUID
) -> dict[str, Any]:
    return await ApiKeyRepository(session, principal).read_item(API_KEY_READ, key_id)


async def get_api_key(session: AsyncSession, principal: Principal, key_id: uuid.UUID) -> ApiKey:
    return await ApiKeyRepository(session, principal).get_or_404(key_id)


def _new_secret() -> tuple[str, str, str]:
    """A secret, its hash and its hint."""
    secret = secrets.token_urlsafe(32)
    return secret, hash_secret(secret), secret[-4:]


async def create_api_key(
    session: AsyncSession, principal: Principal, *, data: ApiKeyCreate
) -> IssuedKey:
    if data.expires_at is not None and data.expires_at <= utcnow():
        raise UnprocessableEntity(errors=[field_error("expires_at", "must be in the future")])
    if data.team_id is not None and await users.find_team(session, data.team_id) is None:
        raise InvalidReference("team_id")
    if (
        data.territory_id is not None
        and await users.find_territory(session, data.territory_id) is None
    ):
        raise InvalidReference("territory_id")
    secret, secret_hash, hint = _new_secret()
    key_id = new_id()
    key = ApiKey(
        id=key_id,
        name=data.name,
        prefix=f"{KEY_PREFIX}{key_id.hex}",
        secret_hint=hint,
        secret_hash=secret_hash,
        scopes=[scope.value for scope in data.scopes],
        row_scope=data.row_scope,
        team_id=data.team_id,
        territory_id=data.territory_id,
        expires_at=data.expires_at,
        created_by_id=principal.user_id,
    )
    await ApiKeyRepository(session, principal).insert(key)
    return IssuedKey(key, secret)


async def rotate_api_key(
    session: AsyncSession, principal: Principal, key: ApiKey, *, grace_minutes: int
) -> IssuedKey:
    """A new secret. The old one stops now, or works ``grace_minutes`` more so the
    integration can switch without an outage (a secret older than that stops now)."""
    repo = ApiKeyRepository(session, principal)
    key = await repo.lock(key)
    now = utcnow()
    if key.revoked_at is not None or (key.expires_at is not None and key.expires_at <= now):
        raise ApiKeyInactive("Only an active key is rotated; create a new one")
    secret, secret_hash, hint = _new_secret()
    grace = timedelta(minutes=grace_minutes)
    events.note(key, "api_key.rotated", data={"grace_minutes": grace_minutes})
    return IssuedKey(
        await repo.update(
            key,
            {
                "previous_secret_hash": key.secret_hash if grace else None,
                "previous_secret_valid_until": now + grace if grace else None,
                "secret_hash": secret_hash,
                "secret_hint": hint,
                "rotated_at": now,
            },
        ),
        secret,
    )


async def revoke_api_key(session: AsyncSession, principal: Principal, key: ApiKey) -> ApiKey:
    """Revoke for good: every request with the key, and every token made from it, is
    refused from now on. Revoking a revoked key changes nothing."""
    repo = ApiKeyRepository(session, principal)
    key = await repo.lock(key)
    if key.revoked_at is not None:
        return key
    events.note(key, "api_key.revoked")
    return await repo.update(
        key,
        {"revoked_at": utcnow(), "previous_secret_hash": None, "previous_secret_valid_until": None},
    )

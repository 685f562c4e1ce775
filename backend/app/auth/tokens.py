"""Token code, all in one module: access JWTs (python-jose) and opaque refresh tokens.

Swapping the JWT library (e.g. for PyJWT) touches this file only.
"""

from __future__ import annotations

import functools
import hashlib
import secrets
import uuid
from collections.abc import Collection
from datetime import datetime, timedelta
from typing import Any, NamedTuple

from jose import JWTError, jwt

from app.core.clock import utcnow
from app.core.config import get_settings

ALGORITHM = "HS256"


class InvalidToken(Exception):
    pass


def create_access_token(
    subject_id: uuid.UUID,
    role: str,
    *,
    now: datetime | None = None,
    kind: str = "user",
    scope: Collection[str] | None = None,
) -> str:
    """A user's access token, or (``kind="api_key"``) one made from an API key by the
    client-credentials flow, carrying the scopes it was granted."""
    settings = get_settings()
    issued = now or utcnow()
    claims: dict[str, Any] = {
        "sub": str(subject_id),
        "role": role,
        "typ": "access",
        "iat": int(issued.timestamp()),
        "exp": int((issued + timedelta(minutes=settings.access_token_minutes)).timestamp()),
        "jti": uuid.uuid4().hex,
    }
    if kind != "user":
        claims["kind"] = kind
    if scope is not None:
        claims["scope"] = " ".join(sorted(scope))
    return str(jwt.encode(claims, settings.secret_key, algorithm=ALGORITHM))


def decode_access_token(token: str) -> dict[str, Any]:
    try:
        # A token without an expiry would be valid forever: refused, like a forged one.
        claims: dict[str, Any] = jwt.decode(
            token,
            get_settings().secret_key,
            algorithms=[ALGORITHM],
            options={"require_exp": True, "require_iat": True, "require_sub": True},
        )
    except JWTError as exc:
        raise InvalidToken(str(exc)) from None
    if claims.get("typ") != "access" or "sub" not in claims:
        raise InvalidToken("not an access token")
    return claims


class AccessClaims(NamedTuple):
    kind: str  # "user" or "api_key"
    subject: uuid.UUID
    expires: int
    scope: frozenset[str] | None  # an API key's token: the scopes granted to it


@functools.lru_cache(maxsize=4096)
def _verified(token: str) -> AccessClaims:
    claims = decode_access_token(token)
    kind = claims.get("kind", "user")
    scope = claims.get("scope")
    if kind not in ("user", "api_key") or not isinstance(scope, str | None):
        raise InvalidToken("malformed claims")
    try:
        subject, expires = uuid.UUID(claims["sub"]), int(claims["exp"])
    except (ValueError, TypeError):
        raise InvalidToken("malformed claims") from None
    granted = frozenset(scope.split()) if scope is not None else None
    return AccessClaims(kind, subject, expires, granted)


def access_token_claims(token: str) -> AccessClaims:
    """Whom an access token names, once its signature and expiry are checked; a token
    seen before is not verified again (only its expiry is)."""
    claims = _verified(token)
    if claims.expires <= utcnow().timestamp():
        raise InvalidToken("expired")
    return claims


def new_refresh_token() -> str:
    return secrets.token_urlsafe(48)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()

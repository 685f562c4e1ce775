"""Token code, all in one module: access JWTs (python-jose) and opaque refresh tokens.

Swapping the JWT library (e.g. for PyJWT) touches this file only.
"""

from __future__ import annotations

import functools
import hashlib
import secrets
import uuid
from datetime import datetime, timedelta
from typing import Any

from jose import JWTError, jwt

from app.core.clock import utcnow
from app.core.config import get_settings

ALGORITHM = "HS256"


class InvalidToken(Exception):
    pass


def create_access_token(user_id: uuid.UUID, role: str, *, now: datetime | None = None) -> str:
    settings = get_settings()
    issued = now or utcnow()
    claims = {
        "sub": str(user_id),
        "role": role,
        "typ": "access",
        "iat": int(issued.timestamp()),
        "exp": int((issued + timedelta(minutes=settings.access_token_minutes)).timestamp()),
        "jti": uuid.uuid4().hex,
    }
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


@functools.lru_cache(maxsize=4096)
def _verified(token: str) -> tuple[uuid.UUID, int]:
    claims = decode_access_token(token)
    try:
        return uuid.UUID(claims["sub"]), int(claims["exp"])
    except (ValueError, TypeError):
        raise InvalidToken("malformed claims") from None


def access_token_user(token: str) -> uuid.UUID:
    """The user an access token names, once its signature and expiry are checked; a
    token seen before is not verified again (only its expiry is)."""
    user_id, expires = _verified(token)
    if expires <= utcnow().timestamp():
        raise InvalidToken("expired")
    return user_id


def new_refresh_token() -> str:
    return secrets.token_urlsafe(48)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()

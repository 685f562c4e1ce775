"""The webhooks' signing secrets, sealed at rest.

The server signs every delivery, so it must be able to read the secret (a hash would
not do, unlike an API key's). A copy of the database (a backup, a dump) should not be
enough to forge deliveries an ERP would trust, so the secret is stored sealed (Fernet:
AES-128-CBC with an HMAC) with keys that live in the settings, not the database:
``SALES_WEBHOOK_SECRET_KEYS``, the first sealing and every one opening, so a key is
changed without an outage (list the new one first, rotate the webhooks' secrets, drop
the old one). Without them the key is derived from ``SALES_SECRET_KEY``.
"""

from __future__ import annotations

import base64
import hashlib
from functools import lru_cache

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

from app.core.config import get_settings

_CONTEXT = b"sales webhook secrets\x00"


class SecretUnreadable(Exception):
    """The sealed secret opens with none of the configured keys."""


@lru_cache(maxsize=4)
def _box(keys: tuple[str, ...]) -> MultiFernet:
    return MultiFernet(
        [
            Fernet(base64.urlsafe_b64encode(hashlib.sha256(_CONTEXT + key.encode()).digest()))
            for key in keys
        ]
    )


def _current_box() -> MultiFernet:
    settings = get_settings()
    return _box(tuple(settings.webhook_secret_keys) or (settings.secret_key,))


def seal(secret: str) -> str:
    return _current_box().encrypt(secret.encode()).decode()


def unseal(sealed: str) -> str:
    try:
        return _current_box().decrypt(sealed.encode()).decode()
    except InvalidToken:
        raise SecretUnreadable(
            "the webhook's secret opens with none of SALES_WEBHOOK_SECRET_KEYS "
            "(a key was changed?): rotate the webhook's secret"
        ) from None

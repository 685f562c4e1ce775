"""Signing deliveries the Standard Webhooks way (https://www.standardwebhooks.com):

* ``webhook-id``: the event's id, the same on every attempt and replay (the receiver
  deduplicates on it);
* ``webhook-timestamp``: when this attempt was signed, in Unix seconds (the receiver
  refuses one too far from its clock: a replayed capture goes stale);
* ``webhook-signature``: ``v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{body}">`` keyed
  with the secret's bytes, the secret being ``whsec_<base64>``. Several signatures,
  separated by spaces, while a rotated secret's grace period runs (the receiver accepts
  either, so it can switch secrets without missing a delivery).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from collections.abc import Sequence

SECRET_PREFIX = "whsec_"
SECRET_BYTES = 32


def new_secret() -> str:
    return SECRET_PREFIX + base64.b64encode(secrets.token_bytes(SECRET_BYTES)).decode()


def _key(secret: str) -> bytes:
    return base64.b64decode(secret.removeprefix(SECRET_PREFIX))


def sign(secret: str, *, message_id: str, timestamp: int, body: bytes) -> str:
    signed = f"{message_id}.{timestamp}.".encode() + body
    digest = hmac.new(_key(secret), signed, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode()


def signed_headers(
    signing_secrets: Sequence[str], *, message_id: str, timestamp: int, body: bytes
) -> dict[str, str]:
    """The three headers of one attempt, signed with each secret given."""
    return {
        "webhook-id": message_id,
        "webhook-timestamp": str(timestamp),
        "webhook-signature": " ".join(
            sign(secret, message_id=message_id, timestamp=timestamp, body=body)
            for secret in signing_secrets
        ),
    }

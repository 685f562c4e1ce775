"""Our signing agrees with the Standard Webhooks reference package; sealed secrets open
only with the configured keys; every event type offered is one the stream writes."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pydantic import ValidationError
from standardwebhooks.webhooks import Webhook as StandardWebhook

from app.core.config import Settings, get_settings
from app.core.events import tracked_models
from app.webhooks.schemas import WebhookEventType
from app.webhooks.sealing import SecretUnreadable, seal, unseal
from app.webhooks.signatures import new_secret, sign, signed_headers

APP = Path(__file__).resolve().parents[2] / "app"


def test_our_signature_is_the_standard_one():
    secret = new_secret()
    body = b'{"type":"invoice.issued","data":{"number":"INV/2026-27/00001"}}'
    now = datetime.now(UTC).replace(microsecond=0)
    ours = sign(secret, message_id="019a-event", timestamp=int(now.timestamp()), body=body)
    assert ours == StandardWebhook(secret).sign("019a-event", now, body.decode())


def test_during_a_rotation_either_secret_verifies():
    old, new = new_secret(), new_secret()
    body = b'{"id":"e1"}'
    timestamp = int(datetime.now(UTC).timestamp())
    headers = signed_headers([new, old], message_id="e1", timestamp=timestamp, body=body)
    assert len(headers["webhook-signature"].split(" ")) == 2
    for secret in (old, new):
        assert StandardWebhook(secret).verify(body, headers) == {"id": "e1"}


def test_a_sealed_secret_opens_with_the_configured_keys_only(monkeypatch: pytest.MonkeyPatch):
    settings = get_settings()
    monkeypatch.setattr(settings, "webhook_secret_keys", ["old-key-" + "x" * 40])
    sealed = seal("whsec_abc")
    assert "whsec_abc" not in sealed and unseal(sealed) == "whsec_abc"
    # A new key listed first: new secrets are sealed with it, old ones still open.
    monkeypatch.setattr(
        settings, "webhook_secret_keys", ["new-key-" + "y" * 40, "old-key-" + "x" * 40]
    )
    assert unseal(sealed) == "whsec_abc"
    resealed = seal("whsec_abc")
    monkeypatch.setattr(settings, "webhook_secret_keys", ["new-key-" + "y" * 40])
    assert unseal(resealed) == "whsec_abc"
    with pytest.raises(SecretUnreadable):
        unseal(sealed)


def test_every_event_type_offered_is_written_by_the_stream():
    """A type is a change a service names (``events.note(..., "invoice.issued")``) or a
    tracked record's plain create or update (``customer.created``), archive, or erasure
    of a person's data (privacy notes ``<record>.erased``)."""
    source = "\n".join(
        path.read_text()
        for path in APP.rglob("*.py")
        if "webhooks" not in path.parts and path.name != "timeline.py"
    )
    named = set(re.findall(r'"([a-z_]+\.[a-z_]+)"', source))
    plain = {f"{t.name}.{op}" for t in tracked_models().values() for op in ("created", "updated")}
    archived = {
        f"{t.name}.{op}"
        for t in tracked_models().values()
        for op in ("archived", "unarchived", "erased")
    }
    unknown = [t.value for t in WebhookEventType if t.value not in named | plain | archived]
    assert not unknown


def test_a_short_sealing_key_is_refused_outside_dev():
    strong = "s" * 40
    with pytest.raises(ValidationError, match="SALES_WEBHOOK_SECRET_KEYS"):
        Settings(environment="production", secret_key=strong, webhook_secret_keys=["short"])
    assert Settings(
        environment="production", secret_key=strong, webhook_secret_keys=["k" * 32]
    ).webhook_secret_keys == ["k" * 32]

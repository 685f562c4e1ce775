"""Webhooks, managed by admins: subscriptions made with a secret shown once, changed,
paused and enabled again, rotated, deleted; their delivery logs, and replays of one
delivery or of every event of a time range. The sending itself: ``dispatch.py``."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import Any, NamedTuple

from prometheus_client import Gauge
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from app.core import events
from app.core.access import Principal
from app.core.clock import utcnow
from app.core.metrics import on_scrape
from app.core.pagination import ListParams
from app.core.reads import read_page
from app.webhooks import dispatch
from app.webhooks.errors import ReplayTooLarge
from app.webhooks.models import Webhook, WebhookDelivery, WebhookDeliveryStatus
from app.webhooks.repository import (
    DELIVERY_READ,
    DELIVERY_SORT,
    WEBHOOK_READ,
    WEBHOOK_SORT,
    DeliveryRepository,
    WebhookRepository,
)
from app.webhooks.schemas import (
    EVENT_TYPE_DESCRIPTIONS,
    WebhookAttemptRead,
    WebhookCreate,
    WebhookDeliveryDetail,
    WebhookDeliveryRead,
    WebhookEventType,
    WebhookEventTypeRead,
    WebhookUpdate,
)
from app.webhooks.sealing import seal
from app.webhooks.signatures import new_secret

__all__ = ["DELIVERY_SORT", "WEBHOOK_SORT", "IssuedSecret"]

# Events replayed by one request at most (a longer range: several requests).
MAX_REPLAY = 10_000


class IssuedSecret(NamedTuple):
    """A webhook just made or rotated, and its secret: the only time anyone sees it."""

    webhook: Webhook
    secret: str


def event_type_items() -> list[WebhookEventTypeRead]:
    return [
        WebhookEventTypeRead(type=event_type, description=EVENT_TYPE_DESCRIPTIONS[event_type])
        for event_type in WebhookEventType
    ]


async def webhooks_page(
    session: AsyncSession, principal: Principal, *, params: ListParams, is_enabled: bool | None
) -> bytes:
    repo = WebhookRepository(session, principal)
    return await repo.read_page(WEBHOOK_READ, repo.filtered(is_enabled=is_enabled), params)


async def webhook_item(
    session: AsyncSession, principal: Principal, webhook_id: uuid.UUID
) -> dict[str, Any]:
    return await WebhookRepository(session, principal).read_item(WEBHOOK_READ, webhook_id)


async def get_webhook(
    session: AsyncSession, principal: Principal, webhook_id: uuid.UUID
) -> Webhook:
    return await WebhookRepository(session, principal).get_or_404(webhook_id)


async def create_webhook(
    session: AsyncSession, principal: Principal, *, data: WebhookCreate
) -> IssuedSecret:
    repo = WebhookRepository(session, principal)
    secret = new_secret()
    webhook = Webhook(
        url=data.url,
        description=data.description,
        event_types=[event_type.value for event_type in data.event_types],
        is_enabled=data.is_enabled,
        secret_sealed=seal(secret),
        start_seq=await repo.stream_position(),
        consecutive_failures=0,
        created_by_id=principal.user_id,
    )
    await repo.insert(webhook)
    return IssuedSecret(webhook, secret)


async def update_webhook(
    session: AsyncSession, principal: Principal, webhook: Webhook, *, data: WebhookUpdate
) -> Webhook:
    """Change what it receives and where; ``is_enabled`` false pauses it (deliveries
    wait), true resumes it: a webhook disabled after failures starts afresh and what
    waited goes now. Pending deliveries go to the URL the webhook has when they are
    sent."""
    repo = WebhookRepository(session, principal)
    webhook = await repo.lock(webhook)
    changes: dict[str, Any] = data.model_dump(exclude_unset=True)
    if changes.get("event_types") is not None:
        changes["event_types"] = [str(event_type) for event_type in changes["event_types"]]
    enabling = changes.get("is_enabled") is True and not webhook.is_enabled
    if enabling:
        changes.update(consecutive_failures=0, disabled_at=None, disabled_reason=None)
        events.note(webhook, "webhook.enabled")
    elif changes.get("is_enabled") is False and webhook.is_enabled:
        events.note(webhook, "webhook.paused")
    webhook = await repo.update(webhook, changes)
    if enabling:
        await DeliveryRepository(session).resume_pending(webhook.id, now=utcnow())
        await dispatch.wake(session)
    return webhook


async def delete_webhook(session: AsyncSession, principal: Principal, webhook: Webhook) -> None:
    """Delete for good, with its delivery log (nothing more is sent)."""
    await WebhookRepository(session, principal).delete(webhook)


async def rotate_secret(
    session: AsyncSession, principal: Principal, webhook: Webhook, *, grace_minutes: int
) -> IssuedSecret:
    """A new secret. Deliveries are signed with it from now, and with the old one too
    for ``grace_minutes`` so the receiver can switch without refusing any (one previous
    secret at most: an older one stops now)."""
    repo = WebhookRepository(session, principal)
    webhook = await repo.lock(webhook)
    now = utcnow()
    secret = new_secret()
    grace = timedelta(minutes=grace_minutes)
    events.note(webhook, "webhook.secret_rotated", data={"grace_minutes": grace_minutes})
    webhook = await repo.update(
        webhook,
        {
            "previous_secret_sealed": webhook.secret_sealed if grace else None,
            "previous_secret_valid_until": now + grace if grace else None,
            "secret_sealed": seal(secret),
            "rotated_at": now,
        },
    )
    return IssuedSecret(webhook, secret)


# --- the delivery log ------------------------------------------------------------------


async def deliveries_page(
    session: AsyncSession,
    principal: Principal,
    webhook: Webhook,
    *,
    params: ListParams,
    status: WebhookDeliveryStatus | None,
    event_type: WebhookEventType | None,
) -> bytes:
    stmt = DeliveryRepository(session).of_webhook(
        webhook.id, status=status, event_type=event_type.value if event_type else None
    )
    return await read_page(session, principal, DELIVERY_READ, stmt, params)


async def get_delivery(
    session: AsyncSession, principal: Principal, webhook: Webhook, delivery_id: uuid.UUID
) -> WebhookDelivery:
    return await DeliveryRepository(session).get_of_webhook(webhook.id, delivery_id)


async def delivery_detail(
    session: AsyncSession, principal: Principal, delivery: WebhookDelivery
) -> WebhookDeliveryDetail:
    """A delivery with every attempt and the body it carries."""
    repo = DeliveryRepository(session)
    attempts = await repo.attempts_of(delivery.id)
    event = (await repo.events({delivery.event_id})).get(delivery.event_id)
    return WebhookDeliveryDetail(
        **WebhookDeliveryRead.model_validate(delivery).model_dump(),
        payload=dispatch.payload_of(event) if event is not None else {},
        attempts=[WebhookAttemptRead.model_validate(attempt) for attempt in attempts],
    )


async def replay_delivery(
    session: AsyncSession, principal: Principal, webhook: Webhook, delivery: WebhookDelivery
) -> WebhookDelivery:
    """Send a delivery's event again: a new delivery (the same ``webhook-id``), after
    whatever is pending for the same record."""
    replay = dispatch.pending_delivery(
        webhook.id,
        event_id=delivery.event_id,
        event_type=delivery.event_type,
        entity_type=delivery.entity_type,
        entity_id=delivery.entity_id,
        now=utcnow(),
        replay_of_id=delivery.id,
    )
    await dispatch.queue(session, [replay])
    return replay


async def replay_range(
    session: AsyncSession,
    principal: Principal,
    webhook: Webhook,
    *,
    since: datetime,
    until: datetime,
) -> int:
    """Queue every event of the webhook's types that occurred in [since, until), in the
    stream's order, whether it was delivered before or not (missed while the webhook was
    paused, or lost by the receiver). At most ``MAX_REPLAY`` at once (422 beyond)."""
    repo = DeliveryRepository(session)
    found = await repo.events_in_range(webhook.event_types, since, until, limit=MAX_REPLAY + 1)
    if len(found) > MAX_REPLAY:
        raise ReplayTooLarge(MAX_REPLAY)
    now = utcnow()
    await dispatch.queue(
        session,
        [
            dispatch.pending_delivery(
                webhook.id,
                event_id=event_id,
                event_type=event_type,
                entity_type=entity_type,
                entity_id=entity_id,
                now=now,
            )
            for event_id, event_type, entity_type, entity_id in found
        ],
    )
    return len(found)


# --- metrics (core/metrics.py) -------------------------------------------------------

DELIVERIES = Gauge(
    "sales_webhook_deliveries",
    "Webhook deliveries not yet done: waiting (pending) and, of those, retrying (at least "
    "one attempt failed)",
    ["state"],
    multiprocess_mode="max",
)
DISABLED = Gauge(
    "sales_webhooks_disabled",
    "Webhooks disabled after a run of failures (or paused by an admin)",
    multiprocess_mode="max",
)
METRICS_SQL = text(
    "SELECT (SELECT count(*) FROM webhook_deliveries WHERE status = 'pending'), "
    "(SELECT count(*) FROM webhook_deliveries WHERE status = 'pending' AND attempt_count > 0), "
    "(SELECT count(*) FROM webhooks WHERE NOT is_enabled)"
)


@on_scrape
async def _read_metrics(session: AsyncSession) -> None:
    waiting, retrying, disabled = (await session.execute(METRICS_SQL)).one()
    DELIVERIES.labels("waiting").set(waiting)
    DELIVERIES.labels("retrying").set(retrying)
    DISABLED.set(disabled)

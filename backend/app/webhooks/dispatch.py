"""The delivery machinery, run by the job worker (``jobs.py``).

* ``fan_out``: a consumer of the event stream (``core/projections.py``): each event of
  a webhook's types becomes a pending delivery, in the same transaction that moves the
  consumer's position (an event is queued once per webhook, never lost, never twice).
* ``claim_due``: a worker takes due deliveries (``FOR UPDATE SKIP LOCKED``) and leases
  them, in a short transaction, so no transaction stays open while receivers answer
  (an open one would hold the event stream's horizon back); only the first pending
  delivery of each record per webhook is due, so a record's deliveries arrive in order.
* ``record_attempts``: each attempt logged; success, or the next attempt after an
  exponential back-off, or given up; a webhook whose deliveries are given up
  ``SALES_WEBHOOK_DISABLE_AFTER_FAILURES`` times in a row is disabled and the admins are
  told (notifications).

At least once: a worker that dies after sending and before recording leaves a lease
that runs out, and the delivery is sent again with the same ``webhook-id`` (the event's
id), which is what receivers deduplicate on. Decision: docs/decisions/0037-webhooks.md.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

import orjson
from sqlalchemy.ext.asyncio import AsyncSession

from app.core import events, jobs
from app.core.clock import utcnow
from app.core.config import get_settings
from app.core.events import DomainEvent, tracking_of
from app.notifications import service as notifications
from app.users import service as users
from app.webhooks.models import Webhook, WebhookAttempt, WebhookDelivery, WebhookDeliveryStatus
from app.webhooks.repository import DeliveryRepository, WebhookRepository
from app.webhooks.schemas import WebhookEventType
from app.webhooks.sealing import SecretUnreadable, unseal
from app.webhooks.sender import Outcome, Outgoing

SEND_TASK = "webhooks.send_due"
CONSUMER = "webhooks.fan_out"
# Deliveries taken at once by a worker (sent concurrently, then recorded together).
BATCH = 20
# A lease outlasts an attempt by this much: only a dead worker's deliveries are retaken.
LEASE_MARGIN = timedelta(seconds=60)


def event_types() -> set[str]:
    return {event_type.value for event_type in WebhookEventType}


def api_time(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def payload_of(event: DomainEvent) -> dict[str, Any]:
    """What a delivery carries, built from the event when sent (so an erasure that
    scrubs the stream scrubs what is still to be sent too)."""
    found = tracking_of(event.entity_type)
    return {
        "id": str(event.id),
        "type": event.type,
        "timestamp": api_time(event.occurred_at),
        "data": {
            "object": found[1].name if found else event.entity_type,
            "id": str(event.entity_id),
            "version": event.version,
            "label": event.label,
            "operation": event.operation,
            "customer_id": str(event.customer_id) if event.customer_id else None,
            "before": event.before,
            "after": event.after,
            "details": event.data,
            "actor": {
                "kind": event.actor_kind,
                "id": str(event.actor_id) if event.actor_id else None,
                "label": event.actor_label,
            },
        },
    }


def body_of(event: DomainEvent) -> bytes:
    return orjson.dumps(payload_of(event))


def pending_delivery(
    webhook_id: uuid.UUID,
    *,
    event_id: uuid.UUID,
    event_type: str,
    entity_type: str,
    entity_id: uuid.UUID,
    now: datetime,
    replay_of_id: uuid.UUID | None = None,
) -> WebhookDelivery:
    return WebhookDelivery(
        webhook_id=webhook_id,
        event_id=event_id,
        event_type=event_type,
        entity_type=entity_type,
        entity_id=entity_id,
        status=WebhookDeliveryStatus.PENDING,
        attempt_count=0,
        next_attempt_at=now,
        replay_of_id=replay_of_id,
        created_at=now,
    )


async def wake(session: AsyncSession) -> None:
    """Have a worker send what is due once this transaction commits (a burst of wakes
    leaves one waiting job: the queueing lock)."""
    await jobs.enqueue(session, SEND_TASK, queueing_lock=SEND_TASK)


async def queue(session: AsyncSession, deliveries: Sequence[WebhookDelivery]) -> None:
    """Insert deliveries (in the order given: their record's order) and wake a worker. A
    delivery queued behind a pending one of the same record and webhook gets no time:
    it is given one when its turn comes (``record_attempts``)."""
    if not deliveries:
        return
    repo = DeliveryRepository(session)
    waiting = await repo.queue_heads({(d.webhook_id, d.entity_id) for d in deliveries})
    for delivery in deliveries:
        record = (delivery.webhook_id, delivery.entity_id)
        if record in waiting:
            delivery.next_attempt_at = None
        waiting.add(record)
    await repo.add(deliveries)
    await wake(session)


async def fan_out(session: AsyncSession, found: list[DomainEvent]) -> int:
    """One delivery per event and enabled webhook subscribed to its type (events
    written before the webhook was made are not its own)."""
    hooks = await WebhookRepository(session, users.system_principal()).unscoped_enabled()
    now = utcnow()
    deliveries = [
        pending_delivery(
            hook.id,
            event_id=event.id,
            event_type=event.type,
            entity_type=event.entity_type,
            entity_id=event.entity_id,
            now=now,
        )
        for event in found
        for hook in hooks
        if event.type in hook.event_types and event.seq > hook.start_seq
    ]
    await queue(session, deliveries)
    return len(deliveries)


def _signing_secrets(hook: Webhook, now: datetime) -> list[str]:
    found = [unseal(hook.secret_sealed)]
    if (
        hook.previous_secret_sealed is not None
        and hook.previous_secret_valid_until is not None
        and now < hook.previous_secret_valid_until
    ):
        found.append(unseal(hook.previous_secret_sealed))
    return found


async def claim_due(session: AsyncSession, *, limit: int = BATCH) -> list[Outgoing]:
    """Take the deliveries to send now, each with its signed-to-be body."""
    now = utcnow()
    repo = DeliveryRepository(session)
    lease = timedelta(seconds=get_settings().webhook_timeout_seconds) + LEASE_MARGIN
    claimed = await repo.claim_due(now=now, limit=limit, lease_until=now + lease)
    if not claimed:
        return []
    hooks = {
        hook.id: hook
        for hook in await WebhookRepository(session, users.system_principal()).unscoped_many(
            {delivery.webhook_id for delivery in claimed}
        )
    }
    found = await repo.events({delivery.event_id for delivery in claimed})
    outgoing = []
    for delivery in claimed:
        hook, event = hooks[delivery.webhook_id], found.get(delivery.event_id)
        problem = None
        signing: list[str] = []
        try:
            signing = _signing_secrets(hook, now)
        except SecretUnreadable as error:
            problem = str(error)
        if event is None:
            problem = "the event is no longer in the event stream"
        outgoing.append(
            Outgoing(
                delivery_id=delivery.id,
                webhook_id=delivery.webhook_id,
                url=hook.url,
                message_id=str(delivery.event_id),
                body=body_of(event) if event is not None else b"",
                signing_secrets=signing,
                problem=problem,
            )
        )
    return outgoing


def retry_wait(attempts_made: int, asked_seconds: float | None = None) -> timedelta:
    """The wait after the ``attempts_made``-th failed attempt: base x 4^(n-1), or longer
    when the receiver asked for longer (its Retry-After), capped either way."""
    settings = get_settings()
    backoff = settings.webhook_retry_base_seconds * 4 ** (attempts_made - 1)
    seconds = max(backoff, asked_seconds or 0)
    return timedelta(seconds=min(seconds, settings.webhook_retry_max_seconds))


class _Health:
    """A webhook's run of results while a batch is recorded."""

    def __init__(self, hook: Webhook) -> None:
        self.failures = hook.consecutive_failures
        self.last_success_at = hook.last_success_at
        self.last_failure_at = hook.last_failure_at
        self.last_error: str | None = None


async def record_attempts(
    session: AsyncSession, results: Sequence[tuple[Outgoing, Outcome]]
) -> None:
    """Log each attempt and decide what follows it."""
    if not results:
        return
    settings = get_settings()
    now = utcnow()
    repo = DeliveryRepository(session)
    hooks_repo = WebhookRepository(session, users.system_principal())
    hooks = await hooks_repo.unscoped_many({item.webhook_id for item, _ in results}, lock=True)
    health = {hook.id: _Health(hook) for hook in hooks}
    deliveries = {d.id: d for d in await repo.many({item.delivery_id for item, _ in results})}
    attempts: list[WebhookAttempt] = []
    done: list[WebhookDelivery] = []
    for item, outcome in results:
        delivery = deliveries.get(item.delivery_id)
        run = health.get(item.webhook_id)
        # Gone with its webhook, or recorded by a worker that retook an expired lease.
        if delivery is None or run is None or delivery.status is not WebhookDeliveryStatus.PENDING:
            continue
        delivery.attempt_count += 1
        attempts.append(
            WebhookAttempt(
                delivery_id=delivery.id,
                number=delivery.attempt_count,
                attempted_at=outcome.attempted_at,
                succeeded=outcome.succeeded,
                status_code=outcome.status_code,
                latency_ms=outcome.latency_ms,
                response_excerpt=outcome.response_excerpt,
                error=outcome.error,
            )
        )
        delivery.leased_until = None
        delivery.last_attempt_at = outcome.attempted_at
        delivery.last_status_code = outcome.status_code
        delivery.last_error = outcome.error
        if outcome.succeeded:
            delivery.status = WebhookDeliveryStatus.SUCCEEDED
            delivery.delivered_at = now
            delivery.next_attempt_at = None
            run.failures, run.last_success_at = 0, now
            done.append(delivery)
            continue
        run.last_failure_at, run.last_error = now, outcome.error
        if delivery.attempt_count >= settings.webhook_max_attempts:
            delivery.status = WebhookDeliveryStatus.FAILED
            delivery.next_attempt_at = None
            run.failures += 1
            done.append(delivery)
        else:
            delivery.next_attempt_at = now + retry_wait(
                delivery.attempt_count, outcome.retry_after_seconds
            )
    await repo.add(attempts)
    # Their records' next deliveries are due (after the statuses above are written: a
    # delivery queued meanwhile waited on this row's lock, so it is seen here).
    for delivery in done:
        await repo.promote_next(delivery.webhook_id, delivery.entity_id, now=now)
    for hook in hooks:
        run = health[hook.id]
        await hooks_repo.unscoped_record_health(
            hook.id,
            consecutive_failures=run.failures,
            last_success_at=run.last_success_at,
            last_failure_at=run.last_failure_at,
        )
        if hook.is_enabled and run.failures >= settings.webhook_disable_after_failures:
            await _disable(session, hooks_repo, hook, failures=run.failures, error=run.last_error)


async def _disable(
    session: AsyncSession,
    repo: WebhookRepository,
    hook: Webhook,
    *,
    failures: int,
    error: str | None,
) -> None:
    """Stop sending to a receiver that keeps failing (what is pending waits for an admin
    to enable the webhook again) and tell every admin."""
    now = utcnow()
    reason = f"{failures} deliveries in a row failed every attempt (the last: {error})"[:300]
    events.note(hook, "webhook.disabled", data={"reason": reason})
    await repo.update(hook, {"is_enabled": False, "disabled_at": now, "disabled_reason": reason})
    notices = [
        notifications.Notice(
            user_id=admin_id,
            kind="webhook.disabled",
            title=f"Webhook disabled: {hook.url}"[:300],
            body=f"{reason}. Fix the receiver, then enable the webhook again; replay what "
            "it missed from its delivery log."[:1000],
            subject_type="webhooks",
            subject_id=hook.id,
            dedupe_key=f"webhook.disabled:{hook.id}:{now.isoformat()}",
        )
        for admin_id in await users.active_admin_ids(session)
    ]
    await notifications.notify(session, users.system_principal(), notices)


async def purge_finished(session: AsyncSession) -> int:
    days = get_settings().webhook_log_retention_days
    return await DeliveryRepository(session).purge_finished(before=utcnow() - timedelta(days=days))

"""Every query of the webhooks domain (the delivery queue's SQL is PostgreSQL's:
``FOR UPDATE SKIP LOCKED``)."""

from __future__ import annotations

import uuid
from collections.abc import Collection, Sequence
from datetime import datetime

from sqlalchemy import (
    ARRAY,
    Row,
    Select,
    String,
    Uuid,
    any_,
    delete,
    func,
    literal,
    or_,
    select,
    update,
)
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from app.core.events import DomainEvent
from app.core.pagination import SortOptions
from app.core.reads import ReadModel
from app.core.repository import ScopedRepository
from app.webhooks.errors import DeliveryNotFound, WebhookNotFound
from app.webhooks.models import Webhook, WebhookAttempt, WebhookDelivery, WebhookDeliveryStatus
from app.webhooks.schemas import WebhookDeliveryRead, WebhookRead

WEBHOOK_READ = ReadModel(Webhook, WebhookRead)
WEBHOOK_SORT = SortOptions("-created_at", created_at=Webhook.created_at)
DELIVERY_READ = ReadModel(WebhookDelivery, WebhookDeliveryRead)
DELIVERY_SORT = SortOptions("-created_at", created_at=WebhookDelivery.created_at)


def _ids(ids: Collection[uuid.UUID]) -> object:
    return any_(literal(sorted(set(ids)), ARRAY(Uuid())))


class WebhookRepository(ScopedRepository[Webhook]):
    model = Webhook
    not_found = WebhookNotFound

    def filtered(self, *, is_enabled: bool | None) -> Select[Webhook]:
        stmt = self.scoped()
        if is_enabled is not None:
            stmt = stmt.where(Webhook.is_enabled.is_(is_enabled))
        return stmt

    async def lock(self, webhook: Webhook) -> Webhook:
        stmt = (
            select(Webhook)
            .where(Webhook.id == webhook.id)
            .with_for_update()
            .execution_options(populate_existing=True)
        )
        return (await self.session.scalars(stmt)).one()

    async def stream_position(self) -> int:
        """The last event's sequence number: a webhook made now takes the events after."""
        last = await self.session.scalar(select(func.coalesce(func.max(DomainEvent.seq), 0)))
        return int(last or 0)

    async def unscoped_enabled(self) -> list[Webhook]:
        """Every enabled webhook (the worker's fan-out: a handful of rows)."""
        stmt = select(Webhook).where(Webhook.is_enabled.is_(True)).order_by(Webhook.id)
        return list((await self.session.scalars(stmt)).all())

    async def unscoped_many(
        self, ids: Collection[uuid.UUID], *, lock: bool = False
    ) -> list[Webhook]:
        """Webhooks by id for the worker; ``lock``: their rows locked, in id order (two
        workers recording attempts of the same webhooks queue up without deadlock), ``FOR
        NO KEY UPDATE``: deliveries being queued for them (whose foreign key takes a key
        share lock) do not wait."""
        if not ids:
            return []
        stmt = select(Webhook).where(Webhook.id == _ids(ids)).order_by(Webhook.id)
        if lock:
            stmt = stmt.with_for_update(key_share=True).execution_options(populate_existing=True)
        return list((await self.session.scalars(stmt)).all())

    async def unscoped_record_health(
        self,
        webhook_id: uuid.UUID,
        *,
        consecutive_failures: int,
        last_success_at: datetime | None,
        last_failure_at: datetime | None,
    ) -> None:
        """How deliveries go, written as bulk SQL on purpose: no event, no new version
        (an admin's If-Match stays valid while deliveries flow)."""
        await self.session.execute(
            update(Webhook)
            .where(Webhook.id == webhook_id)
            .values(
                consecutive_failures=consecutive_failures,
                last_success_at=last_success_at,
                last_failure_at=last_failure_at,
                updated_at=Webhook.updated_at,
            )
            .execution_options(synchronize_session=False)
        )


class DeliveryRepository:
    """Deliveries and attempts: reached through a webhook the caller may see (admins),
    or by the worker."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    def of_webhook(
        self, webhook_id: uuid.UUID, *, status: WebhookDeliveryStatus | None, event_type: str | None
    ) -> Select[WebhookDelivery]:
        stmt = select(WebhookDelivery).where(WebhookDelivery.webhook_id == webhook_id)
        if status is not None:
            stmt = stmt.where(WebhookDelivery.status == status)
        if event_type is not None:
            stmt = stmt.where(WebhookDelivery.event_type == event_type)
        return stmt

    async def get_of_webhook(
        self, webhook_id: uuid.UUID, delivery_id: uuid.UUID
    ) -> WebhookDelivery:
        stmt = select(WebhookDelivery).where(
            WebhookDelivery.id == delivery_id, WebhookDelivery.webhook_id == webhook_id
        )
        found = (await self.session.scalars(stmt)).one_or_none()
        if found is None:
            raise DeliveryNotFound()
        return found

    async def attempts_of(self, delivery_id: uuid.UUID) -> list[WebhookAttempt]:
        stmt = (
            select(WebhookAttempt)
            .where(WebhookAttempt.delivery_id == delivery_id)
            .order_by(WebhookAttempt.number)
        )
        return list((await self.session.scalars(stmt)).all())

    async def events(self, event_ids: Collection[uuid.UUID]) -> dict[uuid.UUID, DomainEvent]:
        if not event_ids:
            return {}
        stmt = select(DomainEvent).where(DomainEvent.id == _ids(event_ids))
        return {event.id: event for event in (await self.session.scalars(stmt)).all()}

    async def add(self, deliveries: Sequence[WebhookDelivery | WebhookAttempt]) -> None:
        self.session.add_all(deliveries)
        await self.session.flush()

    async def many(self, ids: Collection[uuid.UUID]) -> list[WebhookDelivery]:
        if not ids:
            return []
        stmt = select(WebhookDelivery).where(WebhookDelivery.id == _ids(ids))
        return list((await self.session.scalars(stmt)).all())

    async def claim_due(
        self, *, now: datetime, limit: int, lease_until: datetime
    ) -> list[WebhookDelivery]:
        """Take up to ``limit`` deliveries to send, leased until ``lease_until``: due,
        of an enabled webhook, free (not taken by a live worker; rows another worker is
        taking right now are skipped), and first in their record's queue: a delivery
        waits while an earlier one for the same record and webhook is pending, so one
        record's deliveries arrive in order however the attempts go. Only first
        deliveries have a time, so this reads due rows only (an index range), however
        long the queues behind a failing receiver; the "first in its queue" condition
        holds whatever the times say."""
        earlier = aliased(WebhookDelivery)
        waits_behind = (
            select(earlier.id)
            .where(
                earlier.webhook_id == WebhookDelivery.webhook_id,
                earlier.entity_id == WebhookDelivery.entity_id,
                earlier.status == WebhookDeliveryStatus.PENDING,
                earlier.position < WebhookDelivery.position,
            )
            .exists()
        )
        due = (
            select(WebhookDelivery.id)
            .join(Webhook, Webhook.id == WebhookDelivery.webhook_id)
            .where(
                WebhookDelivery.status == WebhookDeliveryStatus.PENDING,
                WebhookDelivery.next_attempt_at <= now,
                or_(WebhookDelivery.leased_until.is_(None), WebhookDelivery.leased_until <= now),
                Webhook.is_enabled.is_(True),
                ~waits_behind,
            )
            .order_by(WebhookDelivery.next_attempt_at, WebhookDelivery.position)
            .limit(limit)
            .with_for_update(of=WebhookDelivery, skip_locked=True)
            .cte("due")
        )
        stmt = (
            update(WebhookDelivery)
            .where(WebhookDelivery.id == due.c.id)
            .values(leased_until=lease_until)
            .returning(WebhookDelivery)
            .execution_options(synchronize_session=False, populate_existing=True)
        )
        claimed = list((await self.session.scalars(stmt)).all())
        return sorted(claimed, key=lambda delivery: delivery.position)

    async def queue_heads(
        self, records: Collection[tuple[uuid.UUID, uuid.UUID]]
    ) -> set[tuple[uuid.UUID, uuid.UUID]]:
        """Which of these (webhook, record) pairs have a pending delivery with a time
        (the first of their queue), each locked ``FOR SHARE`` until this transaction
        ends: the worker cannot finish it meanwhile, so a delivery queued behind it now
        is seen when the worker gives the next one its time."""
        if not records:
            return set()
        stmt = (
            select(WebhookDelivery.webhook_id, WebhookDelivery.entity_id)
            .where(
                WebhookDelivery.status == WebhookDeliveryStatus.PENDING,
                WebhookDelivery.next_attempt_at.is_not(None),
                WebhookDelivery.webhook_id == _ids({webhook for webhook, _ in records}),
                WebhookDelivery.entity_id == _ids({entity for _, entity in records}),
            )
            .order_by(WebhookDelivery.id)
            .with_for_update(read=True)
        )
        found = {(row.webhook_id, row.entity_id) for row in await self.session.execute(stmt)}
        return found & set(records)

    async def promote_next(
        self, webhook_id: uuid.UUID, entity_id: uuid.UUID, *, now: datetime
    ) -> None:
        """The record's first delivery is done: the next pending one (if any) is due."""
        first = (
            select(WebhookDelivery.id)
            .where(
                WebhookDelivery.webhook_id == webhook_id,
                WebhookDelivery.entity_id == entity_id,
                WebhookDelivery.status == WebhookDeliveryStatus.PENDING,
            )
            .order_by(WebhookDelivery.position)
            .limit(1)
            .scalar_subquery()
        )
        await self.session.execute(
            update(WebhookDelivery)
            .where(
                WebhookDelivery.id == first,
                or_(
                    WebhookDelivery.next_attempt_at.is_(None), WebhookDelivery.next_attempt_at > now
                ),
            )
            .values(next_attempt_at=now)
            .execution_options(synchronize_session=False)
        )

    async def resume_pending(self, webhook_id: uuid.UUID, *, now: datetime) -> None:
        """A webhook enabled again: the first delivery of each record's queue goes now
        (the back-off was the receiver's failures, which the admin says are over)."""
        earlier = aliased(WebhookDelivery)
        first_in_queue = ~(
            select(earlier.id)
            .where(
                earlier.webhook_id == WebhookDelivery.webhook_id,
                earlier.entity_id == WebhookDelivery.entity_id,
                earlier.status == WebhookDeliveryStatus.PENDING,
                earlier.position < WebhookDelivery.position,
            )
            .exists()
        )
        await self.session.execute(
            update(WebhookDelivery)
            .where(
                WebhookDelivery.webhook_id == webhook_id,
                WebhookDelivery.status == WebhookDeliveryStatus.PENDING,
                or_(
                    WebhookDelivery.next_attempt_at.is_(None), WebhookDelivery.next_attempt_at > now
                ),
                first_in_queue,
            )
            .values(next_attempt_at=now)
            .execution_options(synchronize_session=False)
        )

    async def events_in_range(
        self, types: Sequence[str], since: datetime, until: datetime, *, limit: int
    ) -> Sequence[Row[uuid.UUID, str, str, uuid.UUID]]:
        """Up to ``limit`` events of ``types`` that occurred in [since, until), in the
        stream's order: (id, type, entity_type, entity_id)."""
        stmt = (
            select(DomainEvent.id, DomainEvent.type, DomainEvent.entity_type, DomainEvent.entity_id)
            .where(
                DomainEvent.type == any_(literal(list(types), ARRAY(String()))),
                DomainEvent.occurred_at >= since,
                DomainEvent.occurred_at < until,
            )
            .order_by(DomainEvent.txid, DomainEvent.seq)
            .limit(limit)
        )
        return (await self.session.execute(stmt)).all()

    async def purge_finished(self, *, before: datetime) -> int:
        """Forget finished deliveries made before ``before`` (their attempts go with
        them); pending ones stay whatever their age."""
        result = await self.session.execute(
            delete(WebhookDelivery).where(
                WebhookDelivery.status != WebhookDeliveryStatus.PENDING,
                WebhookDelivery.created_at < before,
            )
        )
        return int(result.rowcount or 0)  # type: ignore[attr-defined]

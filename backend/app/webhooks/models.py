"""Webhooks: an integration's subscription to events of the stream, and the deliveries
made for it.

A webhook names a target URL, the event types it wants and a signing secret (sealed in
the database: the server must sign with it, so it cannot be hashed). Each event of its
types becomes a delivery, sent by the job worker, signed the Standard Webhooks way,
retried with back-off, each attempt kept. Decision: docs/decisions/0037-webhooks.md.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import (
    BigInteger,
    Boolean,
    ColumnElement,
    ForeignKey,
    Identity,
    Index,
    String,
    Text,
    select,
    text,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Mapped, mapped_column

from app.core.access import register_scope, register_unscoped, visible_to_everyone
from app.core.clock import utcnow
from app.core.db import Base, Entity, enum_column
from app.core.events import Tracked, track
from app.core.ids import new_id
from app.core.personal_data import Found, copies


class Webhook(Entity):
    __tablename__ = "webhooks"
    __table_args__ = (Index("ix_webhooks_created_at_id", "created_at", "id"),)

    url: Mapped[str] = mapped_column(String(2000))
    description: Mapped[str | None] = mapped_column(String(300))
    event_types: Mapped[list[str]] = mapped_column(ARRAY(String(80)))
    is_enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    # The signing secret ("whsec_…"), sealed with SALES_WEBHOOK_SECRET_KEYS (sealing.py).
    secret_sealed: Mapped[str] = mapped_column(Text)
    # After a rotation with a grace period, deliveries are signed with both secrets.
    previous_secret_sealed: Mapped[str | None] = mapped_column(Text)
    previous_secret_valid_until: Mapped[datetime | None]
    rotated_at: Mapped[datetime | None]
    # The stream's last event when the webhook was made: only later events are its own.
    start_seq: Mapped[int] = mapped_column(BigInteger)
    # How deliveries are going: written by the worker outside the event stream (bulk
    # SQL, the version unchanged), as a delivery is not a change of the webhook.
    consecutive_failures: Mapped[int] = mapped_column(default=0)
    last_success_at: Mapped[datetime | None]
    last_failure_at: Mapped[datetime | None]
    disabled_at: Mapped[datetime | None]
    disabled_reason: Mapped[str | None] = mapped_column(String(300))
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), index=True
    )


# Only callers with webhooks:manage (admins) reach webhooks at all; among them, all.
register_scope(Webhook, visible_to_everyone())
track(
    Webhook,
    Tracked(
        "webhook",
        label="url",
        secret_fields=frozenset({"secret_sealed", "previous_secret_sealed"}),
    ),
)


class WebhookDeliveryStatus(StrEnum):
    """``pending``: waiting for its turn, its next attempt or its webhook to be enabled;
    ``succeeded``: the receiver answered 2xx; ``failed``: every attempt failed."""

    PENDING = "pending"
    SUCCEEDED = "succeeded"
    FAILED = "failed"


class WebhookDelivery(Base):
    """One event for one webhook: the queue the worker takes from (``SKIP LOCKED``) and
    the delivery log admins read. Not an event of the stream itself (a delivery is not a
    change of a business record, and the stream would feed itself)."""

    __tablename__ = "webhook_deliveries"
    __table_args__ = (
        Index("ix_webhook_deliveries_webhook_id_created_at_id", "webhook_id", "created_at", "id"),
        # What is due (only the first pending delivery of each record has a time).
        Index(
            "ix_webhook_deliveries_pending_due",
            "next_attempt_at",
            "position",
            postgresql_where=text("status = 'pending'"),
        ),
        # One record's queue per webhook: nothing is sent while an earlier one waits.
        Index(
            "ix_webhook_deliveries_pending_record",
            "webhook_id",
            "entity_id",
            "position",
            postgresql_where=text("status = 'pending'"),
        ),
        Index(
            "ix_webhook_deliveries_finished_created_at",
            "created_at",
            postgresql_where=text("status <> 'pending'"),
        ),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    # The order deliveries were made in (the stream's commit order; a replay comes last).
    position: Mapped[int] = mapped_column(BigInteger, Identity(always=True), unique=True)
    webhook_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("webhooks.id", ondelete="CASCADE"))
    # The event's id: the webhook-id header, the same on every attempt and replay.
    event_id: Mapped[uuid.UUID]
    event_type: Mapped[str] = mapped_column(String(80))
    entity_type: Mapped[str] = mapped_column(String(60))
    entity_id: Mapped[uuid.UUID]
    status: Mapped[WebhookDeliveryStatus] = mapped_column(enum_column(WebhookDeliveryStatus))
    attempt_count: Mapped[int] = mapped_column(default=0)
    # Set on the first pending delivery of its record (per webhook) only: the others wait
    # without a time (NULL) and the worker only ever reads due rows; when the first one
    # is done, the next is given a time (``promote_next``).
    next_attempt_at: Mapped[datetime | None]
    # Taken by a worker until then (a worker that dies mid-send leaves it to the next).
    leased_until: Mapped[datetime | None]
    last_attempt_at: Mapped[datetime | None]
    last_status_code: Mapped[int | None]
    last_error: Mapped[str | None] = mapped_column(String(500))
    delivered_at: Mapped[datetime | None]
    replay_of_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("webhook_deliveries.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class WebhookAttempt(Base):
    """One try of a delivery: what the receiver answered, how fast, or what went wrong."""

    __tablename__ = "webhook_attempts"
    __table_args__ = (Index("ix_webhook_attempts_delivery_id_number", "delivery_id", "number"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    delivery_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("webhook_deliveries.id", ondelete="CASCADE")
    )
    number: Mapped[int]
    attempted_at: Mapped[datetime]
    succeeded: Mapped[bool] = mapped_column(Boolean)
    status_code: Mapped[int | None]
    latency_ms: Mapped[int]
    response_excerpt: Mapped[str | None] = mapped_column(Text)
    error: Mapped[str | None] = mapped_column(String(500))


register_unscoped(WebhookDelivery, reason="read by admins through their webhook")
register_unscoped(WebhookAttempt, reason="read by admins through their webhook's delivery")
# A delivery's body is built from its event when sent, so an erasure that scrubs the
# stream scrubs what is still to be sent; what receivers answered (and the errors) may
# echo the person's data (GDPR erasure, docs/decisions/0042).
copies(WebhookDelivery, about=WebhookDelivery.entity_id, mentions=("last_error",))


def _attempts_about_their_records(found: Found) -> ColumnElement[bool]:
    deliveries = select(WebhookDelivery.id).where(WebhookDelivery.entity_id.in_(found.records))
    return WebhookAttempt.delivery_id.in_(deliveries)


copies(
    WebhookAttempt, related=_attempts_about_their_records, mentions=("response_excerpt", "error")
)

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Annotated, Any, Self
from urllib.parse import urlsplit

from pydantic import AfterValidator, Field, model_validator

from app.core.config import get_settings
from app.core.errors import UnprocessableEntity, field_error
from app.core.schemas import EntityRead, InputModel, OutputModel, UtcDateTime
from app.webhooks.models import WebhookDeliveryStatus
from app.webhooks.targets import literal_refusal

MAX_GRACE_MINUTES = 7 * 24 * 60


class WebhookEventType(StrEnum):
    """The event types a webhook may subscribe to: names the event stream writes
    (docs/decisions/0009-event-stream.md), for the records an integration keeps in step."""

    CUSTOMER_CREATED = "customer.created"
    CUSTOMER_UPDATED = "customer.updated"
    CUSTOMER_ARCHIVED = "customer.archived"
    CUSTOMER_UNARCHIVED = "customer.unarchived"
    CONTACT_CREATED = "contact.created"
    CONTACT_UPDATED = "contact.updated"
    CONTACT_ARCHIVED = "contact.archived"
    CONTACT_ERASED = "contact.erased"
    PRODUCT_CREATED = "product.created"
    PRODUCT_UPDATED = "product.updated"
    OPPORTUNITY_CREATED = "opportunity.created"
    OPPORTUNITY_UPDATED = "opportunity.updated"
    OPPORTUNITY_STAGE_CHANGED = "opportunity.stage_changed"
    OPPORTUNITY_WON = "opportunity.won"
    OPPORTUNITY_LOST = "opportunity.lost"
    OPPORTUNITY_REOPENED = "opportunity.reopened"
    QUOTE_CREATED = "quote.created"
    QUOTE_SUBMITTED = "quote.submitted"
    QUOTE_APPROVED = "quote.approved"
    QUOTE_DECLINED = "quote.declined"
    QUOTE_SENT = "quote.sent"
    QUOTE_ACCEPTED = "quote.accepted"
    QUOTE_REJECTED = "quote.rejected"
    QUOTE_EXPIRED = "quote.expired"
    QUOTE_REVISED = "quote.revised"
    SALES_ORDER_CREATED = "sales_order.created"
    SALES_ORDER_CONFIRMED = "sales_order.confirmed"
    SALES_ORDER_CREDIT_HOLD = "sales_order.credit_hold"
    SALES_ORDER_DELIVERY_RECORDED = "sales_order.delivery_recorded"
    SALES_ORDER_DELIVERED = "sales_order.delivered"
    SALES_ORDER_INVOICED = "sales_order.invoiced"
    SALES_ORDER_CLOSED = "sales_order.closed"
    SALES_ORDER_CANCELLED = "sales_order.cancelled"
    DELIVERY_SHIPPED = "delivery.shipped"
    DELIVERY_DELIVERED = "delivery.delivered"
    DELIVERY_CANCELLED = "delivery.cancelled"
    INVOICE_ISSUED = "invoice.issued"
    INVOICE_PARTIALLY_PAID = "invoice.partially_paid"
    INVOICE_PAID = "invoice.paid"
    INVOICE_CREDITED = "invoice.credited"
    INVOICE_VOIDED = "invoice.voided"
    INVOICE_CANCELLED = "invoice.cancelled"
    CREDIT_NOTE_ISSUED = "credit_note.issued"
    PAYMENT_RECEIVED = "payment.received"
    PAYMENT_ALLOCATED = "payment.allocated"


EVENT_TYPE_DESCRIPTIONS: dict[WebhookEventType, str] = {
    WebhookEventType.CUSTOMER_CREATED: "A customer was created (also from a converted lead)",
    WebhookEventType.CUSTOMER_UPDATED: "A customer's fields changed",
    WebhookEventType.CUSTOMER_ARCHIVED: "A customer was archived",
    WebhookEventType.CUSTOMER_UNARCHIVED: "An archived customer was restored",
    WebhookEventType.CONTACT_CREATED: "A contact person was added to a customer",
    WebhookEventType.CONTACT_UPDATED: "A contact person's fields changed",
    WebhookEventType.CONTACT_ARCHIVED: "A contact person was archived",
    WebhookEventType.CONTACT_ERASED: "A contact person's personal data was erased (GDPR): "
    "erase your copy",
    WebhookEventType.PRODUCT_CREATED: "A product was added to the catalogue",
    WebhookEventType.PRODUCT_UPDATED: "A product changed (price, name, active or not)",
    WebhookEventType.OPPORTUNITY_CREATED: "A deal was opened",
    WebhookEventType.OPPORTUNITY_UPDATED: "A deal's fields changed (not its stage)",
    WebhookEventType.OPPORTUNITY_STAGE_CHANGED: "A deal moved to another open stage",
    WebhookEventType.OPPORTUNITY_WON: "A deal was won",
    WebhookEventType.OPPORTUNITY_LOST: "A deal was lost",
    WebhookEventType.OPPORTUNITY_REOPENED: "A won or lost deal was reopened",
    WebhookEventType.QUOTE_CREATED: "A quote was drafted",
    WebhookEventType.QUOTE_SUBMITTED: "A quote was submitted (approved at once or pending)",
    WebhookEventType.QUOTE_APPROVED: "A quote's discount was approved",
    WebhookEventType.QUOTE_DECLINED: "A quote's discount was declined",
    WebhookEventType.QUOTE_SENT: "A quote was sent to the customer",
    WebhookEventType.QUOTE_ACCEPTED: "The customer accepted a quote",
    WebhookEventType.QUOTE_REJECTED: "The customer rejected a quote",
    WebhookEventType.QUOTE_EXPIRED: "A quote passed its validity",
    WebhookEventType.QUOTE_REVISED: "A quote's new revision was made",
    WebhookEventType.SALES_ORDER_CREATED: "A sales order was made (directly or from a quote)",
    WebhookEventType.SALES_ORDER_CONFIRMED: "A sales order was confirmed",
    WebhookEventType.SALES_ORDER_CREDIT_HOLD: "A sales order waits on credit hold",
    WebhookEventType.SALES_ORDER_DELIVERY_RECORDED: "Part of a sales order was delivered",
    WebhookEventType.SALES_ORDER_DELIVERED: "A sales order was delivered in full",
    WebhookEventType.SALES_ORDER_INVOICED: "Quantities or milestones of an order were invoiced",
    WebhookEventType.SALES_ORDER_CLOSED: "A sales order was closed",
    WebhookEventType.SALES_ORDER_CANCELLED: "A sales order was cancelled",
    WebhookEventType.DELIVERY_SHIPPED: "A delivery left the warehouse",
    WebhookEventType.DELIVERY_DELIVERED: "A delivery reached the customer",
    WebhookEventType.DELIVERY_CANCELLED: "A delivery was cancelled before shipping",
    WebhookEventType.INVOICE_ISSUED: "An invoice was issued (it has its number)",
    WebhookEventType.INVOICE_PARTIALLY_PAID: "A payment settled part of an invoice",
    WebhookEventType.INVOICE_PAID: "An invoice was paid in full",
    WebhookEventType.INVOICE_CREDITED: "A credit note credited part of an invoice",
    WebhookEventType.INVOICE_VOIDED: "An invoice was credited in full before any payment",
    WebhookEventType.INVOICE_CANCELLED: "A draft invoice was discarded",
    WebhookEventType.CREDIT_NOTE_ISSUED: "A credit note was issued",
    WebhookEventType.PAYMENT_RECEIVED: "A payment from a customer was recorded",
    WebhookEventType.PAYMENT_ALLOCATED: "A payment's credit was allocated to invoices",
}


class WebhookEventTypeRead(OutputModel):
    type: WebhookEventType
    description: str


def _checked_url(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"}:
        raise ValueError("must be an http or https URL")
    if not parts.hostname:
        raise ValueError("must name a host")
    if parts.username is not None or parts.password is not None:
        raise ValueError("must not hold a user name or password (the signature authenticates)")
    if parts.fragment:
        raise ValueError("must not have a #fragment")
    try:
        parts.port  # noqa: B018 (a port out of range raises)
    except ValueError:
        raise ValueError("has an invalid port") from None
    if any(c.isspace() or ord(c) < 32 for c in url):
        raise ValueError("must not contain spaces or control characters")
    refusal = literal_refusal(parts.hostname)
    if refusal is not None and not get_settings().webhook_allow_private_targets:
        raise ValueError(refusal)
    return url


def _each_once(types: list[WebhookEventType]) -> list[WebhookEventType]:
    return sorted(set(types))


TargetUrl = Annotated[str, AfterValidator(_checked_url)]
EventTypes = Annotated[list[WebhookEventType], AfterValidator(_each_once)]


class WebhookCreate(InputModel):
    url: TargetUrl = Field(
        min_length=1,
        max_length=2000,
        description="Where deliveries are POSTed (an http or https URL)",
        examples=["https://erp.example.com/hooks/sales"],
    )
    event_types: EventTypes = Field(
        min_length=1,
        max_length=len(WebhookEventType),
        description="The event types to receive (GET /api/v1/webhooks/event-types)",
        examples=[["sales_order.confirmed", "invoice.issued"]],
    )
    description: str | None = Field(default=None, max_length=300)
    is_enabled: bool = True


class WebhookUpdate(InputModel):
    url: TargetUrl | None = Field(default=None, min_length=1, max_length=2000)
    event_types: EventTypes | None = Field(
        default=None, min_length=1, max_length=len(WebhookEventType)
    )
    description: str | None = Field(default=None, max_length=300)
    is_enabled: bool | None = Field(
        default=None,
        description="false pauses deliveries (they wait); true resumes them and clears an "
        "automatic disabling",
    )


class WebhookRotate(InputModel):
    grace_minutes: int = Field(
        default=0,
        ge=0,
        le=MAX_GRACE_MINUTES,
        description="How long deliveries are signed with the old secret too (at most 7 "
        "days); 0: only the new one from now",
    )


class WebhookRead(EntityRead):
    """A webhook as admins see it: never its secret."""

    url: str
    description: str | None
    event_types: list[WebhookEventType]
    is_enabled: bool
    rotated_at: datetime | None
    previous_secret_valid_until: datetime | None = Field(
        description="Until then deliveries carry a signature with the previous secret too"
    )
    consecutive_failures: int = Field(
        description="Deliveries given up in a row (every attempt failed); a success resets it"
    )
    last_success_at: datetime | None
    last_failure_at: datetime | None
    disabled_at: datetime | None = Field(description="When it was disabled after failures")
    disabled_reason: str | None
    created_by_id: uuid.UUID | None


class WebhookSecret(WebhookRead):
    """The answer of a create or a rotation: the only time the secret is shown."""

    secret: str = Field(
        description="The signing secret (`whsec_` and base64): verify each delivery's "
        "`webhook-signature` with it",
        examples=["whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"],
    )


class WebhookDeliveryRead(OutputModel):
    id: uuid.UUID
    webhook_id: uuid.UUID
    event_id: uuid.UUID = Field(description="The `webhook-id` header: the same on every attempt")
    event_type: str
    entity_type: str = Field(description="The record's kind (its table): `sales_orders`")
    entity_id: uuid.UUID
    status: WebhookDeliveryStatus
    attempt_count: int
    next_attempt_at: datetime | None = Field(
        description="While pending: not before then; empty while it waits for an earlier "
        "delivery of the same record"
    )
    last_attempt_at: datetime | None
    last_status_code: int | None
    last_error: str | None
    delivered_at: datetime | None
    replay_of_id: uuid.UUID | None = Field(description="The delivery this one replays")
    created_at: datetime


class WebhookAttemptRead(OutputModel):
    number: int
    attempted_at: datetime
    succeeded: bool
    status_code: int | None = Field(description="The receiver's HTTP status; none if no answer")
    latency_ms: int
    response_excerpt: str | None = Field(description="The start of the receiver's answer")
    error: str | None = Field(
        description="Why it failed: a status, a timeout, a refused connection"
    )


class WebhookDeliveryDetail(WebhookDeliveryRead):
    payload: dict[str, Any] = Field(description="The body as it is sent")
    attempts: list[WebhookAttemptRead]


class WebhookReplayRange(InputModel):
    since: UtcDateTime = Field(description="Events that occurred at or after this time")
    until: UtcDateTime = Field(description="... and before this time")

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if self.until <= self.since:
            raise UnprocessableEntity(errors=[field_error("until", "must be after since")])
        return self


class WebhookReplayResult(OutputModel):
    queued: int = Field(description="How many deliveries were queued (one per event)")

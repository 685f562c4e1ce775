"""Webhooks for integrations (admins): an ERP subscribes to event types with a URL and
receives each event as a signed POST (Standard Webhooks), retried until it answers 2xx,
in order per record. How a receiver verifies a delivery: the README's "Integrations:
webhooks" and decision 0037."""

from __future__ import annotations

from fastapi import Query, Request, Response, status

from app.auth.dependencies import DB
from app.core.access import Principal
from app.core.concurrency import IfMatch, check_if_match, set_etag
from app.core.errors import problem_responses
from app.core.pagination import ListParams, Page, list_params
from app.core.reads import NOT_MODIFIED, dumps, json_answer, version_etag
from app.core.routing import DomainRouter, NonReplayableRoute
from app.webhooks import service
from app.webhooks.dependencies import CAN_MANAGE, VisibleDelivery, VisibleWebhook
from app.webhooks.models import WebhookDeliveryStatus
from app.webhooks.schemas import (
    WebhookCreate,
    WebhookDeliveryDetail,
    WebhookDeliveryRead,
    WebhookEventType,
    WebhookEventTypeRead,
    WebhookRead,
    WebhookReplayRange,
    WebhookReplayResult,
    WebhookRotate,
    WebhookSecret,
    WebhookUpdate,
)

router = DomainRouter(prefix="/webhooks", tags=["webhooks"])
# Answers carrying the signing secret are never stored for an Idempotency-Key replay
# (the stored answer would keep the secret in the database): a retried create makes a
# second webhook.
secret_router = DomainRouter(prefix="/webhooks", tags=["webhooks"], route_class=NonReplayableRoute)
READ = {**problem_responses(401, 403, 404, 422), **NOT_MODIFIED}
ACTION = problem_responses(401, 403, 404, 422)
WRITE = problem_responses(401, 403, 404, 412, 422, 428)
NO_STORE = {"Cache-Control": "no-store"}


def _secret_answer(response: Response, issued: service.IssuedSecret) -> WebhookSecret:
    response.headers.update(NO_STORE)
    set_etag(response, issued.webhook.version)
    read = WebhookRead.model_validate(issued.webhook)
    return WebhookSecret(**read.model_dump(), secret=issued.secret)


@router.get(
    "/event-types",
    response_model=list[WebhookEventTypeRead],
    responses=problem_responses(401, 403),
)
async def list_webhook_event_types(principal: Principal = CAN_MANAGE) -> list[WebhookEventTypeRead]:
    """The event types a webhook may subscribe to, each with what it means."""
    return service.event_type_items()


@router.get("", response_model=Page[WebhookRead], responses=READ)
async def list_webhooks(
    request: Request,
    session: DB,
    principal: Principal = CAN_MANAGE,
    params: ListParams = list_params(service.WEBHOOK_SORT),
    is_enabled: bool | None = Query(None, description="Only enabled (true) or not (false)"),
) -> Response:
    """Every webhook, newest first; never a secret."""
    body = await service.webhooks_page(session, principal, params=params, is_enabled=is_enabled)
    return json_answer(request, body)


@secret_router.post(
    "", response_model=WebhookSecret, status_code=201, responses=problem_responses(401, 403, 422)
)
async def create_webhook(
    body: WebhookCreate, response: Response, session: DB, principal: Principal = CAN_MANAGE
) -> WebhookSecret:
    """Subscribe a URL to event types. The answer holds the signing `secret`
    (`whsec_…`): the only time it is shown. Events written from now on are delivered
    (earlier ones: `POST /webhooks/{id}/replay`). An `Idempotency-Key` is not honoured
    here (the answer is never stored)."""
    issued = await service.create_webhook(session, principal, data=body)
    return _secret_answer(response, issued)


@router.get("/{webhook_id:uuid}", response_model=WebhookRead, responses=READ)
async def read_webhook(
    webhook: VisibleWebhook, request: Request, session: DB, principal: Principal = CAN_MANAGE
) -> Response:
    item = await service.webhook_item(session, principal, webhook.id)
    return json_answer(request, dumps(item), etag=version_etag(item))


@router.patch("/{webhook_id:uuid}", response_model=WebhookRead, responses=WRITE)
async def update_webhook(
    body: WebhookUpdate,
    webhook: VisibleWebhook,
    response: Response,
    session: DB,
    if_match: IfMatch,
    principal: Principal = CAN_MANAGE,
) -> WebhookRead:
    """Change the URL, the event types or the description; `is_enabled: false` pauses
    deliveries (they wait, nothing is lost), `true` resumes them and clears a disabling
    after failures (what waited is sent at once)."""
    check_if_match(if_match, webhook.version)
    webhook = await service.update_webhook(session, principal, webhook, data=body)
    set_etag(response, webhook.version)
    return WebhookRead.model_validate(webhook)


@router.delete("/{webhook_id:uuid}", status_code=204, responses=ACTION)
async def delete_webhook(
    webhook: VisibleWebhook, session: DB, principal: Principal = CAN_MANAGE
) -> Response:
    """Delete for good, with its delivery log; nothing more is sent."""
    await service.delete_webhook(session, principal, webhook)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@secret_router.post(
    "/{webhook_id:uuid}/rotate-secret", response_model=WebhookSecret, responses=ACTION
)
async def rotate_webhook_secret(
    webhook: VisibleWebhook,
    response: Response,
    session: DB,
    body: WebhookRotate | None = None,
    principal: Principal = CAN_MANAGE,
) -> WebhookSecret:
    """A new signing secret, shown this once. With `grace_minutes`, deliveries carry a
    signature with the old secret too until then (`webhook-signature` holds both), so
    the receiver can switch without refusing any."""
    grace = body.grace_minutes if body is not None else 0
    issued = await service.rotate_secret(session, principal, webhook, grace_minutes=grace)
    return _secret_answer(response, issued)


@router.get(
    "/{webhook_id:uuid}/deliveries", response_model=Page[WebhookDeliveryRead], responses=READ
)
async def list_webhook_deliveries(
    webhook: VisibleWebhook,
    request: Request,
    session: DB,
    principal: Principal = CAN_MANAGE,
    params: ListParams = list_params(service.DELIVERY_SORT),
    status: WebhookDeliveryStatus | None = None,
    event_type: WebhookEventType | None = None,
) -> Response:
    """The delivery log, newest first: each event sent (or to send), its status, how
    many attempts and how the last one went."""
    body = await service.deliveries_page(
        session, principal, webhook, params=params, status=status, event_type=event_type
    )
    return json_answer(request, body)


@router.get(
    "/{webhook_id:uuid}/deliveries/{webhook_delivery_id:uuid}",
    response_model=WebhookDeliveryDetail,
    responses=READ,
)
async def read_webhook_delivery(
    delivery: VisibleDelivery, session: DB, principal: Principal = CAN_MANAGE
) -> WebhookDeliveryDetail:
    """One delivery with every attempt (status, latency, the start of the receiver's
    answer, the error) and the body it carries."""
    return await service.delivery_detail(session, principal, delivery)


@router.post(
    "/{webhook_id:uuid}/deliveries/{webhook_delivery_id:uuid}/replay",
    response_model=WebhookDeliveryRead,
    status_code=201,
    responses=ACTION,
)
async def replay_webhook_delivery(
    webhook: VisibleWebhook,
    delivery: VisibleDelivery,
    session: DB,
    principal: Principal = CAN_MANAGE,
) -> WebhookDeliveryRead:
    """Send this delivery's event again, as a new delivery with the same `webhook-id`
    (the receiver may have it already: it decides), after anything pending for the same
    record."""
    replay = await service.replay_delivery(session, principal, webhook, delivery)
    return WebhookDeliveryRead.model_validate(replay)


@router.post("/{webhook_id:uuid}/replay", response_model=WebhookReplayResult, responses=ACTION)
async def replay_webhook_range(
    body: WebhookReplayRange,
    webhook: VisibleWebhook,
    session: DB,
    principal: Principal = CAN_MANAGE,
) -> WebhookReplayResult:
    """Send again every event of the webhook's types that occurred in [`since`,
    `until`), in order, delivered before or not (missed while it was paused or
    disabled, or lost by the receiver). At most 10,000 events at once
    (`webhooks.replay_too_large`: replay shorter ranges)."""
    queued = await service.replay_range(
        session, principal, webhook, since=body.since, until=body.until
    )
    return WebhookReplayResult(queued=queued)

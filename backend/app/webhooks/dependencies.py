from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Depends

from app.auth.dependencies import DB, requires
from app.core.access import Permission, Principal
from app.webhooks import service
from app.webhooks.models import Webhook, WebhookDelivery

CAN_MANAGE = requires(Permission.WEBHOOKS_MANAGE)


async def get_webhook_or_404(
    webhook_id: uuid.UUID, session: DB, principal: Principal = CAN_MANAGE
) -> Webhook:
    return await service.get_webhook(session, principal, webhook_id)


VisibleWebhook = Annotated[Webhook, Depends(get_webhook_or_404)]


async def get_delivery_or_404(
    webhook: VisibleWebhook,
    webhook_delivery_id: uuid.UUID,
    session: DB,
    principal: Principal = CAN_MANAGE,
) -> WebhookDelivery:
    return await service.get_delivery(session, principal, webhook, webhook_delivery_id)


VisibleDelivery = Annotated[WebhookDelivery, Depends(get_delivery_or_404)]

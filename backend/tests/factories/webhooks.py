"""Build webhooks in one call: the webhook and its signing secret."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.ext.asyncio import AsyncSession

from app.users.models import User
from app.users.service import principal_for_user
from app.webhooks import service
from app.webhooks.models import Webhook
from app.webhooks.schemas import WebhookCreate, WebhookEventType


async def create_webhook(
    session: AsyncSession,
    *,
    by: User,
    url: str = "https://erp.example.com/hooks/sales",
    event_types: Sequence[str] = ("customer.created",),
) -> tuple[Webhook, str]:
    principal = await principal_for_user(session, by.id)
    assert principal is not None
    issued = await service.create_webhook(
        session,
        principal,
        data=WebhookCreate(url=url, event_types=[WebhookEventType(t) for t in event_types]),
    )
    await session.commit()
    return issued.webhook, issued.secret

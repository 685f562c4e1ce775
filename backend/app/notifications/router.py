"""The caller's own notifications (reminders due, approvals waiting, ...)."""

from __future__ import annotations

from fastapi import Request, Response

from app.auth.dependencies import DB, CurrentPrincipal
from app.core.errors import problem_responses
from app.core.pagination import ListParams, Page, list_params
from app.core.reads import NOT_MODIFIED, json_answer
from app.core.routing import DomainRouter
from app.notifications import service
from app.notifications.dependencies import OwnNotification
from app.notifications.schemas import NotificationRead, UnreadCount

router = DomainRouter(prefix="/me/notifications", tags=["notifications"])
READ = {**problem_responses(401, 404, 422), **NOT_MODIFIED}


@router.get("", response_model=Page[NotificationRead], responses=READ)
async def list_notifications(
    request: Request,
    session: DB,
    principal: CurrentPrincipal,
    params: ListParams = list_params(service.NOTIFICATION_SORT),
    unread: bool | None = None,
) -> Response:
    """Newest first; `unread=true` for those not yet read."""
    body = await service.notifications_page(session, principal, unread=unread, params=params)
    return json_answer(request, body)


@router.get("/unread-count", response_model=UnreadCount, responses=READ)
async def count_unread(session: DB, principal: CurrentPrincipal) -> UnreadCount:
    return UnreadCount(unread=await service.unread_count(session, principal))


@router.post("/{notification_id:uuid}/read", response_model=NotificationRead, responses=READ)
async def read_notification(
    notification: OwnNotification, session: DB, principal: CurrentPrincipal
) -> NotificationRead:
    """Mark one notification read (reading it twice changes nothing)."""
    return NotificationRead.model_validate(
        await service.mark_read(session, principal, notification)
    )


@router.post("/read-all", response_model=UnreadCount, responses=READ)
async def read_all(session: DB, principal: CurrentPrincipal) -> UnreadCount:
    """Mark every unread notification read; answers how many were unread."""
    await service.mark_all_read(session, principal)
    return UnreadCount(unread=0)

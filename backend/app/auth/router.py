"""Sign in, refresh and sign out; the employee login report."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Form, Query, Request, Response, status

from app.auth import service
from app.auth.dependencies import DB, requires
from app.auth.schemas import LoginEventRead, LoginRequest, RefreshRequest, TokenPair
from app.core.access import Permission, Principal
from app.core.errors import problem_responses
from app.core.pagination import ListParams, Page, list_params
from app.core.reads import json_answer
from app.core.routing import DomainRouter, NonReplayableRoute
from app.core.schemas import UtcDateTime

router = DomainRouter(prefix="/auth", tags=["auth"], route_class=NonReplayableRoute)
report_router = DomainRouter(prefix="/login-events", tags=["auth"])


def _client(request: Request, device_name: str | None) -> service.ClientInfo:
    return service.ClientInfo(
        ip_address=request.client.host if request.client else None,
        user_agent=request.headers.get("user-agent"),
        device_name=device_name or request.headers.get("x-device-name"),
    )


@router.post("/login", response_model=TokenPair, responses=problem_responses(401, 422, 429))
async def login(body: LoginRequest, request: Request, session: DB) -> TokenPair:
    """Sign in with email and password. Every attempt is recorded for the login report;
    after 10 failures within 15 minutes the address is refused with 429 and Retry-After."""
    return await service.login(
        session,
        email=body.email,
        password=body.password,
        client=_client(request, body.device_name),
    )


@router.post("/token", response_model=TokenPair, responses=problem_responses(401, 422, 429))
async def token(
    request: Request,
    session: DB,
    username: Annotated[str, Form()],
    password: Annotated[str, Form()],
) -> TokenPair:
    """The OAuth2 password flow (form fields), so the interactive docs can sign in."""
    return await service.login(
        session,
        email=username,
        password=password,
        client=_client(request, "API docs"),
    )


@router.post("/refresh", response_model=TokenPair, responses=problem_responses(401, 422))
async def refresh(body: RefreshRequest, session: DB) -> TokenPair:
    """Trade a refresh token for a new pair. The old refresh token is spent; presenting a
    spent token again revokes every token of that sign-in."""
    return await service.refresh(session, refresh_token=body.refresh_token)


@router.post("/logout", status_code=status.HTTP_204_NO_CONTENT, responses=problem_responses(422))
async def logout(body: RefreshRequest, session: DB) -> Response:
    """Revoke the refresh token (and its whole sign-in)."""
    await service.logout(session, refresh_token=body.refresh_token)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@report_router.get(
    "", response_model=Page[LoginEventRead], responses=problem_responses(401, 403, 422)
)
async def list_login_events(
    request: Request,
    session: DB,
    principal: Principal = requires(Permission.LOGIN_REPORT_READ),
    params: ListParams = list_params(service.LOGIN_EVENT_SORT),
    user_id: uuid.UUID | None = None,
    succeeded: bool | None = None,
    since: Annotated[UtcDateTime | None, Query(description="Inclusive, ISO 8601")] = None,
    until: Annotated[UtcDateTime | None, Query(description="Exclusive, ISO 8601")] = None,
) -> Response:
    """The employee login report: who signed in (or failed to), when, from where and which
    device. Heads see their team's events, admins everyone's."""
    body = await service.login_events_page(
        session,
        principal,
        user_id=user_id,
        succeeded=succeeded,
        since=since,
        until=until,
        params=params,
    )
    return json_answer(request, body)

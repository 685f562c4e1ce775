"""Sign in, refresh and sign out; the employee login report."""

from __future__ import annotations

import base64
import binascii
import uuid
from typing import Annotated, Any
from urllib.parse import unquote_plus

from fastapi import Form, Header, Query, Request, Response, status

from app.auth import service
from app.auth.dependencies import DB, requires
from app.auth.errors import InvalidClient, OAuthError, UnsupportedGrantType
from app.auth.schemas import (
    ClientCredentialsToken,
    LoginEventRead,
    LoginRequest,
    OAuthProblem,
    RefreshRequest,
    TokenPair,
)
from app.core.access import Permission, Principal
from app.core.errors import PROBLEM_JSON, problem_responses
from app.core.pagination import ListParams, Page, list_params
from app.core.reads import json_answer
from app.core.routing import DomainRouter, NonReplayableRoute
from app.core.schemas import UtcDateTime

router = DomainRouter(prefix="/auth", tags=["auth"], route_class=NonReplayableRoute)
report_router = DomainRouter(prefix="/login-events", tags=["auth"])
oauth_router = DomainRouter(prefix="/oauth", tags=["oauth"], route_class=NonReplayableRoute)


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


def _oauth_problem(description: str) -> dict[str, Any]:
    return {"model": OAuthProblem, "content": {PROBLEM_JSON: {}}, "description": description}


def _basic_credentials(authorization: str | None) -> tuple[str, str] | None:
    """``Authorization: Basic`` with the form-encoded id and secret (RFC 6749 §2.3.1)."""
    scheme, _, encoded = (authorization or "").partition(" ")
    if scheme.lower() != "basic":
        return None
    try:
        client_id, separator, secret = (
            base64.b64decode(encoded, validate=True).decode().partition(":")
        )
    except (binascii.Error, UnicodeDecodeError):
        raise InvalidClient("The Basic credentials are not base64 of id:secret") from None
    if not separator:
        raise InvalidClient("The Basic credentials are not base64 of id:secret")
    return unquote_plus(client_id), unquote_plus(secret)


@oauth_router.post(
    "/token",
    response_model=ClientCredentialsToken,
    responses={
        **problem_responses(422),
        400: _oauth_problem("invalid_request, unsupported_grant_type or invalid_scope"),
        401: _oauth_problem(
            "invalid_client: no or unknown client, wrong secret, key revoked or expired"
        ),
    },
)
async def issue_token(
    request: Request,
    response: Response,
    session: DB,
    # Any other grant is OAuth2's 400 unsupported_grant_type rather than a 422.
    grant_type: Annotated[
        str,
        Form(
            max_length=40,
            description="`client_credentials`",
            json_schema_extra={"enum": ["client_credentials"]},
        ),
    ],
    client_id: Annotated[str | None, Form(max_length=100, description="The key's id")] = None,
    client_secret: Annotated[
        str | None, Form(max_length=200, description="The key's secret")
    ] = None,
    scope: Annotated[
        str | None,
        Form(
            max_length=2000,
            description="Some of the key's scopes, space-separated; empty: all of them",
        ),
    ] = None,
    authorization: Annotated[str | None, Header(include_in_schema=False)] = None,
) -> ClientCredentialsToken:
    """The OAuth2 client-credentials flow for integrations: an API key's id
    (`client_id`) and secret (`client_secret`), in the form or as HTTP Basic, for an
    access token that acts as the key for `expires_in` seconds. Send it as
    `Authorization: Bearer`; when it expires, ask again. Revoking the key ends its
    tokens at once."""
    if grant_type != "client_credentials":
        raise UnsupportedGrantType(f"grant_type {grant_type!r} is not supported")
    basic = _basic_credentials(authorization)
    if basic is not None and (client_id is not None or client_secret is not None):
        raise OAuthError("Send the client's credentials one way: Basic or the form")
    if basic is not None:
        client_id, client_secret = basic
    if not client_id or not client_secret:
        # RFC 6749 §5.2: no client authentication included is invalid_client.
        raise InvalidClient("Send client_id and client_secret (or HTTP Basic)")
    answer = await service.client_credentials_token(
        session,
        client_id=client_id,
        client_secret=client_secret,
        scope=scope,
        ip_address=request.client.host if request.client else None,
    )
    response.headers["Cache-Control"] = "no-store"
    response.headers["Pragma"] = "no-cache"
    return answer

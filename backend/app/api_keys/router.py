"""API keys for integrations (admins): made with scopes and a reach over rows, the
secret shown once; rotated and revoked. How an integration uses one: the README's
"Integrations: API keys" and decision 0036."""

from __future__ import annotations

from fastapi import Query, Request, Response

from app.api_keys import service
from app.api_keys.dependencies import CAN_MANAGE, VisibleApiKey
from app.api_keys.schemas import ApiKeyCreate, ApiKeyRead, ApiKeyRotate, ApiKeySecret
from app.auth.dependencies import DB
from app.core.access import Principal
from app.core.errors import problem_responses
from app.core.pagination import ListParams, Page, list_params
from app.core.reads import NOT_MODIFIED, dumps, json_answer, version_etag
from app.core.routing import DomainRouter, NonReplayableRoute

router = DomainRouter(prefix="/api-keys", tags=["api-keys"])
# Answers carrying a secret are never stored for an Idempotency-Key replay (a stored
# answer would keep the secret in the database): a retried create makes a second key.
secret_router = DomainRouter(prefix="/api-keys", tags=["api-keys"], route_class=NonReplayableRoute)
READ = {**problem_responses(401, 403, 404, 422), **NOT_MODIFIED}
ACTION = problem_responses(401, 403, 404, 409, 422)
NO_STORE = {"Cache-Control": "no-store"}


def _secret_answer(response: Response, issued: service.IssuedKey) -> ApiKeySecret:
    response.headers.update(NO_STORE)
    read = ApiKeyRead.model_validate(issued.key)
    return ApiKeySecret(
        **read.model_dump(),
        key=issued.presented,
        client_id=str(issued.key.id),
        client_secret=issued.secret,
    )


@router.get("", response_model=Page[ApiKeyRead], responses=READ)
async def list_api_keys(
    request: Request,
    session: DB,
    principal: Principal = CAN_MANAGE,
    params: ListParams = list_params(service.API_KEY_SORT),
    revoked: bool | None = Query(None, description="Only revoked (true) or unrevoked (false)"),
) -> Response:
    """Every key, newest first; never a secret."""
    body = await service.api_keys_page(session, principal, params=params, revoked=revoked)
    return json_answer(request, body)


@secret_router.post(
    "",
    response_model=ApiKeySecret,
    status_code=201,
    responses=problem_responses(401, 403, 422),
)
async def create_api_key(
    body: ApiKeyCreate, response: Response, session: DB, principal: Principal = CAN_MANAGE
) -> ApiKeySecret:
    """Make a key. The answer holds its secret (`key`, and `client_id` / `client_secret`
    for the OAuth2 client-credentials flow): the only time it is shown, as only a hash
    is kept. An `Idempotency-Key` is not honoured here (the answer is never stored)."""
    issued = await service.create_api_key(session, principal, data=body)
    return _secret_answer(response, issued)


@router.get("/{api_key_id:uuid}", response_model=ApiKeyRead, responses=READ)
async def read_api_key(
    api_key: VisibleApiKey, request: Request, session: DB, principal: Principal = CAN_MANAGE
) -> Response:
    item = await service.api_key_item(session, principal, api_key.id)
    return json_answer(request, dumps(item), etag=version_etag(item))


@secret_router.post("/{api_key_id:uuid}/rotate", response_model=ApiKeySecret, responses=ACTION)
async def rotate_api_key(
    api_key: VisibleApiKey,
    response: Response,
    session: DB,
    body: ApiKeyRotate | None = None,
    principal: Principal = CAN_MANAGE,
) -> ApiKeySecret:
    """A new secret, shown this once. The old secret stops at once, or keeps working for
    `grace_minutes` while the integration switches. A revoked or expired key is not
    rotated (409 `api_keys.inactive`)."""
    grace = body.grace_minutes if body is not None else 0
    issued = await service.rotate_api_key(session, principal, api_key, grace_minutes=grace)
    return _secret_answer(response, issued)


@router.post("/{api_key_id:uuid}/revoke", response_model=ApiKeyRead, responses=ACTION)
async def revoke_api_key(
    api_key: VisibleApiKey, session: DB, principal: Principal = CAN_MANAGE
) -> ApiKeyRead:
    """Revoke for good: the key, its secret in any grace period and every access token
    made from it answer 401 (`api_keys.revoked`) from now on. Revoking again changes
    nothing."""
    return ApiKeyRead.model_validate(await service.revoke_api_key(session, principal, api_key))

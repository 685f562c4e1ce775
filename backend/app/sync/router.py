"""The change feed: everything the caller may see that changed since their last pull."""

from __future__ import annotations

from typing import Annotated

from fastapi import Query, Request, Response

from app.auth.dependencies import DB, CurrentPrincipal, checks_api_keys_itself, requires
from app.core.access import Permission, Principal
from app.core.errors import PayloadTooLarge, field_error, problem_responses
from app.core.reads import dumps, json_answer
from app.core.routing import DomainRouter
from app.sync import push, service
from app.sync.schemas import (
    MAX_PUSH_BYTES,
    ChangePage,
    FeedCursor,
    FeedEntity,
    PushAnswer,
    PushBatch,
)

router = DomainRouter(prefix="/sync", tags=["sync"])


@router.get("/changes", response_model=ChangePage, responses=problem_responses(401, 403, 410, 422))
@checks_api_keys_itself
async def list_changes(
    request: Request,
    session: DB,
    principal: CurrentPrincipal,
    since: Annotated[
        str | None,
        Query(max_length=200, description="next_cursor of the last pull; empty: from the start"),
    ] = None,
    entity: Annotated[
        list[FeedEntity] | None, Query(description="Only these records (default: all)")
    ] = None,
    limit: Annotated[int, Query(ge=1, le=service.MAX_LIMIT)] = service.DEFAULT_LIMIT,
) -> Response:
    """Changes in commit order, each record once with its current state (`upsert`) or a
    tombstone (`delete`) when it was deleted, archived or left the caller's sight. Store
    `next_cursor` and pull again with it; `has_more` says to pull again at once. A 410
    (`sync.resync_required`) means the caller's access changed: drop the local copy and
    sync everything again (full lists, then `GET /sync/cursor`). An API key pulls the
    records its read scopes carry (customers and contacts with `customers:read`, products,
    tax categories and price lists with `products:read`, invoices with `invoices:read`,
    ...; another `entity` is a 403): an integration's incremental export."""
    page = await service.changes(
        session, principal, since=since, entities=set(entity or []), limit=limit
    )
    return json_answer(request, dumps(page))


@router.get("/cursor", response_model=FeedCursor, responses=problem_responses(401, 403))
@checks_api_keys_itself
async def read_cursor(session: DB, principal: CurrentPrincipal) -> FeedCursor:
    """The feed's position now. A client that loads full lists takes this first, then
    pulls changes from it (what changed during the load arrives again, harmlessly)."""
    return FeedCursor(cursor=await service.current_cursor(session, principal))


@router.post("/push", response_model=PushAnswer, responses=problem_responses(401, 403, 413, 422))
async def push_changes(
    body: PushBatch,
    request: Request,
    session: DB,
    principal: Principal = requires(Permission.FIELD_WRITE),
) -> Response:
    """Send the changes recorded offline (1 to 1,000, at most 5 MB; more is 413), in the
    order made. Each answers on its own, in order: `applied`; `duplicate` (sent before:
    the first answer again, nothing written twice, however often the phone retries);
    `conflict` (made on an older version and overlapping a newer edit, or the record
    was closed since: the server's version and each field's two values, nothing
    written; the phone asks the person); `rejected` with the problem body its single
    write would answer (a record the caller may not see is a 404). One refused change
    never loses the others. The conflict policy per entity: decision 0028."""
    if len(await request.body()) > MAX_PUSH_BYTES:
        raise PayloadTooLarge(
            "At most 5 MB per push",
            code="sync.batch_too_large",
            errors=[field_error("records", "the body is larger than 5 MB")],
        )
    answer = await push.push(session, principal, records=body.records)
    return Response(content=dumps(answer), media_type="application/json")

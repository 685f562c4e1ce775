"""Opportunities: deals moving through a pipeline's stages, and the pipeline board.

An engineer sees the deals they own, a head their team's, an admin all (a deal's
territory, its customer's, does not widen it). Anything else is a 404. Stages change
only through `POST /opportunities/{id}/move`, which checks the details the target stage
requires (and, jumping forward, those of the stages it goes past) and keeps the stage
history; a won or lost deal goes back to an open stage only through
`POST /opportunities/{id}/reopen`. Board sums are per currency: amounts in different
currencies are never added together.
"""

from __future__ import annotations

import uuid

from fastapi import Query, Request, Response
from fastapi.responses import StreamingResponse

from app.auth.dependencies import DB, requires
from app.core.access import Permission, Principal
from app.core.bulk import BULK_RESPONSES, BulkResult
from app.core.concurrency import IfMatch, answer_saved, check_if_match, set_etag
from app.core.errors import problem_responses
from app.core.export import EXPORT_RESPONSES, ExportFormat, FormatQuery, export_response
from app.core.pagination import ListCount, ListParams, Page, SortOrder, list_params, sort_param
from app.core.reads import NOT_MODIFIED, FieldsQuery, dumps, json_answer, version_etag
from app.core.routing import DomainRouter
from app.opportunities import service
from app.opportunities.dependencies import OpportunityFilters, VisibleOpportunity
from app.opportunities.models import Opportunity
from app.opportunities.schemas import (
    Board,
    OpportunityBulk,
    OpportunityCreate,
    OpportunityRead,
    OpportunityReopen,
    OpportunityUpdate,
    StageHistoryRead,
    StageMove,
)

router = DomainRouter(prefix="/opportunities", tags=["opportunities"])
READ = {**problem_responses(401, 403, 404, 422), **NOT_MODIFIED}
CREATE = problem_responses(401, 403, 404, 409, 422)
WRITE = problem_responses(401, 403, 404, 409, 412, 422, 428)
# A move needs no If-Match: it is checked against the deal's current stage (moving a
# closed deal or to the stage it is in is a 409), and a retry is made safe by an
# Idempotency-Key, so 412/428 are not among its answers.
MOVE = problem_responses(401, 403, 404, 409, 422)
CAN_READ = requires(Permission.OPPORTUNITIES_READ)
CAN_WRITE = requires(Permission.OPPORTUNITIES_WRITE)


def _read(opportunity: Opportunity, names: dict[uuid.UUID, str]) -> OpportunityRead:
    read = OpportunityRead.model_validate(opportunity)
    read.customer_name = names.get(opportunity.customer_id)
    return read


@router.get("", response_model=Page[OpportunityRead], responses=READ)
async def list_opportunities(
    request: Request,
    session: DB,
    filters: OpportunityFilters,
    principal: Principal = CAN_READ,
    params: ListParams = list_params(service.OPPORTUNITY_SORT),
    fields: str | None = FieldsQuery,
) -> Response:
    """Deals the caller may see, filtered; sorted by expected close date unless `sort`
    says otherwise. Amount filters compare the amount in the deal's own currency. The
    total is `GET /opportunities/count` with the same filters."""
    body = await service.opportunities_page(
        session, principal, params=params, fields=fields, **filters
    )
    return json_answer(request, body)


@router.get("/count", response_model=ListCount, responses=READ)
async def count_opportunities(
    session: DB, filters: OpportunityFilters, principal: Principal = CAN_READ
) -> ListCount:
    """How many deals the list's filters select for the caller."""
    return ListCount(count=await service.count_opportunities(session, principal, **filters))


@router.get("/export", response_class=StreamingResponse, responses=EXPORT_RESPONSES)
async def export_opportunities(
    request: Request,
    session: DB,
    filters: OpportunityFilters,
    principal: Principal = CAN_READ,
    order: SortOrder = sort_param(service.OPPORTUNITY_SORT),
    format: ExportFormat = FormatQuery,
) -> StreamingResponse:
    """Every deal the filters select, scoped like the list, in its order, as CSV or XLSX
    (streamed; amounts as decimal strings beside their currency)."""
    source = service.opportunities_export(session, principal, **filters)
    return export_response(request, principal, source, order=order, file_format=format)


@router.post("/bulk", response_model=BulkResult, responses=BULK_RESPONSES)
async def bulk_opportunities(
    body: OpportunityBulk, session: DB, principal: Principal = CAN_WRITE
) -> BulkResult:
    """Reassign (`owner_id`) or move to a stage (`stage_id`, with the `details` it
    requires) up to 500 deals. Each row follows the single write's rules and answers its
    own outcome (a closed deal is `opportunities.closed`; a deal the caller may not see
    is `opportunities.not_found`). Rows that succeed are kept when others fail."""
    return await service.bulk_opportunities(session, principal, data=body)


@router.post("", response_model=OpportunityRead, status_code=201, responses=CREATE)
async def create_opportunity(
    body: OpportunityCreate, response: Response, session: DB, principal: Principal = CAN_WRITE
) -> OpportunityRead:
    """Open a deal for a customer the caller may see, in the first stage of the default
    pipeline unless `pipeline_id`/`stage_id` say otherwise (an open stage, with the details
    it requires). Sending an `id` that was already created answers 200 with that deal."""
    saved = await service.create_opportunity(session, principal, data=body)
    opportunity = answer_saved(response, saved)
    names = await service.customer_names(session, principal, [opportunity])
    return _read(opportunity, names)


@router.get("/board", response_model=Board, responses=READ)
async def read_board(
    request: Request,
    session: DB,
    principal: Principal = CAN_READ,
    pipeline_id: uuid.UUID | None = Query(None, description="Default: the default pipeline"),
    owner_id: uuid.UUID | None = None,
    territory_id: uuid.UUID | None = None,
    cards: int = Query(10, ge=0, le=50, description="Cards per stage"),
) -> Response:
    """The pipeline as columns: per stage the number of deals, the sums of amounts and of
    weighted amounts per currency (never converted), and the first cards by expected close
    date. `next_cursor` continues a column through the list endpoint."""
    body = await service.board(
        session,
        principal,
        pipeline_id=pipeline_id,
        owner_id=owner_id,
        territory_id=territory_id,
        cards_per_stage=cards,
    )
    return json_answer(request, body)


@router.get("/{opportunity_id:uuid}", response_model=OpportunityRead, responses=READ)
async def read_opportunity(
    opportunity_id: uuid.UUID,
    request: Request,
    session: DB,
    principal: Principal = CAN_READ,
    fields: str | None = FieldsQuery,
) -> Response:
    item = await service.opportunity_item(session, principal, opportunity_id, fields=fields)
    return json_answer(request, dumps(item), etag=version_etag(item) if not fields else None)


@router.patch("/{opportunity_id:uuid}", response_model=OpportunityRead, responses=WRITE)
async def update_opportunity(
    body: OpportunityUpdate,
    opportunity: VisibleOpportunity,
    response: Response,
    session: DB,
    if_match: IfMatch,
    principal: Principal = CAN_WRITE,
) -> OpportunityRead:
    """Change an open deal (closed ones are 409). Needs `If-Match`. A new amount or
    probability recomputes the weighted amount; another owner needs `opportunities:assign`."""
    check_if_match(if_match, opportunity.version)
    opportunity = await service.update_opportunity(session, principal, opportunity, data=body)
    set_etag(response, opportunity.version)
    names = await service.customer_names(session, principal, [opportunity])
    return _read(opportunity, names)


@router.post("/{opportunity_id:uuid}/move", response_model=OpportunityRead, responses=MOVE)
async def move_opportunity(
    body: StageMove,
    opportunity: VisibleOpportunity,
    response: Response,
    session: DB,
    principal: Principal = CAN_WRITE,
) -> OpportunityRead:
    """Move the deal to another stage of its pipeline with the details that stage requires
    (each missing one is named in a 422 at `["body", "details", key]`). Jumping forward
    over open stages that require details needs their details too, in the same `details`
    (the deal passes through them); stages requiring nothing are recorded as skipped
    (`skipped_stage_ids`). A won or lost stage closes the deal; a closed deal, or a move to
    its current stage, is a 409 (reopen a closed deal instead). Retry safely with an
    `Idempotency-Key`."""
    opportunity = await service.move_opportunity(session, principal, opportunity, data=body)
    set_etag(response, opportunity.version)
    names = await service.customer_names(session, principal, [opportunity])
    return _read(opportunity, names)


@router.post("/{opportunity_id:uuid}/reopen", response_model=OpportunityRead, responses=MOVE)
async def reopen_opportunity(
    body: OpportunityReopen,
    opportunity: VisibleOpportunity,
    response: Response,
    session: DB,
    principal: Principal = CAN_WRITE,
) -> OpportunityRead:
    """Reopen a won or lost deal: back to the open stage it closed from, or to the open
    `stage_id` named (with details that stage requires which the deal does not hold yet).
    The stage history records it as `reopened`, with who, when and the optional `reason`.
    An open deal is a 409. Retry safely with an `Idempotency-Key`."""
    opportunity = await service.reopen_opportunity(session, principal, opportunity, data=body)
    set_etag(response, opportunity.version)
    names = await service.customer_names(session, principal, [opportunity])
    return _read(opportunity, names)


@router.get("/{opportunity_id:uuid}/history", response_model=list[StageHistoryRead], responses=READ)
async def read_history(
    opportunity: VisibleOpportunity,
    request: Request,
    session: DB,
    principal: Principal = CAN_READ,
) -> Response:
    """Every stage the deal entered, oldest first, with who moved it (by name) and how
    long it had spent in the stage before; moves that jumped forward list the stages they
    passed through and skipped, and reopens say so."""
    items = await service.stage_history_items(session, principal, opportunity)
    return json_answer(request, dumps(items))

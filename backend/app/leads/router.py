"""Leads: prospects captured in the field, on the web or imported, until they become
customers with a deal (`/convert`) or are disqualified.

An engineer sees the leads they own, a head their team's, an admin all (a territory
covered by several teams does not make one team's leads visible to another). Anything
else answers 404; a lead routed to another engineer on capture leaves the capturer's
sight, except that retrying the same create (same `id`) still answers 200. Status
changes are POST actions; an action the status does not allow is a 409
`leads.illegal_transition`. Creating a lead whose email, phone or tax id is already
known answers 409 `leads.possible_duplicates` listing the candidates, unless the body
says `"allow_duplicate": true`.
"""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Query, Request, Response, status
from fastapi.responses import JSONResponse, StreamingResponse

from app.auth.dependencies import DB, requires
from app.core.access import Permission, Principal
from app.core.bulk import BULK_RESPONSES, BulkResult
from app.core.concurrency import IfMatch, answer_saved, check_if_match, set_etag
from app.core.context import current_request_id
from app.core.errors import PROBLEM_JSON, problem_responses
from app.core.export import EXPORT_RESPONSES, ExportFormat, FormatQuery, export_response
from app.core.pagination import ListCount, ListParams, Page, SortOrder, list_params, sort_param
from app.core.reads import NOT_MODIFIED, FieldsQuery, dumps, json_answer, version_etag
from app.core.routing import DomainRouter
from app.leads import conversion, service
from app.leads.dependencies import LeadFilters, VisibleLead
from app.leads.errors import PossibleDuplicates
from app.leads.models import LeadSource
from app.leads.schemas import (
    DuplicateCheck,
    DuplicatesProblem,
    LeadAssign,
    LeadBulk,
    LeadConversion,
    LeadConvert,
    LeadCounts,
    LeadCreate,
    LeadDisqualify,
    LeadRead,
    LeadUpdate,
    ScoringRuleRead,
    ScoringRules,
)
from app.opportunities.schemas import OpportunityRead

router = DomainRouter(prefix="/leads", tags=["leads"])
rules_router = DomainRouter(prefix="/lead-scoring-rules", tags=["leads"])
READ = {**problem_responses(401, 403, 404, 422), **NOT_MODIFIED}
WRITE = problem_responses(401, 403, 404, 409, 412, 422, 428)
ACTION = problem_responses(401, 403, 404, 409, 422)
CREATE = {
    **problem_responses(401, 403, 409, 422),
    409: {
        "model": DuplicatesProblem,
        "content": {PROBLEM_JSON: {}},
        "description": "leads.possible_duplicates (with `candidates`), or id_taken",
    },
}
CAN_READ = requires(Permission.LEADS_READ)
CAN_WRITE = requires(Permission.LEADS_WRITE)


def _duplicates(error: PossibleDuplicates) -> JSONResponse:
    problem = DuplicatesProblem(
        title=error.title,
        status=error.status,
        code=error.code,
        request_id=current_request_id(),
        candidates=error.candidates,
    )
    body = problem.model_dump(mode="json", exclude_none=True, exclude={"candidates"})
    body["candidates"] = [c.model_dump(mode="json") for c in error.candidates]
    return JSONResponse(
        body,
        status_code=error.status,
        media_type=PROBLEM_JSON,
    )


@router.get("", response_model=Page[LeadRead], responses=READ)
async def list_leads(
    request: Request,
    session: DB,
    filters: LeadFilters,
    principal: Principal = CAN_READ,
    params: ListParams = list_params(service.LEAD_SORT),
    fields: str | None = FieldsQuery,
) -> Response:
    """Leads the caller may see, newest first unless `sort` says otherwise. The total is
    `GET /leads/count` with the same filters."""
    body = await service.leads_page(session, principal, params=params, fields=fields, **filters)
    return json_answer(request, body)


@router.get("/count", response_model=ListCount, responses=READ)
async def count_matching_leads(
    session: DB, filters: LeadFilters, principal: Principal = CAN_READ
) -> ListCount:
    """How many leads the list's filters select for the caller."""
    return ListCount(count=await service.count_matching_leads(session, principal, **filters))


@router.get("/export", response_class=StreamingResponse, responses=EXPORT_RESPONSES)
async def export_leads(
    request: Request,
    session: DB,
    filters: LeadFilters,
    principal: Principal = CAN_READ,
    order: SortOrder = sort_param(service.LEAD_SORT),
    format: ExportFormat = FormatQuery,
) -> StreamingResponse:
    """Every lead the filters select, scoped like the list, in its order, as CSV or XLSX
    (streamed)."""
    source = service.leads_export(session, principal, **filters)
    return export_response(request, principal, source, order=order, file_format=format)


@router.post("/bulk", response_model=BulkResult, responses=BULK_RESPONSES)
async def bulk_leads(body: LeadBulk, session: DB, principal: Principal = CAN_WRITE) -> BulkResult:
    """Reassign (`owner_id`; needs `leads:assign`, else 403) or change the status
    (`status`: contacted, qualified, or disqualified with a `reason`) of up to 500 leads.
    Each row follows the single action's rules and answers its own outcome (an illegal
    move is `leads.illegal_transition`; a lead the caller may not see is
    `leads.not_found`). Rows that succeed are kept when others fail."""
    return await service.bulk_leads(session, principal, data=body)


@router.get("/counts", response_model=LeadCounts, responses=READ)
async def count_leads(
    session: DB,
    principal: Principal = CAN_READ,
    owner_id: uuid.UUID | None = None,
    territory_id: uuid.UUID | None = None,
    source: LeadSource | None = None,
) -> LeadCounts:
    """How many leads the caller may see are in each status (the home dashboard's card)."""
    counts = await service.count_leads(
        session, principal, owner_id=owner_id, territory_id=territory_id, source=source
    )
    return LeadCounts(**{status.value: n for status, n in counts.items()})


@router.get("/duplicates", response_model=DuplicateCheck, responses=READ)
async def check_lead_duplicates(
    session: DB,
    principal: Principal = CAN_WRITE,
    email: str | None = Query(None, max_length=254),
    phone: str | None = Query(None, max_length=40),
    tax_id: str | None = Query(None, max_length=20),
) -> DuplicateCheck:
    """The duplicate check of a lead capture, without capturing: the leads, customers and
    contacts with this email, phone (its last 10 digits) or tax id, for a form to warn
    while the user types. It answers exactly what the 409 of `POST /leads` would list and
    nothing more: records the caller may see come with id and name; the others (another
    team's twin, the one worth asking about) only as kind and matching field, without id,
    name or owner. Needs `leads:write`, like capturing. Reads only; an empty or too short
    value matches nothing."""
    candidates = await service.find_duplicates(
        session,
        principal,
        email=(email or "").strip() or None,
        phone=(phone or "").strip() or None,
        tax_id=(tax_id or "").strip() or None,
    )
    return DuplicateCheck(candidates=candidates)


@router.post("", response_model=LeadRead, status_code=201, responses=CREATE)
async def create_lead(
    body: LeadCreate, response: Response, session: DB, principal: Principal = CAN_WRITE
) -> LeadRead | JSONResponse:
    """Capture a lead. The territory follows the address's postal code; the owner is the
    capturing engineer when the lead is in one of their territories (or none), else the
    territory's engineer with the fewest open leads; heads and admins may name `owner_id`.
    The score and its factors come back with it. Sending an `id` that was already created
    answers 200 with that lead."""
    try:
        saved = await service.capture_lead(session, principal, data=body)
    except PossibleDuplicates as duplicates:
        return _duplicates(duplicates)
    return LeadRead.model_validate(answer_saved(response, saved))


@router.get("/{lead_id:uuid}", response_model=LeadRead, responses=READ)
async def read_lead(
    lead_id: uuid.UUID,
    request: Request,
    session: DB,
    principal: Principal = CAN_READ,
    fields: str | None = FieldsQuery,
) -> Response:
    item = await service.lead_item(session, principal, lead_id, fields=fields)
    return json_answer(request, dumps(item), etag=version_etag(item) if not fields else None)


@router.patch("/{lead_id:uuid}", response_model=LeadRead, responses=WRITE)
async def update_lead(
    body: LeadUpdate,
    lead: VisibleLead,
    response: Response,
    session: DB,
    if_match: IfMatch,
    principal: Principal = CAN_WRITE,
) -> LeadRead:
    """Change a lead's details (not status or owner; see the actions). Needs `If-Match`.
    The score is recomputed. A converted lead is read-only (409)."""
    check_if_match(if_match, lead.version)
    lead = await service.update_lead(session, principal, lead, data=body)
    set_etag(response, lead.version)
    return LeadRead.model_validate(lead)


async def _act(
    session: DB, principal: Principal, lead: VisibleLead, response: Response, action: str
) -> LeadRead:
    lead = await service.change_status(session, principal, lead, action=action)
    set_etag(response, lead.version)
    return LeadRead.model_validate(lead)


@router.post("/{lead_id:uuid}/contact", response_model=LeadRead, responses=ACTION)
async def contact_lead(
    lead: VisibleLead, response: Response, session: DB, principal: Principal = CAN_WRITE
) -> LeadRead:
    """new -> contacted."""
    return await _act(session, principal, lead, response, "contact")


@router.post("/{lead_id:uuid}/qualify", response_model=LeadRead, responses=ACTION)
async def qualify_lead(
    lead: VisibleLead, response: Response, session: DB, principal: Principal = CAN_WRITE
) -> LeadRead:
    """contacted -> qualified."""
    return await _act(session, principal, lead, response, "qualify")


@router.post("/{lead_id:uuid}/disqualify", response_model=LeadRead, responses=ACTION)
async def disqualify_lead(
    body: LeadDisqualify,
    lead: VisibleLead,
    response: Response,
    session: DB,
    principal: Principal = CAN_WRITE,
) -> LeadRead:
    """new, contacted or qualified -> disqualified, with the reason."""
    lead = await service.change_status(
        session, principal, lead, action="disqualify", reason=body.reason
    )
    set_etag(response, lead.version)
    return LeadRead.model_validate(lead)


@router.post("/{lead_id:uuid}/assign", response_model=LeadRead, responses=ACTION)
async def assign_lead(
    principal: Annotated[Principal, requires(Permission.LEADS_ASSIGN)],
    body: LeadAssign,
    lead: VisibleLead,
    response: Response,
    session: DB,
) -> LeadRead:
    """Give the lead to someone the caller manages (heads: their team), optionally in
    another territory."""
    lead = await service.assign_lead(session, principal, lead, data=body)
    set_etag(response, lead.version)
    return LeadRead.model_validate(lead)


@router.post(
    "/{lead_id:uuid}/convert",
    response_model=LeadConversion,
    status_code=201,
    responses={**ACTION, 409: CREATE[409]},
)
async def convert_lead(
    body: LeadConvert,
    lead: VisibleLead,
    response: Response,
    session: DB,
    principal: Principal = CAN_WRITE,
) -> LeadConversion | JSONResponse:
    """In one transaction: create a customer from the lead (or link `customer_id`), its
    contact (or link `contact_id`), and open a deal in the first stage of the default
    pipeline (or `pipeline_id`'s). 201 the first time; a repeat answers 200 with the same
    records, never twins. When customers or contacts with the lead's email, phone or tax
    id exist and the body neither links `customer_id` nor sends `"create_new_customer":
    true`, the answer is 409 `leads.possible_duplicates` with the candidates."""
    try:
        result = await conversion.convert_lead(session, principal, lead, data=body)
    except PossibleDuplicates as duplicates:
        return _duplicates(duplicates)
    response.status_code = status.HTTP_201_CREATED if result.created else status.HTTP_200_OK
    set_etag(response, result.lead.version)
    return LeadConversion(
        lead=LeadRead.model_validate(result.lead),
        customer_id=result.customer_id,
        contact_id=result.contact_id,
        opportunity=OpportunityRead.model_validate(result.opportunity)
        if result.opportunity is not None
        else None,
    )


@rules_router.get("", response_model=list[ScoringRuleRead], responses=READ)
async def list_scoring_rules(session: DB, principal: Principal = CAN_READ) -> list[ScoringRuleRead]:
    """The rules lead scores are computed from (see the leads documentation)."""
    rules = await service.scoring_rules(session, principal)
    return [ScoringRuleRead.model_validate(r) for r in rules]


@rules_router.put("", response_model=list[ScoringRuleRead], responses=ACTION)
async def replace_scoring_rules(
    body: ScoringRules, session: DB, principal: Principal = requires(Permission.LEAD_SCORING_MANAGE)
) -> list[ScoringRuleRead]:
    """Replace every scoring rule at once; every open lead is rescored in the same
    transaction. How rules combine: source and industry rules add their points when they
    match; of the value rules the highest threshold reached counts (INR leads only); every
    completeness rule whose detail is present adds its points; of the recent-activity
    rules the smallest day threshold not exceeded counts. The total is clamped to 0..100.
    The last writer wins (no `If-Match`): the whole set is replaced, and the change is
    audited with who made it."""
    rules = await service.replace_scoring_rules(session, principal, data=body)
    return [ScoringRuleRead.model_validate(r) for r in rules]

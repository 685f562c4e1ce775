"""Customers and their contacts.

An engineer sees the customers they own and those of their territories; a head
their team's; an admin all. Anything else answers 404.
"""

from __future__ import annotations

import uuid

from fastapi import Query, Request, Response, status
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
from app.core.timeline import TimelineKind
from app.core.upsert import (
    ExternalIdPath,
    IfMatchOptional,
    IfNoneMatchOptional,
    Preconditions,
    upsert_responses,
    upserted_answer,
)
from app.customers import service
from app.customers.dependencies import (
    CustomerFilters,
    VisibleContact,
    VisibleCustomer,
    VisibleCustomerId,
)
from app.customers.schemas import (
    ContactCreate,
    ContactRead,
    ContactUpdate,
    CustomerBulk,
    CustomerCreate,
    CustomerFacets,
    CustomerMapPoints,
    CustomerRead,
    CustomerSummary,
    CustomerUpdate,
    CustomerUpsert,
    TimelineEventRead,
)

router = DomainRouter(prefix="/customers", tags=["customers"])
READ = {**problem_responses(401, 403, 404, 422), **NOT_MODIFIED}
CREATE = problem_responses(401, 403, 404, 409, 422)
WRITE = problem_responses(401, 403, 404, 409, 412, 422, 428)
CAN_READ = requires(Permission.CUSTOMERS_READ)
CAN_WRITE = requires(Permission.CUSTOMERS_WRITE)


@router.get("", response_model=Page[CustomerSummary], responses=READ)
async def list_customers(
    request: Request,
    session: DB,
    filters: CustomerFilters,
    principal: Principal = CAN_READ,
    params: ListParams = list_params(service.CUSTOMER_SORT),
    fields: str | None = FieldsQuery,
) -> Response:
    """Customers the caller may see. `q` searches name, legal name, email and phone of the
    customer and its contacts. Archived customers are left out unless `archived=true`
    (only archived) or `archived` is empty (both). The total is `GET /customers/count`
    with the same filters."""
    body = await service.customers_page(session, principal, params=params, fields=fields, **filters)
    return json_answer(request, body)


@router.get("/count", response_model=ListCount, responses=READ)
async def count_customers(
    session: DB, filters: CustomerFilters, principal: Principal = CAN_READ
) -> ListCount:
    """How many customers the list's filters select for the caller (the list's total,
    asked for beside its first page)."""
    return ListCount(count=await service.count_customers(session, principal, **filters))


@router.get("/export", response_class=StreamingResponse, responses=EXPORT_RESPONSES)
async def export_customers(
    request: Request,
    session: DB,
    filters: CustomerFilters,
    principal: Principal = CAN_READ,
    order: SortOrder = sort_param(service.CUSTOMER_SORT),
    format: ExportFormat = FormatQuery,
) -> StreamingResponse:
    """Every customer the filters select, scoped like the list, in its order, as CSV or
    XLSX (streamed; columns as the list's fields, amounts beside their currency)."""
    source = service.customers_export(session, principal, **filters)
    return export_response(request, principal, source, order=order, file_format=format)


@router.post("/bulk", response_model=BulkResult, responses=BULK_RESPONSES)
async def bulk_customers(
    body: CustomerBulk, session: DB, principal: Principal = CAN_WRITE
) -> BulkResult:
    """Reassign (`owner_id`), archive or unarchive up to 500 customers. Each row is
    checked as its single write is and answers its own outcome; a customer the caller
    may not see is `customers.not_found`. Rows that succeed are kept when others fail."""
    return await service.bulk_customers(session, principal, data=body)


@router.get("/facets", response_model=CustomerFacets, responses=READ)
async def read_customer_facets(
    request: Request,
    session: DB,
    principal: Principal = CAN_READ,
    archived: bool | None = False,
) -> Response:
    """The values the list's `industry` and `segment` filters can take: each industry and
    segment tag among the customers the caller may see, with how many carry it, most
    common first (at most 200 each). `archived` counts archived customers as the list
    does (left out by default)."""
    facets = await service.customer_facets(session, principal, archived=archived)
    return json_answer(request, dumps(facets.model_dump(mode="json")))


@router.get("/map-points", response_model=CustomerMapPoints, responses=READ)
async def read_customer_map_points(
    request: Request,
    session: DB,
    filters: CustomerFilters,
    principal: Principal = CAN_READ,
    limit: int = Query(
        service.MAX_MAP_POINTS,
        ge=1,
        le=service.MAX_MAP_POINTS,
        description="At most this many points; `truncated` says when more matched",
    ),
) -> Response:
    """Every customer the caller may see that the list's filters select (not one page),
    as compact `[id, name, latitude, longitude]` points for a map, in id order. Customers
    without coordinates are counted in `without_coordinates`. The ETag lets a map that
    asks again get a 304 while nothing changed."""
    body = await service.customer_map_points(session, principal, limit=limit, **filters)
    return json_answer(request, body)


@router.post("", response_model=CustomerRead, status_code=201, responses=CREATE)
async def create_customer(
    body: CustomerCreate, response: Response, session: DB, principal: Principal = CAN_WRITE
) -> CustomerRead:
    """Create a customer with its addresses and contacts. Without a territory, the billing
    address's postal code picks one. Sending an `id` that was already created answers 200
    with that customer."""
    saved = await service.create_customer(session, principal, data=body)
    return CustomerRead.model_validate(answer_saved(response, saved))


@router.get("/by-external-id/{external_id:path}", response_model=CustomerRead, responses=READ)
async def read_by_external_id(
    external_id: ExternalIdPath,
    request: Request,
    session: DB,
    principal: Principal = CAN_READ,
) -> Response:
    """The customer with this ERP id (404 when none the caller may see has it)."""
    item = await service.customer_by_external_id(session, principal, external_id)
    return json_answer(request, dumps(item), etag=version_etag(item))


@router.put(
    "/by-external-id/{external_id:path}",
    response_model=CustomerRead,
    status_code=200,
    responses=upsert_responses(CustomerRead),
)
async def upsert_customer(
    external_id: ExternalIdPath,
    body: CustomerUpsert,
    session: DB,
    if_match: IfMatchOptional = None,
    if_none_match: IfNoneMatchOptional = None,
    principal: Principal = CAN_WRITE,
) -> Response:
    """Create or update the customer the ERP knows by `external_id` (decision 0038): 201
    when created, 200 when updated or when nothing changed (the same version: no audit
    row, no event). Fields sent replace the customer's, fields left out keep their
    value; each address replaces the one of its kind; each contact updates the one with
    its email (else name) or is added. The create and update rules apply as on
    `POST /customers` and `PATCH /customers/{id}`. `If-Match` (optional) updates only
    that version (412 otherwise); `If-None-Match: *` creates only. An id held by a
    customer the caller may not see is a 409 `customers.external_id_taken`."""
    upserted = await service.upsert_customer(
        session,
        principal,
        external_id=external_id,
        data=body,
        preconditions=Preconditions(if_match, if_none_match),
    )
    item = await service.customer_item(session, principal, upserted.entity.id, fields=None)
    return upserted_answer(item, upserted)


@router.get("/{customer_id:uuid}", response_model=CustomerRead, responses=READ)
async def read_customer(
    customer_id: uuid.UUID,
    request: Request,
    session: DB,
    principal: Principal = CAN_READ,
    fields: str | None = FieldsQuery,
) -> Response:
    """One customer with its addresses and contacts. The ETag is its version (send it in
    If-Match to change it, or in If-None-Match to get a 304 while it is unchanged)."""
    item = await service.customer_item(session, principal, customer_id, fields=fields)
    return json_answer(request, dumps(item), etag=version_etag(item) if not fields else None)


@router.patch("/{customer_id:uuid}", response_model=CustomerRead, responses=WRITE)
async def update_customer(
    body: CustomerUpdate,
    customer: VisibleCustomer,
    response: Response,
    session: DB,
    if_match: IfMatch,
    principal: Principal = CAN_WRITE,
) -> CustomerRead:
    """Change a customer. Needs `If-Match` with the ETag read (428 without, 412 when stale).
    Changing the owner needs `customers:reassign`."""
    check_if_match(if_match, customer.version)
    customer = await service.update_customer(session, principal, customer, data=body)
    set_etag(response, customer.version)
    return CustomerRead.model_validate(customer)


@router.post("/{customer_id:uuid}/archive", response_model=CustomerRead, responses=WRITE)
async def archive_customer(
    customer: VisibleCustomer, response: Response, session: DB, principal: Principal = CAN_WRITE
) -> CustomerRead:
    """Hide the customer from default lists; nothing is deleted."""
    customer = await service.set_archived(session, principal, customer, archived=True)
    set_etag(response, customer.version)
    return CustomerRead.model_validate(customer)


@router.post("/{customer_id:uuid}/unarchive", response_model=CustomerRead, responses=WRITE)
async def unarchive_customer(
    customer: VisibleCustomer, response: Response, session: DB, principal: Principal = CAN_WRITE
) -> CustomerRead:
    customer = await service.set_archived(session, principal, customer, archived=False)
    set_etag(response, customer.version)
    return CustomerRead.model_validate(customer)


@router.get("/{customer_id:uuid}/contacts", response_model=list[ContactRead], responses=READ)
async def list_contacts(
    customer_id: VisibleCustomerId, request: Request, session: DB, principal: Principal = CAN_READ
) -> Response:
    return json_answer(request, dumps(await service.contact_items(session, principal, customer_id)))


@router.post(
    "/{customer_id:uuid}/contacts", response_model=ContactRead, status_code=201, responses=CREATE
)
async def add_contact(
    body: ContactCreate,
    customer: VisibleCustomer,
    response: Response,
    session: DB,
    principal: Principal = CAN_WRITE,
) -> ContactRead:
    saved = await service.add_contact(session, principal, customer, data=body)
    return ContactRead.model_validate(answer_saved(response, saved))


@router.get(
    "/{customer_id:uuid}/contacts/{contact_id:uuid}", response_model=ContactRead, responses=READ
)
async def read_contact(
    customer_id: VisibleCustomerId,
    contact_id: uuid.UUID,
    request: Request,
    session: DB,
    principal: Principal = CAN_READ,
) -> Response:
    item = await service.contact_item(session, principal, customer_id, contact_id)
    return json_answer(request, dumps(item), etag=version_etag(item))


@router.patch(
    "/{customer_id:uuid}/contacts/{contact_id:uuid}", response_model=ContactRead, responses=WRITE
)
async def update_contact(
    body: ContactUpdate,
    contact: VisibleContact,
    response: Response,
    session: DB,
    if_match: IfMatch,
    principal: Principal = CAN_WRITE,
) -> ContactRead:
    check_if_match(if_match, contact.version)
    contact = await service.update_contact(session, principal, contact, data=body)
    set_etag(response, contact.version)
    return ContactRead.model_validate(contact)


@router.delete("/{customer_id:uuid}/contacts/{contact_id:uuid}", status_code=204, responses=WRITE)
async def delete_contact(
    contact: VisibleContact, session: DB, if_match: IfMatch, principal: Principal = CAN_WRITE
) -> Response:
    """Remove the contact. It is archived, not erased: deals and activities keep their
    link, and it is gone from every read and list."""
    check_if_match(if_match, contact.version)
    await service.archive_contact(session, principal, contact)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/{customer_id:uuid}/timeline", response_model=Page[TimelineEventRead], responses=READ)
async def read_timeline(
    customer_id: VisibleCustomerId,
    request: Request,
    session: DB,
    principal: Principal = CAN_READ,
    params: ListParams = list_params(service.TIMELINE_SORT),
    kind: list[TimelineKind] | None = Query(None, description="Only these kinds"),
) -> Response:
    """One history of everything that happened with the customer (activities, lead
    conversion, stage moves, ...), newest first."""
    body = await service.customer_timeline(
        session, principal, customer_id, kinds=kind, params=params
    )
    return json_answer(request, body)

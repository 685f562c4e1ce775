"""Price lists, and the price of a product for a customer.

A price list has a currency, a validity period (`valid_from`, `valid_to` inclusive;
no `valid_to`: open-ended) and a scope: `default` (everyone), `segment` (customers
carrying that segment tag) or `customer` (one customer). Its lines price products from
a quantity up (`min_quantity`: quantity breaks). Every signed-in user reads default
and segment lists; a customer's own list only those who may see the customer. Admins
(`prices:write`) change them. `GET /prices` answers which price applies (decision 0015).
"""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Annotated

from fastapi import Query, Request, Response, status

from app.auth.dependencies import DB, requires
from app.core.access import Permission, Principal
from app.core.concurrency import IfMatch, answer_saved, check_if_match, set_etag
from app.core.errors import problem_responses
from app.core.money import CurrencyCode, Quantity
from app.core.pagination import ListParams, Page, list_params
from app.core.reads import NOT_MODIFIED, FieldsQuery, dumps, json_answer, version_etag
from app.core.routing import DomainRouter
from app.core.schemas import IsoDate
from app.core.upsert import (
    ExternalIdPath,
    IfMatchOptional,
    IfNoneMatchOptional,
    Preconditions,
    upsert_responses,
    upserted_answer,
)
from app.price_lists import service
from app.price_lists.dependencies import PriceListFilters, VisiblePriceList, VisiblePriceListLine
from app.price_lists.schemas import (
    PriceListCreate,
    PriceListLineCreate,
    PriceListLineRead,
    PriceListLineUpdate,
    PriceListRead,
    PriceListUpdate,
    PriceListUpsert,
    PriceListWithLinesRead,
    PriceRead,
)

router = DomainRouter(prefix="/price-lists", tags=["price-lists"])
prices_router = DomainRouter(prefix="/prices", tags=["prices"])
READ = {**problem_responses(401, 403, 404, 422), **NOT_MODIFIED}
CREATE = problem_responses(401, 403, 404, 409, 422)
WRITE = problem_responses(401, 403, 404, 409, 412, 422, 428)
CAN_READ = requires(Permission.PRODUCTS_READ)
CAN_WRITE = requires(Permission.PRICES_WRITE)
# On a list's own routes the permission is checked before the list is looked up: a
# caller without it gets 403 whichever list it names.
Writer = Annotated[Principal, CAN_WRITE]


@router.get("", response_model=Page[PriceListRead], responses=READ)
async def list_price_lists(
    request: Request,
    session: DB,
    filters: PriceListFilters,
    principal: Principal = CAN_READ,
    params: ListParams = list_params(service.PRICE_LIST_SORT),
    fields: str | None = FieldsQuery,
) -> Response:
    """The price lists the caller may see, by name. Filters: `scope`, `customer_id`,
    `segment`, `currency`, `valid_on` (a date), `active`."""
    body = await service.price_lists_page(
        session, principal, params=params, fields=fields, **filters
    )
    return json_answer(request, body)


@router.post("", response_model=PriceListRead, status_code=201, responses=CREATE)
async def create_price_list(
    body: PriceListCreate, response: Response, session: DB, principal: Principal = CAN_WRITE
) -> PriceListRead:
    """A price list, with its lines if given (at most 1000; more through
    `POST /price-lists/{id}/lines`). A `segment` list names its `segment`, a `customer`
    list its `customer_id`, a `default` list neither (422 naming the field)."""
    saved = await service.create_price_list(session, principal, data=body)
    return PriceListRead.model_validate(answer_saved(response, saved))


@router.get(
    "/by-external-id/{external_id:path}", response_model=PriceListWithLinesRead, responses=READ
)
async def read_by_external_id(
    external_id: ExternalIdPath, request: Request, session: DB, principal: Principal = CAN_READ
) -> Response:
    """The list with this ERP id, with every line (404 when none the caller may see has
    it)."""
    item = await service.price_list_by_external_id(session, principal, external_id)
    return json_answer(request, dumps(item), etag=version_etag(item))


@router.put(
    "/by-external-id/{external_id:path}",
    response_model=PriceListWithLinesRead,
    responses=upsert_responses(PriceListWithLinesRead),
)
async def upsert_price_list(
    external_id: ExternalIdPath,
    body: PriceListUpsert,
    session: DB,
    if_match: IfMatchOptional = None,
    if_none_match: IfNoneMatchOptional = None,
    principal: Principal = CAN_WRITE,
) -> Response:
    """Create or update the list the ERP knows by `external_id` (decision 0038): 201 when
    created, 200 when updated or unchanged (`Upsert-Outcome`). Fields sent replace the
    list's, fields left out keep their value; `lines`, when sent, become its lines (each
    product by `product_id`, `product_external_id` or `product_sku`; a customer's list
    names its customer by `customer_id` or `customer_external_id`). A different
    `currency` for an existing list is a 422 (`price_lists.currency_fixed`). The version
    is the list's own: a change of lines only shows in `Upsert-Outcome`."""
    upserted = await service.upsert_price_list(
        session,
        principal,
        external_id=external_id,
        data=body,
        preconditions=Preconditions(if_match, if_none_match),
    )
    item = await service.price_list_with_lines_item(session, principal, upserted.entity.id)
    return upserted_answer(item, upserted)


@router.get("/{price_list_id:uuid}", response_model=PriceListRead, responses=READ)
async def read_price_list(
    price_list_id: uuid.UUID, request: Request, session: DB, principal: Principal = CAN_READ
) -> Response:
    item = await service.price_list_item(session, principal, price_list_id)
    return json_answer(request, dumps(item), etag=version_etag(item))


@router.patch("/{price_list_id:uuid}", response_model=PriceListRead, responses=WRITE)
async def update_price_list(
    principal: Writer,
    body: PriceListUpdate,
    price_list: VisiblePriceList,
    response: Response,
    session: DB,
    if_match: IfMatch,
) -> PriceListRead:
    """Change a list (If-Match); its currency is fixed. Lists are never deleted:
    `is_active: false` stops one applying."""
    check_if_match(if_match, price_list.version)
    price_list = await service.update_price_list(session, principal, price_list, data=body)
    set_etag(response, price_list.version)
    return PriceListRead.model_validate(price_list)


@router.get("/{price_list_id:uuid}/lines", response_model=Page[PriceListLineRead], responses=READ)
async def list_lines(
    price_list: VisiblePriceList,
    request: Request,
    session: DB,
    principal: Principal = CAN_READ,
    params: ListParams = list_params(service.PRICE_LIST_LINE_SORT),
    product_id: uuid.UUID | None = None,
) -> Response:
    """The list's lines (prices per product and quantity break), oldest first."""
    body = await service.lines_page(
        session, principal, price_list.id, params=params, product_id=product_id
    )
    return json_answer(request, body)


@router.post(
    "/{price_list_id:uuid}/lines",
    response_model=PriceListLineRead,
    status_code=201,
    responses=CREATE,
)
async def add_line(
    principal: Writer,
    body: PriceListLineCreate,
    price_list: VisiblePriceList,
    response: Response,
    session: DB,
) -> PriceListLineRead:
    """Price a product from `min_quantity` up (default 1). The same product and break
    twice in a list is a 409 `price_lists.duplicate_break`."""
    saved = await service.add_line(session, principal, price_list, data=body)
    return PriceListLineRead.model_validate(answer_saved(response, saved))


@router.patch(
    "/{price_list_id:uuid}/lines/{line_id:uuid}", response_model=PriceListLineRead, responses=WRITE
)
async def update_line(
    principal: Writer,
    body: PriceListLineUpdate,
    line: VisiblePriceListLine,
    response: Response,
    session: DB,
    if_match: IfMatch,
) -> PriceListLineRead:
    check_if_match(if_match, line.version)
    line = await service.update_line(session, principal, line, data=body)
    set_etag(response, line.version)
    return PriceListLineRead.model_validate(line)


@router.delete("/{price_list_id:uuid}/lines/{line_id:uuid}", status_code=204, responses=WRITE)
async def delete_line(
    principal: Writer, line: VisiblePriceListLine, session: DB, if_match: IfMatch
) -> Response:
    check_if_match(if_match, line.version)
    await service.delete_line(session, principal, line)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@prices_router.get("", response_model=PriceRead, responses=READ)
async def read_price(
    request: Request,
    session: DB,
    customer_id: uuid.UUID,
    product_id: uuid.UUID,
    quantity: Annotated[Quantity, Query(description="How many (a decimal), default 1")] = Decimal(
        1
    ),
    date: Annotated[
        IsoDate | None,
        Query(description="The day priced (YYYY-MM-DD); default today, company time"),
    ] = None,
    currency: Annotated[
        CurrencyCode | None, Query(description="Default: the customer's currency")
    ] = None,
    principal: Principal = CAN_READ,
) -> Response:
    """The unit price of `quantity` of a product for a customer on a date, and the rule
    that gave it: among the active lists in the currency that are valid that day, the
    customer's own list wins over its segment's, which wins over the default; within a
    list the highest quantity break at or below `quantity` applies; a list without a
    line for the product (or without a break that low) gives way to the next. With no
    list line, the product's list price applies when it is in the currency, else 422
    `prices.no_price`. A customer the caller may not see is a 404."""
    answer = await service.resolve_price(
        session,
        principal,
        customer_id=customer_id,
        product_id=product_id,
        quantity=quantity,
        on=date,
        currency=currency,
    )
    return json_answer(request, dumps(answer.model_dump(mode="json")))

"""Products and product groups: the catalogue every quote is built from.

Every signed-in user reads them (`products:read`); admins (`products:write`) change
them. A product is never deleted (documents refer to it): `is_active: false` stops
selling it (`active=true` lists only those sold, as a quote builder wants). SKUs are
unique whatever their case; `external_id` is the ERP's id.
"""

from __future__ import annotations

import uuid

from fastapi import Request, Response, status
from fastapi.responses import StreamingResponse

from app.auth.dependencies import DB, requires
from app.core.access import Permission, Principal
from app.core.concurrency import IfMatch, answer_saved, check_if_match, set_etag
from app.core.errors import problem_responses
from app.core.export import EXPORT_RESPONSES, ExportFormat, FormatQuery, export_response
from app.core.pagination import ListCount, ListParams, Page, SortOrder, list_params, sort_param
from app.core.reads import NOT_MODIFIED, FieldsQuery, dumps, json_answer, version_etag
from app.core.routing import DomainRouter
from app.core.upsert import (
    ExternalIdPath,
    IfMatchOptional,
    IfNoneMatchOptional,
    Preconditions,
    upsert_responses,
    upserted_answer,
)
from app.products import service
from app.products.dependencies import ProductFilters, VisibleProduct, VisibleProductGroup
from app.products.schemas import (
    ProductCreate,
    ProductGroupCreate,
    ProductGroupRead,
    ProductGroupUpdate,
    ProductRead,
    ProductUpdate,
    ProductUpsert,
)

router = DomainRouter(prefix="/products", tags=["products"])
groups_router = DomainRouter(prefix="/product-groups", tags=["product-groups"])
READ = {**problem_responses(401, 403, 404, 422), **NOT_MODIFIED}
CREATE = problem_responses(401, 403, 409, 422)
WRITE = problem_responses(401, 403, 404, 409, 412, 422, 428)
CAN_READ = requires(Permission.PRODUCTS_READ)
CAN_WRITE = requires(Permission.PRODUCTS_WRITE)


@router.get("", response_model=Page[ProductRead], responses=READ)
async def list_products(
    request: Request,
    session: DB,
    filters: ProductFilters,
    principal: Principal = CAN_READ,
    params: ListParams = list_params(service.PRODUCT_SORT),
    fields: str | None = FieldsQuery,
) -> Response:
    """Products, by name unless `sort` says otherwise. `q` searches SKU, name, HSN/SAC
    code and ERP id; `group_id`, `kind`, `tax_category_id` and `active` filter. The total
    is `GET /products/count` with the same filters."""
    body = await service.products_page(session, principal, params=params, fields=fields, **filters)
    return json_answer(request, body)


@router.get("/count", response_model=ListCount, responses=READ)
async def count_products(
    session: DB, filters: ProductFilters, principal: Principal = CAN_READ
) -> ListCount:
    """How many products the list's filters select."""
    return ListCount(count=await service.count_products(session, principal, **filters))


@router.get("/by-external-id/{external_id:path}", response_model=ProductRead, responses=READ)
async def read_by_external_id(
    external_id: ExternalIdPath, request: Request, session: DB, principal: Principal = CAN_READ
) -> Response:
    """The product with this ERP id (404 when none has it)."""
    item = await service.product_by_external_id(session, principal, external_id)
    return json_answer(request, dumps(item), etag=version_etag(item))


@router.put(
    "/by-external-id/{external_id:path}",
    response_model=ProductRead,
    responses=upsert_responses(ProductRead),
)
async def upsert_product(
    external_id: ExternalIdPath,
    body: ProductUpsert,
    session: DB,
    if_match: IfMatchOptional = None,
    if_none_match: IfNoneMatchOptional = None,
    principal: Principal = CAN_WRITE,
) -> Response:
    """Create or update the product the ERP knows by `external_id` (decision 0038): 201
    when created, 200 when updated or unchanged (`Upsert-Outcome` says which; unchanged
    keeps the version and writes no event). Fields sent replace the product's, fields
    left out keep their value. The tax category and group may be named by
    `tax_category_code` and `group_name`. The rules of `POST /products` and
    `PATCH /products/{id}` apply (unique SKU: 409). `If-Match` / `If-None-Match: *` as on
    customers."""
    upserted = await service.upsert_product(
        session,
        principal,
        external_id=external_id,
        data=body,
        preconditions=Preconditions(if_match, if_none_match),
    )
    item = await service.product_item(session, principal, upserted.entity.id, fields=None)
    return upserted_answer(item, upserted)


@router.get("/export", response_class=StreamingResponse, responses=EXPORT_RESPONSES)
async def export_products(
    request: Request,
    session: DB,
    filters: ProductFilters,
    principal: Principal = CAN_READ,
    order: SortOrder = sort_param(service.PRODUCT_SORT),
    format: ExportFormat = FormatQuery,
) -> StreamingResponse:
    """Every product the filters select, in the list's order, as CSV or XLSX."""
    source = service.products_export(session, principal, **filters)
    return export_response(request, principal, source, order=order, file_format=format)


@router.post("", response_model=ProductRead, status_code=201, responses=CREATE)
async def create_product(
    body: ProductCreate, response: Response, session: DB, principal: Principal = CAN_WRITE
) -> ProductRead:
    """Create a product. A SKU (any case) or `external_id` already used is a 409; an
    HSN/SAC code that does not fit the kind (goods: HSN, 4/6/8 digits; services: SAC,
    99xxxx) is a 422 naming `hsn_sac_code`."""
    saved = await service.create_product(session, principal, data=body)
    return ProductRead.model_validate(answer_saved(response, saved))


@router.get("/{product_id:uuid}", response_model=ProductRead, responses=READ)
async def read_product(
    product_id: uuid.UUID,
    request: Request,
    session: DB,
    principal: Principal = CAN_READ,
    fields: str | None = FieldsQuery,
) -> Response:
    item = await service.product_item(session, principal, product_id, fields=fields)
    return json_answer(request, dumps(item), etag=version_etag(item) if not fields else None)


@router.patch("/{product_id:uuid}", response_model=ProductRead, responses=WRITE)
async def update_product(
    body: ProductUpdate,
    product: VisibleProduct,
    response: Response,
    session: DB,
    if_match: IfMatch,
    principal: Principal = CAN_WRITE,
) -> ProductRead:
    """Change a product (If-Match). `is_active: false` stops selling it."""
    check_if_match(if_match, product.version)
    product = await service.update_product(session, principal, product, data=body)
    set_etag(response, product.version)
    return ProductRead.model_validate(product)


@groups_router.get("", response_model=Page[ProductGroupRead], responses=READ)
async def list_product_groups(
    request: Request,
    session: DB,
    principal: Principal = CAN_READ,
    params: ListParams = list_params(service.PRODUCT_GROUP_SORT),
    fields: str | None = FieldsQuery,
) -> Response:
    """The product groups, by name."""
    body = await service.product_groups_page(session, principal, params=params, fields=fields)
    return json_answer(request, body)


@groups_router.post("", response_model=ProductGroupRead, status_code=201, responses=CREATE)
async def create_product_group(
    body: ProductGroupCreate, response: Response, session: DB, principal: Principal = CAN_WRITE
) -> ProductGroupRead:
    saved = await service.create_product_group(session, principal, data=body)
    return ProductGroupRead.model_validate(answer_saved(response, saved))


@groups_router.get("/{group_id:uuid}", response_model=ProductGroupRead, responses=READ)
async def read_product_group(
    group_id: uuid.UUID, request: Request, session: DB, principal: Principal = CAN_READ
) -> Response:
    item = await service.product_group_item(session, principal, group_id)
    return json_answer(request, dumps(item), etag=version_etag(item))


@groups_router.patch("/{group_id:uuid}", response_model=ProductGroupRead, responses=WRITE)
async def update_product_group(
    body: ProductGroupUpdate,
    group: VisibleProductGroup,
    response: Response,
    session: DB,
    if_match: IfMatch,
    principal: Principal = CAN_WRITE,
) -> ProductGroupRead:
    check_if_match(if_match, group.version)
    group = await service.update_product_group(session, principal, group, data=body)
    set_etag(response, group.version)
    return ProductGroupRead.model_validate(group)


@groups_router.delete("/{group_id:uuid}", status_code=204, responses=WRITE)
async def delete_product_group(
    group: VisibleProductGroup, session: DB, if_match: IfMatch, principal: Principal = CAN_WRITE
) -> Response:
    """Delete an empty group; a group holding products is a 409 (move them first)."""
    check_if_match(if_match, group.version)
    await service.delete_product_group(session, principal, group)
    return Response(status_code=status.HTTP_204_NO_CONTENT)

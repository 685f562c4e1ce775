"""Tax categories: what a product is taxed at, and the GST of an amount under one.

Every signed-in user reads them (a quote needs the rates); admins (`taxes:write`)
change them. India's GST splits by the place of supply: a customer in the company's
state (`SALES_COMPANY_STATE_CODE`) pays CGST + SGST at half the rate each, any other
IGST; zero-rated supplies carry IGST at 0 %, exempt ones no tax (decision 0014).
"""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Annotated

from fastapi import Query, Request, Response

from app.auth.dependencies import DB, requires
from app.core.access import Permission, Principal
from app.core.concurrency import IfMatch, answer_saved, check_if_match, set_etag
from app.core.errors import problem_responses
from app.core.money import Amount, CurrencyCode
from app.core.pagination import ListParams, Page, list_params
from app.core.reads import NOT_MODIFIED, FieldsQuery, dumps, json_answer, version_etag
from app.core.routing import DomainRouter
from app.taxes import service
from app.taxes.dependencies import VisibleTaxCategory
from app.taxes.schemas import LineTaxRead, TaxCategoryCreate, TaxCategoryRead, TaxCategoryUpdate

router = DomainRouter(prefix="/tax-categories", tags=["tax-categories"])
READ = {**problem_responses(401, 403, 404, 422), **NOT_MODIFIED}
CREATE = problem_responses(401, 403, 409, 422)
WRITE = problem_responses(401, 403, 404, 409, 412, 422, 428)
CAN_READ = requires(Permission.PRODUCTS_READ)
CAN_WRITE = requires(Permission.TAXES_WRITE)


@router.get("", response_model=Page[TaxCategoryRead], responses=READ)
async def list_tax_categories(
    request: Request,
    session: DB,
    principal: Principal = CAN_READ,
    params: ListParams = list_params(service.TAX_CATEGORY_SORT),
    fields: str | None = FieldsQuery,
    active: bool | None = Query(None, description="Only active (true) or inactive (false) ones"),
) -> Response:
    """The tax categories, lowest rate first by default."""
    body = await service.tax_categories_page(
        session, principal, params=params, fields=fields, active=active
    )
    return json_answer(request, body)


@router.post("", response_model=TaxCategoryRead, status_code=201, responses=CREATE)
async def create_tax_category(
    body: TaxCategoryCreate, response: Response, session: DB, principal: Principal = CAN_WRITE
) -> TaxCategoryRead:
    """A category with a unique `code`. `zero_rated` and `exempt` categories have rate 0."""
    saved = await service.create_tax_category(session, principal, data=body)
    return TaxCategoryRead.model_validate(answer_saved(response, saved))


@router.get("/{tax_category_id:uuid}", response_model=TaxCategoryRead, responses=READ)
async def read_tax_category(
    tax_category_id: uuid.UUID, request: Request, session: DB, principal: Principal = CAN_READ
) -> Response:
    item = await service.tax_category_item(session, principal, tax_category_id)
    return json_answer(request, dumps(item), etag=version_etag(item))


@router.patch("/{tax_category_id:uuid}", response_model=TaxCategoryRead, responses=WRITE)
async def update_tax_category(
    body: TaxCategoryUpdate,
    category: VisibleTaxCategory,
    response: Response,
    session: DB,
    if_match: IfMatch,
    principal: Principal = CAN_WRITE,
) -> TaxCategoryRead:
    """Change a category (If-Match). A new rate applies to documents made from now on.
    Categories are never deleted (products and documents refer to them): set
    `is_active` false to stop offering one."""
    check_if_match(if_match, category.version)
    category = await service.update_tax_category(session, principal, category, data=body)
    set_etag(response, category.version)
    return TaxCategoryRead.model_validate(category)


@router.get("/{tax_category_id:uuid}/compute", response_model=LineTaxRead, responses=READ)
async def compute(
    category: VisibleTaxCategory,
    request: Request,
    amount: Annotated[
        Amount, Query(description="The taxable amount (after discount), e.g. 1000.00")
    ],
    currency: Annotated[CurrencyCode, Query()] = "INR",
    place_of_supply: str | None = Query(
        None,
        pattern=r"^[0-9]{2}$",
        description="The customer's GST state code; empty for a customer outside India",
    ),
    principal: Principal = CAN_READ,
) -> Response:
    """The GST of `amount` under this category for a customer whose place of supply is
    `place_of_supply`: the components (CGST + SGST within the company's state, IGST
    otherwise), each rounded to the currency's minor unit, as quotes compute a line."""
    answer = service.compute_tax(
        category, taxable_amount=Decimal(amount), currency=currency, place_of_supply=place_of_supply
    )
    return json_answer(request, dumps(answer.model_dump(mode="json")))

"""Tax categories (admins configure them) and the tax of an amount under one.

The computation itself is ``core/tax.py`` (pure, shared by quotes, orders and
invoices); this module stores the categories and knows the company's GST state.
Invariants: a category's code is unique; zero-rated and exempt categories have rate 0.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection
from decimal import Decimal
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.access import Principal
from app.core.config import get_settings
from app.core.errors import UnprocessableEntity, field_error
from app.core.feed import FeedRecord, load_feed
from app.core.memo import depends_on, remembered
from app.core.money import format_amount
from app.core.pagination import ListParams
from app.core.regions import GST_STATES
from app.core.repository import Saved
from app.core.tax import LineTax, TaxTreatment, line_tax
from app.taxes.errors import TaxCodeTaken
from app.taxes.models import TaxCategory
from app.taxes.repository import TAX_CATEGORY_READ, TAX_CATEGORY_SORT, TaxCategoryRepository
from app.taxes.schemas import (
    LineTaxRead,
    TaxCategoryCreate,
    TaxCategoryUpdate,
    check_rate,
)

__all__ = ["TAX_CATEGORY_SORT", "TaxCategory"]

TAX_CATEGORIES = "tax_categories"
depends_on(TAX_CATEGORIES, TaxCategory)


def company_state_code() -> str:
    """The GST state of the company's registration (``SALES_COMPANY_STATE_CODE``)."""
    return get_settings().company_state_code


async def tax_categories_page(
    session: AsyncSession,
    principal: Principal,
    *,
    params: ListParams,
    fields: str | None,
    active: bool | None,
) -> bytes:
    repo = TaxCategoryRepository(session, principal)
    return await repo.read_page(
        TAX_CATEGORY_READ, repo.filtered(active=active), params, fields=fields
    )


async def tax_category_item(
    session: AsyncSession, principal: Principal, category_id: uuid.UUID
) -> dict[str, Any]:
    return await TaxCategoryRepository(session, principal).read_item(TAX_CATEGORY_READ, category_id)


async def get_tax_category(
    session: AsyncSession, principal: Principal, category_id: uuid.UUID
) -> TaxCategory:
    return await TaxCategoryRepository(session, principal).get_or_404(category_id)


async def find_tax_category(
    session: AsyncSession, principal: Principal, category_id: uuid.UUID
) -> TaxCategory | None:
    """For other domains (a product's category): the category, or None."""
    return await TaxCategoryRepository(session, principal).get(category_id)


async def find_tax_categories(
    session: AsyncSession, principal: Principal, category_ids: Collection[uuid.UUID]
) -> dict[uuid.UUID, TaxCategory]:
    """For other domains (the categories of a document's products): by id, in one
    statement; unknown ids left out."""
    found = await TaxCategoryRepository(session, principal).many(category_ids)
    return {category.id: category for category in found}


async def find_tax_category_by_code(
    session: AsyncSession, principal: Principal, code: str
) -> TaxCategory | None:
    """For an import naming a product's category by its code: the category, or None
    (remembered for the session: an import's products name a few categories)."""
    return await remembered(
        session,
        TAX_CATEGORIES,
        code,
        lambda: TaxCategoryRepository(session, principal).by_code(code),
    )


async def create_tax_category(
    session: AsyncSession, principal: Principal, *, data: TaxCategoryCreate
) -> Saved[TaxCategory]:
    repo = TaxCategoryRepository(session, principal)

    async def build() -> TaxCategory:
        if await repo.unscoped_code_taken(data.code):
            raise TaxCodeTaken()
        return TaxCategory(**data.model_dump(exclude={"id"}))

    return await repo.create_once(data.id, build)


async def update_tax_category(
    session: AsyncSession, principal: Principal, category: TaxCategory, *, data: TaxCategoryUpdate
) -> TaxCategory:
    repo = TaxCategoryRepository(session, principal)
    changes = data.model_dump(exclude_unset=True)
    treatment = changes.get("treatment") or category.treatment
    if "treatment" in changes and treatment is not TaxTreatment.TAXABLE and "rate" not in changes:
        changes["rate"] = Decimal(0)  # becoming zero-rated or exempt drops the rate
    check_rate(treatment, changes.get("rate", category.rate))
    code = changes.get("code")
    if code and await repo.unscoped_code_taken(code, other_than=category.id):
        raise TaxCodeTaken()
    return await repo.update(category, changes)


def tax_of(
    category: TaxCategory, *, taxable_amount: Decimal, currency: str, place_of_supply: str | None
) -> LineTax:
    """The GST components of an amount under ``category`` for a customer whose place of
    supply is ``place_of_supply`` (a GST state code; None outside India)."""
    return line_tax(
        taxable_amount=taxable_amount,
        currency=currency,
        treatment=category.treatment,
        rate=category.rate,
        company_state=company_state_code(),
        place_of_supply=place_of_supply,
    )


def compute_tax(
    category: TaxCategory, *, taxable_amount: Decimal, currency: str, place_of_supply: str | None
) -> LineTaxRead:
    """The tax of an amount as the API answers it (``GET /tax-categories/{id}/compute``)."""
    if place_of_supply is not None and place_of_supply not in GST_STATES:
        raise UnprocessableEntity(
            errors=[field_error("place_of_supply", "not a GST state code", where="query")]
        )
    tax = tax_of(
        category, taxable_amount=taxable_amount, currency=currency, place_of_supply=place_of_supply
    )
    return _tax_answer(category, tax, place_of_supply)


def _tax_answer(category: TaxCategory, tax: LineTax, place_of_supply: str | None) -> LineTaxRead:
    currency = tax.currency
    return LineTaxRead(
        tax_category_id=category.id,
        currency=currency,
        taxable_amount=tax.taxable_amount,
        treatment=tax.treatment,
        company_state_code=company_state_code(),
        place_of_supply=place_of_supply,
        supply=tax.supply,
        components=[
            {
                "name": c.name,
                "rate": c.rate,
                "amount": Decimal(format_amount(c.amount, currency)),
                "currency": currency,
            }
            for c in tax.components
        ],
        tax_amount=tax.tax_amount,
        total=tax.total,
    )


# --- the change feed ------------------------------------------------------------------


async def tax_category_feed(
    session: AsyncSession, principal: Principal, ids: Collection[uuid.UUID]
) -> list[FeedRecord]:
    """Every category, inactive ones too (products keep theirs)."""
    return await load_feed(TaxCategoryRepository(session, principal), TAX_CATEGORY_READ, ids)

"""Every query of the taxes domain starts from the scoped base."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from sqlalchemy import Select, literal, select

from app.core.config import get_settings
from app.core.money import decimal_sql
from app.core.pagination import SortOptions
from app.core.reads import ReadModel
from app.core.repository import ScopedRepository
from app.taxes.errors import TaxCategoryNotFound, TaxCodeTaken
from app.taxes.models import TaxCategory
from app.taxes.schemas import TaxCategoryRead


def _with_company_state(item: dict[str, Any], _hidden: Mapping[str, Any]) -> None:
    """The company's state is a setting, not a column: filled in after the row is read."""
    if "company_state_code" in item:
        item["company_state_code"] = get_settings().company_state_code


TAX_CATEGORY_READ = ReadModel(
    TaxCategory,
    TaxCategoryRead,
    fields={"rate": decimal_sql(TaxCategory.rate), "company_state_code": literal("")},
    finish=_with_company_state,
)
TAX_CATEGORY_SORT = SortOptions("rate", rate=TaxCategory.rate, name=TaxCategory.name)


class TaxCategoryRepository(ScopedRepository[TaxCategory]):
    model = TaxCategory
    not_found = TaxCategoryNotFound
    unique_conflicts = {"uq_tax_categories_code": TaxCodeTaken}

    def filtered(self, *, active: bool | None = None) -> Select[TaxCategory]:
        stmt = self.scoped()
        if active is not None:
            stmt = stmt.where(TaxCategory.is_active.is_(active))
        return stmt

    async def by_code(self, code: str) -> TaxCategory | None:
        stmt = self.scoped().where(TaxCategory.code == code)
        return (await self.session.scalars(stmt)).one_or_none()

    async def unscoped_code_taken(self, code: str, *, other_than: uuid.UUID | None = None) -> bool:
        stmt = select(TaxCategory.id).where(TaxCategory.code == code)
        if other_than is not None:
            stmt = stmt.where(TaxCategory.id != other_than)
        return (await self.session.scalar(stmt)) is not None

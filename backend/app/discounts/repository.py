"""Every query of the discounts domain starts from the scoped base."""

from __future__ import annotations

from sqlalchemy import Select

from app.core.access import Role
from app.core.money import decimal_sql
from app.core.reads import ReadModel
from app.core.repository import ScopedRepository
from app.discounts.errors import DiscountLimitNotFound
from app.discounts.models import DiscountLimit
from app.discounts.schemas import DiscountLimitRead

DISCOUNT_LIMIT_READ = ReadModel(
    DiscountLimit, DiscountLimitRead, fields={"max_percent": decimal_sql(DiscountLimit.max_percent)}
)


class DiscountLimitRepository(ScopedRepository[DiscountLimit]):
    model = DiscountLimit
    not_found = DiscountLimitNotFound

    def all(self) -> Select[DiscountLimit]:
        return self.scoped().order_by(DiscountLimit.role)

    async def of_role(self, role: Role) -> DiscountLimit | None:
        stmt = self.scoped().where(DiscountLimit.role == role)
        return (await self.session.scalars(stmt)).one_or_none()

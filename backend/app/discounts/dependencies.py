from __future__ import annotations

from typing import Annotated

from fastapi import Depends

from app.auth.dependencies import DB, CurrentPrincipal
from app.core.access import Role
from app.discounts import service
from app.discounts.models import DiscountLimit


async def get_discount_limit_or_404(
    role: Role, session: DB, principal: CurrentPrincipal
) -> DiscountLimit:
    return await service.get_discount_limit(session, principal, role)


RoleDiscountLimit = Annotated[DiscountLimit, Depends(get_discount_limit_or_404)]

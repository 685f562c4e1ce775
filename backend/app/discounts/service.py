"""Discount limits per role, and whether a discount needs a head's approval.

A role without a limit row may give no discount unasked (default deny: a new role
waits for approval until an admin sets its limit); a row without ``max_percent`` means
no limit.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.access import Principal, Role
from app.core.listen import InvalidatedCache
from app.discounts.errors import DiscountLimitNotFound
from app.discounts.models import DiscountLimit
from app.discounts.repository import DISCOUNT_LIMIT_READ, DiscountLimitRepository
from app.discounts.schemas import DiscountLimitUpdate


async def discount_limit_items(session: AsyncSession, principal: Principal) -> list[dict[str, Any]]:
    repo = DiscountLimitRepository(session, principal)
    return await repo.read_items(DISCOUNT_LIMIT_READ, repo.all())


async def get_discount_limit(
    session: AsyncSession, principal: Principal, role: Role
) -> DiscountLimit:
    found = await DiscountLimitRepository(session, principal).of_role(role)
    if found is None:
        raise DiscountLimitNotFound()
    return found


async def update_discount_limit(
    session: AsyncSession, principal: Principal, limit: DiscountLimit, *, data: DiscountLimitUpdate
) -> DiscountLimit:
    return await DiscountLimitRepository(session, principal).update(
        limit, {"max_percent": data.max_percent}
    )


# Each role's limit, kept by this process while it listens for directory changes
# (app.main's lifespan; a limit's change notifies): a quote's submit, send and accept
# then cost no query to know it. (A tuple: None is a limit, "no limit".)
LIMITS: InvalidatedCache[Role, tuple[Decimal | None]] = InvalidatedCache(max_age_seconds=30)


async def discount_limit_of(session: AsyncSession, principal: Principal) -> Decimal | None:
    """The caller's limit in percent; None: no limit. A role without a row: 0."""
    known = LIMITS.get(principal.role)
    if known is not None:
        return known[0]
    found = await DiscountLimitRepository(session, principal).of_role(principal.role)
    limit = Decimal(0) if found is None else found.max_percent
    LIMITS.put(principal.role, (limit,))
    return limit


async def discount_needs_approval(
    session: AsyncSession, principal: Principal, *, percent: Decimal
) -> bool:
    """Whether a line discount of ``percent`` given by the caller waits for a head's
    approval: above the caller's role's limit (equal to it is allowed). No discount
    never does (a limit is 0 or more): no lookup for it."""
    if percent <= 0:
        return False
    limit = await discount_limit_of(session, principal)
    return limit is not None and percent > limit

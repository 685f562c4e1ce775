"""An API process keeps the roles' discount limits while it listens for directory
changes; an admin's change reaches it through the notification, not after the cache's
age (the ``live`` database: real commits, a real listener)."""

from __future__ import annotations

from decimal import Decimal

from app.core.access import Role
from app.core.listen import DIRECTORY_CHANNEL, listening
from app.discounts.service import LIMITS, discount_limit_of
from app.users import service as users
from tests.conftest import Live, auth
from tests.support.waiting import until


async def test_a_process_keeps_a_limit_until_an_admin_changes_it(live: Live) -> None:
    world = live.world
    async with live.sessionmaker() as session:
        engineer = await users.principal_for_user(session, world.engineer.id)
    assert engineer is not None
    async with listening(live.url, DIRECTORY_CHANNEL, LIMITS):
        await until(lambda: LIMITS.active)
        async with live.sessionmaker() as session:
            assert await discount_limit_of(session, engineer) == Decimal(10)
        assert LIMITS.get(Role.SALES_ENGINEER) == (Decimal(10),)

        async with live.client() as client:
            changed = await client.patch(
                "/api/v1/discount-limits/sales_engineer",
                json={"max_percent": "4"},
                headers={**auth(world.admin), "If-Match": '"1"'},
            )
        assert changed.status_code == 200, changed.text
        await until(lambda: LIMITS.get(Role.SALES_ENGINEER) is None)
        async with live.sessionmaker() as session:
            assert await discount_limit_of(session, engineer) == Decimal(4)
    assert not LIMITS.active

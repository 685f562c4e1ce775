"""An API process keeps which warehouse is the default (the one an order from an
accepted quote reserves in) while it listens for directory changes; an admin's new
warehouse reaches it through the notification, not after the cache's age (the ``live``
database: real commits, a real listener)."""

from __future__ import annotations

from app.core.listen import DIRECTORY_CHANNEL, listening
from app.inventory.service import DEFAULT_WAREHOUSE, default_warehouse_id
from tests.conftest import Live, auth
from tests.support.waiting import until


async def test_the_default_warehouse_is_kept_until_a_warehouse_changes(live: Live) -> None:
    async with live.client() as client:
        first = await client.post(
            "/api/v1/warehouses",
            json={"code": "M-2", "name": "Main"},
            headers=auth(live.world.admin),
        )
        assert first.status_code == 201, first.text
    async with listening(live.url, DIRECTORY_CHANNEL, DEFAULT_WAREHOUSE):
        await until(lambda: DEFAULT_WAREHOUSE.active)
        async with live.sessionmaker() as session:
            assert str(await default_warehouse_id(session)) == first.json()["id"]
        assert DEFAULT_WAREHOUSE.get("default") is not None

        async with live.client() as client:
            earlier = await client.post(  # sorts before M-2: the new default
                "/api/v1/warehouses",
                json={"code": "A-1", "name": "Annex"},
                headers=auth(live.world.admin),
            )
        assert earlier.status_code == 201, earlier.text
        await until(lambda: DEFAULT_WAREHOUSE.get("default") is None)
        async with live.sessionmaker() as session:
            assert str(await default_warehouse_id(session)) == earlier.json()["id"]
    assert not DEFAULT_WAREHOUSE.active

"""An API process keeps each key it has checked; a revocation committed anywhere makes
every process forget it at once (the directory channel), so a revoked key stops."""

from __future__ import annotations

import uuid

from app.api_keys import service as api_key_service
from app.auth import service as auth_service
from app.core.listen import DIRECTORY_CHANNEL, listening
from tests.conftest import Live, auth
from tests.support.waiting import until


async def test_a_revoked_key_is_forgotten_by_the_process_that_kept_it(live: Live) -> None:
    cache = api_key_service.CREDENTIALS
    async with (
        listening(live.url, DIRECTORY_CHANNEL, auth_service.PRINCIPALS, cache),
        live.client() as client,
    ):
        await until(lambda: cache.active and auth_service.PRINCIPALS.active, "listening")
        made = await client.post(
            "/api/v1/api-keys",
            json={"name": "Cached", "scopes": ["customers:read"]},
            headers=auth(live.world.admin),
        )
        key_id, secret = uuid.UUID(made.json()["id"]), made.json()["key"]
        assert (
            await client.get("/api/v1/customers", headers={"X-API-Key": secret})
        ).status_code == 200
        await until(lambda: cache.get(key_id) is not None, "the key is kept")

        await client.post(f"/api/v1/api-keys/{key_id}/revoke", headers=auth(live.world.admin))
        await until(lambda: cache.get(key_id) is None, "the key is forgotten")
        refused = await client.get("/api/v1/customers", headers={"X-API-Key": secret})
        assert refused.status_code == 401 and refused.json()["code"] == "api_keys.revoked"
    assert not cache.active

"""The change feed for integrations: an API key pulls the records its read scopes carry,
within its reach, as incremental exports (decision 0038)."""

from __future__ import annotations

import asyncio
import time
from typing import Any

from httpx import AsyncClient

from tests.conftest import Live, auth
from tests.factories.api_keys import create_api_key, key_auth
from tests.factories.catalogue import create_tax_category

FEED = "/api/v1/sync/changes"


async def pull(client: AsyncClient, key: dict[str, str], since: str | None, **params: Any) -> Any:
    changes: list[dict[str, Any]] = []
    while True:
        query = {**params, **({"since": since} if since else {})}
        answer = await client.get(FEED, params=query, headers=key)
        assert answer.status_code == 200, answer.text
        body = answer.json()
        changes += body["changes"]
        since = body["next_cursor"]
        if not body["has_more"]:
            return changes, since


async def pull_until(
    client: AsyncClient, key: dict[str, str], since: str | None, wanted: Any, **params: Any
) -> Any:
    """Pull until ``wanted`` changes arrived (a transaction shows once no older one runs
    on the server)."""
    deadline = time.monotonic() + 30
    seen: list[dict[str, Any]] = []
    while True:
        changes, since = await pull(client, key, since, **params)
        seen += changes
        if wanted(seen):
            return seen, since
        assert time.monotonic() < deadline, f"never arrived; saw {seen}"
        await asyncio.sleep(0.05)


async def test_a_key_exports_incrementally_what_its_scopes_and_reach_carry(live: Live) -> None:
    world = live.world
    async with live.sessionmaker() as session:
        await create_tax_category(session, code="GST18")
        _, customers_key = await create_api_key(
            session, by=world.admin, scopes=["customers:read"], team=world.team
        )
        _, catalogue_key = await create_api_key(session, by=world.admin, scopes=["products:read"])
        await session.commit()
    readers = key_auth(customers_key)
    async with live.client() as client:
        start = (await client.get("/api/v1/sync/cursor", headers=readers)).json()["cursor"]
        for external_id, owner in (("SAP-1", world.engineer), ("SAP-2", world.engineer_other_team)):
            made = await client.put(
                f"/api/v1/customers/by-external-id/{external_id}",
                json={"name": external_id, "contacts": [{"name": f"Buyer of {external_id}"}]},
                headers=auth(owner),
            )
            assert made.status_code == 201, made.text
        product = await client.put(
            "/api/v1/products/by-external-id/ERP-P-1",
            json={"sku": "P-1", "name": "Pump", "tax_category_code": "GST18", "list_price": "1"},
            headers=auth(world.admin),
        )
        assert product.status_code == 201, product.text

        def sap_1_arrived(seen: list[dict[str, Any]]) -> bool:
            return any(
                c["entity"] == "customers" and (c["data"] or {}).get("external_id") == "SAP-1"
                for c in seen
            )

        changes, cursor = await pull_until(client, readers, start, sap_1_arrived)
        # The team's customer and its contact; not the other team's, not the catalogue.
        customers = {c["data"]["external_id"] for c in changes if c["entity"] == "customers"}
        assert customers == {"SAP-1"}
        assert {c["entity"] for c in changes} == {"customers", "contacts"}

        again, cursor = await pull(client, readers, cursor)
        assert again == []
        await client.put(
            "/api/v1/customers/by-external-id/SAP-1",
            json={"name": "SAP-1"},  # unchanged: nothing to pull
            headers=auth(world.engineer),
        )
        renamed = await client.put(
            "/api/v1/customers/by-external-id/SAP-1",
            json={"name": "SAP-1 renamed"},
            headers=auth(world.engineer),
        )
        assert renamed.headers["upsert-outcome"] == "updated"
        delta, cursor = await pull_until(client, readers, cursor, lambda seen: bool(seen))
        assert [(c["entity"], c["data"]["name"]) for c in delta] == [("customers", "SAP-1 renamed")]

        products = await client.get(FEED, params={"entity": "products"}, headers=readers)
        assert products.status_code == 403 and products.json()["code"] == "auth.missing_scope"
        mine = await client.get(FEED, params={"entity": "notifications"}, headers=readers)
        assert mine.status_code == 403 and mine.json()["code"] == "auth.not_for_api_keys"

        catalogue, _ = await pull_until(
            client,
            key_auth(catalogue_key),
            None,
            lambda seen: any(c["entity"] == "products" for c in seen),
        )
        assert {c["entity"] for c in catalogue} <= {"products", "tax_categories", "price_lists"}
        assert [c["data"]["external_id"] for c in catalogue if c["entity"] == "products"] == [
            "ERP-P-1"
        ]

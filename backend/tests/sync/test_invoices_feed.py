"""Invoices in the change feed: as `GET /invoices/{id}` answers them, for whoever may see
their customer (a person, or a key with invoices:read within its row scope); another
team's invoice is never on the page, not even as a tombstone."""

from __future__ import annotations

from datetime import date
from typing import Any

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from tests.conftest import World, auth
from tests.factories.api_keys import create_api_key, key_auth
from tests.factories.catalogue import create_product, create_tax_category
from tests.factories.customers import create_customer
from tests.factories.invoices import create_invoice

FEED = "/api/v1/sync/changes"


async def _invoices(client: AsyncClient, headers: dict[str, str]) -> list[dict[str, Any]]:
    answer = await client.get(FEED, params={"entity": "invoices"}, headers=headers)
    assert answer.status_code == 200, answer.text
    assert not answer.json()["has_more"]
    return list(answer.json()["changes"])


async def test_invoices_reach_those_who_see_their_customer(
    client: AsyncClient, session: AsyncSession, world: World
):
    product = await create_product(session, tax_category=await create_tax_category(session))
    ours = await create_customer(session, owner=world.engineer, territory=world.north)
    theirs = await create_customer(session, owner=world.engineer_other_team, territory=world.south)
    line = [(product, "2", "500", "0")]
    our_invoice = await create_invoice(
        session, by=world.admin, customer=ours, lines=line, issued_on=date(2026, 11, 2)
    )
    await create_invoice(
        session, by=world.admin, customer=theirs, lines=line, issued_on=date(2026, 11, 2)
    )
    await session.commit()
    _, team_key = await create_api_key(
        session, by=world.admin, scopes=["invoices:read"], team=world.team
    )

    for headers in (key_auth(team_key), auth(world.engineer)):
        [change] = await _invoices(client, headers)
        assert change["id"] == str(our_invoice.id) and change["op"] == "upsert"
        read = await client.get(f"/api/v1/invoices/{our_invoice.id}", headers=headers)
        assert change["data"] == read.json()
        assert change["data"]["status"] == "issued" and len(change["data"]["lines"]) == 1
    # The admin sees both; the other team's engineer only theirs.
    assert len(await _invoices(client, auth(world.admin))) == 2
    [other] = await _invoices(client, auth(world.engineer_other_team))
    assert other["id"] != str(our_invoice.id)

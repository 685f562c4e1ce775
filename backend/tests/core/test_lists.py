"""Every list endpoint, found in the OpenAPI document, paged to its end with every sort
it allows, over data whose sort values tie: all rows, in the same order as one big
page, none twice, never a 500. A new list gets this test by existing."""

from __future__ import annotations

import base64
import hashlib
import hmac
from datetime import UTC, datetime
from typing import Any

import orjson
import pytest
from httpx import AsyncClient
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.config import get_settings
from tests.authz.test_matrix import MATRIX, build_records
from tests.conftest import World, auth
from tests.factories.activities import create_activity
from tests.factories.api_keys import create_api_key
from tests.factories.customers import create_customer
from tests.factories.leads import create_lead
from tests.factories.notifications import create_notification
from tests.factories.opportunities import create_opportunity
from tests.support.openapi import openapi_document


def _list_endpoints() -> list[tuple[str, list[str | None]]]:
    spec = openapi_document()
    found = []
    for path, operations in spec["paths"].items():
        get = operations.get("get")
        if not get:
            continue
        parameters = {p["name"]: p for p in get.get("parameters", [])}
        if "cursor" not in parameters:
            continue
        sorts: list[str | None] = [None]
        if "sort" in parameters:
            schema = parameters["sort"]["schema"]["anyOf"]
            sorts = next(s["enum"] for s in schema if "enum" in s)
        found.append((path, sorts))
    return sorted(found, key=lambda item: item[0])


LISTS = _list_endpoints()
TIE = datetime(2026, 6, 1, 9, 30, tzinfo=UTC)
# Every sortable column of these tables takes one value: only the id breaks the ties.
TIES = {
    "customers": "name = 'Tie & Co', created_at = :tie, updated_at = :tie",
    "leads": "created_at = :tie, updated_at = :tie, score = 40",
    "opportunities": "expected_close_date = '2027-01-15', amount = 5000, created_at = :tie, "
    "updated_at = :tie",
    "activities": "scheduled_at = :tie, created_at = :tie",
    "users": "full_name = 'Same Name', created_at = :tie",
    "notifications": "created_at = :tie",
    "events": "occurred_at = :tie",
    "api_keys": "name = 'Same Key', created_at = :tie",
    "privacy_erasures": "created_at = :tie",
}


async def _tied_records(session: AsyncSession, world: World) -> dict[str, Any]:
    records = await build_records(session, world)
    for n in range(7):
        customer = await create_customer(session, owner=world.engineer, territory=world.north)
        await create_lead(session, owner=world.engineer, territory=world.north)
        await create_opportunity(session, owner=world.engineer, customer=customer)
        await create_activity(session, owner=world.admin, customer_id=customer.id)
        await create_notification(session, user=world.admin, dedupe_key=f"tie:{n}")
        await create_api_key(session, by=world.admin)
    for table, assignments in TIES.items():
        await session.execute(text(f"UPDATE {table} SET {assignments}"), {"tie": TIE})
    # Login events for the report: one per user, at the same moment.
    for n in range(5):  # failed jobs for the admin's queue
        await session.execute(
            text(
                "INSERT INTO procrastinate_jobs (queue_name, task_name, status, args) "
                "VALUES ('default', :task, 'failed', '{}')"
            ),
            {"task": f"tests.job_{n}"},
        )
    await session.execute(
        text(
            "INSERT INTO login_events (id, created_at, updated_at, version, occurred_at, "
            "email, user_id, succeeded, outcome) "
            "SELECT gen_random_uuid(), :tie, :tie, 1, :tie, email, id, true, 'ok' FROM users"
        ),
        {"tie": TIE},
    )
    await session.execute(  # erasures of leads that are not there (the list needs rows)
        text(
            "INSERT INTO privacy_erasures (id, created_at, updated_at, version, kind, "
            "subject_id, also_erased, reason, rows_scrubbed) "
            "SELECT gen_random_uuid(), :tie, :tie, 1, 'lead', gen_random_uuid(), '[]', "
            "'Tie', '{}' FROM generate_series(1, 7)"
        ),
        {"tie": TIE},
    )
    await session.commit()
    return {k: str(v) for k, v in records.own.items()}


# Lists that hold a row for every record of every domain (the audit log) are read for one
# kind of record, all tied on their time: the test data then stays within one big page
# however many domains the records come from.
NARROWED = {"/api/v1/audit": {"entity_type": "customers"}}
# A report's row names the record it stands for by its own field.
ROW_KEY = {"/api/v1/reports/order-history": "order_id"}


async def _page_through(
    client: AsyncClient, url: str, headers: dict[str, str], sort: str | None, limit: int
) -> list[str]:
    ids: list[str] = []
    cursor = None
    while True:
        params: dict[str, Any] = {
            "limit": limit,
            **NARROWED.get(url, {}),
            **({"cursor": cursor} if cursor else {}),
        }
        if sort:
            params["sort"] = sort
        answer = await client.get(url, params=params, headers=headers)
        assert answer.status_code == 200, f"{url} sort={sort}: {answer.text}"
        body = answer.json()
        key = ROW_KEY.get(url, "id")
        # An import's rows are known by their row number in the file.
        ids += [str(item[key] if key in item else item["row"]) for item in body["items"]]
        cursor = body["next_cursor"]
        if cursor is None:
            return ids
        assert len(ids) < 1000, "paging never ends"


def test_the_lists_are_found() -> None:
    paths = [path for path, _ in LISTS]
    assert {"/api/v1/customers", "/api/v1/audit", "/api/v1/jobs"} <= set(paths)


@pytest.mark.parametrize(("path", "sorts"), LISTS, ids=[p for p, _ in LISTS])
async def test_every_sort_pages_to_the_end_over_ties(
    client: AsyncClient, session: AsyncSession, world: World, path: str, sorts: list[str | None]
) -> None:
    ids = await _tied_records(session, world)
    case = MATRIX.get(("GET", path))
    if case is not None:  # a path parameter taking another record's id (the matrix's)
        ids = {**ids, **{name: ids[alias] for name, alias in case.aliases.items()}}
    url = path.format(**ids)
    headers = auth(world.admin)
    for sort in sorts:
        whole = await _page_through(client, url, headers, sort, limit=200)
        assert len(whole) < 200, "the test data must fit one big page"
        paged = await _page_through(client, url, headers, sort, limit=3)
        assert paged == whole, f"{path} sort={sort}"
        assert len(set(paged)) == len(paged)


def _signed(payload: list[Any]) -> str:
    raw = orjson.dumps(payload)
    key = get_settings().secret_key.encode()
    signature = hmac.new(key, raw, hashlib.sha256).digest()[:12]
    return base64.urlsafe_b64encode(signature + raw).decode().rstrip("=")


@pytest.mark.parametrize(
    "payload",
    [
        ["name", 12, "01a22765-df6a-726d-ba81-b6a18fa34ad4"],  # a number for a name
        ["created_at", "yesterday", "01a22765-df6a-726d-ba81-b6a18fa34ad4"],
        ["created_at", "2026-06-01T09:30:00", "01a22765-df6a-726d-ba81-b6a18fa34ad4"],  # naive
        ["name", "Acme", "not-a-uuid"],
        ["name", "Acme", None],
    ],
)
async def test_a_signed_cursor_holding_a_wrong_typed_value_is_a_422(
    client: AsyncClient, world: World, payload: list[Any]
) -> None:
    sort = payload[0]
    answer = await client.get(
        "/api/v1/customers",
        params={"sort": sort, "cursor": _signed(payload)},
        headers=auth(world.admin),
    )
    assert answer.status_code == 422
    assert answer.json()["errors"][0]["loc"] == ["query", "cursor"]


@pytest.mark.parametrize("q", ["%", "_", "\\", "100%"])
async def test_search_matches_wildcards_literally(
    client: AsyncClient, session: AsyncSession, world: World, q: str
) -> None:
    await create_customer(session, owner=world.engineer, name="Plain Traders")
    literal = await create_customer(session, owner=world.engineer, name=f"Odd {q} Name")
    await session.commit()
    answer = await client.get("/api/v1/customers", params={"q": q}, headers=auth(world.admin))
    assert answer.status_code == 200
    assert [c["id"] for c in answer.json()["items"]] == [str(literal.id)]


async def test_search_finds_a_phone_typed_any_way_and_contacts(
    client: AsyncClient, session: AsyncSession, world: World
) -> None:
    customer = await create_customer(session, owner=world.engineer, phone="+91 98450 12345")
    await session.commit()
    for q in ("9845012345", "98450-12345", "+91 98450"):
        found = await client.get("/api/v1/customers", params={"q": q}, headers=auth(world.admin))
        assert [c["id"] for c in found.json()["items"]] == [str(customer.id)], q
    contact_name = customer.contacts[0].name
    by_contact = await client.get(
        "/api/v1/customers", params={"q": contact_name.upper()}, headers=auth(world.admin)
    )
    assert str(customer.id) in [c["id"] for c in by_contact.json()["items"]]


async def test_an_overlong_search_is_refused(client: AsyncClient, world: World) -> None:
    answer = await client.get("/api/v1/leads", params={"q": "x" * 101}, headers=auth(world.admin))
    assert answer.status_code == 422
    assert answer.json()["errors"][0]["loc"] == ["query", "q"]

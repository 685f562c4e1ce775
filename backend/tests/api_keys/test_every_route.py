"""Every authenticated operation of the app, called with an API key: a key gets through
only with the scope an operation needs, never where a person is needed, and nothing
it sends is a 500."""

from __future__ import annotations

import re
import uuid
from typing import Any

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.access import ApiScope
from tests.conftest import World
from tests.factories.api_keys import create_api_key, key_auth
from tests.support.openapi import openapi_document


def _operations() -> list[tuple[str, str]]:
    """(method, path) of every operation that needs a caller, ids filled in."""
    found = []
    for path, operations in openapi_document()["paths"].items():
        for method, operation in operations.items():
            if operation.get("security"):
                found.append((method.upper(), path))
    return sorted(found)


def _filled(path: str) -> str:
    def value(match: re.Match[str]) -> str:
        return "1" if match.group(1) == "job_id" else str(uuid.uuid4())

    return re.sub(r"\{([a-z_]+)\}", value, path).replace("{role}", "sales_engineer")


async def _answers(client: AsyncClient, secret: str) -> dict[tuple[str, str], Any]:
    answers = {}
    for method, path in _operations():
        answer = await client.request(
            method, _filled(path), json={}, headers={**key_auth(secret), "If-Match": "*"}
        )
        assert answer.status_code < 500, f"{method} {path}: {answer.text}"
        answers[(method, path)] = answer
    return answers


async def test_a_key_gets_only_where_its_scope_is_needed(
    client: AsyncClient, world: World, session: AsyncSession
):
    _, secret = await create_api_key(session, by=world.admin, scopes=["taxes:write"])
    answers = await _answers(client, secret)
    through = {route for route, answer in answers.items() if answer.status_code != 403}
    refusals = {answer.json()["code"] for answer in answers.values() if answer.status_code == 403}
    assert refusals == {"auth.missing_scope", "auth.not_for_api_keys"}
    assert through == {
        ("POST", "/api/v1/tax-categories"),
        ("PATCH", "/api/v1/tax-categories/{tax_category_id}"),
    }


async def test_a_key_with_every_scope_is_still_refused_what_needs_a_person(
    client: AsyncClient, world: World, session: AsyncSession
):
    _, secret = await create_api_key(
        session, by=world.admin, scopes=[scope.value for scope in ApiScope]
    )
    answers = await _answers(client, secret)
    assert not [route for route, answer in answers.items() if answer.status_code == 401]
    refused = {route for route, answer in answers.items() if answer.status_code == 403}
    codes = {answers[route].json()["code"] for route in refused}
    assert codes == {"auth.not_for_api_keys"}
    by_path = {path for _, path in refused}
    for person_only in (
        "/api/v1/users/me",
        "/api/v1/me/agenda",
        "/api/v1/me/notifications",
        "/api/v1/saved-views",
        "/api/v1/sync/push",
        "/api/v1/audit",
        "/api/v1/login-events",
        "/api/v1/jobs",
        "/api/v1/api-keys",
        "/api/v1/quotes/approvals",
        "/api/v1/expense-reports/{expense_report_id}/decide",
        "/api/v1/duty-days",
        "/api/v1/visits",
        "/api/v1/todos",
        "/api/v1/pipelines/{pipeline_id}/stages",
    ):
        assert person_only in by_path, person_only
    for for_integrations in (
        ("GET", "/api/v1/customers"),
        ("POST", "/api/v1/customers"),
        ("GET", "/api/v1/users"),
        ("GET", "/api/v1/teams"),
        ("GET", "/api/v1/products"),
        ("POST", "/api/v1/sales-orders"),
        ("POST", "/api/v1/invoices"),
        ("POST", "/api/v1/payments"),
        ("GET", "/api/v1/stock"),
        ("POST", "/api/v1/warehouses"),
        ("GET", "/api/v1/sync/changes"),
        ("PUT", "/api/v1/customers/by-external-id/{external_id}"),
        ("POST", "/api/v1/customers/imports"),
        ("POST", "/api/v1/price-lists/exports"),
    ):
        assert for_integrations not in refused, for_integrations

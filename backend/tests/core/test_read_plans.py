"""A page compiled once per shape (core/reads/pages.py ``_PagePlan``) answers exactly what the
same page built per request answers: for each caller, with cursors, sorts, ``?fields=``
and a field computed per caller (a deal's customer name, scoped), on a real engine in
autocommit (the driver lane) and through SQLAlchemy when a statement counter listens."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import event

from app.core import reads
from app.core.access import Principal
from app.core.reads import pages as read_pages
from tests.conftest import Live, auth
from tests.factories.customers import create_customer
from tests.factories.leads import create_lead
from tests.factories.opportunities import create_opportunity

PATHS = [
    "/api/v1/customers?limit=2",
    "/api/v1/customers?limit=2&sort=-created_at&fields=name,credit_limit",
    "/api/v1/customers?limit=2&q=plan",
    "/api/v1/leads?limit=2",
    "/api/v1/opportunities?limit=2",
    "/api/v1/opportunities?limit=2&fields=title,customer_name",
]


async def _walk(client: Any, path: str, headers: dict[str, str]) -> list[tuple[int, bytes]]:
    """Every page of ``path``, following next_cursor."""
    answers = []
    url = path
    for _ in range(20):
        answer = await client.get(url, headers=headers)
        answers.append((answer.status_code, answer.content))
        if answer.status_code != 200 or not answer.json()["next_cursor"]:
            break
        url = f"{path}&cursor={answer.json()['next_cursor']}"
    return answers


def _forget_plans() -> None:
    import gc

    for thing in gc.get_objects():
        if isinstance(thing, reads.ReadModel):
            thing._plans.clear()
        elif isinstance(thing, Principal):
            thing._reads.clear()


@pytest.mark.parametrize("counted", [False, True], ids=["driver", "through SQLAlchemy"])
async def test_a_planned_page_answers_as_the_page_built_per_request(
    live: Live, monkeypatch: pytest.MonkeyPatch, counted: bool
) -> None:
    world = live.world
    async with live.sessionmaker() as session:
        for n in range(5):
            owner = world.engineer if n % 2 else world.teammate
            customer = await create_customer(session, owner=owner, name=f"Plan {n} Ltd")
            await create_opportunity(session, owner=owner, customer=customer)
            await create_lead(session, owner=owner)
        await session.commit()
    seen: list[str] = []

    def count(*arguments: Any) -> None:
        seen.append(arguments[2])

    if counted:
        event.listen(live.engine.sync_engine, "before_cursor_execute", count)
    try:
        async with live.client() as client:
            planned = {
                (user.email, path): await _walk(client, path, auth(user))
                for user in (world.admin, world.head, world.engineer)
                for path in PATHS
            }
            planned_statements = len(seen)
            _forget_plans()
            monkeypatch.setattr(read_pages, "_compile_plan", lambda *_, **__: None)
            built = {
                (user.email, path): await _walk(client, path, auth(user))
                for user in (world.admin, world.head, world.engineer)
                for path in PATHS
            }
    finally:
        if counted:
            event.remove(live.engine.sync_engine, "before_cursor_execute", count)
    for key, pages in planned.items():
        assert [status for status, _ in pages] == [200] * len(pages), key
        assert pages == built[key], key
    # Paged to the end: more than one page somewhere, with the per-caller field.
    assert len(planned[(world.admin.email, "/api/v1/opportunities?limit=2")]) >= 3
    if counted:
        # The counter saw the planned pages' statements too (one per page, plus sign-in).
        assert planned_statements >= sum(len(pages) for pages in planned.values())


def _outcome(answer: Any) -> tuple[int, Any]:
    """The answer's status and body; a problem's code (its body names the request)."""
    if answer.status_code == 200:
        return answer.status_code, answer.content
    return answer.status_code, answer.json()["code"]


async def test_a_planned_single_read_answers_as_the_read_built_per_request(
    live: Live, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What every write answers with too (``read_item``): planned once per shape."""
    world = live.world
    async with live.sessionmaker() as session:
        records = []
        for owner in (world.engineer, world.teammate, world.engineer_other_team):
            customer = await create_customer(session, owner=owner, name=f"One of {owner.email}")
            deal = await create_opportunity(session, owner=owner, customer=customer)
            lead = await create_lead(session, owner=owner)
            records += [
                f"/api/v1/customers/{customer.id}",
                f"/api/v1/customers/{customer.id}?fields=name,credit_limit",
                f"/api/v1/opportunities/{deal.id}",
                f"/api/v1/leads/{lead.id}",
            ]
        await session.commit()
    users = (world.admin, world.head, world.engineer, world.engineer_other_team)
    async with live.client() as client:
        planned = {
            (user.email, path): _outcome(await client.get(path, headers=auth(user)))
            for user in users
            for path in records
        }
        _forget_plans()
        monkeypatch.setattr(read_pages, "_plan_of", lambda *_, **__: None)
        built = {
            (user.email, path): _outcome(await client.get(path, headers=auth(user)))
            for user in users
            for path in records
        }
    assert planned == built
    # Each caller sees what their scope allows, the rest is a 404, either way.
    assert {status for status, _ in planned.values()} == {200, 404}
    assert all(
        status == 200 for (email, _), (status, _) in planned.items() if email == world.admin.email
    )

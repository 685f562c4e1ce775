"""To-dos: a personal list in a manual order, linked to records the owner may see."""

from __future__ import annotations

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from tests.conftest import World, auth
from tests.factories.customers import create_customer
from tests.factories.leads import create_lead


async def add(client: AsyncClient, person, **body):
    answer = await client.post("/api/v1/todos", json=body, headers=auth(person))
    assert answer.status_code == 201, answer.text
    return answer.json()


async def titles(client: AsyncClient, person, query: str = "") -> list[str]:
    answer = await client.get(f"/api/v1/todos{query}", headers=auth(person))
    assert answer.status_code == 200
    return [t["title"] for t in answer.json()["items"]]


async def test_to_dos_keep_my_order_and_move(client: AsyncClient, world: World):
    a, b, c = [await add(client, world.engineer, title=t) for t in ("A", "B", "C")]
    assert await titles(client, world.engineer) == ["A", "B", "C"]
    moved = await client.post(
        f"/api/v1/todos/{c['id']}/move", json={"after_id": a["id"]}, headers=auth(world.engineer)
    )
    assert moved.status_code == 200
    assert await titles(client, world.engineer) == ["A", "C", "B"]
    await client.post(
        f"/api/v1/todos/{b['id']}/move", json={"after_id": None}, headers=auth(world.engineer)
    )
    assert await titles(client, world.engineer) == ["B", "A", "C"]
    # Pages follow the same order.
    first = await client.get("/api/v1/todos?limit=2", headers=auth(world.engineer))
    cursor = first.json()["next_cursor"]
    rest = await client.get(f"/api/v1/todos?limit=2&cursor={cursor}", headers=auth(world.engineer))
    assert [t["title"] for t in first.json()["items"] + rest.json()["items"]] == ["B", "A", "C"]


async def test_moving_many_times_between_the_same_neighbours_keeps_the_order(
    client: AsyncClient, world: World
):
    first = await add(client, world.engineer, title="first")
    last = await add(client, world.engineer, title="last")
    # Each new to-do goes right after "first": the gap halves every time until the list
    # must be renumbered.
    for n in range(60):
        todo = await add(client, world.engineer, title=f"t{n}")
        moved = await client.post(
            f"/api/v1/todos/{todo['id']}/move",
            json={"after_id": first["id"]},
            headers=auth(world.engineer),
        )
        assert moved.status_code == 200
    order = await titles(client, world.engineer, "?limit=200")
    assert order == ["first", *[f"t{n}" for n in reversed(range(60))], "last"]
    assert last["title"] == "last"


async def test_to_dos_are_seen_by_their_owner_only(client: AsyncClient, world: World):
    mine = await add(client, world.engineer, title="Mine")
    assert await titles(client, world.head) == []
    for person in (world.head, world.admin, world.teammate):
        answer = await client.get(f"/api/v1/todos/{mine['id']}", headers=auth(person))
        assert answer.status_code == 404 and answer.json()["code"] == "todos.not_found"
    not_after_theirs = await add(client, world.teammate, title="Theirs")
    answer = await client.post(
        f"/api/v1/todos/{mine['id']}/move",
        json={"after_id": not_after_theirs["id"]},
        headers=auth(world.engineer),
    )
    assert answer.status_code == 422 and answer.json()["errors"][0]["loc"] == ["body", "after_id"]


async def test_ticking_off_and_editing_use_the_version(client: AsyncClient, world: World):
    todo = await add(
        client, world.engineer, title="Call back", priority="high", due_date="2027-01-05"
    )
    url = f"/api/v1/todos/{todo['id']}"
    assert (
        await client.patch(url, json={"is_done": True}, headers=auth(world.engineer))
    ).status_code == 428
    done = await client.patch(
        url, json={"is_done": True}, headers={**auth(world.engineer), "If-Match": '"1"'}
    )
    assert done.status_code == 200 and done.json()["is_done"] and done.json()["done_at"]
    stale = await client.patch(
        url, json={"title": "x"}, headers={**auth(world.engineer), "If-Match": '"1"'}
    )
    assert stale.status_code == 412
    reopened = await client.patch(
        url, json={"is_done": False}, headers={**auth(world.engineer), "If-Match": '"2"'}
    )
    assert reopened.json()["done_at"] is None
    assert await titles(client, world.engineer, "?is_done=false") == ["Call back"]
    assert await titles(client, world.engineer, "?due_before=2027-01-05") == []
    assert await titles(client, world.engineer, "?due_before=2027-01-06") == ["Call back"]
    bad = await client.patch(
        url, json={"title": None}, headers={**auth(world.engineer), "If-Match": "*"}
    )
    assert bad.status_code == 422 and bad.json()["errors"][0]["loc"] == ["body", "title"]


async def test_links_must_be_records_i_may_see(
    client: AsyncClient, world: World, session: AsyncSession
):
    mine = await create_customer(session, owner=world.engineer, territory=world.north)
    theirs = await create_customer(session, owner=world.engineer_other_team, territory=world.south)
    lead = await create_lead(session, owner=world.engineer_other_team, territory=world.south)
    await session.commit()
    linked = await add(client, world.engineer, title="Visit", customer_id=str(mine.id))
    assert linked["customer_id"] == str(mine.id)
    assert await titles(client, world.engineer, f"?customer_id={mine.id}") == ["Visit"]
    for field, value in (("customer_id", theirs.id), ("lead_id", lead.id)):
        answer = await client.post(
            "/api/v1/todos", json={"title": "x", field: str(value)}, headers=auth(world.engineer)
        )
        assert answer.status_code == 422 and answer.json()["errors"][0]["loc"] == ["body", field]
    empty = await client.post("/api/v1/todos", json={"title": ""}, headers=auth(world.engineer))
    assert empty.status_code == 422 and empty.json()["errors"][0]["loc"] == ["body", "title"]


async def test_deleting_needs_the_version_and_a_replayed_create_is_one_to_do(
    client: AsyncClient, world: World
):
    body = {"id": "0193a1b2-0000-7000-8000-000000000001", "title": "Once"}
    first = await client.post("/api/v1/todos", json=body, headers=auth(world.engineer))
    again = await client.post("/api/v1/todos", json=body, headers=auth(world.engineer))
    assert (first.status_code, again.status_code) == (201, 200)
    assert await titles(client, world.engineer) == ["Once"]
    url = f"/api/v1/todos/{body['id']}"
    assert (await client.delete(url, headers=auth(world.engineer))).status_code == 428
    assert (
        await client.delete(url, headers={**auth(world.head), "If-Match": "*"})
    ).status_code == 404
    deleted = await client.delete(url, headers={**auth(world.engineer), "If-Match": '"1"'})
    assert deleted.status_code == 204
    assert (await client.get(url, headers=auth(world.engineer))).status_code == 404

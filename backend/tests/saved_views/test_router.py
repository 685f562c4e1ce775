"""Saved views through HTTP: CRUD, sharing by role, and who sees what."""

from __future__ import annotations

from httpx import AsyncClient

from tests.conftest import World, auth

VIEW = {"name": "Hot leads", "list_key": "leads", "filters": {"min_score": 70}, "sort": "-score"}


async def test_a_user_saves_reads_renames_and_deletes_a_view(
    client: AsyncClient, world: World
) -> None:
    headers = auth(world.engineer)
    created = await client.post("/api/v1/saved-views", json=VIEW, headers=headers)
    view = created.json()
    listed = await client.get("/api/v1/saved-views", params={"list_key": "leads"}, headers=headers)
    other_list = await client.get(
        "/api/v1/saved-views", params={"list_key": "customers"}, headers=headers
    )
    renamed = await client.patch(
        f"/api/v1/saved-views/{view['id']}",
        json={"name": "Hottest"},
        headers={**headers, "If-Match": created.headers["etag"]},
    )
    deleted = await client.delete(
        f"/api/v1/saved-views/{view['id']}",
        headers={**headers, "If-Match": renamed.headers["etag"]},
    )
    gone = await client.get(f"/api/v1/saved-views/{view['id']}", headers=headers)

    assert created.status_code == 201
    assert (view["filters"], view["sort"], view["is_shared"]) == (
        {"min_score": 70},
        "-score",
        False,
    )
    assert [v["name"] for v in listed.json()] == ["Hot leads"]
    assert other_list.json() == []
    assert renamed.json()["name"] == "Hottest"
    assert deleted.status_code == 204
    assert gone.status_code == 404


async def test_views_are_personal_unless_a_head_shares_with_the_team(
    client: AsyncClient, world: World
) -> None:
    mine = await client.post("/api/v1/saved-views", json=VIEW, headers=auth(world.engineer))
    shared = await client.post(
        "/api/v1/saved-views",
        json={**VIEW, "name": "Team pipeline", "is_shared": True},
        headers=auth(world.head),
    )
    other_team_shared = await client.post(
        "/api/v1/saved-views",
        json={**VIEW, "name": "Their pipeline", "is_shared": True},
        headers=auth(world.other_head),
    )
    engineer_shares = await client.post(
        "/api/v1/saved-views", json={**VIEW, "is_shared": True}, headers=auth(world.engineer)
    )

    teammate = await client.get("/api/v1/saved-views", headers=auth(world.teammate))
    engineer = await client.get("/api/v1/saved-views", headers=auth(world.engineer))
    head = await client.get("/api/v1/saved-views", headers=auth(world.head))
    other = await client.get(
        f"/api/v1/saved-views/{mine.json()['id']}", headers=auth(world.engineer_other_team)
    )
    teammate_edits = await client.patch(
        f"/api/v1/saved-views/{shared.json()['id']}",
        json={"name": "Mine now"},
        headers={**auth(world.teammate), "If-Match": shared.headers["etag"]},
    )

    assert other_team_shared.status_code == 201
    assert engineer_shares.status_code == 422
    assert engineer_shares.json()["errors"][0]["loc"] == ["body", "is_shared"]
    assert {v["name"] for v in teammate.json()} == {"Team pipeline"}
    assert {v["name"] for v in engineer.json()} == {"Hot leads", "Team pipeline"}
    # A head does not see an engineer's personal views.
    assert {v["name"] for v in head.json()} == {"Team pipeline"}
    assert other.status_code == 404
    assert teammate_edits.status_code == 403
    assert teammate_edits.json()["code"] == "saved_views.not_owner"


async def test_creating_the_same_id_twice_returns_the_first(
    client: AsyncClient, world: World
) -> None:
    body = {**VIEW, "id": "0192f1a0-0000-7000-8000-000000000001"}
    first = await client.post("/api/v1/saved-views", json=body, headers=auth(world.engineer))
    again = await client.post("/api/v1/saved-views", json=body, headers=auth(world.engineer))
    other = await client.post("/api/v1/saved-views", json=body, headers=auth(world.teammate))

    assert (first.status_code, again.status_code) == (201, 200)
    assert again.json()["id"] == first.json()["id"]
    assert other.status_code == 409

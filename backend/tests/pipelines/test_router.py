"""Pipelines through HTTP: the default pipeline, and what admins may configure."""

from __future__ import annotations

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from tests.conftest import World, auth
from tests.factories.customers import create_customer
from tests.factories.opportunities import create_opportunity, default_pipeline

URL = "/api/v1/pipelines"
NEW_PIPELINE = {
    "name": "Annual maintenance",
    "description": "AMC renewals",
    "stages": [
        {"name": "Due", "probability": 20},
        {
            "name": "Quoted",
            "probability": 50,
            "required_fields": [{"key": "quote_ref", "label": "Quote", "type": "text"}],
        },
        {"name": "Renewed", "probability": 100, "kind": "won"},
        {"name": "Lapsed", "probability": 0, "kind": "lost"},
    ],
}


async def test_everyone_reads_the_default_field_pipeline(client: AsyncClient, world: World):
    answer = await client.get(URL, headers=auth(world.engineer))
    assert answer.status_code == 200
    default = answer.json()[0]
    assert default["is_default"] is True
    stages = [
        (s["name"], s["probability"], s["kind"], [f["key"] for f in s["required_fields"]])
        for s in default["stages"]
    ]
    assert stages == [
        ("Potential", 10, "open", []),
        ("Proposal", 30, "open", []),
        ("Purchase order", 60, "open", ["po_number", "po_date"]),
        ("Advance", 75, "open", ["advance_amount", "advance_received_date"]),
        ("Order acceptance", 90, "open", []),
        ("Installation", 100, "open", ["installation_date", "signed_off_by"]),
        ("Won", 100, "won", []),
        ("Lost", 0, "lost", ["lost_reason", "competitor"]),
    ]
    lost = default["stages"][-1]["required_fields"]
    assert [f["required"] for f in lost] == [True, False]


async def test_admin_creates_a_pipeline_and_a_lost_stage_always_asks_why(
    client: AsyncClient, world: World
):
    answer = await client.post(URL, json=NEW_PIPELINE, headers=auth(world.admin))
    assert answer.status_code == 201, answer.text
    body = answer.json()
    assert body["is_default"] is False
    assert [s["position"] for s in body["stages"]] == [1, 2, 3, 4]
    assert [f["key"] for f in body["stages"][3]["required_fields"]] == ["lost_reason"]
    taken = await client.post(URL, json=NEW_PIPELINE, headers=auth(world.admin))
    assert taken.status_code == 409
    assert taken.json()["code"] == "pipelines.name_taken"


async def test_pipeline_validation_errors(client: AsyncClient, world: World):
    no_won = {
        "name": "Broken",
        "stages": [
            {"name": "A", "probability": 10},
            {"name": "B", "probability": 20},
            {"name": "C", "probability": 0, "kind": "lost"},
        ],
    }
    answer = await client.post(URL, json=no_won, headers=auth(world.admin))
    assert answer.status_code == 422
    bad_stage = {
        "name": "Broken",
        "stages": [
            {"name": "", "probability": 120, "kind": "maybe"},
            {
                "name": "B",
                "probability": 20,
                "required_fields": [
                    {"key": "Bad Key", "label": "x", "type": "colour"},
                    {"key": "a", "label": "A", "type": "text"},
                    {"key": "a", "label": "A again", "type": "text"},
                ],
            },
        ],
    }
    answer = await client.post(URL, json=bad_stage, headers=auth(world.admin))
    assert answer.status_code == 422
    locs = {tuple(e["loc"]) for e in answer.json()["errors"]}
    assert {
        ("body", "stages", 0, "name"),
        ("body", "stages", 0, "probability"),
        ("body", "stages", 0, "kind"),
        ("body", "stages", 1, "required_fields", 0, "key"),
        ("body", "stages", 1, "required_fields", 0, "type"),
    } <= locs
    assert (await client.post(URL, json=NEW_PIPELINE, headers=auth(world.head))).status_code == 403


async def test_one_default_pipeline_at_a_time(client: AsyncClient, world: World):
    created = await client.post(
        URL, json={**NEW_PIPELINE, "is_default": True}, headers=auth(world.admin)
    )
    assert created.json()["is_default"] is True
    listed = (await client.get(URL, headers=auth(world.admin))).json()
    assert [p["name"] for p in listed if p["is_default"]] == ["Annual maintenance"]
    unset = await client.patch(
        f"{URL}/{created.json()['id']}",
        json={"is_default": False},
        headers={**auth(world.admin), "If-Match": '"1"'},
    )
    assert unset.status_code == 409
    assert unset.json()["code"] == "pipelines.default_required"
    field_sales = next(p for p in listed if p["name"] == "Field sales")
    back = await client.patch(
        f"{URL}/{field_sales['id']}",
        json={"is_default": True},
        headers={**auth(world.admin), "If-Match": f'"{field_sales["version"]}"'},
    )
    assert back.status_code == 200 and back.json()["is_default"] is True
    other = await client.get(f"{URL}/{created.json()['id']}", headers=auth(world.admin))
    assert other.json()["is_default"] is False


async def test_stages_are_added_reordered_changed_and_deleted(client: AsyncClient, world: World):
    pipeline = (await client.post(URL, json=NEW_PIPELINE, headers=auth(world.admin))).json()
    base = f"{URL}/{pipeline['id']}"
    added = await client.post(
        f"{base}/stages", json={"name": "Negotiation", "probability": 70}, headers=auth(world.admin)
    )
    assert added.status_code == 201, added.text
    assert added.json()["position"] == 3  # after the last open stage, before won/lost
    current = (await client.get(base, headers=auth(world.admin))).json()["stages"]
    names = [s["name"] for s in current]
    assert names == ["Due", "Quoted", "Negotiation", "Renewed", "Lapsed"]

    order = [current[i]["id"] for i in (1, 0, 2, 3, 4)]
    reordered = await client.post(
        f"{base}/reorder-stages", json={"stage_ids": order}, headers=auth(world.admin)
    )
    assert [s["name"] for s in reordered.json()["stages"]][:2] == ["Quoted", "Due"]
    incomplete = await client.post(
        f"{base}/reorder-stages", json={"stage_ids": order[:3]}, headers=auth(world.admin)
    )
    assert incomplete.status_code == 422

    due = next(s for s in reordered.json()["stages"] if s["name"] == "Due")
    stage_url = f"{base}/stages/{due['id']}"
    owner_field = {"key": "owner", "label": "Owner", "type": "text"}
    changed = await client.patch(
        stage_url,
        json={"probability": 25, "required_fields": [owner_field]},
        headers={**auth(world.admin), "If-Match": f'"{due["version"]}"'},
    )
    assert changed.status_code == 200, changed.text
    assert changed.json()["probability"] == 25
    stale = await client.patch(
        stage_url,
        json={"probability": 30},
        headers={**auth(world.admin), "If-Match": f'"{due["version"]}"'},
    )
    assert stale.status_code == 412

    deleted = await client.delete(stage_url, headers={**auth(world.admin), "If-Match": "*"})
    assert deleted.status_code == 204
    left = (await client.get(base, headers=auth(world.admin))).json()["stages"]
    assert [s["position"] for s in left] == [1, 2, 3, 4]
    won = next(s for s in left if s["kind"] == "won")
    last_won = await client.delete(
        f"{base}/stages/{won['id']}", headers={**auth(world.admin), "If-Match": "*"}
    )
    assert last_won.status_code == 409
    assert last_won.json()["code"] == "pipelines.stages_incomplete"


async def test_a_stage_deals_are_in_cannot_be_deleted(
    client: AsyncClient, world: World, session: AsyncSession
):
    pipeline = await default_pipeline(session)
    customer = await create_customer(session, owner=world.engineer, territory=world.north)
    await create_opportunity(
        session, owner=world.engineer, customer=customer, stage=pipeline.stages[1]
    )
    await session.commit()
    answer = await client.delete(
        f"{URL}/{pipeline.id}/stages/{pipeline.stages[1].id}",
        headers={**auth(world.admin), "If-Match": "*"},
    )
    assert answer.status_code == 409
    assert answer.json()["code"] == "pipelines.stage_in_use"
    still = (await client.get(f"{URL}/{pipeline.id}", headers=auth(world.admin))).json()
    assert len(still["stages"]) == 8

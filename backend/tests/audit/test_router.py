from __future__ import annotations

from httpx import AsyncClient

from tests.conftest import World, auth


async def test_admin_reads_who_changed_what(client: AsyncClient, world: World):
    created = await client.post(
        "/api/v1/customers", json={"name": "Audited Co"}, headers=auth(world.engineer)
    )
    customer_id = created.json()["id"]
    await client.patch(
        f"/api/v1/customers/{customer_id}",
        json={"name": "Audited Company"},
        headers={**auth(world.engineer), "If-Match": '"1"'},
    )
    log = await client.get(
        "/api/v1/audit", params={"entity_id": customer_id}, headers=auth(world.admin)
    )
    entries = log.json()["items"]
    assert [e["action"] for e in entries] == ["customer.updated", "customer.created"]  # newest
    assert [e["operation"] for e in entries] == ["updated", "created"]
    assert entries[0]["entity_label"] == "Audited Company"
    assert entries[0]["before"] == {"name": "Audited Co"}
    assert entries[0]["after"] == {"name": "Audited Company"}
    assert entries[0]["actor_label"] == world.engineer.email
    assert entries[1]["after"]["name"] == "Audited Co"


async def test_secrets_never_reach_the_audit_log(client: AsyncClient, world: World):
    await client.post(
        "/api/v1/users",
        json={
            "email": "secret@test.example",
            "full_name": "S",
            "password": "long-enough-pw",
            "role": "sales_engineer",
        },
        headers=auth(world.admin),
    )
    log = await client.get(
        "/api/v1/audit", params={"entity_type": "users"}, headers=auth(world.admin)
    )
    assert log.json()["items"]
    assert "password" not in log.text and "argon2" not in log.text


async def test_a_password_reset_is_audited_without_the_hash(client: AsyncClient, world: World):
    changed = await client.patch(
        f"/api/v1/users/{world.engineer.id}",
        json={"password": "another-long-pw"},
        headers={**auth(world.admin), "If-Match": f'"{world.engineer.version}"'},
    )
    assert changed.status_code == 200, changed.text
    log = await client.get(
        "/api/v1/audit", params={"entity_id": str(world.engineer.id)}, headers=auth(world.admin)
    )
    latest = log.json()["items"][0]
    assert latest["action"] == "user.updated"
    assert latest["before"] == {"password_hash": "[secret]"}
    assert latest["after"] == {"password_hash": "[secret]"}
    assert "argon2" not in log.text


async def test_only_admins_read_the_audit_log(client: AsyncClient, world: World):
    assert (await client.get("/api/v1/audit", headers=auth(world.head))).status_code == 403

"""The duplicate check compares indexed phone keys of customers and contacts, kept up
to date when customers are created and changed through the API."""

from __future__ import annotations

from httpx import AsyncClient

from tests.conftest import World, auth

LEADS = "/api/v1/leads"
CUSTOMERS = "/api/v1/customers"


def _lead(phone: str) -> dict[str, object]:
    return {"company_name": "Phone Twin", "phone": phone, "source": "cold_call"}


async def test_duplicate_check_finds_phones_by_their_indexed_key(
    client: AsyncClient, world: World, count_statements
):
    headers = auth(world.engineer)
    created = await client.post(
        CUSTOMERS,
        json={
            "name": "Keyed Pumps",
            "phone": "0 99100-12345",
            "contacts": [{"name": "Asha", "phone": "(+91) 98200.55555"}],
        },
        headers=headers,
    )
    assert created.status_code == 201, created.text
    customer = created.json()

    with count_statements() as counted:
        answer = await client.post(LEADS, json=_lead("+91 99100 12345"), headers=headers)
    assert answer.status_code == 409
    assert [(c["kind"], c["id"]) for c in answer.json()["candidates"]] == [
        ("customer", customer["id"])
    ]
    matching = [s for s in counted.statements if "FROM customers" in s or "FROM contacts" in s]
    assert matching and all("phone_key" in s and "replace(" not in s.lower() for s in matching)

    contact = await client.post(LEADS, json=_lead("9820055555"), headers=headers)
    assert contact.status_code == 409
    assert [c["kind"] for c in contact.json()["candidates"]] == ["contact"]

    changed = await client.patch(
        f"{CUSTOMERS}/{customer['id']}",
        json={"phone": "+91 11 4000 0000"},
        headers={**headers, "If-Match": f'"{customer["version"]}"'},
    )
    assert changed.status_code == 200, changed.text
    old_number = await client.post(LEADS, json=_lead("+91 99100 12345"), headers=headers)
    assert old_number.status_code == 201, old_number.text
    new_number = await client.post(LEADS, json=_lead("01140000000"), headers=headers)
    assert new_number.status_code == 409

"""Tax categories through HTTP: admins configure them, everyone reads them, and the GST
of an amount splits by the place of supply (the company's state: SALES_COMPANY_STATE_CODE,
29 by default)."""

from __future__ import annotations

import pytest
from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.tax import TaxTreatment
from tests.conftest import World, auth
from tests.factories.catalogue import create_tax_category

URL = "/api/v1/tax-categories"


async def test_admin_creates_a_category_and_everyone_reads_it(client: AsyncClient, world: World):
    created = await client.post(
        URL, json={"code": "GST18X", "name": "GST 18%", "rate": "18.00"}, headers=auth(world.admin)
    )
    assert created.status_code == 201, created.text
    body = created.json()
    assert (body["code"], body["rate"], body["treatment"]) == ("GST18X", "18", "taxable")
    read = await client.get(f"{URL}/{body['id']}", headers=auth(world.engineer))
    assert read.status_code == 200
    assert read.json() == body
    assert read.headers["etag"] == '"1"'
    listed = await client.get(URL, headers=auth(world.engineer))
    assert body["id"] in [c["id"] for c in listed.json()["items"]]
    again = await client.get(
        URL, headers={**auth(world.engineer), "If-None-Match": listed.headers["etag"]}
    )
    assert again.status_code == 304


async def test_engineers_and_heads_cannot_change_taxes(client: AsyncClient, world: World):
    for user in (world.engineer, world.head):
        answer = await client.post(
            URL, json={"code": "X1", "name": "X", "rate": "5"}, headers=auth(user)
        )
        assert answer.status_code == 403


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"code": "E1", "name": "Exempt", "treatment": "exempt", "rate": "5"}, "rate"),
        ({"code": "Z1", "name": "Zero", "treatment": "zero_rated", "rate": "0.1"}, "rate"),
        ({"code": "G1", "name": "Too much", "rate": "101"}, "rate"),
        ({"code": "G1", "name": "Float", "rate": 18.0}, "rate"),
        ({"code": "g 1", "name": "Bad code", "rate": "5"}, "code"),
        ({"code": "G1", "name": "", "rate": "5"}, "name"),
        # Over the 100 characters the document allows as sent, though 100 once trimmed.
        ({"code": "G1", "name": " " + "N" * 100, "rate": "5"}, "name"),
    ],
)
async def test_bad_categories_are_a_422_naming_the_field(
    client: AsyncClient, world: World, body, field
):
    answer = await client.post(URL, json=body, headers=auth(world.admin))
    assert answer.status_code == 422, answer.text
    assert ["body", field] in [e["loc"][:2] for e in answer.json()["errors"]]


async def test_a_taken_code_is_a_409(client: AsyncClient, session: AsyncSession, world: World):
    await create_tax_category(session, code="GST5X", rate="5")
    await session.commit()
    answer = await client.post(
        URL, json={"code": "GST5X", "name": "Again", "rate": "5"}, headers=auth(world.admin)
    )
    assert answer.status_code == 409
    assert answer.json()["code"] == "taxes.code_taken"


async def test_admin_changes_a_rate_with_if_match(
    client: AsyncClient, session: AsyncSession, world: World
):
    category = await create_tax_category(session, rate="12")
    await session.commit()
    url = f"{URL}/{category.id}"
    missing = await client.patch(url, json={"rate": "18"}, headers=auth(world.admin))
    assert missing.status_code == 428
    stale = await client.patch(
        url, json={"rate": "18"}, headers={**auth(world.admin), "If-Match": '"7"'}
    )
    assert stale.status_code == 412
    changed = await client.patch(
        url, json={"rate": "18"}, headers={**auth(world.admin), "If-Match": '"1"'}
    )
    assert changed.status_code == 200, changed.text
    assert changed.json()["rate"] == "18"
    exempting = await client.patch(
        url, json={"treatment": "exempt"}, headers={**auth(world.admin), "If-Match": '"2"'}
    )
    assert exempting.json()["rate"] == "0"
    refused = await client.patch(
        url, json={"rate": "5"}, headers={**auth(world.admin), "If-Match": '"3"'}
    )
    assert refused.status_code == 422
    assert refused.json()["errors"][0]["loc"] == ["body", "rate"]


async def _compute(client: AsyncClient, world: World, category_id, **params):
    return await client.get(
        f"{URL}/{category_id}/compute", params=params, headers=auth(world.engineer)
    )


async def test_gst_within_the_companys_state_is_cgst_plus_sgst(
    client: AsyncClient, session: AsyncSession, world: World
):
    category = await create_tax_category(session, rate="18")
    await session.commit()
    answer = await _compute(client, world, category.id, amount="1000.005", place_of_supply="29")
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["supply"] == "intra_state"
    assert body["company_state_code"] == "29"
    assert body["taxable_amount"] == "1000.01"  # rounded to the paisa first
    assert [(c["name"], c["rate"], c["amount"]) for c in body["components"]] == [
        ("CGST", "9", "90.00"),
        ("SGST", "9", "90.00"),
    ]
    assert (body["tax_amount"], body["total"]) == ("180.00", "1180.01")


async def test_gst_across_states_and_abroad_is_igst(
    client: AsyncClient, session: AsyncSession, world: World
):
    category = await create_tax_category(session, rate="5")
    await session.commit()
    inter = (
        await _compute(client, world, category.id, amount="999.99", place_of_supply="27")
    ).json()
    assert inter["supply"] == "inter_state"
    assert [(c["name"], c["rate"], c["amount"]) for c in inter["components"]] == [
        ("IGST", "5", "50.00")
    ]
    abroad = (await _compute(client, world, category.id, amount="100", currency="USD")).json()
    assert abroad["place_of_supply"] is None
    assert [(c["name"], c["amount"]) for c in abroad["components"]] == [("IGST", "5.00")]
    yen = (await _compute(client, world, category.id, amount="1001", currency="JPY")).json()
    assert (yen["components"][0]["amount"], yen["total"]) == ("50", "1051")


async def test_exempt_and_zero_rated(client: AsyncClient, session: AsyncSession, world: World):
    exempt = await create_tax_category(session, rate="0", treatment=TaxTreatment.EXEMPT)
    zero = await create_tax_category(session, rate="0", treatment=TaxTreatment.ZERO_RATED)
    await session.commit()
    none = (await _compute(client, world, exempt.id, amount="500", place_of_supply="29")).json()
    assert (none["components"], none["tax_amount"], none["total"]) == ([], "0.00", "500.00")
    igst0 = (await _compute(client, world, zero.id, amount="500", place_of_supply="29")).json()
    assert igst0["supply"] == "inter_state"
    assert [(c["name"], c["rate"], c["amount"]) for c in igst0["components"]] == [
        ("IGST", "0", "0.00")
    ]


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"amount": "100", "place_of_supply": "99"}, "place_of_supply"),
        ({"amount": "100", "currency": "ZZZ"}, "currency"),
        ({"amount": "abc"}, "amount"),
        ({}, "amount"),
    ],
)
async def test_bad_compute_input_is_a_422_naming_it(
    client: AsyncClient, session: AsyncSession, world: World, params, field
):
    category = await create_tax_category(session)
    await session.commit()
    answer = await _compute(client, world, category.id, **params)
    assert answer.status_code == 422
    assert ["query", field] in [e["loc"] for e in answer.json()["errors"]]

"""Leads through HTTP: capture, routing, duplicates, status actions, scoping, scoring."""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Any

from httpx import AsyncClient
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.leads.models import Lead, LeadStatus
from tests.conftest import World, auth
from tests.factories.customers import create_customer
from tests.factories.leads import create_lead
from tests.support.jobs import run_queued_jobs

URL = "/api/v1/leads"
NEW_LEAD = {
    "person_name": "Ravi Shankar",
    "job_title": "Plant Head",
    "company_name": "Shakti Castings",
    "email": "ravi@shakticastings.example",
    "phone": "+91 99100 12345",
    "industry": "Manufacturing",
    "address": {
        "line1": "Plot 4, Okhla Phase II",
        "city": "New Delhi",
        "postal_code": "110020",
        "latitude": 28.53,
        "longitude": 77.27,
    },
    "source": "field_visit",
    "campaign_ref": "DIWALI-26",
    "product_interest": "Air compressors",
    "estimated_value": "750000.00",
    "currency": "INR",
    "notes": "Met at the plant gate",
    "capture_latitude": 28.531,
    "capture_longitude": 77.271,
}


def with_address(postal_code: str, **fields: object) -> dict[str, object]:
    return {**NEW_LEAD, "address": {**NEW_LEAD["address"], "postal_code": postal_code}, **fields}


async def test_engineer_captures_a_lead_in_their_territory_and_keeps_it(
    client: AsyncClient, world: World
):
    answer = await client.post(URL, json=NEW_LEAD, headers=auth(world.engineer))
    assert answer.status_code == 201, answer.text
    body = answer.json()
    assert body["owner_id"] == str(world.engineer.id)
    assert body["territory_id"] == str(world.north.id)
    assert body["status"] == "new"
    assert body["estimated_value"] == "750000.00"
    assert body["address"]["city"] == "New Delhi"
    assert (body["capture_latitude"], body["capture_longitude"]) == (28.531, 77.271)
    assert body["created_by_id"] == str(world.engineer.id)
    factors = {f["factor"]: f for f in body["score_factors"]}
    # field visit 20 + value >= 5 lakh 20 + manufacturing 10 + email, phone, company,
    # address, product interest 17 + captured today 15
    assert {k: f["points"] for k, f in factors.items()} == {
        "source": 20,
        "value": 20,
        "industry": 10,
        "completeness": 17,
        "recent_activity": 15,
    }
    assert body["score"] == 82
    assert all(f["reason"] for f in body["score_factors"])
    assert answer.headers["etag"] == '"1"'


async def test_a_lead_outside_the_engineers_territories_goes_to_that_territorys_engineer(
    client: AsyncClient, world: World
):
    answer = await client.post(URL, json=with_address("560058"), headers=auth(world.engineer))
    assert answer.status_code == 201, answer.text
    assert answer.json()["owner_id"] == str(world.engineer_other_team.id)
    assert answer.json()["territory_id"] == str(world.south.id)
    read = await client.get(f"{URL}/{answer.json()['id']}", headers=auth(world.engineer))
    assert read.status_code == 404


async def test_round_robin_gives_the_lead_to_the_engineer_with_fewest_open_leads(
    client: AsyncClient, world: World, session: AsyncSession
):
    for _ in range(2):
        await create_lead(session, owner=world.engineer, territory=world.north)
    await create_lead(
        session, owner=world.teammate, territory=world.north, status=LeadStatus.CONVERTED
    )
    await session.commit()
    answer = await client.post(URL, json=NEW_LEAD, headers=auth(world.head))
    assert answer.status_code == 201, answer.text
    assert answer.json()["owner_id"] == str(world.teammate.id)


async def test_head_may_name_the_owner_but_an_engineer_may_not(client: AsyncClient, world: World):
    named = await client.post(
        URL, json={**NEW_LEAD, "owner_id": str(world.teammate.id)}, headers=auth(world.head)
    )
    assert named.status_code == 201
    assert named.json()["owner_id"] == str(world.teammate.id)
    denied = await client.post(
        URL,
        json={
            **NEW_LEAD,
            "email": "x@y.example",
            "phone": None,
            "owner_id": str(world.teammate.id),
        },
        headers=auth(world.engineer),
    )
    assert denied.status_code == 403
    outside = await client.post(
        URL,
        json={
            **NEW_LEAD,
            "email": "z@y.example",
            "phone": None,
            "owner_id": str(world.engineer_other_team.id),
        },
        headers=auth(world.head),
    )
    assert outside.status_code == 422
    assert outside.json()["errors"][0]["loc"] == ["body", "owner_id"]


async def test_duplicates_are_listed_instead_of_creating_a_twin(
    client: AsyncClient, world: World, session: AsyncSession
):
    existing = await create_lead(
        session, owner=world.engineer, territory=world.north, email="ravi@shakticastings.example"
    )
    await session.commit()
    answer = await client.post(URL, json=NEW_LEAD, headers=auth(world.engineer))
    assert answer.status_code == 409
    assert answer.headers["content-type"].startswith("application/problem+json")
    body = answer.json()
    assert body["code"] == "leads.possible_duplicates"
    assert body["candidates"] == [
        {
            "kind": "lead",
            "id": str(existing.id),
            "name": existing.company_name,
            "customer_id": None,
            "match_field": "email",
            "visible": True,
        }
    ]
    assert await session.scalar(select(func.count()).select_from(Lead)) == 1
    anyway = await client.post(
        URL, json={**NEW_LEAD, "allow_duplicate": True}, headers=auth(world.engineer)
    )
    assert anyway.status_code == 201


async def test_another_teams_twin_is_reported_without_its_data(
    client: AsyncClient, world: World, session: AsyncSession
):
    foreign = await create_customer(
        session,
        owner=world.engineer_other_team,
        territory=world.south,
        name="Secret Southern Client",
        phone="099100-12345",
        tax_id="29ABCDE1234F1Z5",
    )
    await session.commit()
    answer = await client.post(
        URL, json={**NEW_LEAD, "tax_id": "29ABCDE1234F1Z5"}, headers=auth(world.engineer)
    )
    assert answer.status_code == 409
    candidates = answer.json()["candidates"]
    assert {(c["kind"], c["match_field"], c["visible"]) for c in candidates} == {
        ("customer", "tax_id", False)
    }
    assert all(c["id"] is None and c["name"] is None for c in candidates)
    assert foreign.name not in answer.text and str(foreign.id) not in answer.text
    admin = await client.post(
        URL, json={**NEW_LEAD, "tax_id": "29ABCDE1234F1Z5"}, headers=auth(world.admin)
    )
    assert admin.json()["candidates"][0]["id"] == str(foreign.id)


async def test_phone_matches_a_visible_customers_contact_whatever_the_formatting(
    client: AsyncClient, world: World, session: AsyncSession
):
    customer = await create_customer(session, owner=world.engineer, territory=world.north)
    await session.commit()
    contact = customer.contacts[0]
    digits = "".join(ch for ch in contact.phone if ch.isdigit())[-10:]
    answer = await client.post(
        URL,
        json={**NEW_LEAD, "email": None, "phone": f"0{digits[:5]}-{digits[5:]}"},
        headers=auth(world.engineer),
    )
    assert answer.status_code == 409
    assert answer.json()["candidates"] == [
        {
            "kind": "contact",
            "id": str(contact.id),
            "name": contact.name,
            "customer_id": str(customer.id),
            "match_field": "phone",
            "visible": True,
        }
    ]


async def test_validation_errors_name_each_field(client: AsyncClient, world: World):
    bad = {
        "email": "not-an-email",
        "tax_id": "nope",
        "estimated_value": "-5",
        "currency": "rupees",
        "address": {"latitude": 200},
        "colour": "red",
    }
    answer = await client.post(URL, json=bad, headers=auth(world.engineer))
    assert answer.status_code == 422
    fields = {tuple(e["loc"]) for e in answer.json()["errors"]}
    assert {
        ("body", "source"),
        ("body", "email"),
        ("body", "tax_id"),
        ("body", "estimated_value"),
        ("body", "currency"),
        ("body", "address", "latitude"),
        ("body", "colour"),
    } <= fields
    nameless = await client.post(URL, json={"source": "web"}, headers=auth(world.engineer))
    assert nameless.status_code == 422
    half_location = await client.post(
        URL,
        json={"person_name": "A", "source": "web", "capture_latitude": 12.0},
        headers=auth(world.engineer),
    )
    assert half_location.status_code == 422


async def test_same_client_id_twice_returns_the_first_lead(
    client: AsyncClient, world: World, session: AsyncSession
):
    client_id = str(uuid.uuid4())
    payload = {**NEW_LEAD, "id": client_id}
    first = await client.post(URL, json=payload, headers=auth(world.engineer))
    again = await client.post(URL, json=payload, headers=auth(world.engineer))
    assert (first.status_code, again.status_code) == (201, 200)
    assert again.json()["id"] == client_id
    assert await session.scalar(select(func.count()).select_from(Lead)) == 1


async def test_client_id_of_another_teams_lead_is_a_conflict(
    client: AsyncClient, world: World, session: AsyncSession
):
    foreign = await create_lead(session, owner=world.engineer_other_team, territory=world.south)
    await session.commit()
    answer = await client.post(
        URL, json={**NEW_LEAD, "id": str(foreign.id)}, headers=auth(world.engineer)
    )
    assert answer.status_code == 409
    assert answer.json()["code"] == "id_taken"
    assert foreign.company_name not in answer.text


async def test_status_moves_forward_only_along_the_allowed_transitions(
    client: AsyncClient, world: World, session: AsyncSession
):
    lead = await create_lead(session, owner=world.engineer, territory=world.north)
    await session.commit()
    url = f"{URL}/{lead.id}"
    headers = auth(world.engineer)

    early = await client.post(f"{url}/qualify", headers=headers)
    assert early.status_code == 409
    assert early.json()["code"] == "leads.illegal_transition"
    contacted = await client.post(f"{url}/contact", headers=headers)
    assert contacted.status_code == 200 and contacted.json()["status"] == "contacted"
    twice = await client.post(f"{url}/contact", headers=headers)
    assert twice.status_code == 409
    qualified = await client.post(f"{url}/qualify", headers=headers)
    assert qualified.json()["status"] == "qualified"

    no_reason = await client.post(f"{url}/disqualify", json={}, headers=headers)
    assert no_reason.status_code == 422
    assert no_reason.json()["errors"][0]["loc"] == ["body", "reason"]
    blank = await client.post(f"{url}/disqualify", json={"reason": "  "}, headers=headers)
    assert blank.status_code == 422
    out = await client.post(f"{url}/disqualify", json={"reason": "No budget"}, headers=headers)
    assert out.status_code == 200
    assert (out.json()["status"], out.json()["disqualify_reason"]) == ("disqualified", "No budget")
    for action in ("contact", "qualify"):
        assert (await client.post(f"{url}/{action}", headers=headers)).status_code == 409
    convert = await client.post(f"{url}/convert", json={}, headers=headers)
    assert convert.status_code == 409


async def test_engineer_cannot_see_or_change_other_teams_leads(
    client: AsyncClient, world: World, session: AsyncSession
):
    mine = await create_lead(session, owner=world.engineer, territory=world.north)
    territory_mate = await create_lead(session, owner=world.teammate, territory=world.north)
    foreign = await create_lead(session, owner=world.engineer_other_team, territory=world.south)
    await session.commit()
    headers = auth(world.engineer)

    listed = await client.get(URL, headers=headers)
    assert {lead["id"] for lead in listed.json()["items"]} == {str(mine.id)}
    assert (await client.get(f"{URL}/{territory_mate.id}", headers=headers)).status_code == 404
    read = await client.get(f"{URL}/{foreign.id}", headers=headers)
    assert read.status_code == 404
    assert foreign.company_name not in read.text
    for action, body in (("contact", None), ("disqualify", {"reason": "x"}), ("convert", {})):
        answer = await client.post(f"{URL}/{foreign.id}/{action}", json=body, headers=headers)
        assert answer.status_code == 404, action
    patched = await client.patch(
        f"{URL}/{foreign.id}", json={"notes": "mine now"}, headers={**headers, "If-Match": '"1"'}
    )
    assert patched.status_code == 404
    await session.refresh(foreign)
    assert foreign.status is LeadStatus.NEW and foreign.notes is None

    head_list = await client.get(URL, headers=auth(world.head))
    head_ids = {lead["id"] for lead in head_list.json()["items"]}
    assert head_ids == {str(mine.id), str(territory_mate.id)}


async def test_patch_needs_if_match_and_rescores(
    client: AsyncClient, world: World, session: AsyncSession
):
    lead = await create_lead(session, owner=world.engineer, territory=world.north)
    await session.commit()
    url = f"{URL}/{lead.id}"
    missing = await client.patch(url, json={"notes": "x"}, headers=auth(world.engineer))
    assert missing.status_code == 428
    before = await client.patch(
        url, json={"notes": "x"}, headers={**auth(world.engineer), "If-Match": '"1"'}
    )
    richer = await client.patch(
        url,
        json={"tax_id": "07ABCDE1234F1Z5", "industry": "Pharmaceuticals"},
        headers={**auth(world.engineer), "If-Match": '"2"'},
    )
    assert richer.status_code == 200, richer.text
    # tax id +3 (completeness), pharmaceuticals +10 (industry)
    assert richer.json()["score"] == before.json()["score"] + 3 + 10
    assert "industry" in {f["factor"] for f in richer.json()["score_factors"]}
    stale = await client.patch(
        url, json={"notes": "y"}, headers={**auth(world.engineer), "If-Match": '"2"'}
    )
    assert stale.status_code == 412
    nameless = await client.patch(
        url,
        json={"person_name": None, "company_name": None},
        headers={**auth(world.engineer), "If-Match": '"3"'},
    )
    assert nameless.status_code == 422


async def test_head_reassigns_within_the_team_only(
    client: AsyncClient, world: World, session: AsyncSession
):
    lead = await create_lead(session, owner=world.engineer, territory=world.north)
    await session.commit()
    url = f"{URL}/{lead.id}/assign"
    denied = await client.post(
        url, json={"owner_id": str(world.teammate.id)}, headers=auth(world.engineer)
    )
    assert denied.status_code == 403
    outside = await client.post(
        url, json={"owner_id": str(world.engineer_other_team.id)}, headers=auth(world.head)
    )
    assert outside.status_code == 422
    moved = await client.post(
        url,
        json={"owner_id": str(world.teammate.id), "territory_id": str(world.north.id)},
        headers=auth(world.head),
    )
    assert moved.status_code == 200
    assert moved.json()["owner_id"] == str(world.teammate.id)
    unknown_territory = await client.post(
        url,
        json={"owner_id": str(world.teammate.id), "territory_id": str(uuid.uuid4())},
        headers=auth(world.head),
    )
    assert unknown_territory.status_code == 422


async def test_list_filters_and_statement_count(
    client: AsyncClient, world: World, session: AsyncSession, count_statements
):
    web = await create_lead(
        session, owner=world.engineer, territory=world.north, source="web", score=70
    )
    await create_lead(session, owner=world.engineer, territory=world.north, score=10)
    await create_lead(
        session,
        owner=world.engineer,
        territory=world.north,
        status=LeadStatus.CONTACTED,
        company_name="Zenith Polymers",
    )
    await session.commit()
    headers = auth(world.engineer)

    async def ids(**params: object) -> list[str]:
        answer = await client.get(URL, params=params, headers=headers)
        assert answer.status_code == 200, answer.text
        return [lead["id"] for lead in answer.json()["items"]]

    assert await ids(source="web") == [str(web.id)]
    assert await ids(min_score=50) == [str(web.id)]
    assert len(await ids(status="contacted")) == 1
    assert len(await ids(q="zenith")) == 1
    assert len(await ids(sort="-score")) == 3
    bad_sort = await client.get(URL, params={"sort": "email"}, headers=headers)
    assert bad_sort.status_code == 422

    with count_statements() as few:
        await client.get(URL, headers=headers)
    for _ in range(20):
        await create_lead(session, owner=world.engineer, territory=world.north)
    await session.commit()
    with count_statements() as many:
        answer = await client.get(URL, headers=headers)
    assert len(answer.json()["items"]) == 23
    assert many.n == few.n


async def test_scoring_rules_are_configurable_and_rescore_open_leads(
    client: AsyncClient, world: World, session: AsyncSession, sessionmaker: Any
):
    lead = await create_lead(session, owner=world.engineer, territory=world.north, source="web")
    converted = await create_lead(
        session, owner=world.engineer, status=LeadStatus.CONVERTED, source="web", score=5
    )
    await session.commit()
    rules = await client.get("/api/v1/lead-scoring-rules", headers=auth(world.engineer))
    assert rules.status_code == 200
    assert {"source", "value", "industry", "completeness", "recent_activity"} == {
        r["factor"] for r in rules.json()
    }
    replaced = await client.put(
        "/api/v1/lead-scoring-rules",
        json={
            "rules": [
                {"factor": "source", "match": "web", "points": 60},
                {"factor": "value", "threshold": "100000", "points": 50},
            ]
        },
        headers=auth(world.admin),
    )
    assert replaced.status_code == 200, replaced.text
    assert len(replaced.json()) == 2
    # Rescoring is the job the change deferred (the admin's request does not wait for it).
    assert await run_queued_jobs(session, sessionmaker) == ["leads.rescore_open_leads"]
    read = (await client.get(f"{URL}/{lead.id}", headers=auth(world.engineer))).json()
    assert read["score"] == 100  # 60 + 50, clamped
    assert [f["points"] for f in read["score_factors"]] == [60, 50]
    await session.refresh(converted)
    assert converted.score == 5

    invalid = await client.put(
        "/api/v1/lead-scoring-rules",
        json={"rules": [{"factor": "source", "points": 10}, {"factor": "value", "points": 5}]},
        headers=auth(world.admin),
    )
    assert invalid.status_code == 422
    assert {tuple(e["loc"][:3]) for e in invalid.json()["errors"]} == {
        ("body", "rules", 0),
        ("body", "rules", 1),
    }


async def test_estimated_value_in_another_currency_earns_no_value_points(
    client: AsyncClient, world: World
):
    answer = await client.post(
        URL,
        json={**NEW_LEAD, "estimated_value": "9000000.00", "currency": "USD"},
        headers=auth(world.engineer),
    )
    assert "value" not in {f["factor"] for f in answer.json()["score_factors"]}
    assert Decimal(answer.json()["estimated_value"]) == Decimal("9000000")


async def test_capture_time_from_an_offline_phone_needs_an_offset_and_is_kept(
    client: AsyncClient, world: World
):
    naive = await client.post(
        URL, json={**NEW_LEAD, "captured_at": "2026-11-20T10:00:00"}, headers=auth(world.engineer)
    )
    assert naive.status_code == 422
    assert naive.json()["errors"][0]["loc"] == ["body", "captured_at"]
    kept = await client.post(
        URL,
        json={**NEW_LEAD, "captured_at": "2026-11-20T10:00:00+05:30"},
        headers=auth(world.engineer),
    )
    assert kept.status_code == 201, kept.text
    assert kept.json()["captured_at"] == "2026-11-20T04:30:00Z"
    blank_currency = await client.patch(
        f"{URL}/{kept.json()['id']}",
        json={"currency": None},
        headers={**auth(world.engineer), "If-Match": '"1"'},
    )
    assert blank_currency.status_code == 422

"""Expense reports: lines with the policy's flags and mileage, the approval trail,
totals per category, scoping."""

from __future__ import annotations

from typing import Any

from httpx import AsyncClient

from tests.conftest import World, auth

URL = "/api/v1/expense-reports"


async def new_report(client: AsyncClient, person, **body: Any) -> dict[str, Any]:
    body = {"title": "Pune trip", "period_start": "2026-11-02", "period_end": "2026-11-06", **body}
    answer = await client.post(URL, json=body, headers=auth(person))
    assert answer.status_code == 201, answer.text
    return answer.json()


async def add(client: AsyncClient, person, report: dict[str, Any], **line: Any):
    return await client.post(f"{URL}/{report['id']}/lines", json=line, headers=auth(person))


async def test_lines_total_per_category_and_flag_what_the_policy_allows_above(
    client: AsyncClient, world: World
) -> None:
    report = await new_report(client, world.engineer)
    day = "2026-11-03"
    first = await add(
        client, world.engineer, report, expense_date=day, category="food", amount="600"
    )
    second = await add(
        client, world.engineer, report, expense_date=day, category="food", amount="550.5"
    )
    mileage = await add(
        client,
        world.engineer,
        report,
        expense_date=day,
        category="mileage",
        distance_km="42.5",
        vehicle_type="car",
    )
    assert [a.status_code for a in (first, second, mileage)] == [201, 201, 201]
    assert first.json()["is_over_limit"] is False
    assert second.json()["is_over_limit"] is True  # 1,150.50 of food that day > 1,000
    assert mileage.json()["amount"] == "382.50"  # 42.5 km x 9.00
    detail = (await client.get(f"{URL}/{report['id']}", headers=auth(world.engineer))).json()
    assert detail["total"] == "1533.00"
    assert detail["totals_by_category"] == [
        {"category": "food", "amount": "1150.50"},
        {"category": "mileage", "amount": "382.50"},
    ]


async def test_the_policy_names_the_rates_and_limits_the_lines_are_judged_by(
    client: AsyncClient, world: World
) -> None:
    answer = await client.get(f"{URL}/policy", headers=auth(world.engineer))
    assert answer.status_code == 200, answer.text
    policy = answer.json()
    assert policy["mileage_rates"] == [
        {"vehicle_type": "car", "rate_per_km": "9.00"},
        {"vehicle_type": "two_wheeler", "rate_per_km": "4.00"},
    ]
    assert {"category": "food", "amount": "1000"} in policy["daily_limits"]
    assert [limit["category"] for limit in policy["daily_limits"]] == [
        "travel",
        "fuel",
        "food",
        "lodging",
        "mileage",
        "other",
    ]
    assert (await client.get(f"{URL}/policy")).status_code == 401


async def test_bad_lines_name_the_field(client: AsyncClient, world: World) -> None:
    report = await new_report(client, world.engineer)
    outside = await add(
        client, world.engineer, report, expense_date="2026-12-01", category="food", amount="10"
    )
    assert outside.status_code == 422
    assert outside.json()["errors"][0]["loc"][-1] == "expense_date"
    no_vehicle = await add(
        client,
        world.engineer,
        report,
        expense_date="2026-11-03",
        category="mileage",
        distance_km="5",
    )
    assert no_vehicle.status_code == 422
    assert no_vehicle.json()["errors"][0]["loc"][-1] == "vehicle_type"
    text_amount = await add(
        client, world.engineer, report, expense_date="2026-11-03", category="food", amount=12.5
    )
    assert text_amount.status_code == 422


async def test_submit_then_a_head_approves_rejecting_one_line_then_reimbursed(
    client: AsyncClient, world: World
) -> None:
    report = await new_report(client, world.engineer)
    keep = (
        await add(
            client, world.engineer, report, expense_date="2026-11-02", category="fuel", amount="800"
        )
    ).json()
    drop = (
        await add(
            client,
            world.engineer,
            report,
            expense_date="2026-11-02",
            category="other",
            amount="300",
        )
    ).json()
    submitted = await client.post(f"{URL}/{report['id']}/submit", headers=auth(world.engineer))
    assert submitted.status_code == 200 and submitted.json()["status"] == "submitted"
    # locked once submitted
    late = await add(
        client, world.engineer, report, expense_date="2026-11-02", category="food", amount="1"
    )
    assert late.status_code == 409
    # the engineer cannot decide (no permission); the head of the team can
    own = await client.post(
        f"{URL}/{report['id']}/decide", json={"approve": True}, headers=auth(world.engineer)
    )
    assert own.status_code == 403
    inbox = await client.get(f"{URL}?status=submitted", headers=auth(world.head))
    assert report["id"] in [r["id"] for r in inbox.json()["items"]]
    decision = {
        "approve": True,
        "comment": "Other is not covered",
        "lines": [{"line_id": drop["id"], "decision": "rejected", "comment": "no receipt"}],
    }
    decided = await client.post(
        f"{URL}/{report['id']}/decide", json=decision, headers=auth(world.head)
    )
    assert decided.status_code == 200, decided.text
    assert decided.json()["status"] == "approved"
    detail = (await client.get(f"{URL}/{report['id']}", headers=auth(world.engineer))).json()
    assert (detail["total"], detail["approved_total"]) == ("1100.00", "800.00")
    decisions = {line["id"]: line["decision"] for line in detail["lines"]}
    assert decisions == {keep["id"]: "approved", drop["id"]: "rejected"}
    paid = await client.post(
        f"{URL}/{report['id']}/reimburse",
        json={"reimbursed_on": "2026-11-20", "reference": "NEFT-4411"},
        headers=auth(world.head),
    )
    assert paid.status_code == 200 and paid.json()["status"] == "reimbursed"
    again = await client.post(
        f"{URL}/{report['id']}/reimburse",
        json={"reimbursed_on": "2026-11-20", "reference": "NEFT-4411"},
        headers=auth(world.head),
    )
    assert again.status_code == 409


async def test_a_rejected_report_goes_back_to_draft_when_edited(
    client: AsyncClient, world: World
) -> None:
    report = await new_report(client, world.engineer)
    await add(
        client, world.engineer, report, expense_date="2026-11-02", category="food", amount="100"
    )
    await client.post(f"{URL}/{report['id']}/submit", headers=auth(world.engineer))
    rejected = await client.post(
        f"{URL}/{report['id']}/decide",
        json={"approve": False, "comment": "dates?"},
        headers=auth(world.head),
    )
    assert rejected.json()["status"] == "rejected"
    fixed = await add(
        client, world.engineer, report, expense_date="2026-11-03", category="food", amount="90"
    )
    assert fixed.status_code == 201
    detail = (await client.get(f"{URL}/{report['id']}", headers=auth(world.engineer))).json()
    assert detail["status"] == "draft"


async def test_other_teams_reports_are_404(client: AsyncClient, world: World) -> None:
    report = await new_report(client, world.engineer_other_team)
    for person in (world.engineer, world.head):
        answer = await client.get(f"{URL}/{report['id']}", headers=auth(person))
        assert answer.status_code == 404
        listed = await client.get(URL, headers=auth(person))
        assert report["id"] not in [r["id"] for r in listed.json()["items"]]
    assert (await client.get(f"{URL}/{report['id']}", headers=auth(world.admin))).status_code == 200


async def test_creating_a_report_twice_with_one_id_makes_one(
    client: AsyncClient, world: World
) -> None:
    body = {"id": "01938f00-0000-7000-8000-000000000001"}
    first = await new_report(client, world.engineer, **body)
    again = await client.post(
        URL,
        json={
            "title": "Pune trip",
            "period_start": "2026-11-02",
            "period_end": "2026-11-06",
            **body,
        },
        headers=auth(world.engineer),
    )
    assert again.status_code == 200 and again.json()["id"] == first["id"]


async def test_the_list_gives_each_reports_figures_for_the_approver(
    client: AsyncClient, world: World
) -> None:
    report = await new_report(client, world.engineer, title="Nashik visit")
    day = "2026-11-04"
    await add(client, world.engineer, report, expense_date=day, category="food", amount="700")
    over = await add(
        client, world.engineer, report, expense_date=day, category="food", amount="450"
    )
    assert over.json()["is_over_limit"] is True
    await add(
        client,
        world.engineer,
        report,
        expense_date=day,
        category="mileage",
        distance_km="10",
        vehicle_type="two_wheeler",
    )
    empty = await new_report(client, world.engineer, title="Nothing yet")
    await client.post(f"{URL}/{report['id']}/submit", headers=auth(world.engineer))
    listed = await client.get(URL, params={"status": "submitted"}, headers=auth(world.head))
    assert listed.status_code == 200, listed.text
    item = next(r for r in listed.json()["items"] if r["id"] == report["id"])
    assert (item["total"], item["approved_total"]) == ("1190.00", "1190.00")
    assert (item["line_count"], item["over_limit_count"]) == (3, 1)
    assert empty["id"] not in [r["id"] for r in listed.json()["items"]]
    drafts = (await client.get(URL, headers=auth(world.engineer))).json()["items"]
    blank = next(r for r in drafts if r["id"] == empty["id"])
    assert (blank["total"], blank["line_count"], blank["over_limit_count"]) == ("0.00", 0, 0)
    # Rejected lines leave the approved total, not the total.
    line = next(
        x
        for x in (await client.get(f"{URL}/{report['id']}", headers=auth(world.head))).json()[
            "lines"
        ]
        if x["is_over_limit"]
    )
    decided = await client.post(
        f"{URL}/{report['id']}/decide",
        json={
            "approve": True,
            "lines": [{"line_id": line["id"], "decision": "rejected", "comment": "over"}],
        },
        headers=auth(world.head),
    )
    assert decided.status_code == 200, decided.text
    mine = await client.get(
        URL, params={"owner_id": str(world.engineer.id)}, headers=auth(world.head)
    )
    item = next(r for r in mine.json()["items"] if r["id"] == report["id"])
    assert (item["status"], item["total"], item["approved_total"]) == (
        "approved",
        "1190.00",
        "740.00",
    )

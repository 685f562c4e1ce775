"""Stored answers (core/reads/ ``ReadModel(stored=True)``, decision 0048): a table whose
answer is its own row's, but for the caller's own lookups, keeps each row's answer in
parts around those lookups, written by a trigger on every insert and update; a whole
page or record reads the parts and splices the lookups in.

What a user would notice if it went wrong: an answer that lags behind a change (to the
row, or to the customer whose name it shows), one that differs from what the same
record's narrowed (computed) answer says, a name shown to a caller who may not see
it, or a field added to the schema that never shows up. So: the installed trigger
functions are the ones the read models compute today; stored and computed answers are
the same text, for each caller, after creating and after each kind of change (the
API, a plain SQL update, a renamed customer); and a read model that would go stale
(another table's value, children) is refused when it is declared."""

from __future__ import annotations

import dataclasses
import json
import uuid
from typing import Any

import pytest
from httpx import AsyncClient
from pydantic import BaseModel
from sqlalchemy import Text, cast, func, select, text
from sqlalchemy.ext.asyncio import AsyncSession

import app.api  # noqa: F401  (every domain's read models declared)
from app.activities.models import Activity
from app.activities.repository import ACTIVITY_READ
from app.core import bulk_insert
from app.core.db import ANSWER_COLUMN
from app.core.reads import STORED_READ_MODELS, Children, ReadModel
from app.core.reads.stored import stored_part
from app.customers.models import Customer, CustomerAddress
from app.leads.models import Lead
from app.leads.repository import LEAD_READ
from app.leads.schemas import LeadRead
from app.opportunities.repository import OPPORTUNITY_READ
from app.users import service as users
from tests.conftest import World, auth
from tests.factories.activities import create_activity
from tests.factories.customers import create_customer
from tests.factories.opportunities import create_opportunity

URL = "/api/v1/leads"


class NameOnly(BaseModel):
    id: uuid.UUID
    name: str


FULL_LEAD = {
    "person_name": 'Asha "AK" Kulkarni',
    "job_title": "Plant head",
    "company_name": "Kulkarni Castings",
    "email": "asha@castings.example",
    "phone": "+91 98450 12345",
    "tax_id": "27AAACK1234F1Z5",
    "industry": "manufacturing",
    "address": {
        "line1": "Plot 7, MIDC",
        "line2": "Bhosari\nGate 2",
        "city": "Pune",
        "state": "Maharashtra",
        "state_code": "27",
        "postal_code": "411026",
        "country": "IN",
        "latitude": 18.6298,
        "longitude": 73.8478,
    },
    "source": "field_visit",
    "campaign_ref": "EXPO-26",
    "product_interest": "Induction furnace",
    "estimated_value": "1250000.5",
    "currency": "INR",
    "notes": "Met at the gate; wants a demo",
    "capture_latitude": 18.63,
    "capture_longitude": 73.85,
}


async def _both_answers(
    session: AsyncSession, world_user: Any, read_model: ReadModel
) -> tuple[Any, Any]:
    """A row's answer for ``world_user`` from its stored parts, and the answer the read
    path computes for the same row and caller, as SQL text expressions."""
    principal = await users.principal_for_user(session, world_user.id)
    assert principal is not None
    computed = dataclasses.replace(read_model, stored=False)
    return (
        cast(read_model.item(principal, read_model.names), Text),
        cast(computed.item(principal, computed.names), Text),
    )


async def _stored_and_computed(
    session: AsyncSession, world_user: Any, read_model: ReadModel, record_id: Any
) -> tuple[str, str]:
    """The record's stored and computed answers for ``world_user``."""
    stored_item, computed_item = await _both_answers(session, world_user, read_model)
    row = (
        await session.execute(
            select(stored_item, computed_item)
            .select_from(read_model.table)
            .where(read_model.key == record_id)
        )
    ).one()
    return row[0], row[1]


async def _rows_differing(session: AsyncSession, world_user: Any) -> dict[str, int]:
    """For each stored read model, how many of its rows answer ``world_user`` otherwise
    from their stored parts than computed (all zero when they are kept)."""
    differing = {}
    for read_model in STORED_READ_MODELS:
        stored_item, computed_item = await _both_answers(session, world_user, read_model)
        differing[read_model.table.name] = await session.scalar(
            select(func.count())
            .select_from(read_model.table)
            .where(stored_item.is_distinct_from(computed_item))
        )
    return differing


async def test_each_installed_trigger_function_is_the_one_its_read_model_computes(
    session: AsyncSession,
) -> None:
    stored = [id(model) for model in STORED_READ_MODELS]
    assert all(id(model) in stored for model in (LEAD_READ, ACTIVITY_READ, OPPORTUNITY_READ))
    for read_model in STORED_READ_MODELS:
        table = read_model.table.name
        installed = await session.scalar(
            text("SELECT prosrc FROM pg_proc WHERE proname = :name"), {"name": f"{table}_answer"}
        )
        assert installed == read_model.answer_function(), (
            f"{table}'s read model changed: add a migration that replaces {table}_answer() "
            f"with its answer_function() and rewrites the answers "
            f"(UPDATE {table} SET {ANSWER_COLUMN} = NULL)"
        )
        trigger = await session.scalar(
            text(
                "SELECT pg_get_triggerdef(t.oid) FROM pg_trigger t "
                "WHERE t.tgrelid = CAST(:table AS regclass) AND t.tgname = :name "
                "AND t.tgenabled = 'O'"
            ),
            {"table": table, "name": f"{table}_answer"},
        )
        assert trigger is not None and "BEFORE INSERT OR UPDATE" in trigger, trigger
        assert f"EXECUTE FUNCTION {table}_answer()" in trigger
        # PostgreSQL fires a row's BEFORE triggers in name order: one after this one
        # could change the row after its answer was written.
        before_row = await session.scalars(
            text(
                "SELECT tgname FROM pg_trigger WHERE tgrelid = CAST(:table AS regclass) "
                "AND NOT tgisinternal AND tgtype & 3 = 3 ORDER BY tgname"
            ),
            {"table": table},
        )
        assert list(before_row)[-1] == f"{table}_answer"


async def test_a_lead_keeps_its_answer_through_its_creation_and_every_kind_of_change(
    client: AsyncClient, session: AsyncSession, world: World
) -> None:
    created = await client.post(URL, json=FULL_LEAD, headers=auth(world.engineer))
    assert created.status_code == 201, created.text
    lead_id = created.json()["id"]
    stored, computed = await _stored_and_computed(session, world.engineer, LEAD_READ, lead_id)
    assert stored == computed

    patched = await client.patch(
        f"{URL}/{lead_id}",
        json={"notes": "Demo booked", "estimated_value": "990000", "address": {"city": "Chakan"}},
        headers={**auth(world.engineer), "If-Match": created.headers["etag"]},
    )
    assert patched.status_code == 200, patched.text
    assert patched.json()["notes"] == "Demo booked"
    assert patched.json()["address"]["city"] == "Chakan"
    stored, computed = await _stored_and_computed(session, world.engineer, LEAD_READ, lead_id)
    assert stored == computed
    read = await client.get(f"{URL}/{lead_id}", headers=auth(world.engineer))
    assert read.json() == patched.json()

    # A change that bypasses the ORM (a bulk statement, a DBA's fix) is kept as well.
    await session.execute(
        text("UPDATE leads SET city = 'Talegaon', version = version + 1 WHERE id = :id"),
        {"id": lead_id},
    )
    await session.commit()
    stored, computed = await _stored_and_computed(session, world.engineer, LEAD_READ, lead_id)
    assert stored == computed
    listed = await client.get(URL, headers=auth(world.engineer))
    (item,) = [lead for lead in listed.json()["items"] if lead["id"] == lead_id]
    assert item["address"]["city"] == "Talegaon" and item["version"] == read.json()["version"] + 1
    for caller in (world.engineer, world.admin):
        assert set((await _rows_differing(session, caller)).values()) == {0}


async def test_a_whole_answer_reads_the_stored_text_and_a_narrowed_one_computes_it(
    client: AsyncClient, world: World, count_statements: Any
) -> None:
    created = await client.post(URL, json=FULL_LEAD, headers=auth(world.engineer))
    assert created.status_code == 201, created.text
    await client.get(URL, headers=auth(world.engineer))  # warm the plans
    with count_statements() as whole:
        page = await client.get(URL, headers=auth(world.engineer))
    with count_statements() as narrowed:
        partial = await client.get(f"{URL}?fields=email,address", headers=auth(world.engineer))
    (statement,) = [s for s in whole.statements if "FROM leads" in s]
    assert ANSWER_COLUMN in statement and "row_to_json" not in statement
    (statement,) = [s for s in narrowed.statements if "FROM leads" in s]
    assert ANSWER_COLUMN not in statement and "row_to_json" in statement
    (item,) = page.json()["items"]
    assert partial.json()["items"] == [{name: item[name] for name in ("id", "email", "address")}]


async def test_the_customers_name_is_spliced_in_per_caller_and_follows_a_rename(
    client: AsyncClient, session: AsyncSession, world: World
) -> None:
    """A deal's or activity's answer is stored but for the customer's name, which each
    caller sees only when they may see the customer, and sees as it is now."""
    hidden = await create_customer(
        session, owner=world.engineer_other_team, territory=world.south, name="Orbit Gears"
    )
    deal = await create_opportunity(session, owner=world.engineer, customer=hidden)
    activity = await create_activity(session, owner=world.engineer, customer_id=hidden.id)
    await session.commit()
    for read_model, record in ((OPPORTUNITY_READ, deal), (ACTIVITY_READ, activity)):
        for caller in (world.engineer, world.admin):
            stored, computed = await _stored_and_computed(session, caller, read_model, record.id)
            assert stored == computed
    checks = (("/api/v1/opportunities", deal.id), ("/api/v1/activities", activity.id))
    for url, record_id in checks:
        mine = await client.get(f"{url}/{record_id}", headers=auth(world.engineer))
        assert mine.status_code == 200 and mine.json()["customer_name"] is None
        assert "Orbit Gears" not in mine.text
        seen = await client.get(f"{url}/{record_id}", headers=auth(world.admin))
        assert seen.json()["customer_name"] == "Orbit Gears"

    await session.execute(
        text("UPDATE customers SET name = 'Orbit Gears and Drives' WHERE id = :id"),
        {"id": hidden.id},
    )
    await session.commit()
    for url, record_id in checks:
        page = await client.get(url, headers=auth(world.admin))
        (item,) = [item for item in page.json()["items"] if item["id"] == str(record_id)]
        assert item["customer_name"] == "Orbit Gears and Drives"
    for caller in (world.engineer, world.admin):
        assert set((await _rows_differing(session, caller)).values()) == {0}


@pytest.mark.parametrize(
    ("fields", "lookups"),
    [
        (["id", "a", "b"], []),
        (["id", "who", "b"], ["who"]),
        (["who", "id", "b"], ["who"]),
        (["id", "b", "who"], ["who"]),
        (["id", "who", "whom", "b"], ["who", "whom"]),
        (["who", "id", "whom"], ["who", "whom"]),
    ],
)
async def test_the_parts_and_the_lookups_between_them_make_the_whole_answer(
    session: AsyncSession, fields: list[str], lookups: list[str]
) -> None:
    """Each shape of answer: a lookup first, last, two side by side, none. The parts are
    evaluated by PostgreSQL from each run's object, the lookups' values put between
    them, and the text read back is the whole answer, fields in order."""
    values: dict[str, Any] = {name: f'v "{name}"' for name in fields}
    runs: list[list[str]] = [[]]
    for name in fields:
        if name in lookups:
            runs.append([])
        else:
            runs[-1].append(name)
    parts = []
    for index, lookup in enumerate([*lookups, None]):
        run = runs[index]
        sql = stored_part(f"run{index}" if run else None, first=index == 0, lookup=lookup)
        run_object = json.dumps({name: values[name] for name in run}, separators=(",", ":"))
        parts.append(
            await session.scalar(
                text(f"SELECT {sql} FROM (SELECT CAST(:run AS TEXT) AS run{index}) AS r"),
                {"run": run_object},
            )
        )
    answer = parts[0]
    for lookup, part in zip(lookups, parts[1:], strict=True):
        answer += json.dumps(values[lookup]) + part
    assert list(json.loads(answer).items()) == [(name, values[name]) for name in fields]


def test_an_answer_that_could_go_stale_is_not_stored() -> None:
    registered = list(STORED_READ_MODELS)
    # No column to keep it in.
    with pytest.raises(TypeError, match="needs @stored_answer"):
        ReadModel(Customer, NameOnly, stored=True)
    # A value of another table: a change there would not rewrite the lead's answer.
    company = select(Customer.name).where(Customer.id == Lead.converted_customer_id)
    with pytest.raises(TypeError, match="reads another table"):
        ReadModel(
            Lead,
            LeadRead,
            fields={**LEAD_READ.fields, "company_name": company.scalar_subquery()},
            stored=True,
        )
    # Children are rows of another table.
    addresses = Children(CustomerAddress.customer_id, {"city": CustomerAddress.city})
    with pytest.raises(TypeError, match="children are another table's"):
        ReadModel(
            Lead, LeadRead, fields={**LEAD_READ.fields, "score_factors": addresses}, stored=True
        )
    # What the moment decides would be frozen at the write.
    with pytest.raises(TypeError, match="now\\(\\) may not give the same answer"):
        ReadModel(Lead, LeadRead, fields={**LEAD_READ.fields, "notes": func.now()}, stored=True)
    # A generated column is computed after the trigger has written the answer.
    with pytest.raises(TypeError, match="generated columns"):
        ReadModel(
            Lead, LeadRead, fields={**LEAD_READ.fields, "notes": Lead.search_text}, stored=True
        )
    # A last step in Python is not in the stored text.
    with pytest.raises(TypeError, match="no finish step"):
        ReadModel(Lead, LeadRead, fields=LEAD_READ.fields, finish=lambda *_: None, stored=True)
    assert [id(model) for model in STORED_READ_MODELS] == [id(model) for model in registered]


def test_bulk_inserts_leave_the_stored_answer_to_its_trigger() -> None:
    assert ANSWER_COLUMN in Activity.__table__.c
    assert ANSWER_COLUMN not in [column.key for column in bulk_insert._columns(Activity) or ()]

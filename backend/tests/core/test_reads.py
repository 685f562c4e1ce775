"""The read path's contract (core/reads/): the JSON PostgreSQL writes for an item is
what the resource's schema prints for the same record (``model_dump(mode="json")``),
field for field, for every kind of value: amounts in currencies of 0, 2 and 3 minor
digits and in an unknown one, times with and without fractions of a second (and with
trailing zeros in them), nested objects, child lists, nulls, text needing escapes.

Plus the read path's own promises: ``?fields=``, ETag / If-None-Match -> 304 on lists
and records, and one statement per list page whatever its size."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest
from httpx import AsyncClient
from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from app.activities.repository import ACTIVITY_READ
from app.activities.schemas import ActivityRead
from app.core.reads import ReadModel, read_one
from app.customers.models import Contact, Customer
from app.customers.repository import CONTACT_READ, CUSTOMER_READ, CUSTOMER_SUMMARY
from app.customers.schemas import ContactRead, CustomerRead, CustomerSummary
from app.leads.repository import LEAD_READ
from app.leads.schemas import LeadRead
from app.notifications.repository import NOTIFICATION_READ
from app.notifications.schemas import NotificationRead
from app.opportunities.repository import OPPORTUNITY_READ
from app.opportunities.schemas import OpportunityRead
from app.pipelines.models import Pipeline
from app.pipelines.repository import PIPELINE_READ, STAGE_READ
from app.pipelines.schemas import PipelineRead, StageRead
from app.users import service as users
from app.users.models import Team, Territory, User
from app.users.repository import TEAM_READ, TERRITORY_READ, USER_READ
from app.users.schemas import TeamRead, TerritoryRead, UserRead
from tests.conftest import World, auth
from tests.factories.activities import create_activity
from tests.factories.customers import create_customer
from tests.factories.leads import create_lead
from tests.factories.notifications import create_notification
from tests.factories.opportunities import create_opportunity, default_pipeline

WHOLE = datetime(2026, 11, 29, 9, 0, 0, tzinfo=UTC)
FRACTION = datetime(2026, 11, 29, 9, 0, 0, 120000, tzinfo=UTC)  # prints .120000
ODD = datetime(2026, 3, 1, 23, 59, 59, 999999, tzinfo=UTC)


def _children_by_id(item: dict[str, Any]) -> dict[str, Any]:
    """Child lists compared as sets of children (their order is the read model's)."""
    return {
        key: sorted(value, key=lambda child: str(child.get("id", child)))
        if isinstance(value, list) and value and isinstance(value[0], dict)
        else value
        for key, value in item.items()
    }


async def _same(
    session: AsyncSession,
    world: World,
    read_model: ReadModel,
    schema: type[BaseModel],
    entity: Any,
    **per_caller: Any,
) -> dict[str, Any]:
    """Assert the read path's item equals the schema's print of the loaded entity."""
    principal = await users.principal_for_user(session, world.admin.id)
    assert principal is not None
    model = type(entity)
    written = await read_one(session, principal, read_model, select(model), entity.id)
    assert written is not None
    printed = schema.model_validate(entity).model_dump(mode="json")
    printed.update(per_caller)
    assert _children_by_id(written) == _children_by_id(printed)
    assert list(written) == list(printed)  # the same fields, in the schema's order
    return written


@pytest.mark.parametrize(
    ("currency", "limit", "printed"),
    [
        ("INR", Decimal("0.5"), "0.50"),
        ("JPY", Decimal("1500000"), "1500000"),
        ("KWD", Decimal("1234567.891"), "1234567.891"),
        ("XTS", Decimal("12.3456"), "12.3456"),  # no minor unit known: as entered, >= 2
    ],
)
async def test_a_customer_reads_as_its_schema_prints_it(
    session: AsyncSession, world: World, currency: str, limit: Decimal, printed: str
) -> None:
    customer = await create_customer(
        session,
        owner=world.engineer,
        territory=world.north,
        name='Sharma "Steel" & Sons\\ \u00e9\u20b9',
        credit_limit=limit,
        consent_updated_at=FRACTION,
    )
    customer.currency = currency
    customer.created_at, customer.updated_at = WHOLE, ODD
    customer.segment_tags = ["oem", "export"]
    session.add(Contact(customer_id=customer.id, name="Left", email=None, is_archived=True))
    await session.commit()
    session.expunge_all()
    loaded = (
        await session.scalars(
            select(Customer)
            .where(Customer.id == customer.id)
            .options(selectinload(Customer.addresses), selectinload(Customer.contacts))
        )
    ).one()
    item = await _same(
        session,
        world,
        CUSTOMER_SUMMARY,
        CustomerSummary,
        loaded,
    )
    assert item["credit_limit"] == printed
    assert item["created_at"] == "2026-11-29T09:00:00Z"
    assert item["updated_at"] == "2026-03-01T23:59:59.999999Z"
    assert item["consent_updated_at"] == "2026-11-29T09:00:00.120000Z"
    # The full record lists only the contacts that are not archived.
    loaded.contacts = [c for c in loaded.contacts if not c.is_archived]
    full = await _same(session, world, CUSTOMER_READ, CustomerRead, loaded)
    assert len(full["contacts"]) == 1 and len(full["addresses"]) == 1


async def test_a_lead_reads_as_its_schema_prints_it(session: AsyncSession, world: World) -> None:
    lead = await create_lead(
        session,
        owner=world.engineer,
        estimated_value=Decimal("1250000.1"),
        currency="KWD",
        city="Pune",
        latitude=18.52,
        longitude=None,
        captured_at=FRACTION,
    )
    await session.commit()
    session.expunge_all()
    loaded = await session.get(type(lead), lead.id)
    item = await _same(session, world, LEAD_READ, LeadRead, loaded)
    assert item["estimated_value"] == "1250000.100"
    assert item["address"]["city"] == "Pune" and item["address"]["longitude"] is None


async def test_deals_and_activities_read_as_their_schemas_print_them(
    session: AsyncSession, world: World
) -> None:
    customer = await create_customer(session, owner=world.engineer, territory=world.north)
    deal = await create_opportunity(
        session, owner=world.engineer, customer=customer, amount=Decimal("98765"), currency="JPY"
    )
    activity = await create_activity(
        session, owner=world.engineer, customer_id=customer.id, at=FRACTION
    )
    await session.commit()
    session.expunge_all()
    loaded_deal = await session.get(type(deal), deal.id)
    item = await _same(
        session,
        world,
        OPPORTUNITY_READ,
        OpportunityRead,
        loaded_deal,
        customer_name=customer.name,
    )
    assert item["amount"] == "98765"
    loaded_activity = await session.get(type(activity), activity.id)
    await _same(
        session,
        world,
        ACTIVITY_READ,
        ActivityRead,
        loaded_activity,
        customer_name=customer.name,
    )


async def test_the_directory_reads_as_its_schemas_print_it(
    session: AsyncSession, world: World
) -> None:
    session.expunge_all()
    user = (
        await session.scalars(
            select(User).where(User.id == world.head.id).options(selectinload(User.territories))
        )
    ).one()
    item = await _same(session, world, USER_READ, UserRead, user)
    assert [t["name"] for t in item["territories"]] == ["North"]
    await _same(session, world, TEAM_READ, TeamRead, await session.get(Team, world.team.id))
    await _same(
        session,
        world,
        TERRITORY_READ,
        TerritoryRead,
        await session.get(Territory, world.north.id),
    )
    pipeline = await default_pipeline(session)
    loaded = (
        await session.scalars(
            select(Pipeline)
            .where(Pipeline.id == pipeline.id)
            .options(selectinload(Pipeline.stages))
        )
    ).one()
    item = await _same(session, world, PIPELINE_READ, PipelineRead, loaded)
    assert [s["position"] for s in item["stages"]] == sorted(s.position for s in loaded.stages)
    await _same(session, world, STAGE_READ, StageRead, loaded.stages[0])


async def test_contacts_and_notifications_read_as_their_schemas_print_them(
    session: AsyncSession, world: World
) -> None:
    customer = await create_customer(session, owner=world.engineer, territory=world.north)
    contact = Contact(customer_id=customer.id, name='Mr. Ümit "Q"', email=None, phone=None)
    session.add(contact)
    note = await create_notification(session, user=world.admin, read_at=FRACTION)
    await session.commit()
    session.expunge_all()
    await _same(session, world, CONTACT_READ, ContactRead, await session.get(Contact, contact.id))
    await _same(
        session,
        world,
        NOTIFICATION_READ,
        NotificationRead,
        await session.get(type(note), note.id),
    )


# --- the read path's own promises ----------------------------------------------------


async def test_fields_narrows_the_answer_and_names_unknown_fields(
    client: AsyncClient, session: AsyncSession, world: World
) -> None:
    await create_customer(session, owner=world.engineer, territory=world.north)
    await session.commit()
    narrow = await client.get(
        "/api/v1/customers?fields=name,credit_limit", headers=auth(world.engineer)
    )
    assert narrow.status_code == 200
    # A narrowed answer is not the resource's schema: its media type says so.
    assert narrow.headers["content-type"] == "application/vnd.sales.partial+json"
    whole = await client.get("/api/v1/customers", headers=auth(world.engineer))
    assert whole.headers["content-type"] == "application/json"
    # id always; the amount brings its currency along (an amount is never printed alone)
    assert set(narrow.json()["items"][0]) == {"id", "name", "credit_limit", "currency"}
    wrong = await client.get("/api/v1/customers?fields=name,salary", headers=auth(world.engineer))
    assert wrong.status_code == 422
    assert wrong.headers["content-type"].startswith("application/problem+json")
    error = wrong.json()["errors"][0]
    assert error["loc"][-1] == "fields" and "salary" in error["msg"]


def test_the_document_describes_partial_answers(app: Any) -> None:
    document = app.openapi()
    answers = document["paths"]["/api/v1/customers/{customer_id}"]["get"]["responses"]["200"]
    partial = answers["content"]["application/vnd.sales.partial+json"]["schema"]["$ref"]
    shape = document["components"]["schemas"][partial.rsplit("/", 1)[-1]]
    assert "required" not in shape and "name" in shape["properties"]


@pytest.mark.parametrize("path", ["/api/v1/customers", "/api/v1/opportunities/board"])
async def test_a_current_copy_is_answered_304_and_a_change_gives_a_new_etag(
    client: AsyncClient, session: AsyncSession, world: World, path: str
) -> None:
    customer = await create_customer(session, owner=world.engineer, territory=world.north)
    await create_opportunity(session, owner=world.engineer, customer=customer)
    await session.commit()
    first = await client.get(path, headers=auth(world.engineer))
    etag = first.headers["etag"]
    again = await client.get(path, headers={**auth(world.engineer), "If-None-Match": etag})
    assert again.status_code == 304 and again.content == b""
    assert again.headers["etag"] == etag
    await create_opportunity(
        session,
        owner=world.engineer,
        customer=await create_customer(session, owner=world.engineer, territory=world.north),
    )
    await session.commit()
    changed = await client.get(path, headers={**auth(world.engineer), "If-None-Match": etag})
    assert changed.status_code == 200 and changed.headers["etag"] != etag


async def test_a_record_answers_304_to_its_version_etag(
    client: AsyncClient, session: AsyncSession, world: World
) -> None:
    customer = await create_customer(session, owner=world.engineer, territory=world.north)
    await session.commit()
    url = f"/api/v1/customers/{customer.id}"
    first = await client.get(url, headers=auth(world.engineer))
    assert first.headers["etag"] == f'"{customer.version}"'
    same = await client.get(
        url, headers={**auth(world.engineer), "If-None-Match": first.headers["etag"]}
    )
    assert same.status_code == 304
    # Someone who may not see the record learns nothing from an ETag either.
    hidden = await client.get(
        url, headers={**auth(world.engineer_other_team), "If-None-Match": first.headers["etag"]}
    )
    assert hidden.status_code == 404


async def test_a_list_page_is_one_statement_whatever_its_size(
    client: AsyncClient, session: AsyncSession, world: World, count_statements: Any
) -> None:
    for _ in range(30):
        await create_customer(session, owner=world.engineer, territory=world.north)
    await session.commit()
    await client.get("/api/v1/customers?limit=1", headers=auth(world.engineer))  # warm
    with count_statements() as one:
        await client.get("/api/v1/customers?limit=1", headers=auth(world.engineer))
    with count_statements() as many:
        page = await client.get("/api/v1/customers?limit=30", headers=auth(world.engineer))
    assert len(page.json()["items"]) == 30
    page_statements = [s for s in many.statements if "customers" in s and "FROM users" not in s]
    assert one.n == many.n and len(page_statements) == 1

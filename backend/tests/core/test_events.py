"""The event stream: every change writes its event in the same transaction, with the
actor and the changed fields; readers see events in commit order and never one that
appears below a position they already handed out."""

from __future__ import annotations

from httpx import AsyncClient
from sqlalchemy import select, text
from sqlalchemy.engine import URL
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.db import create_engine
from app.core.events import DomainEvent, committed_after
from app.customers.models import Customer
from tests.conftest import Live, World, auth
from tests.factories.customers import create_customer


async def _events_of(session: AsyncSession, entity_id: object) -> list[DomainEvent]:
    stmt = select(DomainEvent).where(DomainEvent.entity_id == entity_id).order_by(DomainEvent.seq)
    return list((await session.scalars(stmt)).all())


async def test_a_create_and_an_edit_write_typed_events_with_their_actor(
    client: AsyncClient, world: World, session: AsyncSession
) -> None:
    created = await client.post(
        "/api/v1/customers",
        json={"name": "Evented", "territory_id": str(world.north.id)},
        headers={**auth(world.engineer), "X-Request-ID": "req-create"},
    )
    customer_id = created.json()["id"]
    await client.patch(
        f"/api/v1/customers/{customer_id}",
        json={"rating": 5},
        headers={**auth(world.engineer), "If-Match": '"1"'},
    )
    found = await _events_of(session, created.json()["id"])
    assert [e.type for e in found] == ["customer.created", "customer.updated"]
    create, update = found
    assert create.actor_id == world.engineer.id and create.actor_kind == "user"
    assert create.request_id == "req-create"
    assert create.after is not None and create.after["name"] == "Evented"
    assert create.owner_id == world.engineer.id and create.territory_id == world.north.id
    assert create.feed_entity == "customers" and str(create.feed_id) == customer_id
    assert update.before == {"rating": None} and update.after == {"rating": 5}
    assert update.version == 2 and update.label == "Evented"


async def test_a_failed_request_leaves_no_event(
    client: AsyncClient, world: World, session: AsyncSession
) -> None:
    customer = await create_customer(session, owner=world.engineer, territory=world.north)
    await session.commit()
    before = len(await _events_of(session, customer.id))
    refused = await client.patch(
        f"/api/v1/customers/{customer.id}",
        json={"territory_id": str(world.south.id)},  # not the engineer's territory
        headers={**auth(world.engineer), "If-Match": "*"},
    )
    assert refused.status_code == 422
    assert len(await _events_of(session, customer.id)) == before


async def test_an_event_is_not_read_past_a_transaction_still_running(live: Live) -> None:
    """T1 writes first and commits last: while it runs, T2's later event stays hidden,
    so no reader can hand out a position that T1's event would later fall below."""
    world = live.world
    async with live.engine.connect() as reader_conn:
        async with live.sessionmaker() as first, live.sessionmaker() as second:
            early = await create_customer(first, owner=world.engineer, name="Written first")
            await first.flush()  # T1 holds its transaction id, uncommitted
            late = await create_customer(second, owner=world.engineer, name="Committed first")
            await second.commit()

            visible = await reader_conn.execute(
                select(DomainEvent.entity_id).where(committed_after(None))
            )
            seen = {row[0] for row in visible}
            await reader_conn.rollback()
            assert late.id not in seen and early.id not in seen

            await first.commit()
        ordered = await reader_conn.execute(
            select(DomainEvent.entity_id, DomainEvent.txid)
            .where(committed_after(None), DomainEvent.entity_type == Customer.__tablename__)
            .order_by(DomainEvent.txid, DomainEvent.seq)
        )
        rows = [row for row in ordered if row[0] in (early.id, late.id)]
    assert [r[0] for r in rows] == [early.id, late.id]  # T1's events first: commit order holds


async def test_a_transaction_in_another_database_does_not_hold_the_stream_back(
    live: Live, database_server: URL
) -> None:
    """Transaction ids are the server's, but a transaction of another database on the
    same server (another application's; the other test worker's copy of the template)
    never writes here: while one runs, an event committed here after it began is read
    at once."""
    other = create_engine(database_server.render_as_string(hide_password=False))
    try:
        async with other.connect() as elsewhere:
            await elsewhere.execute(text("SELECT pg_current_xact_id()"))  # holds an id
            async with live.sessionmaker() as session:
                later = await create_customer(session, owner=live.world.engineer, name="Later")
                await session.commit()
            async with live.engine.connect() as reader:
                found = await reader.execute(
                    select(DomainEvent.entity_id).where(committed_after(None))
                )
                seen = {row[0] for row in found}
            await elsewhere.rollback()
    finally:
        await other.dispose()
    assert later.id in seen


async def test_a_reader_holding_a_transaction_id_reads_nothing_committed_after_it(
    live: Live,
) -> None:
    """A reader whose own transaction has an id (a consumer that locked its position
    row) is itself a running transaction: what commits after it began is not handed
    out yet, else the events it writes itself would fall below the position it keeps."""
    async with live.engine.connect() as reader:
        await reader.execute(text("SELECT pg_current_xact_id()"))
        async with live.sessionmaker() as session:
            later = await create_customer(session, owner=live.world.engineer, name="Later")
            await session.commit()
        found = await reader.execute(select(DomainEvent.entity_id).where(committed_after(None)))
        seen = {row[0] for row in found}
        await reader.rollback()
    assert later.id not in seen

"""A dump restored into another PostgreSQL cluster: the event stream's transaction ids
come from the cluster that wrote it. Where they lie ahead of this cluster's counter the
change feed hides those events (the phone's first sync got no price lists) until they
are renumbered (``python -m app.cli rebase-events``; the scratch stacks do it on restore)."""

from __future__ import annotations

from sqlalchemy import text

from app.cli.database import rebase_restored_events
from tests.conftest import Live, auth
from tests.sync.test_router import ids_of, pull_all, pull_until

AHEAD = 50_000_000  # a busier cluster's transaction ids


async def _todo(client, user, title: str) -> str:
    answer = await client.post("/api/v1/todos", json={"title": title}, headers=auth(user))
    assert answer.status_code == 201, answer.text
    return str(answer.json()["id"])


async def test_events_restored_from_a_busier_cluster_reach_the_feed_once_renumbered(
    live: Live,
) -> None:
    engineer = live.world.engineer
    async with live.client() as client:
        first = await _todo(client, engineer, "Send the catalogue")
        second = await _todo(client, engineer, "Call about the pump")
        await pull_until(client, engineer, "", lambda c: c["id"] == second)
        async with live.engine.begin() as conn:
            # What a restore from a cluster 50 million transactions older looks like,
            # with a consumer that had processed up to the first to-do's event.
            await conn.execute(
                text("UPDATE events SET txid = (txid::text::bigint + :ahead)::text::xid8"),
                {"ahead": AHEAD},
            )
            await conn.execute(
                text(
                    "INSERT INTO event_consumers (name, txid, seq, updated_at) "
                    "SELECT 'restored', txid, seq, now() FROM events "
                    "WHERE entity_id = :first ORDER BY seq LIMIT 1"
                ),
                {"first": first},
            )
        hidden, _ = await pull_all(client, engineer)
        assert {first, second}.isdisjoint(ids_of(hidden, "todos"))

        spanned = await rebase_restored_events(live.url)

        assert spanned >= 2
        changes, cursor = await pull_all(client, engineer)
        todos = [c["id"] for c in changes if c["entity"] == "todos"]
        assert todos == [first, second]  # all of them, in the order they were made
        third = await _todo(client, engineer, "Book the site visit")
        later, _ = await pull_until(client, engineer, cursor, lambda c: c["id"] == third)
        assert ids_of(later, "todos") == {third}  # what follows comes after, once
    async with live.engine.connect() as conn:
        consumer = (
            await conn.execute(
                text("SELECT txid::text::bigint, seq FROM event_consumers WHERE name = 'restored'")
            )
        ).one()
        first_event = (
            await conn.execute(
                text(
                    "SELECT txid::text::bigint, seq FROM events WHERE entity_id = :first "
                    "ORDER BY seq LIMIT 1"
                ),
                {"first": first},
            )
        ).one()
        second_event_txid = await conn.scalar(
            text("SELECT txid::text::bigint FROM events WHERE entity_id = :second LIMIT 1"),
            {"second": second},
        )
    # The consumer still stands right after the first to-do and before the second.
    assert tuple(consumer) == tuple(first_event)
    assert second_event_txid > consumer[0] and consumer[0] < AHEAD

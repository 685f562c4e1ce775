"""The event stream: every change to a record writes a typed event in the same
transaction (a transactional outbox), and everything that reports on changes reads it.

Readers of the one stream:
  * the audit log (who changed what, before and after; ``app/audit``),
  * the customer timeline (``core/timeline.py``),
  * the change feed the phone and integrators pull (``app/sync``),
  * consumers run by the job worker (``core/projections.py``): lead scoring on a
    logged call today, webhook deliveries (``app/webhooks``).

How events are written: a session hook (``after_flush``) turns every insert, update
and delete of a tracked model into one event, with the changed fields' before and
after values. Services never write events by hand; they may *name* a change
(``note(entity, "opportunity.stage_changed", data=...)``) so readers see what happened
rather than which columns moved. A model is either tracked (``track``) or declared
untracked with a reason, checked at start-up like the scoping rules. Bulk SQL
``UPDATE``/``DELETE`` statements bypass the hook, so tracked tables are written
through the ORM only, except new rows inserted as a set (``core/bulk_insert.py``),
whose events ``record_created`` writes: the same rows, one per record.

Commit order: each event carries the id of the transaction that wrote it
(``pg_current_xact_id()``) and a sequence number. Readers see only events of
transactions older than every transaction still running in this database
(``visible_horizon``), ordered by (transaction id, sequence). A transaction that
commits later always has a larger id than that horizon, so no event can appear below a
position already handed out.
Decision record: docs/decisions/0009-event-stream.md.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import Enum, StrEnum
from typing import Any

from sqlalchemy import (
    BigInteger,
    Identity,
    Index,
    String,
    and_,
    event,
    func,
    inspect,
    literal,
    literal_column,
    or_,
    select,
    text,
    tuple_,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession
from sqlalchemy.orm import Mapped, Session, mapped_column
from sqlalchemy.types import UserDefinedType

from app.core.access import Principal, register_unscoped
from app.core.clock import utcnow
from app.core.context import current_request_id
from app.core.db import Base, Entity, insert_rows
from app.core.ids import new_id


class Xid8(UserDefinedType[int]):
    """PostgreSQL's 64-bit transaction id, read as an int."""

    cache_ok = True

    def get_col_spec(self, **_: Any) -> str:
        return "xid8"

    def bind_processor(self, dialect: Any) -> Any:
        return None  # asyncpg reads and writes xid8 as int

    def result_processor(self, dialect: Any, coltype: Any) -> Any:
        return None


class Operation(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    DELETED = "deleted"


class DomainEvent(Base):
    __tablename__ = "events"
    __table_args__ = (
        Index("ix_events_txid_seq", "txid", "seq"),
        Index("ix_events_entity", "entity_type", "entity_id", "seq"),
        Index("ix_events_customer_id_occurred_at_seq", "customer_id", "occurred_at", "seq"),
        Index("ix_events_occurred_at_seq", "occurred_at", "seq"),
        Index("ix_events_actor_id", "actor_id"),
    )

    seq: Mapped[int] = mapped_column(BigInteger, Identity(always=True), primary_key=True)
    txid: Mapped[int] = mapped_column(Xid8(), server_default=func.pg_current_xact_id())
    # A UUID per event: what a webhook receiver deduplicates on.
    id: Mapped[uuid.UUID] = mapped_column(unique=True, default=new_id)
    occurred_at: Mapped[datetime] = mapped_column(default=utcnow)
    type: Mapped[str] = mapped_column(String(80))
    entity_type: Mapped[str] = mapped_column(String(60))
    entity_id: Mapped[uuid.UUID]
    operation: Mapped[str] = mapped_column(String(10))
    version: Mapped[int | None]
    label: Mapped[str | None] = mapped_column(String(300))
    actor_id: Mapped[uuid.UUID | None]
    actor_kind: Mapped[str] = mapped_column(String(20))
    actor_label: Mapped[str] = mapped_column(String(200))
    request_id: Mapped[str | None] = mapped_column(String(64))
    before: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    data: Mapped[dict[str, Any]] = mapped_column(JSONB, default=dict)
    # What the change feed hands out for it: the record itself, or the record it is part
    # of (an address changes its customer). None: not in the feed.
    feed_entity: Mapped[str | None] = mapped_column(String(60))
    feed_id: Mapped[uuid.UUID | None]
    # The record's scope keys after (and before) the change: the change feed decides
    # with the record's own scoping rule whether a caller could see it then.
    customer_id: Mapped[uuid.UUID | None]
    owner_id: Mapped[uuid.UUID | None]
    territory_id: Mapped[uuid.UUID | None]
    parent_id: Mapped[uuid.UUID | None]
    prev_owner_id: Mapped[uuid.UUID | None]
    prev_territory_id: Mapped[uuid.UUID | None]


register_unscoped(DomainEvent, reason="read through the audit, timeline and feed rules")


# --- which models are tracked, and what their events carry ---------------------------


@dataclass(frozen=True)
class Tracked:
    """How a model's changes appear in the stream.

    ``name`` types its events (``customer.created``); ``label`` names the attribute that
    titles it; ``customer`` the attribute holding its customer (the timeline);
    ``private_to_owner``: on a customer's timeline only for callers who may see the
    record's owner (a deal, an activity), not for everyone who sees the customer;
    ``feed`` the change feed's entity it updates and ``feed_id`` the attribute holding
    that entity's id (an address updates its customer).
    """

    name: str
    label: str | None = None
    customer: str | None = None
    private_to_owner: bool = False
    feed: str | None = None
    feed_id: str = "id"
    secret_fields: frozenset[str] = frozenset()
    # A PostgreSQL notification channel told at commit when such a record changes (what
    # API processes keep in memory about it is dropped: the directory's principals).
    notify: str | None = None


_TRACKED: dict[type[Any], Tracked] = {}
_UNTRACKED: dict[type[Any], str] = {}


def track(model: type[Any], tracked: Tracked) -> None:
    _TRACKED[model] = tracked


def untracked(model: type[Any], *, reason: str) -> None:
    _UNTRACKED[model] = reason


def tracked_models() -> dict[type[Any], Tracked]:
    return dict(_TRACKED)


def tracking_of(entity_type: str) -> tuple[type[Any], Tracked] | None:
    for model, tracked in _TRACKED.items():
        if model.__tablename__ == entity_type:
            return model, tracked
    return None


def assert_every_entity_tracked(models: list[type[Any]]) -> None:
    missing = [
        m.__name__
        for m in models
        if issubclass(m, Entity) and m not in _TRACKED and m not in _UNTRACKED
    ]
    if missing:
        raise RuntimeError(f"models neither tracked nor untracked: {', '.join(missing)}")


# --- naming a change ------------------------------------------------------------------


@dataclass
class _Note:
    type: str
    data: dict[str, Any] = field(default_factory=dict)
    occurred_at: datetime | None = None


_NOTE_ATTRIBUTE = "_pending_event_note"


def note(
    entity: Entity,
    type_: str,
    *,
    data: dict[str, Any] | None = None,
    occurred_at: datetime | None = None,
) -> None:
    """Name the next flushed change of ``entity`` (``lead.converted`` rather than
    ``lead.updated``), with details for the readers. Call before the flush."""
    setattr(entity, _NOTE_ATTRIBUTE, _Note(type_, data or {}, occurred_at))


def emit(
    session: Session | Any,
    entity: Entity,
    type_: str,
    *,
    data: dict[str, Any] | None = None,
    occurred_at: datetime | None = None,
) -> None:
    """An event about a record whose row does not change (demo history, a document
    e-mailed). Written at the next flush like the others."""
    sync_session = getattr(session, "sync_session", session)
    pending: list[dict[str, Any]] = sync_session.info.setdefault("emitted_events", [])
    tracked = _TRACKED[type(entity)]
    pending.append(
        _event_row(
            sync_session,
            entity,
            tracked,
            Operation.UPDATED,
            before=None,
            after=None,
            note=_Note(type_, data or {}, occurred_at),
        )
    )


# --- the hook -------------------------------------------------------------------------

_MASK = "[secret]"
SECRET_FIELDS = frozenset({"password_hash", "token_hash", "secret", "calendar_token"})
_SKIPPED = frozenset({"updated_at", "version"})


_PLAIN = frozenset({str, int, float, bool, type(None)})


def jsonable(value: Any) -> Any:
    if type(value) in _PLAIN:
        return value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal | uuid.UUID):
        return str(value)
    if isinstance(value, Enum):
        return value.value
    return value


_SNAPSHOT_KEYS: dict[tuple[type[Any], frozenset[str]], tuple[str, ...]] = {}


def _snapshot_keys(model: type[Any], secrets: frozenset[str]) -> tuple[str, ...]:
    """The columns a snapshot of ``model`` holds (found once per model)."""
    keys = _SNAPSHOT_KEYS.get((model, secrets))
    if keys is None:
        keys = tuple(
            column.key
            for column in model.__mapper__.column_attrs
            if column.key not in secrets and not _derived(column)
        )
        _SNAPSHOT_KEYS[model, secrets] = keys
    return keys


def snapshot(entity: Entity, secrets: frozenset[str] = SECRET_FIELDS) -> dict[str, Any]:
    """The entity's column values, JSON-ready, secrets left out (a change of a secret
    shows in an update as "[secret]": that it changed, never its value)."""
    return {key: jsonable(getattr(entity, key)) for key in _snapshot_keys(type(entity), secrets)}


def _inserted_snapshot(entity: Entity, secrets: frozenset[str]) -> dict[str, Any]:
    """``snapshot`` of a row this flush inserted, read from what the instance holds (a
    column it holds nothing for was written NULL; one the database filled in is read
    back): the same values, without an attribute lookup per column and row."""
    state = inspect(entity)
    held, refill = state.dict, state.expired_attributes
    return {
        key: jsonable(held[key] if key in held else getattr(entity, key) if key in refill else None)
        for key in _snapshot_keys(type(entity), secrets)
    }


def _derived(attribute: Any) -> bool:
    """A column the database computes (search text): not part of a change."""
    return attribute.columns[0].computed is not None


def _changes(entity: Entity, secrets: frozenset[str]) -> tuple[dict[str, Any], dict[str, Any]]:
    state = inspect(entity)
    changed = state.committed_state  # what was set since the row was read
    before: dict[str, Any] = {}
    after: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        if attr.key not in changed or attr.key in _SKIPPED or _derived(attr):
            continue
        history = state.attrs[attr.key].history
        if not history.has_changes():
            continue
        old = history.deleted[0] if history.deleted else None
        new = getattr(entity, attr.key)
        if old == new:
            continue
        masked = attr.key in secrets
        before[attr.key] = _MASK if masked else jsonable(old)
        after[attr.key] = _MASK if masked else jsonable(new)
    return before, after


def _previous(entity: Entity, attribute: str | None) -> Any:
    """The value an attribute had before this flush (its current one when unchanged)."""
    if attribute is None:
        return None
    history = inspect(entity).attrs[attribute].history
    if history.deleted:
        return history.deleted[0]
    return getattr(entity, attribute)


Actor = tuple[uuid.UUID | None, str, str]


def _actor(session: Session) -> Actor:
    principal: Principal | None = session.info.get("principal")
    if principal is None:
        return None, "system", "system"
    if principal.api_key_id is not None:
        return principal.api_key_id, "api_key", principal.label
    if principal.user_id is None:
        return None, "system", principal.label
    return principal.user_id, "user", principal.label


def _event_row(
    session: Session,
    entity: Entity,
    tracked: Tracked,
    operation: Operation,
    *,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
    note: _Note | None,
    actor: Actor | None = None,
    request_id: str | None = None,
) -> dict[str, Any]:
    """One event's row (``actor`` and ``request_id``: the flush's, when it has many)."""
    from app.core.access import _RULES

    keys = _RULES[type(entity)].keys if type(entity) in _RULES else {}
    actor_id, actor_kind, actor_label = actor or _actor(session)
    label = getattr(entity, tracked.label, None) if tracked.label else None
    owner_attr, territory_attr = keys.get("owner"), keys.get("territory")
    occurred_at = note.occurred_at if note and note.occurred_at else None
    created = operation is Operation.CREATED
    if occurred_at is None and created:
        # A record made with a past creation time (imported, demo history) was created then.
        occurred_at = getattr(entity, "created_at", None)
    owner_id = getattr(entity, owner_attr) if owner_attr else None
    territory_id = getattr(entity, territory_attr) if territory_attr else None
    return {
        "id": new_id(),
        "occurred_at": occurred_at or utcnow(),
        "type": note.type if note else f"{tracked.name}.{operation.value}",
        "entity_type": entity.__tablename__,
        "entity_id": entity.id,
        "operation": operation.value,
        "version": getattr(entity, "version", None),
        "label": str(label)[:300] if label is not None else None,
        "actor_id": actor_id,
        "actor_kind": actor_kind,
        "actor_label": actor_label,
        "request_id": request_id if actor is not None else current_request_id(),
        "before": before,
        "after": after,
        "data": {k: jsonable(v) for k, v in (note.data if note else {}).items()},
        "feed_entity": tracked.feed,
        "feed_id": getattr(entity, tracked.feed_id) if tracked.feed else None,
        "customer_id": getattr(entity, tracked.customer) if tracked.customer else None,
        "owner_id": owner_id,
        "territory_id": territory_id,
        "parent_id": getattr(entity, keys["parent"]) if "parent" in keys else None,
        # A new record's keys had no earlier value: before is now.
        "prev_owner_id": owner_id if created else _previous(entity, owner_attr),
        "prev_territory_id": territory_id if created else _previous(entity, territory_attr),
    }


def _take_note(entity: Entity) -> _Note | None:
    found: _Note | None = entity.__dict__.get(_NOTE_ATTRIBUTE)
    if found is not None:
        delattr(entity, _NOTE_ATTRIBUTE)
    return found


@event.listens_for(Session, "after_flush")
def _write_events(session: Session, _context: Any) -> None:
    rows: list[dict[str, Any]] = session.info.pop("emitted_events", [])
    actor, request_id = _actor(session), current_request_id()
    for entity in session.new:
        tracked = _TRACKED.get(type(entity))
        if tracked is not None:
            secrets = SECRET_FIELDS | tracked.secret_fields
            rows.append(
                _event_row(
                    session,
                    entity,
                    tracked,
                    Operation.CREATED,
                    before=None,
                    after=_inserted_snapshot(entity, secrets),
                    note=_take_note(entity),
                    actor=actor,
                    request_id=request_id,
                )
            )
    for entity in session.dirty:
        tracked = _TRACKED.get(type(entity))
        if tracked is None or not session.is_modified(entity, include_collections=False):
            continue
        before, after = _changes(entity, SECRET_FIELDS | tracked.secret_fields)
        pending_note = _take_note(entity)
        if not after and pending_note is None:
            continue
        rows.append(
            _event_row(
                session,
                entity,
                tracked,
                Operation.UPDATED,
                before=before,
                after=after,
                note=pending_note,
            )
        )
    for entity in session.deleted:
        tracked = _TRACKED.get(type(entity))
        if tracked is not None:
            rows.append(
                _event_row(
                    session,
                    entity,
                    tracked,
                    Operation.DELETED,
                    before=snapshot(entity, SECRET_FIELDS | tracked.secret_fields),
                    after=None,
                    note=_take_note(entity),
                )
            )
    _insert_events(session, rows)


def events_written(session: AsyncSession | Session) -> int:
    """How many events this session has written so far: a write that added none changed
    nothing (an upsert of what is already there answers ``unchanged``)."""
    sync_session = getattr(session, "sync_session", session)
    return int(sync_session.info.get(_WRITTEN, 0))


_WRITTEN = "events_written"


def _insert_events(session: Session, rows: list[dict[str, Any]]) -> None:
    if rows:
        session.info[_WRITTEN] = session.info.get(_WRITTEN, 0) + len(rows)
        connection = session.connection()
        insert_rows(connection, DomainEvent, rows)
        channels = {
            tracked.notify
            for model, tracked in _TRACKED.items()
            if tracked.notify and any(r["entity_type"] == model.__tablename__ for r in rows)
        }
        for channel in sorted(channels):
            connection.execute(select(func.pg_notify(channel, "")))


async def record_created(session: AsyncSession, entities: Sequence[Entity]) -> None:
    """The ``created`` event of each record inserted without a flush (``core/bulk_insert``):
    the rows the session hook writes for a flushed insert, in one statement."""
    await session.run_sync(_record_created, entities)


def _record_created(session: Session, entities: Sequence[Entity]) -> None:
    actor, request_id = _actor(session), current_request_id()
    rows = []
    for entity in entities:
        tracked = _TRACKED.get(type(entity))
        if tracked is not None:
            rows.append(
                _event_row(
                    session,
                    entity,
                    tracked,
                    Operation.CREATED,
                    before=None,
                    after=_inserted_snapshot(entity, SECRET_FIELDS | tracked.secret_fields),
                    note=_take_note(entity),
                    actor=actor,
                    request_id=request_id,
                )
            )
    _insert_events(session, rows)


# --- reading in commit order -----------------------------------------------------------

Position = tuple[int, int]  # (transaction id, sequence)


# The oldest transaction still running that may have written to this database: the
# statement's snapshot's in-progress ids, less those of backends connected to another
# database (a backend stays in its database, so those never write here), else the
# snapshot's xmax; and never past the reader's own id (the snapshot's in-progress list
# leaves it out; ``pg_snapshot_xmin`` counts it). Transaction ids are the server's:
# with ``pg_snapshot_xmin`` alone, a long transaction in any other database on the
# server (another application's, a database being copied) held this stream back for as
# long as it ran. Only what ``pg_stat_activity`` names is left out: an id whose backend
# is no longer shown (it ended since the snapshot) still counts. ``backend_xid`` is 32
# bits: within one snapshot the low 32 bits name an id.
_HORIZON = """least(
 (SELECT coalesce(min(running), pg_snapshot_xmax(pg_current_snapshot()))
  FROM pg_snapshot_xip(pg_current_snapshot()) AS running
  WHERE running::text::bigint % 4294967296 NOT IN (
    SELECT backend_xid::text::bigint FROM pg_stat_activity
    WHERE backend_xid IS NOT NULL AND datname <> current_database())),
 pg_current_xact_id_if_assigned())"""


def visible_horizon() -> Any:
    """Events of transactions below this id are final (committed or gone for good)."""
    return literal_column(_HORIZON, type_=Xid8())


def committed_after(position: Position | None) -> Any:
    """The condition for events a reader may hand out after ``position``: past it, and
    from transactions older than every transaction still running. The reader's own
    transaction's events count too when no older transaction is running (a job that
    projects what it wrote itself; a test inside one transaction)."""
    horizon = visible_horizon()
    own = func.pg_current_xact_id_if_assigned()
    clauses = [
        or_(DomainEvent.txid < horizon, and_(DomainEvent.txid == horizon, DomainEvent.txid == own))
    ]
    if position is not None:
        txid, seq = int(position[0]), int(position[1])
        clauses.append(
            tuple_(DomainEvent.txid, DomainEvent.seq)
            > tuple_(literal(txid, Xid8()), literal(seq, BigInteger))
        )
    return and_(*clauses)


REBASE_POSITIONS = (
    # Each distinct transaction id of the events becomes its rank (from 3, the first
    # normal id), the order of (txid, seq) unchanged.
    """
    CREATE TEMP TABLE event_txid_ranks ON COMMIT DROP AS
    SELECT txid, (dense_rank() OVER (ORDER BY txid) + 2)::text::xid8 AS rank
    FROM (SELECT DISTINCT txid FROM events) AS distinct_txids
    """,
    "UPDATE events SET txid = r.rank FROM event_txid_ranks AS r WHERE events.txid = r.txid",
    # A consumer's position moves with the events: to the rank of the newest event at or
    # before it (past all of that transaction's events when it sat after them), or to the
    # start when no event is that old (first: the mapped positions are small).
    """
    UPDATE event_consumers AS c SET txid = '0', seq = 0
    WHERE NOT EXISTS (SELECT FROM event_txid_ranks AS r WHERE r.txid <= c.txid)
    """,
    """
    UPDATE event_consumers AS c SET (txid, seq) = (
        SELECT r.rank, CASE WHEN r.txid = c.txid THEN c.seq ELSE 9223372036854775807 END
        FROM event_txid_ranks AS r WHERE r.txid <= c.txid ORDER BY r.txid DESC LIMIT 1
    )
    WHERE EXISTS (SELECT FROM event_txid_ranks AS r WHERE r.txid <= c.txid)
    """,
)


async def rebase_event_positions(conn: AsyncConnection) -> int:
    """Renumber the stream's transaction ids after a dump was restored into another
    PostgreSQL cluster, and answer how many transactions the events span.

    Readers hand out only events below the database's oldest running transaction
    (``visible_horizon``). A dump keeps the ids of the cluster that wrote it; in a
    younger cluster they lie in the future, so those events stay invisible (the phone's
    first sync got no price lists) until that cluster's counter passes them. Ranks keep
    the order, and the cluster's counter is moved past the last rank. Feed cursors handed
    out before the restore mean nothing afterwards: clients sync again (docs/operations).
    Runs in the caller's transaction; then ``advance_transaction_ids`` past the answer + 2.
    """
    for statement in REBASE_POSITIONS:
        await conn.execute(text(statement))
    return int(await conn.scalar(text("SELECT count(*) FROM event_txid_ranks")) or 0)


async def advance_transaction_ids(conn: AsyncConnection, past: int) -> None:
    """Use up transaction ids (each autocommitted statement that asks for one takes one)
    until the next is beyond ``past``: events ranked up to it become visible."""
    while int(await conn.scalar(text("SELECT pg_current_xact_id()::text::bigint"))) <= past:
        pass


async def fields_changed_since(
    session: AsyncSession, *, entity_type: str, entity_id: uuid.UUID, version: int
) -> set[str]:
    """The fields of a record changed after it had ``version`` (from the stream's
    updates): what an offline edit based on that version may overlap with."""
    stmt = select(DomainEvent.after).where(
        DomainEvent.entity_type == entity_type,
        DomainEvent.entity_id == entity_id,
        DomainEvent.operation == Operation.UPDATED.value,
        DomainEvent.version > version,
    )
    changed: set[str] = set()
    for after in (await session.scalars(stmt)).all():
        changed.update(after or {})
    return changed - {"version", "updated_at"}

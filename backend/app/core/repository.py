"""The repository base every domain starts from: scoped statements, 404s, keyset pages."""

from __future__ import annotations

import functools
import uuid
from collections.abc import Awaitable, Callable, Collection, Mapping, Sequence
from enum import Enum
from typing import Any, Generic, NamedTuple, NoReturn, TypeVar, cast

from sqlalchemy import ARRAY, Select, String, any_, bindparam, event, func, literal, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session, SessionTransaction, make_transient_to_detached
from sqlalchemy.orm.interfaces import ORMOption

from app.core import events
from app.core.access import Principal, scope_clause
from app.core.bulk_insert import inserts_together, staged_inserts
from app.core.db import Entity, any_of_ids
from app.core.errors import AppError, Conflict, NotFound
from app.core.events import DomainEvent
from app.core.pagination import ListParams, SortOrder, apply_keyset, split_page
from app.core.reads import ReadModel, read_one, read_page, read_rows

M = TypeVar("M", bound=Entity)
S = TypeVar("S")


def violated_constraint(error: IntegrityError) -> str | None:
    """The name of the constraint a refused write broke (a unique key two concurrent
    creates both passed the check for), so the domain answers its own 409."""
    cause = getattr(error.orig, "__cause__", None) or error.orig
    name = getattr(cause, "constraint_name", None)
    return str(name) if name else None


# The rows this session's transaction holds locked (``FOR UPDATE``), by (model, id): a
# row locked and read once cannot change under the lock, so locking it again in the same
# transaction need not read it again.
_LOCKED_ROWS = "locked_rows"


@event.listens_for(Session, "after_transaction_end")
def _forget_locked_rows(session: Session, transaction: SessionTransaction) -> None:
    # The transaction's end forgets them, and so does a savepoint's (a rolled-back
    # savepoint gives back the locks taken after it): at worst a row is locked and read
    # again. A flush's inner subtransaction changes nothing.
    if transaction.parent is None or transaction.nested:
        session.info.pop(_LOCKED_ROWS, None)


class Saved(NamedTuple, Generic[M]):
    """A create's result: the record, and whether this call made it (201) or replayed (200)."""

    entity: M
    created: bool


# Ids as one array parameter (``= ANY(:ids)``): one statement text whatever their
# number, so SQLAlchemy compiles it once and PostgreSQL keeps its plan.
_IDS = any_of_ids("ids")


def _ids(ids: Collection[uuid.UUID]) -> dict[str, list[uuid.UUID]]:
    return {"ids": sorted(set(ids))}


# Statements no caller changes, by (name, repository class): ``once_for_all``.
_SHARED_STATEMENTS: dict[tuple[str, type], Any] = {}


F = TypeVar("F", bound=Callable[..., Any])


def flag_filters_built_once(filtered: F) -> F:
    """For a repository's ``filtered(**filters)`` that depends on nothing but the caller
    and its filters (no clock): a call whose every filter is unset, a flag or an enum
    (a few shapes per list, the unfiltered first page most of all) answers a statement
    built once per caller, so SQLAlchemy neither builds it nor computes its cache key
    again (a tenth of a page's Python). Other values (a search text, an id) are built
    per call, as before: keeping them would fill the caller's cache."""

    @functools.wraps(filtered)
    def once_per_shape(self: ScopedRepository[Any], **filters: Any) -> Any:
        if all(value is None or isinstance(value, bool | Enum) for value in filters.values()):
            name = f"{filtered.__name__}:{sorted(filters.items())!r}"
            return self.once(name, lambda: filtered(self, **filters))
        return filtered(self, **filters)

    return cast(F, once_per_shape)


class ScopedRepository(Generic[M]):
    """Queries of one model, always filtered by the caller's scope.

    Anything that must bypass the scope is a method named ``unscoped_...`` so it
    stands out in review.
    """

    model: type[M]
    not_found: type[NotFound] = NotFound
    # Unique keys by constraint name, with the domain's 409 for each: a concurrent twin
    # that passed the same "is it taken?" check gets the same answer from the write path.
    unique_conflicts: Mapping[str, Callable[[], Exception]] = {}

    def __init__(self, session: AsyncSession, principal: Principal) -> None:
        self.session = session
        self.principal = principal

    def scoped(self) -> Select[M]:
        """The model's rows the caller may see (the statement built once per caller)."""
        model, principal = self.model, self.principal
        return principal.clause(
            ("scoped", model), lambda: select(model).where(scope_clause(model, principal))
        )

    def once(self, name: str, build: Callable[[], S]) -> S:
        """A statement of this repository for this caller (it holds their scope), built
        once (``name`` names it): its values come as ``bindparam``s at execution, so
        SQLAlchemy neither builds it nor computes its cache key again (that was a tenth
        of a write's Python). Keyed by the repository class, whose ``scoped`` may differ
        from another's over the same model."""
        return self.principal.clause((name, type(self)), build)

    def once_for_all(self, name: str, build: Callable[[], S]) -> S:
        """``once`` for a statement that does not depend on the caller (an ``unscoped``
        one): one per repository class, for everybody."""
        key = (name, type(self))
        statement = _SHARED_STATEMENTS.get(key)
        if statement is None:
            statement = _SHARED_STATEMENTS[key] = build()
        return cast(S, statement)

    def _by_id(self) -> Select[M]:
        model = self.model
        return self.once("by_id", lambda: self.scoped().where(model.id == bindparam("entity_id")))

    async def in_position_order(self, parent: Any, parent_id: uuid.UUID) -> list[M]:
        """The visible rows whose ``parent`` column is ``parent_id`` (a document's lines,
        an owner's to-dos) in ``position`` order, then by id."""
        model: Any = self.model
        stmt = self.once(
            f"in_position_order:{parent.key}",
            lambda: (
                self.scoped()
                .where(parent == bindparam("parent_id"))
                .order_by(model.position, model.id)
            ),
        )
        return list((await self.session.scalars(stmt, {"parent_id": parent_id})).all())

    async def get(self, entity_id: uuid.UUID, *options: ORMOption) -> M | None:
        stmt = self._by_id()
        if options:
            stmt = stmt.options(*options)
        return (await self.session.scalars(stmt, {"entity_id": entity_id})).one_or_none()

    async def get_or_404(self, entity_id: uuid.UUID, *options: ORMOption) -> M:
        entity = await self.get(entity_id, *options)
        if entity is None:
            raise self.not_found()
        return entity

    async def get_locked_or_404(self, entity_id: uuid.UUID) -> M:
        """The record as committed now, its row locked (``FOR UPDATE``) until the
        transaction ends: concurrent actions on one record take turns, the second
        deciding from the first's result. Not visible: this domain's 404."""
        stmt = self.once(
            "locked_by_id",
            lambda: self._by_id().with_for_update().execution_options(populate_existing=True),
        )
        entity = (await self.session.scalars(stmt, {"entity_id": entity_id})).one_or_none()
        if entity is None:
            raise self.not_found()
        self.session.info.setdefault(_LOCKED_ROWS, set()).add((self.model, entity_id))
        return entity

    async def lock_row(self, entity: M) -> M:
        """``entity`` locked as ``get_locked_or_404`` does; one this transaction has
        locked already (a route's dependency locks what its action changes) is answered
        as it is, without reading it again."""
        if (self.model, entity.id) in self.session.info.get(_LOCKED_ROWS, ()) and (
            entity in self.session
        ):
            return entity
        return await self.get_locked_or_404(entity.id)

    async def by_external_id(self, external_id: str, *options: ORMOption) -> M | None:
        """The visible record an integration names by its own id (models with a unique
        ``external_id``; core/upsert.py)."""
        column = self.model.external_id  # type: ignore[attr-defined]
        stmt = self.scoped().where(column == external_id).options(*options)
        return (await self.session.scalars(stmt)).one_or_none()

    async def id_by_external_id(self, external_id: str) -> uuid.UUID:
        """The id of the visible record an integration names by its own id, or this
        domain's 404 (``GET …/by-external-id/{id}``)."""
        column = self.model.external_id  # type: ignore[attr-defined]
        found = await self.session.scalar(
            self.scoped().with_only_columns(self.model.id).where(column == external_id)
        )
        if found is None:
            raise self.not_found()
        return found

    async def unscoped_external_id_taken(
        self, external_id: str, *, other_than: uuid.UUID | None = None
    ) -> bool:
        """Whether any record, seen by the caller or not, holds ``external_id`` (a create
        or an upsert naming an id taken out of sight is its domain's 409, never a leak)."""
        column = self.model.external_id  # type: ignore[attr-defined]
        stmt = select(self.model.id).where(column == external_id)
        if other_than is not None:
            stmt = stmt.where(self.model.id != other_than)
        return (await self.session.scalar(stmt.limit(1))) is not None

    async def with_external_ids(
        self, external_ids: Collection[str], *options: ORMOption
    ) -> tuple[dict[str, M], set[str]]:
        """The visible records with these external ids (by external id), and the ids
        held by records the caller may not see: an import's chunk looked up in two
        statements (plus ``options``' loads) instead of two per record."""
        if not external_ids:
            return {}, set()
        column = self.model.external_id  # type: ignore[attr-defined]
        wanted = column == any_(literal(sorted(set(external_ids)), ARRAY(String())))
        # All holders first, then the visible ones: a record committed between the two
        # reads is then seen as visible, never as held out of sight.
        taken = set((await self.session.scalars(select(column).where(wanted))).all())
        stmt = self.scoped().where(wanted).options(*options)
        visible = {entity.external_id: entity for entity in await self.session.scalars(stmt)}  # type: ignore[attr-defined]
        return visible, taken - set(visible)

    async def by_external_ids(self, external_ids: Collection[str]) -> dict[str, uuid.UUID]:
        """The visible records among these external ids, by external id (one statement:
        an import's references)."""
        if not external_ids:
            return {}
        column = self.model.external_id  # type: ignore[attr-defined]
        stmt = (
            self.scoped()
            .with_only_columns(column, self.model.id)
            .where(column == any_(literal(sorted(set(external_ids)), ARRAY(String()))))
        )
        return {row[0]: row[1] for row in (await self.session.execute(stmt)).all()}

    # --- the read path (core/reads/): answers built from rows, one statement each

    async def read_page(
        self,
        read_model: ReadModel,
        stmt: Select[Any],
        params: ListParams,
        *,
        fields: str | None = None,
    ) -> bytes:
        """A keyset page of ``stmt`` (scoped and filtered) as the answer's bytes."""
        return await read_page(
            self.session, self.principal, read_model, stmt, params, fields=fields
        )

    async def read_item(
        self, read_model: ReadModel, entity_id: uuid.UUID, *, fields: str | None = None
    ) -> dict[str, Any]:
        """One visible record as the answer's item, or this domain's 404."""
        item = await read_one(
            self.session, self.principal, read_model, self.scoped(), entity_id, fields=fields
        )
        if item is None:
            raise self.not_found()
        return item

    async def read_items(
        self, read_model: ReadModel, stmt: Select[Any], *, fields: str | None = None
    ) -> list[dict[str, Any]]:
        """Every row of a bounded statement (ordered and limited by the caller) as items."""
        return await read_rows(self.session, self.principal, read_model, stmt, fields=fields)

    async def count(self, stmt: Select[Any]) -> int:
        """How many rows ``stmt`` (scoped and filtered) selects: one COUNT in SQL, over
        the statement's own WHERE (its ORDER BY and LIMIT dropped)."""
        counted = stmt.with_only_columns(func.count(), maintain_column_froms=True).order_by(None)
        return int((await self.session.scalar(counted.limit(None))) or 0)

    async def many(self, entity_ids: Collection[uuid.UUID], *options: ORMOption) -> list[M]:
        """The visible records among ``entity_ids`` (one statement; unknown ids dropped)."""
        if not entity_ids:
            return []
        model = self.model
        stmt = self.once("among_ids", lambda: self.scoped().where(model.id == _IDS))
        if options:
            stmt = stmt.options(*options)
        return list((await self.session.scalars(stmt, _ids(entity_ids))).all())

    async def visible_among(self, entity_ids: Collection[uuid.UUID]) -> set[uuid.UUID]:
        """Which of ``entity_ids`` the caller may see (one statement)."""
        if not entity_ids:
            return set()
        model = self.model
        stmt = self.once(
            "visible_among_ids",
            lambda: self.scoped().with_only_columns(model.id).where(model.id == _IDS),
        )
        return set((await self.session.scalars(stmt, _ids(entity_ids))).all())

    async def find_replayed_create(
        self, client_id: uuid.UUID | None, *options: ORMOption
    ) -> M | None:
        """A create repeated with the same client id returns the first record. Only the
        caller's own creation replays, even when it has moved out of their sight since
        (a lead routed to another engineer); anyone else's record with this id is a
        conflict that says nothing about it."""
        if client_id is None:
            return None
        found = (await self.find_replayed_creates({client_id}, *options)).get(client_id)
        if isinstance(found, Conflict):
            raise found
        return found

    async def find_replayed_creates(
        self, client_ids: Collection[uuid.UUID], *options: ORMOption
    ) -> dict[uuid.UUID, M | Conflict]:
        """``find_replayed_create`` for many client ids at once (three statements at
        most): each id taken already answers the caller's own record (a replay) or the
        conflict that says nothing about someone else's."""
        if not client_ids:
            return {}
        model = self.model
        taken_stmt = self.once_for_all(
            "taken_ids", lambda: select(model.id).where(model.id == _IDS)
        )
        taken = set((await self.session.scalars(taken_stmt, _ids(client_ids))).all())
        if not taken:
            return {}
        actor = self.principal.api_key_id or self.principal.user_id
        mine: set[uuid.UUID] = set()
        if actor is not None:
            created = self.once_for_all(
                "created_by_actor",
                lambda: select(DomainEvent.entity_id).where(
                    DomainEvent.entity_type == model.__tablename__,
                    DomainEvent.entity_id == _IDS,
                    DomainEvent.operation == events.Operation.CREATED,
                    DomainEvent.actor_id == bindparam("actor_id"),
                ),
            )
            values = {**_ids(taken), "actor_id": actor}
            mine = set((await self.session.scalars(created, values)).all())
        found: dict[uuid.UUID, M | Conflict] = {
            entity_id: Conflict("This id is already used", code="id_taken")
            for entity_id in taken - mine
        }
        if mine:
            stmt = self.once_for_all("unscoped_ids", lambda: select(model).where(model.id == _IDS))
            if options:
                stmt = stmt.options(*options)
            found.update({e.id: e for e in await self.session.scalars(stmt, _ids(mine))})
        return found

    async def page(
        self,
        stmt: Select[M],
        *,
        order: SortOrder,
        limit: int,
        cursor: str | None,
        options: Sequence[ORMOption] = (),
    ) -> tuple[list[M], str | None]:
        stmt = apply_keyset(
            stmt, order=order, id_column=self.model.id, cursor=cursor, limit=limit
        ).options(*options)
        rows = list((await self.session.scalars(stmt)).all())
        return split_page(rows, order=order, limit=limit, sort_attr=order.column.key)

    # --- the write path: every domain writes through these, and the session hook in
    # ``core/events.py`` turns each flushed change into its event (audit, timeline, feed).

    async def create_once(
        self,
        client_id: uuid.UUID | None,
        build: Callable[[], Awaitable[M]],
        *options: ORMOption,
    ) -> Saved[M]:
        """Create what ``build`` makes, unless this client id was created before: then
        answer that record (a retried create never duplicates). ``build`` holds the
        domain's rules and runs only for a new record."""
        if replayed := await self.find_replayed_create(client_id, *options):
            return Saved(replayed, created=False)
        entity = await build()
        if client_id is not None:
            entity.id = client_id
        await self.insert(entity)
        return Saved(entity, created=True)

    async def create_many(
        self,
        client_ids: Sequence[uuid.UUID | None],
        build: Callable[[list[int]], Awaitable[list[M | AppError]]],
    ) -> list[Saved[M] | AppError]:
        """``create_once`` for a set (a pushed batch): the client ids created before are
        found in one go and answer their first record; ``build`` gets the positions of
        the others (in order, checking them together: its statements are per set, not
        per record) and answers, for each, the record to insert or the error refusing
        it alone. The new records are inserted at once (``insert_many``). A client id
        given twice is created once and answers the first record the second time."""
        # (Inside ``inserts_together``, an id created before fails the set's insert.)
        replayed = (
            await self.find_replayed_creates({c for c in client_ids if c is not None})
            if staged_inserts(self.session) is None
            else {}
        )
        results: list[Saved[M] | AppError | None] = [None] * len(client_ids)
        fresh: list[int] = []
        first_of: dict[uuid.UUID, int] = {}
        repeats: list[tuple[int, int]] = []
        for index, client_id in enumerate(client_ids):
            earlier = replayed.get(client_id) if client_id is not None else None
            if isinstance(earlier, Conflict):
                results[index] = earlier
            elif earlier is not None:
                results[index] = Saved(earlier, created=False)
            elif client_id is not None and client_id in first_of:
                repeats.append((index, first_of[client_id]))
            else:
                if client_id is not None:
                    first_of[client_id] = index
                fresh.append(index)
        built = await build(fresh) if fresh else []
        entities: list[M] = []
        for index, made in zip(fresh, built, strict=True):
            if isinstance(made, AppError):
                results[index] = made
                continue
            client_id = client_ids[index]
            if client_id is not None:
                made.id = client_id
            entities.append(made)
            results[index] = Saved(made, created=True)
        for index, first in repeats:
            answer = results[first]
            if isinstance(answer, Saved):
                answer = Saved(answer.entity, created=False)
            results[index] = answer
        await self.insert_many(entities)
        assert all(result is not None for result in results)
        return results  # type: ignore[return-value]

    async def insert_many(self, entities: Sequence[M]) -> None:
        """Insert many new rows at once: in one flush (the ORM writes them per table in
        multi-row statements; the session hook writes one event per row), or, inside
        ``core.bulk_insert.inserts_together``, staged to be written with the rest."""
        staged = staged_inserts(self.session)
        if staged is not None:
            staged.extend(entities)
        elif entities:
            self.session.add_all(entities)
            await self._flush_unique()

    async def insert(self, entity: M) -> M:
        self.session.add(entity)
        await self._flush_unique()
        return entity

    async def insert_together(self, entities: Sequence[Entity]) -> None:
        """New records written at once, after what the session holds pending: one
        INSERT per table and one for their ``created`` events (``core.bulk_insert``),
        not the unit of work's bookkeeping row by row. The records hold what was written
        but stay out of the session (read them back from the database). A unique key
        taken is the domain's 409, as for ``insert``."""
        try:
            async with inserts_together(self.session):
                staged = staged_inserts(self.session)
                assert staged is not None
                staged.extend(entities)
        except IntegrityError as error:
            self._refuse_conflict(error)

    async def insert_with(self, entity: M, children: Sequence[Entity] = ()) -> M:
        """A new record and its new children (a document's lines, set on their
        relationship to it: ``line.quote = quote``) written at once
        (``insert_together``). The record then joins the session as if read (the
        children stay out): a caller that goes on changing it (the demo backdating an
        order, an action on the new quote) has its changes written at the next flush."""
        await self.insert_together([entity, *children])
        make_transient_to_detached(entity)
        self.session.add(entity)
        return entity

    def add(self, entity: M) -> M:
        """Stage a row written at the next flush (children of a record being saved)."""
        self.session.add(entity)
        return entity

    async def update(self, entity: M, changes: Mapping[str, Any]) -> M:
        for name, value in changes.items():
            setattr(entity, name, value)
        await self._flush_unique()
        return entity

    async def _flush_unique(self) -> None:
        try:
            await self.session.flush()
        except IntegrityError as error:
            self._refuse_conflict(error)

    def _refuse_conflict(self, error: IntegrityError) -> NoReturn:
        """The domain's 409 for the unique key ``error`` broke; anything else as it is."""
        conflict = self.unique_conflicts.get(violated_constraint(error) or "")
        if conflict is None:
            raise error
        raise conflict() from None

    async def set_archived(self, entity: M, archived: bool, *, event_name: str) -> M:
        """Archive (or restore): the record stays, lists leave it out, and the change
        feed hands a tombstone to clients holding a copy."""
        if getattr(entity, "is_archived") == archived:  # noqa: B009
            return entity
        events.note(entity, f"{event_name}.{'archived' if archived else 'unarchived'}")
        entity.is_archived = archived  # type: ignore[attr-defined]
        await self.session.flush()
        return entity

    async def delete(self, entity: M) -> None:
        """Delete for good: only rows no client keeps a copy of (rules, settings)."""
        await self.session.delete(entity)
        await self.session.flush()

    async def flush(self) -> None:
        await self.session.flush()

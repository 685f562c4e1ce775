"""The repository base every domain starts from: scoped statements, 404s, keyset pages."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable, Collection, Mapping, Sequence
from typing import Any, Generic, NamedTuple, TypeVar

from sqlalchemy import Select, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm.interfaces import ORMOption

from app.core import events
from app.core.access import Principal, scope_clause
from app.core.db import Entity
from app.core.errors import Conflict, NotFound
from app.core.events import DomainEvent
from app.core.pagination import ListParams, SortOrder, apply_keyset, split_page
from app.core.reads import ReadModel, read_one, read_page, read_rows

M = TypeVar("M", bound=Entity)


def violated_constraint(error: IntegrityError) -> str | None:
    """The name of the constraint a refused write broke (a unique key two concurrent
    creates both passed the check for), so the domain answers its own 409."""
    cause = getattr(error.orig, "__cause__", None) or error.orig
    name = getattr(cause, "constraint_name", None)
    return str(name) if name else None


class Saved(NamedTuple, Generic[M]):
    """A create's result: the record, and whether this call made it (201) or replayed (200)."""

    entity: M
    created: bool


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
        return select(self.model).where(scope_clause(self.model, self.principal))

    async def get(self, entity_id: uuid.UUID, *options: ORMOption) -> M | None:
        stmt = self.scoped().where(self.model.id == entity_id).options(*options)
        return (await self.session.scalars(stmt)).one_or_none()

    async def get_or_404(self, entity_id: uuid.UUID, *options: ORMOption) -> M:
        entity = await self.get(entity_id, *options)
        if entity is None:
            raise self.not_found()
        return entity

    # --- the read path (core/reads.py): answers built from rows, one statement each

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
        stmt = self.scoped().where(self.model.id.in_(list(entity_ids))).options(*options)
        return list((await self.session.scalars(stmt)).all())

    async def unscoped_exists(self, entity_id: uuid.UUID) -> bool:
        """Whether an id is taken at all (for client-supplied ids), whoever owns it."""
        stmt = select(self.model.id).where(self.model.id == entity_id)
        return (await self.session.scalar(stmt)) is not None

    async def find_replayed_create(
        self, client_id: uuid.UUID | None, *options: ORMOption
    ) -> M | None:
        """A create repeated with the same client id returns the first record."""
        if client_id is None or not await self.unscoped_exists(client_id):
            return None
        # Only the caller's own creation replays, even when it has moved out of their
        # sight since (a lead routed to another engineer); anyone else's record with
        # this id is a conflict that says nothing about it.
        if await self._created_by_caller(client_id):
            stmt = select(self.model).where(self.model.id == client_id).options(*options)
            return (await self.session.scalars(stmt)).one()
        raise Conflict("This id is already used", code="id_taken")

    async def _created_by_caller(self, entity_id: uuid.UUID) -> bool:
        actor = self.principal.api_key_id or self.principal.user_id
        if actor is None:
            return False
        stmt = select(DomainEvent.seq).where(
            DomainEvent.entity_type == self.model.__tablename__,
            DomainEvent.entity_id == entity_id,
            DomainEvent.operation == events.Operation.CREATED,
            DomainEvent.actor_id == actor,
        )
        return (await self.session.scalar(stmt.limit(1))) is not None

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

    async def insert(self, entity: M) -> M:
        self.session.add(entity)
        await self._flush_unique()
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
            conflict = self.unique_conflicts.get(violated_constraint(error) or "")
            if conflict is None:
                raise
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

"""The repository base every domain starts from: scoped statements, 404s, keyset pages."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Generic, NamedTuple, TypeVar

from sqlalchemy import Select, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm.interfaces import ORMOption

from app.core.access import Principal, scope_clause
from app.core.audit import AuditEntry
from app.core.db import Entity
from app.core.errors import Conflict, NotFound
from app.core.pagination import SortOrder, apply_keyset, split_page

M = TypeVar("M", bound=Entity)


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

    async def unscoped_exists(self, entity_id: uuid.UUID) -> bool:
        """Whether an id is taken at all (for client-supplied ids), whoever owns it."""
        stmt = select(self.model.id).where(self.model.id == entity_id)
        return (await self.session.scalar(stmt)) is not None

    async def find_replayed_create(
        self, client_id: uuid.UUID | None, *options: ORMOption
    ) -> M | None:
        """A create repeated with the same client id returns the first record.

        The id of someone else's record is a conflict, and says nothing about that record.
        """
        if client_id is None:
            return None
        existing = await self.get(client_id, *options)
        if existing is not None or not await self.unscoped_exists(client_id):
            return existing
        # The caller made it, but it has moved out of their sight since (a lead routed to
        # another engineer): their retry still gets the first answer, not a conflict.
        if await self._created_by_caller(client_id):
            stmt = select(self.model).where(self.model.id == client_id).options(*options)
            return (await self.session.scalars(stmt)).one()
        raise Conflict("This id is already used", code="id_taken")

    async def _created_by_caller(self, entity_id: uuid.UUID) -> bool:
        if self.principal.user_id is None:
            return False
        stmt = select(AuditEntry.id).where(
            AuditEntry.entity_type == self.model.__tablename__,
            AuditEntry.entity_id == entity_id,
            AuditEntry.action == "create",
            AuditEntry.actor_id == self.principal.user_id,
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

    def add(self, entity: M) -> M:
        self.session.add(entity)
        return entity

    async def flush(self) -> None:
        await self.session.flush()

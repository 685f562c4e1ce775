"""Every query of the privacy domain: the erasure records, and a person's data wherever
the domains declared it (``core/personal_data.py``), in the stream's events and in the
Idempotency-Key store.

The person's data is read across every owner and team (the caller is an admin, and an
erasure must reach rows no admin lists: someone's notifications), so those queries are
``unscoped_``.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Mapping, Sequence
from typing import Any

from sqlalchemy import (
    JSON,
    ColumnElement,
    LargeBinary,
    Select,
    Text,
    and_,
    bindparam,
    cast,
    false,
    or_,
    select,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.events import DomainEvent
from app.core.idempotency import IdempotencyRecord
from app.core.pagination import SortOptions
from app.core.personal_data import Copies, Found, SubjectKind, SubjectRecord
from app.core.reads import ReadModel
from app.core.repository import ScopedRepository
from app.privacy.errors import ErasureNotFound, ErasureRaced
from app.privacy.models import Erasure
from app.privacy.schemas import ErasureRead

ERASURE_READ = ReadModel(Erasure, ErasureRead)
ERASURE_SORT = SortOptions("-created_at", created_at=Erasure.created_at)


class ErasureRepository(ScopedRepository[Erasure]):
    model = Erasure
    not_found = ErasureNotFound
    # Two requests erasing one person at once: the second waits on the person's row and
    # then finds the first's erasure; this only answers a twin that slipped past.
    unique_conflicts = {"uq_privacy_erasures_kind_subject_id": ErasureRaced}

    def filtered(self, *, kind: SubjectKind | None, subject_id: uuid.UUID | None) -> Select[Any]:
        stmt = self.scoped()
        if kind is not None:
            stmt = stmt.where(Erasure.kind == kind)
        if subject_id is not None:
            stmt = stmt.where(
                or_(
                    Erasure.subject_id == subject_id,
                    Erasure.also_erased.contains([{"id": str(subject_id)}]),
                )
            )
        return stmt

    async def covering(self, subjects: Collection[tuple[SubjectKind, uuid.UUID]]) -> list[Erasure]:
        """The erasures of any of these records, erased themselves or with the same
        person's other record, oldest first."""
        if not subjects:
            return []
        clauses = [
            or_(
                and_(Erasure.kind == kind, Erasure.subject_id == subject_id),
                Erasure.also_erased.contains([{"kind": kind.value, "id": str(subject_id)}]),
            )
            for kind, subject_id in subjects
        ]
        stmt = self.scoped().where(or_(*clauses)).order_by(Erasure.created_at, Erasure.id)
        return list((await self.session.scalars(stmt)).all())


# --- a person's data, wherever it was declared ------------------------------------------


def _as_text(column: Any) -> ColumnElement[str]:
    """A column as text to look for a value in: JSON as PostgreSQL prints JSONB (escapes
    of the stored JSON text undone, so "José" is found however it was written)."""
    kind = column.type
    if isinstance(kind, JSONB):
        return cast(column, Text)
    if isinstance(kind, JSON):
        return cast(cast(column, JSONB), Text)
    return column  # type: ignore[no-any-return]


def _mentioning(columns: Sequence[Any], patterns: Sequence[str]) -> ColumnElement[bool]:
    """Rows where one of ``columns`` may mention the person (a first filter: the exact
    search is made on what it returns)."""
    if not patterns or not columns:
        return false()
    return or_(
        *(
            _as_text(column).ilike(pattern, escape="\\")
            for column in columns
            for pattern in patterns
        )
    )


class PersonalDataRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def unscoped_subject(
        self, record: SubjectRecord, subject_id: uuid.UUID, *, lock: bool
    ) -> Any | None:
        """The person's record; ``lock``: its row locked until the transaction ends, so
        two erasures of one person take turns."""
        model = record.model
        stmt = select(model).where(model.id == subject_id)
        if lock:
            stmt = stmt.with_for_update().execution_options(populate_existing=True)
        return (await self.session.scalars(stmt)).one_or_none()

    async def unscoped_subjects_naming(
        self, record: SubjectRecord, attribute: str, subject_id: uuid.UUID
    ) -> list[Any]:
        """Records of ``record``'s kind whose ``attribute`` names ``subject_id`` (the leads
        that became a contact)."""
        model = record.model
        stmt = select(model).where(getattr(model, attribute) == subject_id).order_by(model.id)
        return list((await self.session.scalars(stmt)).all())

    async def unscoped_copies(
        self, place: Copies, found: Found, patterns: Sequence[str]
    ) -> list[Any]:
        """The rows of one declared place that are linked to the person, or that may
        mention them among the rows of their customers or the records found so far."""
        model = place.model
        linked = [
            column.in_(found.of(kind)) for kind, column in place.linked.items() if found.of(kind)
        ]
        near: list[ColumnElement[bool]] = []
        if place.customer is not None and found.customers:
            near.append(place.customer.in_(found.customers))
        if place.about is not None and found.records:
            near.append(place.about.in_(found.records))
        if place.related is not None:
            near.append(place.related(found))
        columns = [getattr(model, name) for name in place.mentions]
        wanted = [*linked]
        if near:
            wanted.append(and_(or_(*near), _mentioning(columns, patterns)))
        if not wanted:
            return []
        stmt = select(model).where(or_(*wanted)).order_by(model.id)
        return list((await self.session.scalars(stmt)).all())

    async def unscoped_events(
        self,
        *,
        whole: Mapping[str, Collection[uuid.UUID]],
        near: Mapping[str, Collection[uuid.UUID]],
        customers: Collection[uuid.UUID],
        patterns: Sequence[str],
    ) -> list[DomainEvent]:
        """Events of the stream holding the person's data, in stream order: every event
        of the records in ``whole`` (by table: the person's own, the activities with
        them), and those of the records in ``near`` or of their customers that may
        mention them."""
        clauses = [
            and_(DomainEvent.entity_type == table, DomainEvent.entity_id.in_(ids))
            for table, ids in sorted(whole.items())
            if ids
        ]
        around = [
            and_(DomainEvent.entity_type == table, DomainEvent.entity_id.in_(ids))
            for table, ids in sorted(near.items())
            if ids
        ]
        if customers:
            around.append(DomainEvent.customer_id.in_(customers))
        if around:
            texts = [DomainEvent.label, DomainEvent.before, DomainEvent.after, DomainEvent.data]
            clauses.append(and_(or_(*around), _mentioning(texts, patterns)))
        if not clauses:
            return []
        stmt = select(DomainEvent).where(or_(*clauses)).order_by(DomainEvent.seq)
        return list((await self.session.scalars(stmt)).all())

    async def unscoped_stored_answers(self, needles: Sequence[bytes]) -> list[IdempotencyRecord]:
        """Answers kept for an Idempotency-Key replay (a few days) holding any of the
        ``needles`` (the person's values as bytes): nothing links them to a record, so
        the store is searched whole."""
        if not needles:
            return []
        found = [
            text(f"position(:needle_{n} IN idempotency_keys.body) > 0").bindparams(
                bindparam(f"needle_{n}", needle, type_=LargeBinary)
            )
            for n, needle in enumerate(needles)
        ]
        stmt = select(IdempotencyRecord).where(or_(*found)).order_by(IdempotencyRecord.id)
        return list((await self.session.scalars(stmt)).all())

    async def flush(self) -> None:
        await self.session.flush()

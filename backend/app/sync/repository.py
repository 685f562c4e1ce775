"""The change feed's reads of the event stream, in commit order and scoped: an event is
the caller's when its record was visible to them just before or just after it (by the
record's own scoping rule applied to the keys the event kept)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, false, or_, select, true
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.access import Principal, scope_rule
from app.core.events import DomainEvent, Position, committed_after, tracked_models

E = DomainEvent


@dataclass(frozen=True)
class FeedEvent:
    txid: int
    seq: int
    feed_entity: str
    feed_id: uuid.UUID
    operation: str
    type: str


class ChangeFeedRepository:
    def __init__(self, session: AsyncSession, principal: Principal) -> None:
        self.session = session
        self.principal = principal

    def _visible(self, entities: set[str]) -> ColumnElement[bool]:
        """The events of ``entities`` the caller sees, built once per caller and set of
        entities (a clause per tracked model: building it cost a page a tenth of its
        time)."""
        return self.principal.clause(("feed", frozenset(entities)), lambda: self._built(entities))

    def _built(self, entities: set[str]) -> ColumnElement[bool]:
        clauses = []
        for model, tracked in tracked_models().items():
            if tracked.feed is None or tracked.feed not in entities:
                continue
            rule = scope_rule(model)
            if rule.shape in ("owner", "owner_or_territory", "personal"):
                after = rule.over(owner=E.owner_id, territory=E.territory_id)(self.principal)
                before = rule.over(owner=E.prev_owner_id, territory=E.prev_territory_id)(
                    self.principal
                )
                visible: ColumnElement[bool] = or_(after, before)
            elif rule.shape == "parent":
                visible = rule.over(parent=E.parent_id)(self.principal)
            else:
                visible = true()
            clauses.append(and_(E.entity_type == model.__tablename__, visible))
        return or_(*clauses) if clauses else false()

    async def page(
        self, after: Position | None, *, entities: set[str], limit: int
    ) -> list[FeedEvent]:
        stmt = (
            select(E.txid, E.seq, E.feed_entity, E.feed_id, E.operation, E.type)
            .where(committed_after(after), E.feed_id.is_not(None), self._visible(entities))
            .order_by(E.txid, E.seq)
            .limit(limit)
        )
        rows = (await self.session.execute(stmt)).all()
        return [FeedEvent(*row) for row in rows]  # type: ignore[arg-type]

    async def head(self, after: Position | None) -> Position | None:
        """The newest position a reader may hand out now (None: nothing after ``after``)."""
        stmt = (
            select(E.txid, E.seq)
            .where(committed_after(after))
            .order_by(E.txid.desc(), E.seq.desc())
            .limit(1)
        )
        row = (await self.session.execute(stmt)).first()
        return (row[0], row[1]) if row else None

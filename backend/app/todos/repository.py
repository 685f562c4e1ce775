from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Select, func, select

from app.core.pagination import SortOptions
from app.core.reads import ReadModel
from app.core.repository import ScopedRepository
from app.todos.errors import TodoNotFound
from app.todos.models import Todo
from app.todos.schemas import TodoRead

TODO_READ = ReadModel(Todo, TodoRead)
TODO_SORT = SortOptions("position", position=Todo.position, created_at=Todo.created_at)


class TodoRepository(ScopedRepository[Todo]):
    model = Todo
    not_found = TodoNotFound

    def filtered(
        self,
        *,
        is_done: bool | None = None,
        due_before: date | None = None,
        customer_id: uuid.UUID | None = None,
        lead_id: uuid.UUID | None = None,
        opportunity_id: uuid.UUID | None = None,
    ) -> Select[Todo]:
        stmt = self.scoped()
        for column, value in (
            (Todo.is_done, is_done),
            (Todo.customer_id, customer_id),
            (Todo.lead_id, lead_id),
            (Todo.opportunity_id, opportunity_id),
        ):
            if value is not None:
                stmt = stmt.where(column == value)
        if due_before is not None:
            stmt = stmt.where(Todo.due_date < due_before)
        return stmt

    async def edge_position(self, owner_id: uuid.UUID, *, last: bool) -> float | None:
        """The highest (``last``) or lowest position in the owner's list."""
        edge = func.max(Todo.position) if last else func.min(Todo.position)
        return await self.session.scalar(select(edge).where(Todo.owner_id == owner_id))

    async def next_position(self, todo: Todo, *, skipping: uuid.UUID) -> float | None:
        """The position of the to-do that follows ``todo`` in its owner's list."""
        stmt = (
            select(Todo.position)
            .where(
                Todo.owner_id == todo.owner_id,
                Todo.id != skipping,
                Todo.id != todo.id,
                Todo.position >= todo.position,
            )
            .order_by(Todo.position, Todo.id)
            .limit(1)
        )
        return await self.session.scalar(stmt)

    async def all_of_owner(self, owner_id: uuid.UUID) -> list[Todo]:
        return await self.in_position_order(Todo.owner_id, owner_id)

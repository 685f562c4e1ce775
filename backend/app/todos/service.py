"""To-do rules: a person's own list (no one else sees it), links only to records the
owner may see, and a manual order kept as positions between neighbours."""

from __future__ import annotations

import uuid
from collections.abc import Collection, Sequence
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.access import Principal
from app.core.clock import utcnow
from app.core.db import new_record
from app.core.errors import AppError, Forbidden, InvalidReference
from app.core.feed import FeedRecord, load_feed
from app.core.pagination import ListParams
from app.core.repository import Saved
from app.customers import service as customers
from app.leads import service as leads
from app.opportunities import service as opportunities
from app.todos.models import Todo, TodoPriority
from app.todos.repository import TODO_READ, TODO_SORT, TodoRepository
from app.todos.schemas import TodoCreate, TodoMove, TodoUpdate

__all__ = ["TODO_SORT"]
STEP = 1024.0  # the gap between neighbours a new or moved to-do gets


LINKS = (
    ("customer_id", customers.find_visible),
    ("lead_id", leads.find_visible),
    ("opportunity_id", opportunities.find_visible),
)


async def _link_refusals(
    session: AsyncSession, principal: Principal, values: Sequence[dict[str, Any]]
) -> list[InvalidReference | None]:
    """A linked customer, lead or deal must exist and be visible to the caller: the
    refusal of each set of values (None: its links are fine), one statement per kind
    of link whatever the number of to-dos."""
    visible: dict[str, set[uuid.UUID]] = {}
    for field, find in LINKS:
        wanted = {v[field] for v in values if v.get(field)}
        visible[field] = await find(session, principal, wanted) if wanted else set()
    refusals: list[InvalidReference | None] = []
    for v in values:
        wrong = next((f for f, _ in LINKS if v.get(f) and v[f] not in visible[f]), None)
        refusals.append(InvalidReference(wrong) if wrong else None)
    return refusals


async def _check_links(session: AsyncSession, principal: Principal, values: dict[str, Any]) -> None:
    refusal = (await _link_refusals(session, principal, [values]))[0]
    if refusal is not None:
        raise refusal


def _owner(principal: Principal) -> uuid.UUID:
    if principal.user_id is None:
        raise Forbidden("Only a signed-in user keeps a to-do list", code="todos.not_a_person")
    return principal.user_id


async def create_todo(
    session: AsyncSession, principal: Principal, *, data: TodoCreate
) -> Saved[Todo]:
    saved = (await create_todos(session, principal, data=[data]))[0]
    if isinstance(saved, AppError):
        raise saved
    return saved


async def create_todos(
    session: AsyncSession, principal: Principal, *, data: Sequence[TodoCreate]
) -> list[Saved[Todo] | AppError]:
    """To-dos made together (a pushed batch), each answered alone: made, made before
    (its client id), or the error refusing it. Each goes to the end of the list in
    the order given; the checks take one statement per kind, not per to-do."""
    try:
        owner_id = _owner(principal)
    except Forbidden as refusal:
        return [refusal for _ in data]
    repo = TodoRepository(session, principal)

    async def build(fresh: list[int]) -> list[Todo | AppError]:
        values = [data[i].model_dump(exclude={"id"}, exclude_none=True) for i in fresh]
        refusals = await _link_refusals(session, principal, values)
        position = await repo.edge_position(owner_id, last=True) or 0.0
        made: list[Todo | AppError] = []
        for value, refusal in zip(values, refusals, strict=True):
            if refusal is not None:
                made.append(refusal)
                continue
            position += STEP
            value.setdefault("priority", TodoPriority.NORMAL)
            made.append(new_record(Todo, **value, owner_id=owner_id, position=position))
        return made

    return await repo.create_many([d.id for d in data], build)


async def create_follow_up(
    session: AsyncSession,
    principal: Principal,
    *,
    title: str,
    due_date: Any = None,
    notes: str | None = None,
    customer_id: uuid.UUID | None = None,
) -> Todo:
    """A to-do made as part of another write (a visit report's follow-up)."""
    data = TodoCreate(title=title, due_date=due_date, notes=notes, customer_id=customer_id)
    return (await create_todo(session, principal, data=data)).entity


async def update_todo(
    session: AsyncSession, principal: Principal, todo: Todo, *, data: TodoUpdate
) -> Todo:
    changes = data.model_dump(exclude_unset=True)
    for required in ("title", "priority", "is_done"):
        if required in changes and changes[required] is None:
            raise InvalidReference(required)
    await _check_links(session, principal, changes)
    if "is_done" in changes and changes["is_done"] != todo.is_done:
        changes["done_at"] = utcnow() if changes["is_done"] else None
    return await TodoRepository(session, principal).update(todo, changes)


async def move_todo(
    session: AsyncSession, principal: Principal, todo: Todo, *, data: TodoMove
) -> Todo:
    """Place ``todo`` right after ``after_id`` (first when null): its new position lies
    between its new neighbours', so only this row changes (when the gap is used up,
    the owner's list is renumbered once)."""
    repo = TodoRepository(session, principal)
    if data.after_id == todo.id:
        return todo
    for _ in range(2):
        if data.after_id is None:
            first = await repo.edge_position(todo.owner_id, last=False)
            position = (first if first is not None else 0.0) - STEP
            return await repo.update(todo, {"position": position})
        after = await repo.get(data.after_id)
        if after is None or after.owner_id != todo.owner_id:
            raise InvalidReference("after_id")
        following = await repo.next_position(after, skipping=todo.id)
        if following is None:
            return await repo.update(todo, {"position": after.position + STEP})
        position = (after.position + following) / 2
        if after.position < position < following:
            return await repo.update(todo, {"position": position})
        await _renumber(repo, todo.owner_id)
    raise InvalidReference("after_id")  # pragma: no cover - renumbering always makes room


async def _renumber(repo: TodoRepository, owner_id: uuid.UUID) -> None:
    for index, todo in enumerate(await repo.all_of_owner(owner_id), start=1):
        todo.position = index * STEP
    await repo.flush()


async def delete_todo(session: AsyncSession, principal: Principal, todo: Todo) -> None:
    """Gone for good; the change feed hands the phone a tombstone."""
    await TodoRepository(session, principal).delete(todo)


async def get_todo(session: AsyncSession, principal: Principal, todo_id: uuid.UUID) -> Todo:
    return await TodoRepository(session, principal).get_or_404(todo_id)


async def todos_page(
    session: AsyncSession, principal: Principal, *, params: ListParams, **filters: Any
) -> bytes:
    repo = TodoRepository(session, principal)
    return await repo.read_page(TODO_READ, repo.filtered(**filters), params)


async def todo_item(
    session: AsyncSession, principal: Principal, todo_id: uuid.UUID
) -> dict[str, Any]:
    return await TodoRepository(session, principal).read_item(TODO_READ, todo_id)


async def todo_feed(
    session: AsyncSession, principal: Principal, ids: Collection[uuid.UUID]
) -> list[FeedRecord]:
    return await load_feed(TodoRepository(session, principal), TODO_READ, ids)

"""My to-do list: personal (no one else, not even a head or an admin, sees it)."""

from __future__ import annotations

import uuid

from fastapi import Request, Response

from app.auth.dependencies import DB, requires
from app.core.access import Permission, Principal
from app.core.concurrency import IfMatch, answer_saved, check_if_match, set_etag
from app.core.errors import problem_responses
from app.core.pagination import ListParams, Page, list_params
from app.core.reads import NOT_MODIFIED, dumps, json_answer, version_etag
from app.core.routing import DomainRouter
from app.todos import service
from app.todos.dependencies import TodoFilters, VisibleTodo
from app.todos.schemas import TodoCreate, TodoMove, TodoRead, TodoUpdate

router = DomainRouter(prefix="/todos", tags=["todos"])
READ = {**problem_responses(401, 403, 404, 422), **NOT_MODIFIED}
CREATE = problem_responses(401, 403, 409, 422)
WRITE = problem_responses(401, 403, 404, 409, 412, 422, 428)
CAN_READ = requires(Permission.FIELD_READ)
CAN_WRITE = requires(Permission.FIELD_WRITE)


@router.get("", response_model=Page[TodoRead], responses=READ)
async def list_todos(
    request: Request,
    session: DB,
    filters: TodoFilters,
    principal: Principal = CAN_READ,
    params: ListParams = list_params(service.TODO_SORT),
) -> Response:
    """My to-dos in my order (`sort=position`, the default) or by creation."""
    body = await service.todos_page(session, principal, params=params, **filters)
    return json_answer(request, body)


@router.post("", response_model=TodoRead, status_code=201, responses=CREATE)
async def create_todo(
    body: TodoCreate, response: Response, session: DB, principal: Principal = CAN_WRITE
) -> TodoRead:
    """Add a to-do at the end of my list, optionally linked to a customer, lead or deal
    I may see."""
    saved = await service.create_todo(session, principal, data=body)
    return TodoRead.model_validate(answer_saved(response, saved))


@router.get("/{todo_id:uuid}", response_model=TodoRead, responses=READ)
async def read_todo(
    todo_id: uuid.UUID, request: Request, session: DB, principal: Principal = CAN_READ
) -> Response:
    item = await service.todo_item(session, principal, todo_id)
    return json_answer(request, dumps(item), etag=version_etag(item))


@router.patch("/{todo_id:uuid}", response_model=TodoRead, responses=WRITE)
async def update_todo(
    body: TodoUpdate,
    todo: VisibleTodo,
    response: Response,
    session: DB,
    if_match: IfMatch,
    principal: Principal = CAN_WRITE,
) -> TodoRead:
    """Edit, tick off (`is_done`) or reopen a to-do."""
    check_if_match(if_match, todo.version)
    todo = await service.update_todo(session, principal, todo, data=body)
    set_etag(response, todo.version)
    return TodoRead.model_validate(todo)


@router.post("/{todo_id:uuid}/move", response_model=TodoRead, responses=WRITE)
async def move_todo(
    body: TodoMove,
    todo: VisibleTodo,
    response: Response,
    session: DB,
    principal: Principal = CAN_WRITE,
) -> TodoRead:
    """Move a to-do right after another of mine (`after_id`), or first (null)."""
    todo = await service.move_todo(session, principal, todo, data=body)
    set_etag(response, todo.version)
    return TodoRead.model_validate(todo)


@router.delete("/{todo_id:uuid}", status_code=204, response_class=Response, responses=WRITE)
async def delete_todo(
    todo: VisibleTodo, session: DB, if_match: IfMatch, principal: Principal = CAN_WRITE
) -> Response:
    """Delete a to-do (the phone's copy goes with the next pull, as a tombstone)."""
    check_if_match(if_match, todo.version)
    await service.delete_todo(session, principal, todo)
    return Response(status_code=204)

"""Saved views of the lists (customers, leads, opportunities, activities): a name, the
list's filters and sort. A user sees their own, those their head shared with the team
and those an admin shared with everyone; anything else answers 404. Only the owner
changes or deletes a view (another's shared view is 403). Engineers' views are
personal: `is_shared` from an engineer is a 422 `saved_views.cannot_share`."""

from __future__ import annotations

from fastapi import Response, status

from app.auth.dependencies import DB, CurrentPrincipal
from app.core.concurrency import IfMatch, answer_saved, check_if_match, set_etag
from app.core.errors import problem_responses
from app.core.routing import DomainRouter
from app.saved_views import service
from app.saved_views.dependencies import VisibleView
from app.saved_views.models import ListKey
from app.saved_views.schemas import SavedViewCreate, SavedViewRead, SavedViewUpdate

router = DomainRouter(prefix="/saved-views", tags=["saved-views"])
READ = problem_responses(401, 404, 422)
CREATE = problem_responses(401, 409, 422)
WRITE = problem_responses(401, 403, 404, 409, 412, 422, 428)


@router.get("", response_model=list[SavedViewRead], responses=READ)
async def list_saved_views(
    session: DB, principal: CurrentPrincipal, list_key: ListKey | None = None
) -> list[SavedViewRead]:
    """The views the caller may use, by name (at most a few dozen per list: no pages)."""
    views = await service.list_views(session, principal, list_key=list_key)
    return [SavedViewRead.model_validate(view) for view in views]


@router.post("", response_model=SavedViewRead, status_code=201, responses=CREATE)
async def create_saved_view(
    body: SavedViewCreate, response: Response, session: DB, principal: CurrentPrincipal
) -> SavedViewRead:
    saved = await service.create_view(session, principal, data=body)
    return SavedViewRead.model_validate(answer_saved(response, saved))


@router.get("/{view_id:uuid}", response_model=SavedViewRead, responses=READ)
async def read_saved_view(view: VisibleView, response: Response) -> SavedViewRead:
    set_etag(response, view.version)
    return SavedViewRead.model_validate(view)


@router.patch("/{view_id:uuid}", response_model=SavedViewRead, responses=WRITE)
async def update_saved_view(
    body: SavedViewUpdate,
    view: VisibleView,
    response: Response,
    session: DB,
    if_match: IfMatch,
    principal: CurrentPrincipal,
) -> SavedViewRead:
    check_if_match(if_match, view.version)
    view = await service.update_view(session, principal, view, data=body)
    set_etag(response, view.version)
    return SavedViewRead.model_validate(view)


@router.delete("/{view_id:uuid}", status_code=204, responses=WRITE)
async def delete_saved_view(
    view: VisibleView, session: DB, principal: CurrentPrincipal
) -> Response:
    """Delete for good (a screen setting, not a record anyone keeps)."""
    await service.delete_view(session, principal, view)
    return Response(status_code=status.HTTP_204_NO_CONTENT)

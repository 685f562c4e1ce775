from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Depends

from app.auth.dependencies import DB, CurrentPrincipal
from app.saved_views import service
from app.saved_views.models import SavedView


async def get_view_or_404(
    view_id: uuid.UUID, session: DB, principal: CurrentPrincipal
) -> SavedView:
    return await service.get_view(session, principal, view_id)


VisibleView = Annotated[SavedView, Depends(get_view_or_404)]

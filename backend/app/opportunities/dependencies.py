from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Depends

from app.auth.dependencies import DB, CurrentPrincipal
from app.opportunities import service
from app.opportunities.models import Opportunity


async def get_opportunity_or_404(
    opportunity_id: uuid.UUID, session: DB, principal: CurrentPrincipal
) -> Opportunity:
    return await service.get_opportunity(session, principal, opportunity_id)


VisibleOpportunity = Annotated[Opportunity, Depends(get_opportunity_or_404)]

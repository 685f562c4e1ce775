from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Depends

from app.auth.dependencies import DB, CurrentPrincipal
from app.leads import service
from app.leads.models import Lead


async def get_lead_or_404(lead_id: uuid.UUID, session: DB, principal: CurrentPrincipal) -> Lead:
    return await service.get_lead(session, principal, lead_id)


VisibleLead = Annotated[Lead, Depends(get_lead_or_404)]

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Depends

from app.auth.dependencies import DB, CurrentPrincipal
from app.taxes import service
from app.taxes.models import TaxCategory


async def get_tax_category_or_404(
    tax_category_id: uuid.UUID, session: DB, principal: CurrentPrincipal
) -> TaxCategory:
    return await service.get_tax_category(session, principal, tax_category_id)


VisibleTaxCategory = Annotated[TaxCategory, Depends(get_tax_category_or_404)]

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import Depends

from app.auth.dependencies import DB, CurrentPrincipal
from app.expenses import service
from app.expenses.models import ExpenseReport, ExpenseStatus


async def get_report_or_404(
    expense_report_id: uuid.UUID, session: DB, principal: CurrentPrincipal
) -> ExpenseReport:
    return await service.get_report(session, principal, expense_report_id)


VisibleReport = Annotated[ExpenseReport, Depends(get_report_or_404)]


async def report_filters(
    status: ExpenseStatus | None = None, owner_id: uuid.UUID | None = None
) -> dict[str, Any]:
    return {"status": status, "owner_id": owner_id}


ReportFilters = Annotated[dict[str, Any], Depends(report_filters)]

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import Depends, Query

from app.auth.dependencies import DB, CurrentPrincipal
from app.invoices import service
from app.invoices.models import Invoice, InvoiceKind, InvoiceStatus


async def get_invoice_or_404(
    invoice_id: uuid.UUID, session: DB, principal: CurrentPrincipal
) -> Invoice:
    return await service.get_invoice(session, principal, invoice_id)


VisibleInvoice = Annotated[Invoice, Depends(get_invoice_or_404)]


async def invoice_filters(
    status: InvoiceStatus | None = None,
    kind: InvoiceKind | None = None,
    customer_id: uuid.UUID | None = None,
    territory_id: uuid.UUID | None = None,
    credited_invoice_id: uuid.UUID | None = Query(
        None, description="The credit notes of one invoice"
    ),
    source_document_id: uuid.UUID | None = Query(
        None, description="The invoices made from one document (a sales order)"
    ),
    number: str | None = Query(None, max_length=40),
    overdue: bool | None = Query(
        None, description="Issued or part-paid invoices with money open past their due date"
    ),
) -> dict[str, Any]:
    return {
        "status": status,
        "kind": kind,
        "customer_id": customer_id,
        "territory_id": territory_id,
        "credited_invoice_id": credited_invoice_id,
        "source_document_id": source_document_id,
        "number": number,
        "overdue": overdue,
    }


InvoiceFilters = Annotated[dict[str, Any], Depends(invoice_filters)]

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Depends

from app.auth.dependencies import DB, CurrentPrincipal
from app.customers import service
from app.customers.models import Contact, Customer


async def get_customer_or_404(
    customer_id: uuid.UUID, session: DB, principal: CurrentPrincipal
) -> Customer:
    return await service.get_customer(session, principal, customer_id)


VisibleCustomer = Annotated[Customer, Depends(get_customer_or_404)]


async def visible_customer_id(
    customer_id: uuid.UUID, session: DB, principal: CurrentPrincipal
) -> uuid.UUID:
    return await service.check_visible(session, principal, customer_id)


# For reads of a customer's sub-resources: its visibility checked, nothing loaded.
VisibleCustomerId = Annotated[uuid.UUID, Depends(visible_customer_id)]


async def get_contact_or_404(
    contact_id: uuid.UUID, customer: VisibleCustomer, session: DB, principal: CurrentPrincipal
) -> Contact:
    return await service.get_contact(session, principal, customer, contact_id)


VisibleContact = Annotated[Contact, Depends(get_contact_or_404)]

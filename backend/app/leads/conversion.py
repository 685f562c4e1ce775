"""Converting a lead: customer (new or linked), contact, and an opportunity, at once.

Everything happens in the request's one transaction, so a failure leaves no half
conversion. The new customer is made by the customers domain (its territory routing,
audit and timeline apply) and belongs to the lead's owner; the deal opens in the first
stage of the default pipeline (or ``pipeline_id``'s) for the same owner.

Without ``customer_id``, customers and contacts with the lead's email, phone or tax id
are looked up first (across the company, like the capture check): any match answers 409
``leads.possible_duplicates`` with the candidates, so a known customer is linked rather
than twinned; ``create_new_customer: true`` makes a new one anyway.

A replay is answered with the records of the first conversion (200), whatever the body
says about the deal; naming a different customer or contact than the one linked is a
409 ``leads.converted_differently``.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core import events
from app.core.access import Principal
from app.core.clock import company_date, utcnow
from app.core.errors import InvalidReference, NotFound
from app.customers import service as customers
from app.customers.errors import CustomerArchived
from app.customers.schemas import AddressIn, ContactCreate, CustomerCreate
from app.leads.errors import ConvertedDifferently, CustomerMayExist
from app.leads.models import Lead, LeadStatus
from app.leads.schemas import DuplicateCandidate, LeadConvert
from app.leads.service import check_transition
from app.opportunities import service as opportunities

DEFAULT_CLOSE_IN = timedelta(days=90)


@dataclass
class Conversion:
    lead: Lead
    customer_id: uuid.UUID
    contact_id: uuid.UUID | None
    opportunity: Any  # the deal (an opportunities record), None if no longer visible
    created: bool


def _contact_data(lead: Lead) -> ContactCreate | None:
    if not lead.person_name:
        return None
    return ContactCreate(
        name=lead.person_name,
        title=lead.job_title,
        email=lead.email,
        phone=lead.phone,
        is_primary=True,
    )


def _customer_data(lead: Lead) -> CustomerCreate:
    addresses = []
    if lead.address_line1 and lead.city:
        addresses.append(
            AddressIn.model_validate(
                {
                    "kind": "billing",
                    "line1": lead.address_line1,
                    "line2": lead.address_line2,
                    "city": lead.city,
                    # the state as the lead's code says (its name follows from it);
                    # abroad, the state as typed
                    "state_code": lead.state_code,
                    "state": lead.state if lead.state_code or lead.country != "IN" else None,
                    "postal_code": lead.postal_code,
                    "country": lead.country,
                    "latitude": lead.latitude,
                    "longitude": lead.longitude,
                }
            )
        )
    contact = _contact_data(lead)
    return CustomerCreate(
        name=lead.display_name,
        tax_id=lead.tax_id,
        industry=lead.industry,
        email=lead.email,
        phone=lead.phone,
        currency=lead.currency,
        territory_id=lead.territory_id,
        notes=f"From a {lead.source.value.replace('_', ' ')} lead",
        addresses=addresses,
        contacts=[contact] if contact else [],
    )


async def _link_existing(
    session: AsyncSession, principal: Principal, lead: Lead, data: LeadConvert
) -> tuple[Any, uuid.UUID | None]:
    assert data.customer_id is not None
    try:
        customer = await customers.get_customer(session, principal, data.customer_id)
    except NotFound:
        raise InvalidReference("customer_id") from None
    if customer.is_archived:
        raise CustomerArchived()
    if data.contact_id is not None:
        if all(c.id != data.contact_id for c in customer.contacts):
            raise InvalidReference("contact_id")
        return customer, data.contact_id
    key = customers.phone_match_key(lead.phone)
    for contact in customer.contacts:
        same_email = lead.email and (contact.email or "").lower() == lead.email
        if same_email or (key and customers.phone_match_key(contact.phone) == key):
            return customer, contact.id
    contact_data = _contact_data(lead)
    if contact_data is None:
        return customer, None
    saved = await customers.add_contact(session, principal, customer, data=contact_data)
    return customer, saved.entity.id


async def _refuse_twin_customer(session: AsyncSession, principal: Principal, lead: Lead) -> None:
    matches = await customers.possible_duplicates(
        session, principal, email=lead.email, phone=lead.phone, tax_id=lead.tax_id
    )
    if matches:
        raise CustomerMayExist([DuplicateCandidate.model_validate(m.model_dump()) for m in matches])


async def _replay(
    session: AsyncSession, principal: Principal, lead: Lead, data: LeadConvert
) -> Conversion:
    if (data.customer_id and data.customer_id != lead.converted_customer_id) or (
        data.contact_id and data.contact_id != lead.converted_contact_id
    ):
        raise ConvertedDifferently()
    opportunity = None
    if lead.converted_opportunity_id is not None:
        opportunity = await opportunities.find_opportunity(
            session, principal, lead.converted_opportunity_id
        )
    assert lead.converted_customer_id is not None
    return Conversion(
        lead, lead.converted_customer_id, lead.converted_contact_id, opportunity, created=False
    )


async def convert_lead(
    session: AsyncSession, principal: Principal, lead: Lead, *, data: LeadConvert
) -> Conversion:
    if lead.status is LeadStatus.CONVERTED and lead.converted_customer_id is not None:
        return await _replay(session, principal, lead, data)
    check_transition(lead, "convert")
    owner_id = lead.owner_id or principal.user_id
    if owner_id is None:
        raise InvalidReference("owner_id")
    if data.customer_id is not None:
        customer, contact_id = await _link_existing(session, principal, lead, data)
    else:
        if not data.create_new_customer:
            await _refuse_twin_customer(session, principal, lead)
        customer = await customers.create_customer_from_lead(
            session, principal, data=_customer_data(lead), owner_id=owner_id
        )
        contact_id = customer.contacts[0].id if customer.contacts else None
    now = utcnow()
    opportunity = await opportunities.open_from_lead(
        session,
        principal,
        lead_id=lead.id,
        customer_id=customer.id,
        territory_id=customer.territory_id,
        contact_id=contact_id,
        owner_id=owner_id,
        pipeline_id=data.pipeline_id,
        title=data.title or f"{lead.display_name}: {lead.product_interest or 'new business'}",
        amount=data.amount if data.amount is not None else lead.estimated_value or Decimal(0),
        currency=data.currency or lead.currency,
        expected_close_date=data.expected_close_date or company_date(now + DEFAULT_CLOSE_IN),
    )
    events.note(
        lead,
        "lead.converted",
        occurred_at=now,
        data={
            "source": lead.source.value,
            "contact_id": str(contact_id) if contact_id else None,
            "opportunity_id": str(opportunity.id),
            "new_customer": data.customer_id is None,
        },
    )
    lead.status, lead.status_changed_at, lead.last_activity_at = LeadStatus.CONVERTED, now, now
    lead.converted_at = now
    lead.converted_customer_id = customer.id
    lead.converted_contact_id = contact_id
    lead.converted_opportunity_id = opportunity.id
    await session.flush()
    return Conversion(lead, customer.id, contact_id, opportunity, created=True)

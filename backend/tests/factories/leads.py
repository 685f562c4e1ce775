"""Build valid leads in one call."""

from __future__ import annotations

import itertools
from decimal import Decimal
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.clock import utcnow
from app.leads.models import Lead, LeadSource, LeadStatus
from app.users.models import Territory, User

_seq = itertools.count(1)


async def create_lead(
    session: AsyncSession,
    *,
    owner: User | None,
    territory: Territory | None = None,
    status: LeadStatus = LeadStatus.NEW,
    **fields: Any,
) -> Lead:
    n = next(_seq)
    now = utcnow()
    values: dict[str, Any] = {
        "person_name": f"Prospect {n}",
        "company_name": f"Prospect Company {n:04d}",
        "email": f"prospect{n}@lead.example",
        "phone": f"+91 80000 {n:05d}",
        "phone_key": f"80000{n:05d}",
        "source": LeadSource.FIELD_VISIT,
        "estimated_value": Decimal("150000.00"),
        "currency": "INR",
        "address_line1": f"Shed {n}, Industrial Area",
        "city": "New Delhi",
        "postal_code": "110020",
        "captured_at": now,
        "status_changed_at": now,
        "last_activity_at": now,
        "assigned_at": now if owner else None,
        **fields,
    }
    lead = Lead(
        owner_id=owner.id if owner else None,
        territory_id=territory.id if territory else None,
        status=status,
        **values,
    )
    session.add(lead)
    await session.flush()
    return lead

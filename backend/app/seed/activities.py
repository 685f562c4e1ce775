"""Activities for the past and the next month: calls, visits, meetings and tasks of
every engineer with their own customers, the past ones mostly done with an outcome;
most calls, e-mails, meetings and appointments are with one of the customer's contacts
(the contacts report reads them)."""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import timedelta

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from app.activities.models import Activity, ActivityStatus, ActivityType
from app.core import events
from app.core.access import Role
from app.core.clock import company_day_bounds, company_today, utcnow
from app.customers.models import Customer
from app.users.models import User

NAME = "activities"
PER_ENGINEER = 30
SUBJECTS = {
    ActivityType.CALL: ["Follow-up call", "Call about the quotation", "Payment reminder call"],
    ActivityType.EMAIL: ["Send technical datasheet", "Email revised offer", "Share AMC terms"],
    ActivityType.MEETING: ["Plant visit", "Requirement discussion", "Negotiation meeting"],
    ActivityType.APPOINTMENT: ["Product demo", "Installation review", "Site survey"],
    ActivityType.TASK: ["Prepare offer", "Check stock with warehouse", "Update PO details"],
}
OUTCOMES = [
    "Interested; wants a revised offer with installation.",
    "Decision next month after budget approval.",
    "Asked for two references in the same industry.",
    "PO expected this week.",
    "Not interested this quarter.",
]


async def already_loaded(session: AsyncSession) -> bool:
    return bool(await session.scalar(select(func.count(Activity.id))))


async def load(session: AsyncSession) -> int:
    rng = random.Random(7)
    # Its own stream, so who was spoken to changes nothing else of the demo.
    spoken_to = random.Random(70)
    engineers = (
        await session.scalars(
            select(User).where(User.role == Role.SALES_ENGINEER).order_by(User.email)
        )
    ).all()
    customers = (
        await session.scalars(
            select(Customer).options(
                selectinload(Customer.addresses), selectinload(Customer.contacts)
            )
        )
    ).all()
    by_owner: dict[object, list[Customer]] = defaultdict(list)
    for customer in customers:
        by_owner[customer.owner_id].append(customer)
    today, _ = company_day_bounds(company_today())  # local midnight
    activities = []
    for engineer in engineers:
        own = by_owner.get(engineer.id) or list(customers[:5])
        for _ in range(PER_ENGINEER):
            kind = rng.choice(list(ActivityType))
            customer = rng.choice(own)
            day = today + timedelta(days=rng.randint(-30, 30))
            when = day + timedelta(hours=rng.randint(9, 17), minutes=rng.choice([0, 30]))
            past = when < utcnow()
            timed = kind in (ActivityType.MEETING, ActivityType.APPOINTMENT)
            address = customer.addresses[0] if customer.addresses else None
            contacts = [c for c in customer.contacts if not c.is_archived]
            contact = (
                spoken_to.choice(contacts)
                if contacts and kind is not ActivityType.TASK and spoken_to.random() < 0.8
                else None
            )
            status = (
                (ActivityStatus.DONE if rng.random() < 0.8 else ActivityStatus.CANCELLED)
                if past and rng.random() < 0.85
                else ActivityStatus.PLANNED
            )
            activities.append(
                Activity(
                    type=kind,
                    subject=rng.choice(SUBJECTS[kind]),
                    owner_id=engineer.id,
                    created_by_id=engineer.id,
                    customer_id=customer.id,
                    contact_id=contact.id if contact else None,
                    starts_at=when if timed else None,
                    ends_at=when + timedelta(hours=1) if timed else None,
                    due_at=None if timed else when,
                    scheduled_at=when,
                    reminder_at=when - timedelta(minutes=30) if timed else None,
                    location=f"{customer.name}, {address.city}" if timed and address else None,
                    latitude=address.latitude if timed and address else None,
                    longitude=address.longitude if timed and address else None,
                    status=status,
                    outcome=rng.choice(OUTCOMES) if status is ActivityStatus.DONE else None,
                    completed_at=when + timedelta(hours=1)
                    if status is ActivityStatus.DONE
                    else None,
                )
            )
    session.add_all(activities)
    await session.flush()
    for activity in activities:
        if activity.status is ActivityStatus.DONE and activity.customer_id is not None:
            events.emit(
                session,
                activity,
                "activity.completed",
                occurred_at=activity.completed_at,
                data={"type": activity.type.value, "outcome": activity.outcome},
            )
    await session.flush()
    return len(activities)

"""300 leads across sources and statuses, and 150 opportunities over every stage of the
default pipeline (the won and lost ones with their whole stage history)."""

from __future__ import annotations

import random
import uuid
from collections import Counter, defaultdict
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from app.core import events
from app.core.access import Role
from app.core.clock import company_date, utcnow
from app.customers.models import Customer
from app.customers.service import phone_match_key
from app.leads.models import Lead, LeadScoringRule, LeadSource, LeadStatus
from app.leads.scoring import apply_score
from app.opportunities.models import (
    Opportunity,
    OpportunityStageHistory,
    OpportunityStatus,
    StageHistoryKind,
)
from app.opportunities.service import weighted
from app.pipelines.models import Pipeline, PipelineStage, StageKind
from app.seed.customers import INDUSTRIES, PREFIXES, STREETS
from app.seed.geography import FIRST_NAMES, LAST_NAMES, TERRITORIES, City
from app.users.models import User

_MOVE_EVENTS = {
    StageKind.OPEN: "opportunity.stage_changed",
    StageKind.WON: "opportunity.won",
    StageKind.LOST: "opportunity.lost",
}

NAME = "leads and opportunities"
LEADS = 300
OPPORTUNITIES = 150
SOURCES = [
    (LeadSource.FIELD_VISIT, 30),
    (LeadSource.REFERRAL, 15),
    (LeadSource.WEB, 20),
    (LeadSource.TRADE_SHOW, 12),
    (LeadSource.COLD_CALL, 10),
    (LeadSource.CAMPAIGN, 8),
    (LeadSource.IMPORT, 5),
]
STATUSES = [
    (LeadStatus.NEW, 35),
    (LeadStatus.CONTACTED, 25),
    (LeadStatus.QUALIFIED, 15),
    (LeadStatus.DISQUALIFIED, 12),
    (LeadStatus.CONVERTED, 13),
]
CAMPAIGNS = ["DIWALI-26", "EXPO-PUNE-26", "WEBINAR-ENERGY", "IMTEX-27"]
PRODUCTS = [
    "Air compressors",
    "Chillers",
    "Industrial boilers",
    "Cooling towers",
    "Water treatment plant",
    "Spare parts AMC",
    "Vacuum pumps",
]
DISQUALIFY_REASONS = ["No budget", "Bought from a competitor", "Too small", "Not reachable"]
LOST_REASONS = ["Price", "Delivery time", "Chose a local vendor", "Project shelved"]
COMPETITORS = ["Kirloskar", "Atlas Copco", "ELGi", "Ingersoll Rand", None]
# How the 150 deals spread over the stages (names of the default pipeline).
STAGE_WEIGHTS = {
    "Potential": 30,
    "Proposal": 28,
    "Purchase order": 18,
    "Advance": 12,
    "Order acceptance": 10,
    "Installation": 8,
    "Won": 24,
    "Lost": 20,
}


async def already_loaded(session: AsyncSession) -> bool:
    return (await session.scalar(select(func.count(Lead.id))) or 0) >= LEADS


def _pick(rng: random.Random, weighted_choices: list[tuple[Any, int]]) -> Any:
    values, weights = zip(*weighted_choices, strict=True)
    return rng.choices(values, weights=weights)[0]


def _details(rng: random.Random, stage: PipelineStage, at: datetime) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for spec in stage.required_fields:
        key, kind = spec["key"], spec["type"]
        if key == "lost_reason":
            values[key] = rng.choice(LOST_REASONS)
        elif key == "competitor":
            if competitor := rng.choice(COMPETITORS):
                values[key] = competitor
        elif kind == "date":
            values[key] = company_date(at).isoformat()
        elif kind == "amount":
            values[key] = f"{rng.randint(1, 20) * 25000}.00"
        elif key == "po_number":
            values[key] = f"PO/{at.year}/{rng.randint(1000, 9999)}"
        else:
            values[key] = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
    return values


class _Builder:
    def __init__(self, rng: random.Random, pipeline: Pipeline, now: datetime) -> None:
        self.rng, self.pipeline, self.now = rng, pipeline, now
        self.open_stages = [s for s in pipeline.stages if s.kind is StageKind.OPEN]
        self.by_name = {s.name: s for s in pipeline.stages}

    def path_to(self, target: PipelineStage) -> list[PipelineStage]:
        if target.kind is StageKind.OPEN:
            return self.open_stages[: self.open_stages.index(target) + 1]
        if target.kind is StageKind.WON:
            return [*self.open_stages, target]
        reached = self.rng.randint(1, len(self.open_stages) - 1)
        return [*self.open_stages[:reached], target]

    def opportunity(
        self,
        session: AsyncSession,
        *,
        customer: Customer,
        target: PipelineStage,
        opened_at: datetime,
        title: str,
        amount: Decimal,
        currency: str,
        lead_id: uuid.UUID | None = None,
    ) -> Opportunity:
        rng = self.rng
        path = self.path_to(target)
        step = max(1.0, (self.now - opened_at).days / (len(path) + 1))
        moments = [opened_at]
        for _ in path[1:]:
            moments.append(min(self.now, moments[-1] + timedelta(days=rng.uniform(1, step))))
        deal = Opportunity(
            id=uuid.uuid4(),
            customer_id=customer.id,
            contact_id=customer.contacts[0].id if customer.contacts else None,
            title=title,
            amount=amount,
            currency=currency,
            owner_id=customer.owner_id,
            territory_id=customer.territory_id,
            pipeline_id=self.pipeline.id,
            source_lead_id=lead_id,
            details={},
            created_at=opened_at,
        )
        history = []
        previous: tuple[PipelineStage, datetime] | None = None
        for stage, at in zip(path, moments, strict=True):
            details = _details(rng, stage, at)
            deal.details = {**deal.details, **details}
            probability = {StageKind.WON: 100, StageKind.LOST: 0}.get(stage.kind, stage.probability)
            history.append(
                OpportunityStageHistory(
                    opportunity_id=deal.id,
                    from_stage_id=previous[0].id if previous else None,
                    to_stage_id=stage.id,
                    moved_at=at,
                    moved_by_id=customer.owner_id,
                    moved_by_label="demo data",
                    seconds_in_previous_stage=int((at - previous[1]).total_seconds())
                    if previous
                    else None,
                    probability=probability,
                    details=details,
                    kind=StageHistoryKind.MOVED if previous else StageHistoryKind.OPENED,
                    created_at=at,
                )
            )
            if previous:
                events.emit(
                    session,
                    deal,
                    _MOVE_EVENTS[stage.kind],
                    occurred_at=at,
                    data={"from_stage": previous[0].name, "to_stage": stage.name},
                )
            else:
                events.note(deal, "opportunity.created", data={"stage": stage.name})
            previous = (stage, at)
        assert previous is not None
        last_stage, entered = previous
        deal.stage_id, deal.stage_entered_at = last_stage.id, entered
        deal.status = {
            StageKind.OPEN: OpportunityStatus.OPEN,
            StageKind.WON: OpportunityStatus.WON,
            StageKind.LOST: OpportunityStatus.LOST,
        }[last_stage.kind]
        deal.probability = history[-1].probability
        deal.weighted_amount = weighted(amount, deal.probability, currency)
        if deal.status is OpportunityStatus.OPEN:
            deal.expected_close_date = company_date(self.now + timedelta(days=rng.randint(5, 150)))
        else:
            deal.closed_at = entered
            deal.closed_from_stage_id = history[-1].from_stage_id
            deal.expected_close_date = company_date(entered)
            deal.lost_reason = deal.details.get("lost_reason")
            deal.competitor = deal.details.get("competitor")
        session.add(deal)
        session.add_all(history)
        return deal


def _lead_amount(rng: random.Random) -> Decimal:
    return Decimal(rng.choice([1, 2, 3, 5, 8, 12, 20, 35])) * Decimal("50000") + Decimal(
        rng.randint(0, 99)
    )


async def load(session: AsyncSession) -> int:
    rng = random.Random(20261125)
    now = utcnow()
    pipeline = (
        await session.scalars(
            select(Pipeline)
            .where(Pipeline.is_default.is_(True))
            .options(selectinload(Pipeline.stages))
        )
    ).one()
    rules = list((await session.scalars(select(LeadScoringRule))).all())
    engineers = (
        await session.scalars(
            select(User)
            .where(User.role == Role.SALES_ENGINEER)
            .options(selectinload(User.territories))
            .order_by(User.email)
        )
    ).all()
    by_territory: dict[str, list[User]] = defaultdict(list)
    territory_ids: dict[str, uuid.UUID] = {}
    for engineer in engineers:
        for territory in engineer.territories:
            by_territory[territory.name].append(engineer)
            territory_ids[territory.name] = territory.id
    customers = (
        await session.scalars(
            select(Customer).options(selectinload(Customer.contacts)).order_by(Customer.name)
        )
    ).all()
    customers_by_territory: dict[uuid.UUID | None, list[Customer]] = defaultdict(list)
    for customer in customers:
        customers_by_territory[customer.territory_id].append(customer)
    builder = _Builder(rng, pipeline, now)

    deals = 0
    links: list[tuple[Lead, uuid.UUID]] = []
    given: Counter[str] = Counter()
    for n in range(LEADS):
        territory_name = list(TERRITORIES)[n % 3]
        city: City = rng.choice(TERRITORIES[territory_name][1])
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        industry, words = rng.choice(list(INDUSTRIES.items()))
        company = f"{rng.choice(PREFIXES)} {rng.choice(words)} {n + 1}"
        slug = company.lower().replace(" ", "")
        source = _pick(rng, SOURCES)
        status = _pick(rng, STATUSES)
        captured = now - timedelta(days=rng.uniform(1, 150))
        # Round-robin within the territory, as capture routing evens out the load: every
        # engineer of the territory gets leads (n itself steps by 3 per territory).
        owners = by_territory[territory_name]
        owner = owners[given[territory_name] % len(owners)]
        given[territory_name] += 1
        phone = f"+91 8{rng.randint(100000000, 999999999)}"
        lead = Lead(
            person_name=f"{first} {last}",
            job_title=rng.choice(["Purchase Manager", "Plant Head", "Director", "Owner"]),
            company_name=company if rng.random() < 0.9 else None,
            email=f"{first.lower()}.{last.lower()}@{slug}.in" if rng.random() < 0.85 else None,
            phone=phone,
            phone_key=phone_match_key(phone),
            industry=industry if rng.random() < 0.8 else None,
            address_line1=f"Unit {rng.randint(1, 99)}, {rng.choice(STREETS)}",
            city=city.name,
            state=city.state,
            postal_code=f"{city.postal_prefix}{rng.randint(1, 99):03d}",
            country="IN",
            latitude=round(city.latitude + rng.uniform(-0.05, 0.05), 6),
            longitude=round(city.longitude + rng.uniform(-0.05, 0.05), 6),
            source=source,
            campaign_ref=rng.choice(CAMPAIGNS) if source is LeadSource.CAMPAIGN else None,
            product_interest=rng.choice(PRODUCTS),
            estimated_value=_lead_amount(rng) if rng.random() < 0.75 else None,
            currency="INR",
            capture_latitude=round(city.latitude + rng.uniform(-0.02, 0.02), 6)
            if source is LeadSource.FIELD_VISIT
            else None,
            capture_longitude=round(city.longitude + rng.uniform(-0.02, 0.02), 6)
            if source is LeadSource.FIELD_VISIT
            else None,
            captured_at=captured,
            created_at=captured,
            created_by_id=owner.id,
            status=status,
            status_changed_at=captured + timedelta(days=rng.uniform(0, (now - captured).days)),
            owner_id=owner.id,
            territory_id=territory_ids[territory_name],
            assigned_at=captured,
        )
        lead.last_activity_at = (
            lead.status_changed_at if status is not LeadStatus.NEW else lead.captured_at
        )
        if status is LeadStatus.DISQUALIFIED:
            lead.disqualify_reason = rng.choice(DISQUALIFY_REASONS)
        lead.id = uuid.uuid4()
        if status is LeadStatus.CONVERTED:
            candidates = customers_by_territory[lead.territory_id]
            customer = candidates[n % len(candidates)]
            deal = builder.opportunity(
                session,
                customer=customer,
                target=rng.choice(pipeline.stages),
                opened_at=lead.status_changed_at,
                title=f"{customer.name}: {lead.product_interest}",
                amount=lead.estimated_value or _lead_amount(rng),
                currency="INR",
                lead_id=lead.id,
            )
            deals += 1
            lead.converted_at = lead.status_changed_at
            lead.converted_customer_id = customer.id
            lead.converted_contact_id = deal.contact_id
            # leads and deals point at each other: the lead's link is set once both exist
            links.append((lead, deal.id))
            events.emit(
                session,
                lead,
                "lead.converted",
                occurred_at=lead.converted_at,
                data={"source": lead.source.value, "opportunity_id": str(deal.id)},
            )
        apply_score(lead, rules, now=now)
        session.add(lead)
    await session.flush()
    for lead, deal_id in links:
        lead.converted_opportunity_id = deal_id

    stage_choices = [(builder.by_name[name], w) for name, w in STAGE_WEIGHTS.items()]
    while deals < OPPORTUNITIES:
        customer = customers[rng.randrange(len(customers))]
        export = "export" in customer.segment_tags and rng.random() < 0.5
        builder.opportunity(
            session,
            customer=customer,
            target=_pick(rng, stage_choices),
            opened_at=now - timedelta(days=rng.uniform(10, 200)),
            title=f"{customer.name}: {rng.choice(PRODUCTS)}",
            amount=(Decimal(rng.randint(5, 400)) * 1000) if export else _lead_amount(rng) * 2,
            currency="USD" if export else "INR",
        )
        deals += 1
    await session.flush()
    return LEADS + deals

"""Lead rules: capture, duplicates, routing to an owner, status changes, scoring.

Status (each change is a POST action; anything else is a 409 ``leads.illegal_transition``):
    new --contact--> contacted --qualify--> qualified
    new | contacted | qualified --disqualify (reason required)--> disqualified
    new | contacted | qualified --convert--> converted   (see ``conversion.py``)
A disqualified or converted lead stays so; a converted lead is read-only.

Owner and territory on capture:
  * the territory comes from the address's postal code (longest prefix wins,
    ``users.territory_for_postal_code``);
  * heads and admins may name the owner (``leads:assign``; someone they manage);
  * an engineer who captures a lead keeps it when it falls in one of their territories or
    in none: they met the prospect and hold the relationship. A lead in a territory they
    do not cover goes to that territory's engineers like any other;
  * otherwise round-robin among the territory's active engineers (those of the caller's
    team when the territory is shared by several teams and the team covers it, so a
    head's capture stays in the team that can see it): the one with the fewest
    open leads, then the one given a lead longest ago, then by email, so the choice is
    deterministic and evens out the load. (Two captures at the same instant may pick the
    same engineer; the next capture corrects for it.) With no territory or no engineer,
    the caller keeps it.

Duplicates: before creating, leads, customers and contacts with the same email, phone
(last 10 digits) or tax id are looked up across the whole company, because the twin
worth knowing about is usually another team's. Records the caller may see are listed
with id and name; the others only as "a lead/customer matches on phone", with no id,
name or owner, which is all the caller needs to stop and ask their head. Send
``allow_duplicate: true`` to create the lead anyway.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core import events, jobs
from app.core.access import Permission, Principal, Role, check_assignment
from app.core.bulk import BulkResult, required_for, run_bulk
from app.core.clock import utcnow
from app.core.errors import InvalidReference
from app.core.events import DomainEvent
from app.core.export import ExportSource
from app.core.feed import FeedRecord, load_feed
from app.core.money import round_amount
from app.core.pagination import ListParams
from app.core.repository import Saved
from app.customers import service as customers
from app.leads.errors import IllegalTransition, LeadConverted, PossibleDuplicates
from app.leads.models import OPEN_STATUSES, Lead, LeadScoringRule, LeadStatus
from app.leads.repository import (
    LEAD_COLUMNS,
    LEAD_READ,
    LEAD_SORT,
    LeadRepository,
    ScoringRuleRepository,
)
from app.leads.schemas import (
    DuplicateCandidate,
    LeadAddress,
    LeadAssign,
    LeadBulk,
    LeadCreate,
    LeadUpdate,
    ScoringRules,
)
from app.leads.scoring import apply_score
from app.users import service as users

__all__ = ["LEAD_SORT"]
RESCORE_TASK = "leads.rescore_open_leads"
MAX_CANDIDATES = 10
RESCORE_BATCH = 500
_ADDRESS_COLUMNS = {"line1": "address_line1", "line2": "address_line2"}

# action -> (statuses it may start from, status it leads to)
TRANSITIONS: dict[str, tuple[frozenset[LeadStatus], LeadStatus]] = {
    "contact": (frozenset({LeadStatus.NEW}), LeadStatus.CONTACTED),
    "qualify": (frozenset({LeadStatus.CONTACTED}), LeadStatus.QUALIFIED),
    "disqualify": (OPEN_STATUSES, LeadStatus.DISQUALIFIED),
    "convert": (OPEN_STATUSES, LeadStatus.CONVERTED),
}


# --- reading ----------------------------------------------------------------------


async def list_leads(
    session: AsyncSession, principal: Principal, *, params: ListParams, **filters: Any
) -> tuple[list[Lead], str | None]:
    repo = LeadRepository(session, principal)
    return await repo.page(
        repo.filtered(**filters), order=params.order, limit=params.limit, cursor=params.cursor
    )


async def leads_page(
    session: AsyncSession,
    principal: Principal,
    *,
    params: ListParams,
    fields: str | None,
    **filters: Any,
) -> bytes:
    repo = LeadRepository(session, principal)
    return await repo.read_page(LEAD_READ, repo.filtered(**filters), params, fields=fields)


async def lead_item(
    session: AsyncSession, principal: Principal, lead_id: uuid.UUID, *, fields: str | None
) -> dict[str, Any]:
    return await LeadRepository(session, principal).read_item(LEAD_READ, lead_id, fields=fields)


async def count_leads(
    session: AsyncSession, principal: Principal, **filters: Any
) -> dict[LeadStatus, int]:
    """Leads per status (every status present, zero included), counted in SQL."""
    repo = LeadRepository(session, principal)
    counts = await repo.count_by_status(repo.filtered(**filters))
    return {status: counts.get(status, 0) for status in LeadStatus}


async def count_matching_leads(session: AsyncSession, principal: Principal, **filters: Any) -> int:
    """How many leads the list's filters select for the caller (one COUNT)."""
    repo = LeadRepository(session, principal)
    return await repo.count(repo.filtered(**filters))


def leads_export(session: AsyncSession, principal: Principal, **filters: Any) -> ExportSource:
    repo = LeadRepository(session, principal)
    return ExportSource(LEAD_READ, repo.filtered(**filters), LEAD_COLUMNS, "leads")


_ACTION_FOR_STATUS = {"contacted": "contact", "qualified": "qualify", "disqualified": "disqualify"}


async def bulk_leads(session: AsyncSession, principal: Principal, *, data: LeadBulk) -> BulkResult:
    """Reassign many leads or change their status, each as its single action would."""
    repo = LeadRepository(session, principal)
    if data.action == "reassign":
        principal.require(Permission.LEADS_ASSIGN)
        assign = LeadAssign(owner_id=required_for("reassign", "owner_id", data.owner_id))
    else:
        action = _ACTION_FOR_STATUS[required_for("change_status", "status", data.status)]
        if action == "disqualify":
            required_for("a disqualification", "reason", data.reason)

    async def apply(lead_id: uuid.UUID) -> None:
        lead = await repo.get_or_404(lead_id)
        if data.action == "reassign":
            await assign_lead(session, principal, lead, data=assign)
        else:
            await change_status(session, principal, lead, action=action, reason=data.reason)

    return await run_bulk(session, data.ids, apply)


async def get_lead(session: AsyncSession, principal: Principal, lead_id: uuid.UUID) -> Lead:
    return await LeadRepository(session, principal).get_or_404(lead_id)


async def find_lead(session: AsyncSession, principal: Principal, lead_id: uuid.UUID) -> Lead | None:
    """A lead the caller may see, or None (links from other domains, e.g. activities)."""
    return await LeadRepository(session, principal).get(lead_id)


async def find_visible(
    session: AsyncSession, principal: Principal, lead_ids: Collection[uuid.UUID]
) -> set[uuid.UUID]:
    """Which of ``lead_ids`` the caller may see (one statement): links of a set."""
    return await LeadRepository(session, principal).visible_among(lead_ids)


# --- scoring ----------------------------------------------------------------------


async def scoring_rules(session: AsyncSession, principal: Principal) -> list[LeadScoringRule]:
    return await ScoringRuleRepository(session, principal).all()


async def rescore(session: AsyncSession, principal: Principal, lead: Lead) -> None:
    apply_score(lead, await scoring_rules(session, principal), now=utcnow())


async def replace_scoring_rules(
    session: AsyncSession, principal: Principal, *, data: ScoringRules
) -> list[LeadScoringRule]:
    """Replace the whole rule set; every open lead is rescored by a job right after
    (scores are derived data: the rule change is audited, each new score is not)."""
    repo = ScoringRuleRepository(session, principal)
    for rule in await repo.all():
        await repo.delete(rule)
    for new_rule in data.rules:
        repo.add(LeadScoringRule(**new_rule.model_dump()))
    await repo.flush()
    await jobs.enqueue(session, RESCORE_TASK, queueing_lock=RESCORE_TASK)
    return await repo.all()


async def rescore_open_batch(
    session: AsyncSession, principal: Principal, *, after: uuid.UUID | None
) -> list[uuid.UUID]:
    """Rescore the next batch of open leads after ``after`` with the current rules (the
    rescoring job commits each batch apart: no transaction spans every open lead);
    the ids rescored, none when no lead is left."""
    rules = await scoring_rules(session, principal)
    batch = await LeadRepository(session, principal).unscoped_open_batch(
        after=after, size=RESCORE_BATCH
    )
    now = utcnow()
    for lead in batch:
        apply_score(lead, rules, now=now)
    await session.flush()
    return [lead.id for lead in batch]


# --- capture ----------------------------------------------------------------------


async def find_duplicates(
    session: AsyncSession,
    principal: Principal,
    *,
    email: str | None,
    phone: str | None,
    tax_id: str | None,
) -> list[DuplicateCandidate]:
    """Leads, customers and contacts with the same email, phone or tax id (three
    statements); ids and names only of those the caller may see."""
    key = customers.phone_match_key(phone)
    candidates: list[DuplicateCandidate] = []
    matching = await LeadRepository(session, principal).unscoped_matching(
        email=email, phone_key=key, tax_id=tax_id, limit=MAX_CANDIDATES
    )
    for lead, visible in matching:
        if email and lead.email == email.lower():
            field = "email"
        elif tax_id and lead.tax_id == tax_id.upper():
            field = "tax_id"
        else:
            field = "phone"
        candidates.append(
            DuplicateCandidate(
                kind="lead",
                id=lead.id if visible else None,
                name=lead.display_name if visible else None,
                customer_id=lead.converted_customer_id if visible else None,
                match_field=field,
                visible=visible,
            )
        )
    for match in await customers.possible_duplicates(
        session, principal, email=email, phone=phone, tax_id=tax_id, limit=MAX_CANDIDATES
    ):
        candidates.append(DuplicateCandidate.model_validate(match.model_dump()))
    return candidates


async def _check_owner(session: AsyncSession, principal: Principal, owner_id: uuid.UUID) -> None:
    check_assignment(principal, owner_id=owner_id, reassign=Permission.LEADS_ASSIGN)
    if await users.find_active_user(session, owner_id) is None:
        raise InvalidReference("owner_id")


async def next_engineer_of_territory(
    session: AsyncSession, principal: Principal, territory_id: uuid.UUID
) -> uuid.UUID | None:
    """Round-robin: fewest open leads, then longest since last given one, then email."""
    engineers = await users.engineers_of_territory(session, territory_id)
    same_team = [e for e in engineers if principal.team_id and e.team_id == principal.team_id]
    engineers = same_team or engineers
    if not engineers:
        return None
    load = await LeadRepository(session, principal).unscoped_load_of_owners(
        [e.id for e in engineers]
    )
    oldest = datetime.min.replace(tzinfo=UTC)

    def key(engineer: Any) -> tuple[int, datetime, str]:
        open_count, last_assigned = load.get(engineer.id, (0, None))
        return open_count, last_assigned or oldest, engineer.email

    return min(engineers, key=key).id


async def _route(
    session: AsyncSession,
    principal: Principal,
    *,
    territory_id: uuid.UUID | None,
    requested_owner: uuid.UUID | None,
) -> uuid.UUID | None:
    if requested_owner is not None:
        await _check_owner(session, principal, requested_owner)
        return requested_owner
    # (An API key owns nothing: its leads go to the territory's engineers.)
    engineer_keeps = (
        principal.role is Role.SALES_ENGINEER
        and principal.user_id is not None
        and (territory_id is None or territory_id in principal.territory_ids)
    )
    if engineer_keeps:
        return principal.user_id
    if territory_id is not None:
        chosen = await next_engineer_of_territory(session, principal, territory_id)
        if chosen is not None:
            return chosen
    return principal.user_id


def _set_address(lead: Lead, address: LeadAddress | None) -> None:
    values = (address or LeadAddress()).model_dump()
    for field, value in values.items():
        setattr(lead, _ADDRESS_COLUMNS.get(field, field), value)


def _normalise(lead: Lead) -> None:
    lead.email = lead.email.lower() if lead.email else None
    lead.tax_id = lead.tax_id.upper() if lead.tax_id else None
    if lead.estimated_value is not None:
        lead.estimated_value = round_amount(lead.estimated_value, lead.currency or "INR")
    lead.phone_key = customers.phone_match_key(lead.phone)


async def capture_lead(
    session: AsyncSession, principal: Principal, *, data: LeadCreate
) -> Saved[Lead]:
    async def build() -> Lead:
        if not data.allow_duplicate:
            candidates = await find_duplicates(
                session, principal, email=data.email, phone=data.phone, tax_id=data.tax_id
            )
            if candidates:
                raise PossibleDuplicates(candidates)
        now = utcnow()
        fields = data.model_dump(
            exclude={"id", "address", "owner_id", "allow_duplicate", "captured_at"},
            exclude_none=True,
        )
        captured_at = data.captured_at.astimezone(UTC) if data.captured_at else now
        lead = Lead(**fields, captured_at=captured_at, created_by_id=principal.user_id)
        lead.status, lead.status_changed_at = LeadStatus.NEW, now
        lead.last_activity_at = lead.captured_at
        _set_address(lead, data.address)
        _normalise(lead)
        postal_code = data.address.postal_code if data.address else None
        if postal_code:
            territory = await users.territory_for_postal_code(session, postal_code)
            lead.territory_id = territory.id if territory else None
        lead.owner_id = await _route(
            session, principal, territory_id=lead.territory_id, requested_owner=data.owner_id
        )
        lead.assigned_at = now if lead.owner_id else None
        await rescore(session, principal, lead)
        return lead

    return await LeadRepository(session, principal).create_once(data.id, build)


# --- changes ----------------------------------------------------------------------


async def update_lead(
    session: AsyncSession, principal: Principal, lead: Lead, *, data: LeadUpdate
) -> Lead:
    """Owner and territory stay as they are (reassign with ``assign``)."""
    if lead.status is LeadStatus.CONVERTED:
        raise LeadConverted()
    changes = data.model_dump(exclude_unset=True, exclude={"address"})
    for required in ("source", "currency"):
        if required in changes and changes[required] is None:
            raise InvalidReference(required)
    for field, value in changes.items():
        setattr(lead, field, value)
    if "address" in data.model_fields_set:
        _set_address(lead, data.address)
    if not (lead.person_name or lead.company_name):
        raise InvalidReference("person_name")
    _normalise(lead)
    await rescore(session, principal, lead)
    await session.flush()
    return lead


def check_transition(lead: Lead, action: str) -> LeadStatus:
    allowed_from, target = TRANSITIONS[action]
    if lead.status not in allowed_from:
        raise IllegalTransition(f"A {lead.status.value} lead cannot become {target.value}")
    return target


async def change_status(
    session: AsyncSession,
    principal: Principal,
    lead: Lead,
    *,
    action: str,
    reason: str | None = None,
) -> Lead:
    target = check_transition(lead, action)
    now = utcnow()
    events.note(lead, f"lead.{target.value}", data={"reason": reason} if reason else None)
    lead.status, lead.status_changed_at, lead.last_activity_at = target, now, now
    if target is LeadStatus.DISQUALIFIED:
        lead.disqualify_reason = reason
    await rescore(session, principal, lead)
    await session.flush()
    return lead


async def assign_lead(
    session: AsyncSession, principal: Principal, lead: Lead, *, data: LeadAssign
) -> Lead:
    if lead.status is LeadStatus.CONVERTED:
        raise LeadConverted()
    await _check_owner(session, principal, data.owner_id)
    if data.territory_id is not None and data.territory_id != lead.territory_id:
        check_assignment(principal, territory_id=data.territory_id)
        if await users.find_territory(session, data.territory_id) is None:
            raise InvalidReference("territory_id")
    events.note(lead, "lead.assigned")
    if data.owner_id != lead.owner_id:
        lead.owner_id, lead.assigned_at = data.owner_id, utcnow()
    if data.territory_id is not None:
        lead.territory_id = data.territory_id
    await rescore(session, principal, lead)
    await session.flush()
    return lead


async def note_activities(session: AsyncSession, activity_events: list[DomainEvent]) -> None:
    """A call or visit logged on an open lead counts as its recent activity (the score's
    recency factor): the consumer of activity events (``app/leads/jobs.py``)."""
    latest: dict[uuid.UUID, datetime] = {}
    for event in activity_events:
        lead_id = event.data.get("lead_id")
        if lead_id:
            key = uuid.UUID(lead_id)
            latest[key] = max(latest.get(key, event.occurred_at), event.occurred_at)
    if not latest:
        return
    principal = users.system_principal()
    rules = await scoring_rules(session, principal)
    for lead in await LeadRepository(session, principal).many(set(latest)):
        if lead.status in (LeadStatus.CONVERTED, LeadStatus.DISQUALIFIED):
            continue
        if lead.last_activity_at is None or lead.last_activity_at < latest[lead.id]:
            lead.last_activity_at = latest[lead.id]
            apply_score(lead, rules, now=utcnow())
    await session.flush()


# --- the change feed ----------------------------------------------------------------


async def lead_feed(
    session: AsyncSession, principal: Principal, ids: Collection[uuid.UUID]
) -> list[FeedRecord]:
    return await load_feed(LeadRepository(session, principal), LEAD_READ, ids)


# --- for reports ---------------------------------------------------------------------


def captured_leads(principal: Principal, *, since: datetime, until: datetime) -> Any:
    """The caller's leads captured in [since, until): a subquery for the leads report
    (``LeadRepository.captured`` names the columns)."""
    return LeadRepository.captured(principal, since=since, until=until)

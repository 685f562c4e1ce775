"""Opportunity rules: where a deal starts, how it moves, what closes and reopens it.

* A deal starts in its pipeline's first open stage (or an open stage named on
  create, with that stage's details; the open stages before it are recorded as
  skipped) and its territory is its customer's (kept when the customer moves later).
* ``probability`` is the stage's default unless overridden on create, on a move or by
  a PATCH; a move resets it to the new stage's default unless the move overrides it.
  Won deals weigh 100%, lost ones 0%, whatever was asked.
* A move must bring the target stage's required details (422 naming each missing
  one as ``["body", "details", key]``); moving to the stage a deal is already in, or
  moving a closed deal, is a 409. Each move writes a history row (from, to, who,
  when, seconds spent in the previous stage, details) and a timeline event.
* Skipping stages: a forward move past open stages that ask for details must bring
  those details too (same object, same 422 per field, the stage named in each
  message): the deal passes through them. Stages asking for nothing are skipped: the
  history row and the deal's ``skipped_stage_ids`` say so, and stage bars show them as
  skipped, not done. Closing is not a skip (``stage_path.py``; decision 0013).
* Reopening: only a won or lost deal (else 409), to the open stage it closed from
  unless another open stage is named; the target's details may be those the deal
  already holds, and going further forward than where it closed follows the skipping
  rule. The history row is marked ``reopened`` with who, when and an optional reason;
  the deal's event is ``opportunity.reopened`` (timeline, audit, change feed). Moves and
  reopens lock the deal's row first, so concurrent ones take turns: one wins, the
  others see its result (409); an Idempotency-Key replays the first answer.
* Money on the board is summed per currency: there are no exchange rates in the
  system, so adding INR to USD would invent numbers. Each column lists one total per
  currency present (INR first).
"""

from __future__ import annotations

import uuid
from collections.abc import Collection
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core import events
from app.core.access import Permission, Principal, check_assignment
from app.core.bulk import BulkResult, required_for, run_bulk
from app.core.clock import utcnow
from app.core.errors import InvalidReference, NotFound
from app.core.export import ExportSource
from app.core.feed import FeedRecord, load_feed
from app.core.money import COMPANY_CURRENCY, format_amount, round_amount
from app.core.pagination import ListParams, encode_cursor
from app.core.reads import dumps, written
from app.core.repository import Saved
from app.customers import service as customers
from app.customers.errors import CustomerArchived
from app.opportunities import stage_path
from app.opportunities.errors import AlreadyInStage, OpportunityClosed, OpportunityNotClosed
from app.opportunities.models import (
    Opportunity,
    OpportunityStageHistory,
    OpportunityStatus,
    StageHistoryKind,
)
from app.opportunities.repository import (
    OPPORTUNITY_COLUMNS,
    OPPORTUNITY_READ,
    OPPORTUNITY_SORT,
    STAGE_HISTORY_READ,
    OpportunityRepository,
    StageHistoryRepository,
)
from app.opportunities.schemas import (
    OpportunityBulk,
    OpportunityCreate,
    OpportunityReopen,
    OpportunityUpdate,
    StageMove,
)
from app.pipelines import service as pipelines
from app.pipelines.service import Pipeline, PipelineStage, StageKind
from app.users import service as users

__all__ = ["OPPORTUNITY_SORT"]
_MOVE_EVENT = {
    StageKind.OPEN: "opportunity.stage_changed",
    StageKind.WON: "opportunity.won",
    StageKind.LOST: "opportunity.lost",
}
_STATUS_OF_KIND = {
    StageKind.OPEN: OpportunityStatus.OPEN,
    StageKind.WON: OpportunityStatus.WON,
    StageKind.LOST: OpportunityStatus.LOST,
}


def weighted(amount: Decimal, probability: int, currency: str) -> Decimal:
    return round_amount(amount * probability / Decimal(100), currency)


def _effective_probability(stage: PipelineStage, asked: int | None) -> int:
    if stage.kind is StageKind.WON:
        return 100
    if stage.kind is StageKind.LOST:
        return 0
    return stage.probability if asked is None else asked


# --- reading ----------------------------------------------------------------------


async def list_opportunities(
    session: AsyncSession, principal: Principal, *, params: ListParams, **filters: Any
) -> tuple[list[Opportunity], str | None]:
    repo = OpportunityRepository(session, principal)
    return await repo.page(
        repo.filtered(**filters), order=params.order, limit=params.limit, cursor=params.cursor
    )


async def opportunities_page(
    session: AsyncSession,
    principal: Principal,
    *,
    params: ListParams,
    fields: str | None,
    **filters: Any,
) -> bytes:
    repo = OpportunityRepository(session, principal)
    return await repo.read_page(OPPORTUNITY_READ, repo.filtered(**filters), params, fields=fields)


async def opportunity_item(
    session: AsyncSession, principal: Principal, opportunity_id: uuid.UUID, *, fields: str | None
) -> dict[str, Any]:
    repo = OpportunityRepository(session, principal)
    return await repo.read_item(OPPORTUNITY_READ, opportunity_id, fields=fields)


async def count_opportunities(session: AsyncSession, principal: Principal, **filters: Any) -> int:
    """How many deals the list's filters select for the caller (one COUNT)."""
    repo = OpportunityRepository(session, principal)
    return await repo.count(repo.filtered(**filters))


def opportunities_export(
    session: AsyncSession, principal: Principal, **filters: Any
) -> ExportSource:
    repo = OpportunityRepository(session, principal)
    return ExportSource(
        OPPORTUNITY_READ, repo.filtered(**filters), OPPORTUNITY_COLUMNS, "opportunities"
    )


async def bulk_opportunities(
    session: AsyncSession, principal: Principal, *, data: OpportunityBulk
) -> BulkResult:
    """Reassign many deals or move them to a stage, each as its single write would."""
    repo = OpportunityRepository(session, principal)
    if data.action == "reassign":
        change = OpportunityUpdate(owner_id=required_for("reassign", "owner_id", data.owner_id))
    else:
        move = StageMove(
            stage_id=required_for("change_stage", "stage_id", data.stage_id), details=data.details
        )

    async def apply(opportunity_id: uuid.UUID) -> None:
        opportunity = await repo.get_or_404(opportunity_id)
        if data.action == "reassign":
            await update_opportunity(session, principal, opportunity, data=change)
        else:
            await move_opportunity(session, principal, opportunity, data=move)

    return await run_bulk(session, data.ids, apply)


async def get_opportunity(
    session: AsyncSession, principal: Principal, opportunity_id: uuid.UUID
) -> Opportunity:
    return await OpportunityRepository(session, principal).get_or_404(opportunity_id)


async def find_opportunity(
    session: AsyncSession, principal: Principal, opportunity_id: uuid.UUID
) -> Opportunity | None:
    """A deal the caller may see, or None (links from other domains, e.g. activities)."""
    return await OpportunityRepository(session, principal).get(opportunity_id)


async def check_document_links(
    session: AsyncSession,
    principal: Principal,
    customer: Any,
    *,
    contact_id: uuid.UUID | None,
    opportunity_id: uuid.UUID | None,
) -> None:
    """A document's (a quote's, an order's) contact must be one of its customer's
    (``customer.contacts`` loaded), and its deal one the caller sees, of that customer:
    else a 422 naming the field."""
    if contact_id is not None and all(c.id != contact_id for c in customer.contacts):
        raise InvalidReference("contact_id")
    if opportunity_id is not None:
        deal = await find_opportunity(session, principal, opportunity_id)
        if deal is None or deal.customer_id != customer.id:
            raise InvalidReference("opportunity_id")


async def find_visible(
    session: AsyncSession, principal: Principal, opportunity_ids: Collection[uuid.UUID]
) -> set[uuid.UUID]:
    """Which of ``opportunity_ids`` the caller may see (one statement): links of a set."""
    return await OpportunityRepository(session, principal).visible_among(opportunity_ids)


async def customer_names(
    session: AsyncSession, principal: Principal, opportunities: list[Opportunity]
) -> dict[uuid.UUID, str]:
    return await customers.customer_names(
        session, principal, {o.customer_id for o in opportunities}
    )


async def stage_history_items(
    session: AsyncSession, principal: Principal, opportunity: Opportunity
) -> list[dict[str, Any]]:
    """The deal's history as answer items (the read path), the mover named."""
    repo = StageHistoryRepository(session, principal)
    return await repo.read_items(STAGE_HISTORY_READ, repo.of_opportunity(opportunity.id))


# --- creating ---------------------------------------------------------------------


async def _check_owner(session: AsyncSession, principal: Principal, owner_id: uuid.UUID) -> None:
    check_assignment(principal, owner_id=owner_id, reassign=Permission.OPPORTUNITIES_ASSIGN)
    if await users.find_active_user(session, owner_id) is None:
        raise InvalidReference("owner_id")


async def _customer_and_contact(
    session: AsyncSession,
    principal: Principal,
    *,
    customer_id: uuid.UUID,
    contact_id: uuid.UUID | None,
) -> Any:
    try:
        customer = await customers.get_customer(session, principal, customer_id)
    except NotFound:
        raise InvalidReference("customer_id") from None
    if customer.is_archived:
        raise CustomerArchived()
    if contact_id is not None and all(c.id != contact_id for c in customer.contacts):
        raise InvalidReference("contact_id")
    return customer


def _history(
    principal: Principal,
    opportunity: Opportunity,
    *,
    from_stage: PipelineStage | None,
    to_stage: PipelineStage,
    details: dict[str, Any],
    kind: StageHistoryKind = StageHistoryKind.MOVED,
    path: stage_path.StagePath | None = None,
    reason: str | None = None,
) -> OpportunityStageHistory:
    now = utcnow()
    seconds = None
    if from_stage is not None:
        seconds = max(0, int((now - opportunity.stage_entered_at).total_seconds()))
    return OpportunityStageHistory(
        opportunity_id=opportunity.id,
        from_stage_id=from_stage.id if from_stage else None,
        to_stage_id=to_stage.id,
        moved_at=now,
        moved_by_id=principal.user_id,
        moved_by_label=principal.label,
        seconds_in_previous_stage=seconds,
        probability=opportunity.probability,
        details=details,
        kind=kind,
        passed_stage_ids=[str(s.id) for s in path.passed] if path else [],
        skipped_stage_ids=[str(s.id) for s in path.skipped] if path else [],
        reason=reason,
    )


async def _open(
    session: AsyncSession,
    principal: Principal,
    *,
    client_id: uuid.UUID | None,
    customer_id: uuid.UUID,
    territory_id: uuid.UUID | None,
    contact_id: uuid.UUID | None,
    pipeline: Pipeline,
    stage: PipelineStage,
    details: dict[str, Any],
    probability: int | None,
    owner_id: uuid.UUID,
    title: str,
    amount: Decimal,
    currency: str,
    expected_close_date: date,
    notes: str | None = None,
    source_lead_id: uuid.UUID | None = None,
) -> Opportunity:
    now = utcnow()
    chance = _effective_probability(stage, probability)
    # Opened past the first stages (a deal met mid-way): those were never entered.
    skipped = stage_path.stages_before(pipeline, stage)
    opportunity = Opportunity(
        customer_id=customer_id,
        contact_id=contact_id,
        title=title,
        amount=round_amount(amount, currency),
        currency=currency,
        expected_close_date=expected_close_date,
        owner_id=owner_id,
        territory_id=territory_id,
        pipeline_id=pipeline.id,
        stage_id=stage.id,
        status=OpportunityStatus.OPEN,
        probability=chance,
        weighted_amount=weighted(amount, chance, currency),
        stage_entered_at=now,
        skipped_stage_ids=[str(s.id) for s in skipped],
        details=details,
        source_lead_id=source_lead_id,
        notes=notes,
    )
    if client_id:
        opportunity.id = client_id
    events.note(
        opportunity,
        "opportunity.created",
        data={"stage_id": stage.id, "stage": stage.name, "amount": opportunity.amount},
    )
    await OpportunityRepository(session, principal).insert(opportunity)
    history = _history(
        principal,
        opportunity,
        from_stage=None,
        to_stage=stage,
        details=details,
        kind=StageHistoryKind.OPENED,
        path=stage_path.StagePath(target_details=details, skipped=skipped),
    )
    await StageHistoryRepository(session, principal).insert(history)
    return opportunity


async def create_opportunity(
    session: AsyncSession, principal: Principal, *, data: OpportunityCreate
) -> Saved[Opportunity]:
    repo = OpportunityRepository(session, principal)
    if replayed := await repo.find_replayed_create(data.id):
        return Saved(replayed, created=False)
    # (``create_once`` does not fit: the deal and its first history row are made together.)
    owner_id = data.owner_id or principal.user_id
    if owner_id is None:
        raise InvalidReference("owner_id")
    await _check_owner(session, principal, owner_id)
    customer = await _customer_and_contact(
        session, principal, customer_id=data.customer_id, contact_id=data.contact_id
    )
    pipeline = await pipelines.pipeline_or_default(session, principal, data.pipeline_id)
    if data.stage_id is None:
        stage = pipelines.entry_stage(pipeline)
    else:
        stage = pipelines.find_stage(pipeline, data.stage_id, field="stage_id")
        if stage.kind is not StageKind.OPEN:
            raise InvalidReference("stage_id")
    details = pipelines.check_stage_details(stage, data.details)
    opportunity = await _open(
        session,
        principal,
        client_id=data.id,
        customer_id=customer.id,
        territory_id=customer.territory_id,
        contact_id=data.contact_id,
        pipeline=pipeline,
        stage=stage,
        details=details,
        probability=data.probability,
        owner_id=owner_id,
        title=data.title,
        amount=data.amount,
        currency=data.currency,
        expected_close_date=data.expected_close_date,
        notes=data.notes,
    )
    return Saved(opportunity, created=True)


async def open_from_lead(
    session: AsyncSession,
    principal: Principal,
    *,
    lead_id: uuid.UUID,
    customer_id: uuid.UUID,
    territory_id: uuid.UUID | None,
    contact_id: uuid.UUID | None,
    owner_id: uuid.UUID,
    pipeline_id: uuid.UUID | None,
    title: str,
    amount: Decimal,
    currency: str,
    expected_close_date: date,
) -> Opportunity:
    """The deal a converted lead opens, in the first stage of the (default) pipeline. The
    lead's owner owns it; the caller was allowed to convert the lead."""
    pipeline = await pipelines.pipeline_or_default(session, principal, pipeline_id)
    stage = pipelines.entry_stage(pipeline)
    details = pipelines.check_stage_details(stage, {}, loc=("body", "opportunity_details"))
    return await _open(
        session,
        principal,
        client_id=None,
        customer_id=customer_id,
        territory_id=territory_id,
        contact_id=contact_id,
        pipeline=pipeline,
        stage=stage,
        details=details,
        probability=None,
        owner_id=owner_id,
        title=title,
        amount=amount,
        currency=currency,
        expected_close_date=expected_close_date,
        source_lead_id=lead_id,
    )


# --- changing ---------------------------------------------------------------------


async def update_opportunity(
    session: AsyncSession,
    principal: Principal,
    opportunity: Opportunity,
    *,
    data: OpportunityUpdate,
) -> Opportunity:
    if opportunity.status is not OpportunityStatus.OPEN:
        raise OpportunityClosed()
    changes = data.model_dump(exclude_unset=True)
    for field in ("title", "amount", "currency", "expected_close_date", "probability"):
        if field in changes and changes[field] is None:
            raise InvalidReference(field)
    if "owner_id" in changes:
        if changes["owner_id"] is None:
            raise InvalidReference("owner_id")
        if changes["owner_id"] != opportunity.owner_id:
            await _check_owner(session, principal, changes["owner_id"])
    if changes.get("contact_id") is not None:
        await _customer_and_contact(
            session,
            principal,
            customer_id=opportunity.customer_id,
            contact_id=changes["contact_id"],
        )
    for field, value in changes.items():
        setattr(opportunity, field, value)
    opportunity.amount = round_amount(opportunity.amount, opportunity.currency)
    opportunity.weighted_amount = weighted(
        opportunity.amount, opportunity.probability, opportunity.currency
    )
    await session.flush()
    return opportunity


async def move_opportunity(
    session: AsyncSession, principal: Principal, opportunity: Opportunity, *, data: StageMove
) -> Opportunity:
    opportunity = await OpportunityRepository(session, principal).lock(opportunity)
    if opportunity.status is not OpportunityStatus.OPEN:
        raise OpportunityClosed()
    if data.stage_id == opportunity.stage_id:
        raise AlreadyInStage()
    pipeline = await pipelines.get_pipeline(session, principal, opportunity.pipeline_id)
    stage = pipelines.find_stage(pipeline, data.stage_id, field="stage_id")
    current = pipelines.find_stage(pipeline, opportunity.stage_id, field="stage_id")
    path = stage_path.check_path(
        stage_path.stages_between(pipeline, current, stage),
        stage,
        data.details,
        held=opportunity.details,
    )
    await _enter_stage(
        session,
        principal,
        opportunity,
        pipeline=pipeline,
        current=current,
        stage=stage,
        path=path,
        probability=data.probability,
        kind=StageHistoryKind.MOVED,
        given=data.details.keys(),
    )
    return opportunity


async def reopen_opportunity(
    session: AsyncSession,
    principal: Principal,
    opportunity: Opportunity,
    *,
    data: OpportunityReopen,
) -> Opportunity:
    """A won or lost deal back in an open stage: where it closed from unless named."""
    opportunity = await OpportunityRepository(session, principal).lock(opportunity)
    if opportunity.status is OpportunityStatus.OPEN:
        raise OpportunityNotClosed()
    pipeline = await pipelines.get_pipeline(session, principal, opportunity.pipeline_id)
    current = pipelines.find_stage(pipeline, opportunity.stage_id, field="stage_id")
    open_stages = stage_path.open_stages(pipeline)
    closed_from = next((s for s in open_stages if s.id == opportunity.closed_from_stage_id), None)
    if data.stage_id is not None:
        stage = pipelines.find_stage(pipeline, data.stage_id, field="stage_id")
        if stage.kind is not StageKind.OPEN:
            raise InvalidReference("stage_id")
    else:
        stage = closed_from or pipelines.entry_stage(pipeline)
    # The closing stage's own details (lost_reason, competitor) no longer describe the deal.
    held = {
        k: v
        for k, v in opportunity.details.items()
        if k not in {spec["key"] for spec in current.required_fields}
    }
    path = stage_path.check_path(
        stage_path.stages_between(pipeline, closed_from, stage),
        stage,
        data.details,
        held=held,
        target_may_use_held=True,
    )
    opportunity.details = held
    opportunity.closed_at = None
    opportunity.closed_from_stage_id = None
    opportunity.lost_reason = None
    opportunity.competitor = None
    await _enter_stage(
        session,
        principal,
        opportunity,
        pipeline=pipeline,
        current=current,
        stage=stage,
        path=path,
        probability=data.probability,
        kind=StageHistoryKind.REOPENED,
        given=data.details.keys(),
        reason=data.reason.strip() if data.reason and data.reason.strip() else None,
    )
    return opportunity


async def win_for_order(
    session: AsyncSession,
    principal: Principal,
    opportunity_id: uuid.UUID,
    *,
    order_number: str,
) -> bool:
    """A confirmed sales order wins its deal (decision 0018): an open deal the caller may
    see moves to its pipeline's won stage (a close from any open stage, as a move to Won
    would), its history row naming the order. A closed deal is left as it is, and
    so is one whose won stage asks for details the order cannot give (someone closes it
    by hand). Answers whether the deal was won now."""
    repo = OpportunityRepository(session, principal)
    found = await repo.get(opportunity_id)
    if found is None:
        return False
    opportunity = await repo.lock(found)
    if opportunity.status is not OpportunityStatus.OPEN:
        return False
    pipeline = await pipelines.get_pipeline(session, principal, opportunity.pipeline_id)
    won = next((s for s in pipeline.stages if s.kind is StageKind.WON), None)
    if won is None or any(spec.get("required", True) for spec in won.required_fields):
        return False
    current = pipelines.find_stage(pipeline, opportunity.stage_id, field="stage_id")
    path = stage_path.check_path([], won, {}, held=opportunity.details)
    await _enter_stage(
        session,
        principal,
        opportunity,
        pipeline=pipeline,
        current=current,
        stage=won,
        path=path,
        probability=None,
        kind=StageHistoryKind.MOVED,
        given=(),
        reason=f"Sales order {order_number} confirmed",
    )
    return True


async def _enter_stage(
    session: AsyncSession,
    principal: Principal,
    opportunity: Opportunity,
    *,
    pipeline: Pipeline,
    current: PipelineStage,
    stage: PipelineStage,
    path: stage_path.StagePath,
    probability: int | None,
    kind: StageHistoryKind,
    given: Collection[str],
    reason: str | None = None,
) -> None:
    """The deal in ``stage``: its fields, a history row and the deal's event (one per
    change: the timeline, the audit log and the change feed read it). The history keeps
    the details this request brought (``given``), not those the deal already held."""
    details = path.details
    history = _history(
        principal,
        opportunity,
        from_stage=current,
        to_stage=stage,
        details={k: v for k, v in details.items() if k in given},
        kind=kind,
        path=path,
        reason=reason,
    )
    previous_status = opportunity.status
    opportunity.stage_id = stage.id
    opportunity.stage_entered_at = history.moved_at
    opportunity.status = _STATUS_OF_KIND[stage.kind]
    opportunity.probability = _effective_probability(stage, probability)
    opportunity.weighted_amount = weighted(
        opportunity.amount, opportunity.probability, opportunity.currency
    )
    opportunity.details = {**opportunity.details, **details}
    if stage.kind is StageKind.OPEN:
        opportunity.skipped_stage_ids = stage_path.skipped_after(
            pipeline, opportunity.skipped_stage_ids, target=stage, path=path
        )
    else:
        opportunity.closed_at = history.moved_at
        opportunity.closed_from_stage_id = current.id
    if stage.kind is StageKind.LOST:
        opportunity.lost_reason = details.get("lost_reason")
        opportunity.competitor = details.get("competitor")
    history.probability = opportunity.probability
    data: dict[str, Any] = {
        "from_stage_id": current.id,
        "from_stage": current.name,
        "to_stage_id": stage.id,
        "to_stage": stage.name,
        "status": opportunity.status,
        "details": details,
    }
    if path.passed or path.skipped:
        data["passed"] = [s.name for s in path.passed]
        data["skipped"] = [s.name for s in path.skipped]
    if kind is StageHistoryKind.REOPENED:
        data["previous_status"] = previous_status
        data["reason"] = reason
    event = "opportunity.reopened" if kind is StageHistoryKind.REOPENED else _MOVE_EVENT[stage.kind]
    events.note(opportunity, event, occurred_at=history.moved_at, data=data)
    await StageHistoryRepository(session, principal).insert(history)


# --- the board --------------------------------------------------------------------


async def board(
    session: AsyncSession,
    principal: Principal,
    *,
    pipeline_id: uuid.UUID | None,
    owner_id: uuid.UUID | None,
    territory_id: uuid.UUID | None,
    cards_per_stage: int,
) -> bytes:
    """The board's answer in two statements whatever the data: the pipeline with its
    stages, then per stage the count, per-currency sums (never converted) and the first
    cards by expected close date, all within the caller's scope."""
    pipeline = await pipelines.pipeline_item_or_default(session, principal, pipeline_id)
    repo = OpportunityRepository(session, principal)
    stmt = repo.filtered(
        pipeline_id=uuid.UUID(pipeline["id"]), owner_id=owner_id, territory_id=territory_id
    )
    columns = {
        stage["id"]: {"stage": stage, "count": 0, "totals": [], "cards": [], "next_cursor": None}
        for stage in pipeline["stages"]
    }
    last: dict[str, tuple[date, uuid.UUID]] = {}
    for row in await repo.board_rows(stmt, per_stage=cards_per_stage):
        column = columns[str(row.stage_id)]
        if row.has_totals:
            column["count"] += row.count
            column["totals"].append(
                {
                    "currency": row.currency,
                    "count": row.count,
                    "amount": format_amount(row.amount, row.currency),
                    "weighted_amount": format_amount(row.weighted, row.currency),
                }
            )
        if row.card is not None:
            column["cards"].append(written(row.card))
            last[str(row.stage_id)] = (row.expected_close_date, row.id)
    order = OPPORTUNITY_SORT.parse("expected_close_date")
    for stage_id, column in columns.items():
        column["totals"].sort(key=lambda t: (t["currency"] != COMPANY_CURRENCY, t["currency"]))
        if column["count"] > len(column["cards"]) and stage_id in last:
            column["next_cursor"] = encode_cursor(order, *last[stage_id])
    return dumps(
        {
            "pipeline_id": pipeline["id"],
            "pipeline_name": pipeline["name"],
            "columns": list(columns.values()),
        }
    )


# --- for reports --------------------------------------------------------------------


def open_pipeline(principal: Principal) -> Any:
    """The caller's open deals summed per stage and currency: a subquery for the
    dashboard (``OpportunityRepository.open_pipeline``)."""
    return OpportunityRepository.open_pipeline(principal)


def unscoped_outcomes() -> Any:
    """(opportunity_id, status, closed_at, created_at) of every deal: how a converted
    lead ended, for the leads report's scoped statement."""
    return OpportunityRepository.unscoped_outcomes()


def forecast_deals(principal: Principal, *, start: date, end: date, today: date) -> Any:
    """The caller's open deals expected by ``end`` and deals won in the span: a
    compound select for the forecast report (``OpportunityRepository.forecast_deals``)."""
    return OpportunityRepository.forecast_deals(principal, start=start, end=end, today=today)


def closed_deals(principal: Principal, *, start: date, end: date) -> Any:
    """The caller's deals won or lost on the company's days ``start`` to ``end``: a
    subquery for the sales report (``OpportunityRepository.closed_deals`` names the
    columns)."""
    return OpportunityRepository.closed_deals(principal, start=start, end=end)


# --- the change feed ----------------------------------------------------------------


async def opportunity_feed(
    session: AsyncSession, principal: Principal, ids: Collection[uuid.UUID]
) -> list[FeedRecord]:
    return await load_feed(OpportunityRepository(session, principal), OPPORTUNITY_READ, ids)

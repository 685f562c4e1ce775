"""The change feed: what changed since a client's last pull, scoped like every read.

A pull reads a page of events after the client's position (``sync/repository.py``),
keeps the latest per record, loads those records' current state through their
domain's loader (scoped, so a record that left the caller's sight cannot come back
with data), and answers upserts and tombstones. The next cursor is the position after
the last event read, or the stream's head when the page was not full, so a quiet
client never rescans what others changed. A record changed several times within a
page appears once, with its current state.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.activities import service as activities
from app.core.access import Permission, Principal, scope_rule
from app.core.errors import Forbidden
from app.core.events import Position, tracked_models
from app.core.feed import FeedLoader, FeedRecord, decode_feed_cursor, encode_feed_cursor
from app.customers import service as customers
from app.duty import service as duty
from app.expenses import service as expenses
from app.invoices import service as invoices
from app.leads import service as leads
from app.notifications import service as notifications
from app.opportunities import service as opportunities
from app.pipelines import service as pipelines
from app.price_lists import service as price_lists
from app.products import service as products
from app.quotes import service as quotes
from app.sales_orders import service as sales_orders
from app.sync.repository import ChangeFeedRepository, FeedEvent
from app.sync.schemas import ChangeOp, FeedEntity, TombstoneReason
from app.taxes import service as taxes
from app.todos import service as todos
from app.users import service as users
from app.visits import service as visits

DEFAULT_LIMIT = 500
MAX_LIMIT = 1000
LOADERS: dict[FeedEntity, FeedLoader] = {
    FeedEntity.CUSTOMERS: customers.customer_feed,
    FeedEntity.CONTACTS: customers.contact_feed,
    FeedEntity.LEADS: leads.lead_feed,
    FeedEntity.OPPORTUNITIES: opportunities.opportunity_feed,
    FeedEntity.ACTIVITIES: activities.activity_feed,
    FeedEntity.PIPELINES: pipelines.pipeline_feed,
    FeedEntity.USERS: users.user_feed,
    FeedEntity.TEAMS: users.team_feed,
    FeedEntity.TERRITORIES: users.territory_feed,
    FeedEntity.NOTIFICATIONS: notifications.notification_feed,
    FeedEntity.PRODUCTS: products.product_feed,
    FeedEntity.TAX_CATEGORIES: taxes.tax_category_feed,
    FeedEntity.PRICE_LISTS: price_lists.price_list_feed,
    FeedEntity.QUOTES: quotes.quote_feed,
    FeedEntity.SALES_ORDERS: sales_orders.sales_order_feed,
    FeedEntity.DUTY_DAYS: duty.duty_day_feed,
    FeedEntity.VISITS: visits.visit_feed,
    FeedEntity.VISIT_REPORTS: visits.visit_report_feed,
    FeedEntity.TODOS: todos.todo_feed,
    FeedEntity.EXPENSE_REPORTS: expenses.expense_report_feed,
    FeedEntity.EXPENSE_LINES: expenses.expense_line_feed,
    FeedEntity.INVOICES: invoices.invoice_feed,
}


# The read permission that carries each entity for an API key (decision 0038); None:
# never a key's (a person's notifications). A key pulls the entities its scopes carry.
KEY_READS: dict[FeedEntity, Permission | None] = {
    FeedEntity.CUSTOMERS: Permission.CUSTOMERS_READ,
    FeedEntity.CONTACTS: Permission.CUSTOMERS_READ,
    FeedEntity.LEADS: Permission.LEADS_READ,
    FeedEntity.OPPORTUNITIES: Permission.OPPORTUNITIES_READ,
    FeedEntity.ACTIVITIES: Permission.ACTIVITIES_READ,
    FeedEntity.PIPELINES: Permission.OPPORTUNITIES_READ,
    FeedEntity.USERS: Permission.USERS_READ,
    FeedEntity.TEAMS: Permission.USERS_READ,
    FeedEntity.TERRITORIES: Permission.USERS_READ,
    FeedEntity.NOTIFICATIONS: None,
    FeedEntity.PRODUCTS: Permission.PRODUCTS_READ,
    FeedEntity.TAX_CATEGORIES: Permission.PRODUCTS_READ,
    FeedEntity.PRICE_LISTS: Permission.PRODUCTS_READ,
    FeedEntity.QUOTES: Permission.QUOTES_READ,
    FeedEntity.SALES_ORDERS: Permission.SALES_ORDERS_READ,
    FeedEntity.DUTY_DAYS: Permission.FIELD_READ,
    FeedEntity.VISITS: Permission.FIELD_READ,
    FeedEntity.VISIT_REPORTS: Permission.FIELD_READ,
    FeedEntity.TODOS: Permission.FIELD_READ,
    FeedEntity.EXPENSE_REPORTS: Permission.FIELD_READ,
    FeedEntity.EXPENSE_LINES: Permission.FIELD_READ,
    FeedEntity.INVOICES: Permission.INVOICES_READ,
}


def entities_for(principal: Principal, asked: set[FeedEntity]) -> set[FeedEntity]:
    """What a pull carries: what was asked (all by default). An API key gets the entities
    its read scopes carry; asking for another is its 403 (the scope it lacks, or that a
    key never reads it)."""
    if principal.api_key_id is None:
        return asked or set(FeedEntity)
    readable = {e for e, needed in KEY_READS.items() if needed and principal.has(needed)}
    for entity in asked - readable:
        needed = KEY_READS[entity]
        if needed is None:
            raise Forbidden(
                f"API keys cannot read {entity.value}: they are a person's",
                code="auth.not_for_api_keys",
            )
        principal.require(needed)
    if not asked and not readable:
        raise Forbidden(
            "This API key reads none of the records the change feed carries",
            code="auth.missing_scope",
        )
    return asked or readable


def _unseen_is_silent() -> frozenset[str]:
    """Feed entities scoped by a custom rule (price lists: shared ones, and customers'
    own for those who may see the customer). Their events cannot be judged by the keys
    an event keeps, so every caller's page holds them; one the caller cannot load was
    never theirs and is left out rather than handed out as a tombstone (which would
    name a record they may not see). A customer's own list goes with its customer."""
    return frozenset(
        tracked.feed
        for model, tracked in tracked_models().items()
        if tracked.feed and tracked.feed_id == "id" and scope_rule(model).shape == "custom"
    )


def _tombstone_reason(event: FeedEvent, record: FeedRecord | None) -> TombstoneReason:
    if record is not None and record.archived:
        return TombstoneReason.ARCHIVED
    if event.operation == "deleted":
        return TombstoneReason.DELETED
    if event.type.endswith(".archived"):
        return TombstoneReason.ARCHIVED
    return TombstoneReason.OUT_OF_SCOPE


async def _load(
    session: AsyncSession, principal: Principal, entity: FeedEntity, ids: Collection[uuid.UUID]
) -> dict[uuid.UUID, FeedRecord]:
    return {r.id: r for r in await LOADERS[entity](session, principal, ids)}


async def changes(
    session: AsyncSession,
    principal: Principal,
    *,
    since: str | None,
    entities: set[FeedEntity] | None,
    limit: int,
) -> dict[str, Any]:
    after: Position | None = decode_feed_cursor(since, principal) if since else None
    wanted = {e.value for e in entities_for(principal, entities or set())}
    repo = ChangeFeedRepository(session, principal)
    found = await repo.page(after, entities=wanted, limit=limit + 1)
    has_more = len(found) > limit
    found = found[:limit]
    latest: dict[tuple[str, uuid.UUID], FeedEvent] = {}
    for event in found:
        key = (event.feed_entity, event.feed_id)
        latest.pop(key, None)
        latest[key] = event  # re-inserted: ordered by each record's last change
    records: dict[FeedEntity, dict[uuid.UUID, FeedRecord]] = {}
    for entity_name in {name for name, _ in latest}:
        entity = FeedEntity(entity_name)
        ids = [record_id for name, record_id in latest if name == entity_name]
        records[entity] = await _load(session, principal, entity, ids)
    result = []
    silent = _unseen_is_silent()
    for (entity_name, record_id), event in latest.items():
        entity = FeedEntity(entity_name)
        record = records[entity].get(record_id)
        if record is None and event.operation != "deleted" and entity_name in silent:
            continue
        if record is not None and not record.archived:
            result.append(
                {
                    "entity": entity,
                    "id": record_id,
                    "op": ChangeOp.UPSERT,
                    "version": record.version,
                    "reason": None,
                    "data": record.data,
                }
            )
        else:
            result.append(
                {
                    "entity": entity,
                    "id": record_id,
                    "op": ChangeOp.DELETE,
                    "version": None,
                    "reason": _tombstone_reason(event, record),
                    "data": None,
                }
            )
    if has_more:
        position: Position | None = (found[-1].txid, found[-1].seq)
    else:
        position = await repo.head(after) or after
    cursor = encode_feed_cursor(position or (0, 0), principal)
    # The answer (ChangePage), built as data and serialised once by the router.
    return {"changes": result, "next_cursor": cursor, "has_more": has_more}


async def current_cursor(session: AsyncSession, principal: Principal) -> str:
    """The stream's head now: a client that loaded full lists pulls deltas from here (a
    key that reads nothing the feed carries: its 403)."""
    entities_for(principal, set())
    position = await ChangeFeedRepository(session, principal).head(None)
    return encode_feed_cursor(position or (0, 0), principal)

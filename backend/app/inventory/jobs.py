"""The inventory domain's background work: a consumer of the event stream that gives
back the stock a cancelled document held.

A document's own domain may call ``service.release`` in its cancel transaction (the
stock is free at once); this consumer is the net under it, for a domain that only
records its cancel: ``sales_order.cancelled`` releases every reservation of that sales
order. Releasing is idempotent, so both together are harmless.
"""

from __future__ import annotations

from procrastinate import Blueprint
from sqlalchemy.ext.asyncio import AsyncSession

from app.core import projections
from app.core.events import DomainEvent
from app.inventory import service
from app.inventory.schemas import StockDocument

blueprint = Blueprint()

# The event that cancels a document -> the document type its reservations carry.
RELEASED_BY = {"sales_order.cancelled": "sales_order"}


async def _release_cancelled(session: AsyncSession, found: list[DomainEvent]) -> None:
    for event in found:
        await service.release(
            session, document=StockDocument(RELEASED_BY[event.type], event.entity_id)
        )


projections.consume("inventory.release_cancelled", set(RELEASED_BY), _release_cancelled)

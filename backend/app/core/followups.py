"""A document that follows another domain's document, made without an import cycle.

Accepting a quote creates its sales order in the same transaction, but the sales orders
domain reads quotes (their lines, their approved prices), so the quotes domain cannot
import it. The quotes service asks here for the follow-up of ``kind``; the domain that
makes it registers its maker when its service is imported (the API imports every
router, hence every service). The maker runs in the caller's session and transaction
and answers the new (or, on a replay, the existing) document's id. Asking for a kind no
domain provides is a programming error, never a silent skip.
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.access import Principal

Maker = Callable[[AsyncSession, Principal, Any], Awaitable[uuid.UUID]]
SALES_ORDER_FROM_QUOTE = "sales_order_from_quote"
_MAKERS: dict[str, Maker] = {}


def provide(kind: str, maker: Maker) -> None:
    """Register the maker of ``kind`` (one per kind; registering again replaces it,
    which re-imports in tests do)."""
    _MAKERS[kind] = maker


async def follow(kind: str, session: AsyncSession, principal: Principal, source: Any) -> uuid.UUID:
    """The id of the document following ``source``, made by the domain providing ``kind``."""
    try:
        maker = _MAKERS[kind]
    except KeyError:
        raise RuntimeError(f"no domain provides {kind!r}: import its service") from None
    return await maker(session, principal, source)


# --- reactions: what other domains record when money documents move ----------------------
#
# An invoice issued, credited or paid changes what its source document (a sales order)
# shows as invoiced and collected, in the same transaction. The invoicing domain cannot
# import the orders domain (orders bill through the invoices service), so it tells here
# what happened, as plain data; a domain that keeps such figures registers a reaction
# when its service is imported. Zero reactions is fine (a direct invoice has no source
# anyone records); a reaction that refuses (e.g. more than planned) fails the whole
# request, so nothing is half-recorded.

INVOICE_BILLED = "invoice_billed"
INVOICE_COLLECTED = "invoice_collected"


@dataclass(frozen=True)
class Billed:
    """Money billed (an issued invoice, positive) or taken back (a credit note,
    negative) against a source document, or collected on it (a payment's allocation):
    ``amount`` for a milestone, ``line_quantities`` (source line id -> quantity) for
    lines billed by quantity."""

    document_type: str
    document_id: uuid.UUID
    milestone_id: uuid.UUID | None
    amount: Decimal
    line_quantities: dict[uuid.UUID, Decimal] = field(default_factory=dict)


Reaction = Callable[[AsyncSession, Billed], Awaitable[None]]
_REACTIONS: dict[str, dict[str, Reaction]] = {}


def react(kind: str, name: str, reaction: Reaction) -> None:
    """Register ``reaction`` to ``kind`` under ``name`` (registering a name again
    replaces it, which re-imports in tests do)."""
    _REACTIONS.setdefault(kind, {})[name] = reaction


async def tell(kind: str, session: AsyncSession, what: Billed) -> None:
    """Run every reaction to ``kind`` in the caller's transaction."""
    for reaction in list(_REACTIONS.get(kind, {}).values()):
        await reaction(session, what)


# --- references: how a document names its source, for print ----------------------------

Describer = Callable[[AsyncSession, uuid.UUID], Awaitable[str | None]]
_DESCRIBERS: dict[str, Describer] = {}


def describe_with(document_type: str, describer: Describer) -> None:
    """Register how documents of ``document_type`` are named on other documents."""
    _DESCRIBERS[document_type] = describer


async def reference_of(
    document_type: str, session: AsyncSession, document_id: uuid.UUID | None
) -> str | None:
    """The printed reference of a source document (e.g. an invoice's order and the
    customer's PO), or None when there is none or no domain describes that type."""
    describer = _DESCRIBERS.get(document_type)
    if describer is None or document_id is None:
        return None
    return await describer(session, document_id)

"""The customer timeline: everything that happened with a customer, read from the
event stream (``core/events.py``), so a domain appears on it by having its records
tracked with a ``customer`` and its event types listed in ``TimelineKind``.

An event shows to a caller who may see the customer; an event about a record that is
private to its owner (a deal, an activity, a lead) only to callers who may also see
that owner, so the timeline never reveals what a direct read would refuse.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Select, literal, or_, select

from app.core.access import Principal, owned_rows
from app.core.events import DomainEvent, tracked_models
from app.core.pagination import SortOptions
from app.core.reads import ReadModel


class TimelineKind(StrEnum):
    """The event types a customer's timeline shows (the client picks icons by prefix)."""

    CUSTOMER_CREATED = "customer.created"
    CUSTOMER_UPDATED = "customer.updated"
    CUSTOMER_ARCHIVED = "customer.archived"
    CUSTOMER_UNARCHIVED = "customer.unarchived"
    CONTACT_CREATED = "contact.created"
    CONTACT_UPDATED = "contact.updated"
    CONTACT_ARCHIVED = "contact.archived"
    CONTACT_ERASED = "contact.erased"
    LEAD_CONVERTED = "lead.converted"
    OPPORTUNITY_CREATED = "opportunity.created"
    OPPORTUNITY_UPDATED = "opportunity.updated"
    OPPORTUNITY_STAGE_CHANGED = "opportunity.stage_changed"
    OPPORTUNITY_WON = "opportunity.won"
    OPPORTUNITY_LOST = "opportunity.lost"
    OPPORTUNITY_REOPENED = "opportunity.reopened"
    ACTIVITY_PLANNED = "activity.planned"
    ACTIVITY_COMPLETED = "activity.completed"
    ACTIVITY_CANCELLED = "activity.cancelled"
    QUOTE_CREATED = "quote.created"
    QUOTE_SUBMITTED = "quote.submitted"
    QUOTE_APPROVED = "quote.approved"
    QUOTE_DECLINED = "quote.declined"
    QUOTE_SENT = "quote.sent"
    QUOTE_ACCEPTED = "quote.accepted"
    QUOTE_REJECTED = "quote.rejected"
    QUOTE_EXPIRED = "quote.expired"
    QUOTE_REVISED = "quote.revised"
    SALES_ORDER_CREATED = "sales_order.created"
    SALES_ORDER_CONFIRMED = "sales_order.confirmed"
    SALES_ORDER_DELIVERED = "sales_order.delivered"
    SALES_ORDER_CLOSED = "sales_order.closed"
    SALES_ORDER_CANCELLED = "sales_order.cancelled"
    VISIT_PLANNED = "visit.planned"
    VISIT_CHECKED_IN = "visit.checked_in"
    VISIT_CHECKED_OUT = "visit.checked_out"
    VISIT_CANCELLED = "visit.cancelled"
    VISIT_REPORTED = "visit.reported"
    INVOICE_ISSUED = "invoice.issued"
    INVOICE_PARTIALLY_PAID = "invoice.partially_paid"
    INVOICE_PAID = "invoice.paid"
    INVOICE_CREDITED = "invoice.credited"
    INVOICE_VOIDED = "invoice.voided"
    CREDIT_NOTE_ISSUED = "credit_note.issued"
    PAYMENT_RECEIVED = "payment.received"
    DELIVERY_SHIPPED = "delivery.shipped"
    DELIVERY_DELIVERED = "delivery.delivered"


TIMELINE_SORT = SortOptions("-occurred_at", occurred_at=DomainEvent.occurred_at)


def _titled(item: dict[str, Any], hidden: Mapping[str, Any]) -> None:
    item["title"] = title_of(item["kind"], hidden["label"], item.get("data"), hidden["after"])


def timeline_read_model(schema: type[Any]) -> ReadModel:
    """The read path (core/reads/) over the event stream; ``schema`` is the answer
    model, given by the customers domain (core knows no domain's schemas)."""
    return ReadModel(
        DomainEvent,
        schema,
        fields={
            "kind": DomainEvent.type,
            "title": literal(""),
            "subject_type": DomainEvent.entity_type,
            "subject_id": DomainEvent.entity_id,
        },
        hidden={"label": DomainEvent.label, "after": DomainEvent.after},
        finish=_titled,
        key=DomainEvent.seq,
    )


_OWNER_VISIBLE = owned_rows(DomainEvent.owner_id)


def _private_entity_types() -> list[str]:
    return [m.__tablename__ for m, t in tracked_models().items() if t.private_to_owner]


def timeline_of(
    principal: Principal, customer_id: uuid.UUID, *, kinds: list[TimelineKind] | None
) -> Select[DomainEvent]:
    """The events of one customer the caller may see; the caller's right to see the
    customer itself is checked before (the customer's 404)."""
    wanted = [k.value for k in kinds] if kinds else [k.value for k in TimelineKind]
    visible: ColumnElement[bool] = or_(
        DomainEvent.entity_type.not_in(_private_entity_types()), _OWNER_VISIBLE(principal)
    )
    return select(DomainEvent).where(
        DomainEvent.customer_id == customer_id, DomainEvent.type.in_(wanted), visible
    )


_NOUNS = {
    "customer": "Customer",
    "contact": "Contact",
    "lead": "Lead",
    "opportunity": "Deal",
    "activity": "Activity",
    "quote": "Quote",
    "sales_order": "Sales order",
    "visit": "Visit",
    "invoice": "Invoice",
    "credit_note": "Credit note",
    "payment": "Payment",
    "delivery": "Delivery",
}


def _fields(after: Mapping[str, Any] | None) -> str:
    changed = sorted((after or {}).keys())
    return ", ".join(name.replace("_", " ") for name in changed) or "details"


def title_of(
    kind: str, label: str | None, data: Mapping[str, Any] | None, after: Mapping[str, Any] | None
) -> str:
    """A sentence for the event, from its type, the record's name and the event's data."""
    noun = _NOUNS.get(kind.split(".")[0], "Record")
    label = label or noun
    data = data or {}
    if kind == TimelineKind.OPPORTUNITY_CREATED and data.get("stage"):
        return f"Deal {label} opened in {data['stage']}"
    if kind in (
        TimelineKind.OPPORTUNITY_STAGE_CHANGED,
        TimelineKind.OPPORTUNITY_WON,
        TimelineKind.OPPORTUNITY_LOST,
        TimelineKind.OPPORTUNITY_REOPENED,
    ) and data.get("to_stage"):
        return f"{label}: {data.get('from_stage', '?')} → {data['to_stage']}"
    if kind.startswith("activity.") and data.get("type"):
        kind_name = str(data["type"]).capitalize()
        verb = {"activity.planned": "planned", "activity.completed": "done"}.get(kind, "cancelled")
        return f"{kind_name} {verb}: {label}"
    if kind.startswith("visit."):
        return _visit_title(kind, label, data)
    if kind.endswith(".updated"):
        return f"{noun} {label} updated: {_fields(after)}"
    verb = kind.split(".", 1)[1].replace("_", " ")
    return f"{noun} {label} {verb}"


def _visit_title(kind: str, label: str | None, data: Mapping[str, Any]) -> str:
    if kind == TimelineKind.VISIT_PLANNED:
        return f"Visit planned for {data.get('planned_date', 'a later day')}"
    if kind == TimelineKind.VISIT_CHECKED_IN:
        distance = data.get("distance_m")
        where = f" {float(distance) / 1000:.1f} km from the address" if distance is not None else ""
        flags = ", ".join(str(flag).replace("_", " ") for flag in data.get("flags") or [])
        return f"Checked in{where}" + (f" (flagged: {flags})" if flags else "")
    if kind == TimelineKind.VISIT_CHECKED_OUT:
        return f"Visit done ({data.get('duration_minutes', '?')} min)"
    if kind == TimelineKind.VISIT_REPORTED:
        return f"Visit report: {label}" if label else "Visit report"
    return "Visit cancelled"

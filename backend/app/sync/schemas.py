from __future__ import annotations

import uuid
from enum import StrEnum
from typing import Any

from pydantic import Field

from app.core.push import ItemResult
from app.core.schemas import InputModel, OutputModel


class FeedEntity(StrEnum):
    """The records the change feed carries (what the phone keeps a copy of)."""

    CUSTOMERS = "customers"
    CONTACTS = "contacts"
    LEADS = "leads"
    OPPORTUNITIES = "opportunities"
    ACTIVITIES = "activities"
    PIPELINES = "pipelines"
    USERS = "users"
    TEAMS = "teams"
    TERRITORIES = "territories"
    NOTIFICATIONS = "notifications"
    # The offline quote builder's catalogue (everyone's, plus customers' own price
    # lists for those who may see the customer) and the caller's quotes.
    PRODUCTS = "products"
    TAX_CATEGORIES = "tax_categories"
    PRICE_LISTS = "price_lists"
    QUOTES = "quotes"
    # The caller's orders as their list shows them (an accepted quote's order on the phone).
    SALES_ORDERS = "sales_orders"
    DUTY_DAYS = "duty_days"
    VISITS = "visits"
    VISIT_REPORTS = "visit_reports"
    TODOS = "todos"
    EXPENSE_REPORTS = "expense_reports"
    EXPENSE_LINES = "expense_lines"
    # Invoices and credit notes as their read answers them: what an integration exports
    # (API keys with invoices:read; decision 0038).
    INVOICES = "invoices"


class ChangeOp(StrEnum):
    UPSERT = "upsert"
    DELETE = "delete"


class TombstoneReason(StrEnum):
    DELETED = "deleted"
    ARCHIVED = "archived"
    OUT_OF_SCOPE = "out_of_scope"


class Change(OutputModel):
    """One record to store (``upsert``: its current state, as its read endpoint shows it)
    or to drop (``delete``: a tombstone, with why). A customer's tombstone drops its
    contacts too."""

    entity: FeedEntity
    id: uuid.UUID
    op: ChangeOp
    version: int | None = None
    reason: TombstoneReason | None = None
    data: dict[str, Any] | None = None


class ChangePage(OutputModel):
    changes: list[Change]
    next_cursor: str = Field(description="Send as `since` on the next pull (store it)")
    has_more: bool = Field(description="More changes wait: pull again at once")


class FeedCursor(OutputModel):
    cursor: str = Field(description="The feed's position now: pull deltas from here")


MAX_PUSH_RECORDS = 1000
MAX_PUSH_BYTES = 5 * 1024 * 1024


class PushEntity(StrEnum):
    """What the phone may push (the operations each takes: decision 0028)."""

    LOCATION_PINGS = "location_pings"
    DUTY_DAYS = "duty_days"
    VISITS = "visits"
    VISIT_REPORTS = "visit_reports"
    TODOS = "todos"
    LEADS = "leads"
    ACTIVITIES = "activities"
    OPPORTUNITIES = "opportunities"
    EXPENSE_REPORTS = "expense_reports"
    EXPENSE_LINES = "expense_lines"


class PushRecord(InputModel):
    """One change recorded offline."""

    client_id: uuid.UUID = Field(
        description="The change's id (a create's: the new record's id). Sending it again "
        "answers `duplicate` with the first answer."
    )
    entity: PushEntity
    operation: str = Field(
        min_length=1,
        max_length=40,
        description="create, update, delete or an action (end, cancel, check_in, "
        "check_in_unplanned, check_out, move, complete, move_stage)",
    )
    record_id: uuid.UUID | None = Field(
        default=None,
        description="The record an update, delete or action applies to (a visit report: "
        "its visit; an expense line: its report)",
    )
    base_version: int | None = Field(
        default=None, ge=1, description="The record's version the change was made on"
    )
    data: dict[str, Any] = Field(default_factory=dict)


class PushBatch(InputModel):
    records: list[PushRecord] = Field(
        min_length=1, description=f"1 to {MAX_PUSH_RECORDS} changes, in the order made"
    )


class FieldConflict(OutputModel):
    field: str
    server_value: Any = None
    client_value: Any = None


class PushResult(ItemResult):
    entity: PushEntity
    record_id: uuid.UUID | None = Field(default=None, description="The record written")
    version: int | None = Field(default=None, description="Its version now")
    server_version: int | None = Field(default=None, description="Set on a conflict")
    conflicts: list[FieldConflict] | None = Field(
        default=None, description="The fields both sides changed, with both values"
    )


class PushAnswer(OutputModel):
    """One result per change, in the order sent, and the counts of each outcome."""

    results: list[PushResult]
    applied: int
    duplicate: int
    conflict: int
    rejected: int

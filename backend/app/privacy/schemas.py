from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from pydantic import Field

from app.audit.schemas import AuditEntryRead
from app.core.personal_data import SubjectKind
from app.core.schemas import EntityRead, InputModel, OutputModel


class ErasureCreate(InputModel):
    kind: SubjectKind = Field(description="What the person is held as: a contact or a lead")
    subject_id: uuid.UUID = Field(description="The contact's or the lead's id")
    reason: str = Field(
        min_length=1,
        max_length=1000,
        description="Why (the request's reference, the legal ground). Stored with the "
        "person's name, e-mail and phone replaced by [erased].",
        examples=["Erasure request by e-mail, ticket 4711"],
    )


class ErasedSubject(OutputModel):
    kind: SubjectKind
    id: uuid.UUID


class ErasureRead(EntityRead):
    """That a person was erased: by whom, when (`created_at`), why; never their data."""

    kind: SubjectKind
    subject_id: uuid.UUID
    also_erased: list[ErasedSubject] = Field(
        description="The same person's other records erased with it (the contact a lead "
        "became, the lead a contact came from)"
    )
    reason: str
    erased_by_id: uuid.UUID | None
    rows_scrubbed: dict[str, int] = Field(
        description="Rows changed per table: the person's own, the records naming them, "
        "the stream's events (audit, timeline, webhooks) and stored answers"
    )


class ExportedRecord(OutputModel):
    """One of the person's own records, every column as it is."""

    kind: SubjectKind
    id: uuid.UUID
    fields: dict[str, Any]


class Appearance(OutputModel):
    """A record holding the person's data: linked to them (an activity with them, a
    quote to them), or naming them (a customer's e-mail, an event's before and after)."""

    table: str
    id: uuid.UUID
    linked: bool = Field(description="Linked to the person, not only naming them")
    fields: dict[str, Any] = Field(description="The columns holding their data, as they are")


class SubjectExport(OutputModel):
    """Everything held about a person (GDPR export), as one JSON file."""

    kind: SubjectKind
    subject_id: uuid.UUID
    exported_at: datetime
    records: list[ExportedRecord] = Field(
        description="The person's own records: this one and the same person's others"
    )
    appearances: list[Appearance]
    audit: list[AuditEntryRead] = Field(
        description="Every change of the person's own records, oldest first"
    )
    erasures: list[ErasureRead]

"""Erasures: the record that a person's data was erased (GDPR), and nothing of theirs.

Who erased (an admin), when, why, which person (the kind of record and its id: a
contact or a lead, and the same person's other records erased with it) and how many
rows of each table were scrubbed. The reason is stored with the person's name, e-mail
and phone replaced, so the record of an erasure holds no personal data of the person
it erased. Decision: docs/decisions/0042-privacy-erasure.md.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from app.core.access import register_scope, visible_to_everyone
from app.core.db import Entity, enum_column
from app.core.events import Tracked, track
from app.core.personal_data import SubjectKind


class Erasure(Entity):
    __tablename__ = "privacy_erasures"
    __table_args__ = (
        # One erasure per person's record: a second request answers the first.
        UniqueConstraint("kind", "subject_id"),
        Index("ix_privacy_erasures_created_at_id", "created_at", "id"),
    )

    kind: Mapped[SubjectKind] = mapped_column(enum_column(SubjectKind))
    subject_id: Mapped[uuid.UUID]
    # The same person's other records, erased with it: [{"kind": "lead", "id": "…"}].
    also_erased: Mapped[list[dict[str, Any]]] = mapped_column(JSONB, default=list)
    reason: Mapped[str] = mapped_column(String(1000))
    erased_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), index=True
    )
    # Rows changed per table: {"contacts": 1, "activities": 3, "events": 12}.
    rows_scrubbed: Mapped[dict[str, int]] = mapped_column(JSONB, default=dict)


# Only callers with privacy:manage (admins) reach erasures at all; among them, all.
register_scope(Erasure, visible_to_everyone())
# The audit log shows who erased whom (by id) and when.
track(Erasure, Tracked("privacy_erasure", label="kind"))

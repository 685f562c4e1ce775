"""backfill timeline event owners from their subjects (data)

Revision ID: c4e1f0a2b3d5
Revises: dd77f5552bae
Create Date: 2026-11-24 09:36:00+00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "c4e1f0a2b3d5"
down_revision: str | None = "dd77f5552bae"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SUBJECT_TABLES = ("activities", "opportunities", "leads")


def upgrade() -> None:
    for table in SUBJECT_TABLES:
        op.execute(
            f"UPDATE timeline_events SET owner_id = "
            f"(SELECT {table}.owner_id FROM {table} WHERE {table}.id = timeline_events.subject_id) "
            f"WHERE subject_type = '{table}'"
        )


def downgrade() -> None:
    op.execute("UPDATE timeline_events SET owner_id = NULL")

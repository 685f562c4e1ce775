"""answer_parts written for the leads, deals and activities already there (the trigger
of the previous migration writes each one), then required (decision 0048)

Revision ID: a97f20d5c1e8
Revises: 8d41c6b2e9f3
Create Date: 2026-12-09 09:09:00+00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "a97f20d5c1e8"
down_revision: str | None = "8d41c6b2e9f3"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("leads", "opportunities", "activities")


def upgrade() -> None:
    for table in TABLES:
        op.execute(f"UPDATE {table} SET answer_parts = NULL")  # the trigger writes each one
        op.alter_column(table, "answer_parts", nullable=False)


def downgrade() -> None:
    for table in TABLES:
        op.alter_column(table, "answer_parts", nullable=True)

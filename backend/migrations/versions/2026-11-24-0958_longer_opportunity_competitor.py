"""longer opportunity competitor (as long as any text stage detail: 500)

Revision ID: bf2e4f76c903
Revises: 5e0b7c3a9d21
Create Date: 2026-11-24 09:58:23.602582+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "bf2e4f76c903"
down_revision: str | None = "5e0b7c3a9d21"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("opportunities", schema=None) as batch_op:
        batch_op.alter_column(
            "competitor",
            existing_type=sa.VARCHAR(length=200),
            type_=sa.String(length=500),
            existing_nullable=True,
        )


def downgrade() -> None:
    op.execute(
        "UPDATE opportunities SET competitor = substr(competitor, 1, 200) "
        "WHERE length(competitor) > 200"
    )
    with op.batch_alter_table("opportunities", schema=None) as batch_op:
        batch_op.alter_column(
            "competitor",
            existing_type=sa.String(length=500),
            type_=sa.VARCHAR(length=200),
            existing_nullable=True,
        )

"""rate limits per API key (issue 14, operations)

An unlogged table of request counts per subject and minute: the PostgreSQL store of
core/rate_limits.py, shared by every API process when no Redis is configured.

Revision ID: 5c2e8a7b1d34
Revises: 7c4e2a9b1d63
Create Date: 2026-12-07 09:00:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "5c2e8a7b1d34"
down_revision: str | None = "7c4e2a9b1d63"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "rate_limit_windows",
        sa.Column("subject", sa.String(length=80), nullable=False),
        sa.Column("window_start", sa.DateTime(timezone=True), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("subject", "window_start", name=op.f("pk_rate_limit_windows")),
        prefixes=["UNLOGGED"],
    )


def downgrade() -> None:
    op.drop_table("rate_limit_windows")

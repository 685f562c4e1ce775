"""add saved views

Revision ID: 5a7e0c1d9b21
Revises: 3f111173e855
Create Date: 2026-11-29 17:00:00.000000+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "5a7e0c1d9b21"
down_revision: str | None = "3f111173e855"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "saved_views",
        sa.Column("owner_id", sa.Uuid(), nullable=False),
        sa.Column("team_id", sa.Uuid(), nullable=True),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column(
            "list_key",
            sa.Enum(
                "customers",
                "leads",
                "opportunities",
                "activities",
                name="listkey",
                native_enum=False,
                length=21,
            ),
            nullable=False,
        ),
        sa.Column("filters", sa.JSON(), nullable=False),
        sa.Column("sort", sa.String(length=40), nullable=True),
        sa.Column("is_shared", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["users.id"],
            name=op.f("fk_saved_views_owner_id_users"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["team_id"],
            ["teams.id"],
            name=op.f("fk_saved_views_team_id_teams"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_saved_views")),
    )
    op.create_index(
        "ix_saved_views_owner_id_list_key", "saved_views", ["owner_id", "list_key"], unique=False
    )
    op.create_index(
        "ix_saved_views_team_id_list_key", "saved_views", ["team_id", "list_key"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_saved_views_team_id_list_key", table_name="saved_views")
    op.drop_index("ix_saved_views_owner_id_list_key", table_name="saved_views")
    op.drop_table("saved_views")

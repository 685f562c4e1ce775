"""sales targets per engineer, team or territory and period (issue 15, decision 0043)

One row per subject, period and currency (a unique index with NULLs not distinct: two
of the three subject columns are NULL in every row). Attainment is not stored: it is
read from the orders and visits when asked.

Revision ID: 9d3b6f2a7c41
Revises: 8f4a1c6e3b25
Create Date: 2026-12-08 09:00:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "9d3b6f2a7c41"
down_revision: str | None = "8f4a1c6e3b25"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "targets",
        sa.Column("engineer_id", sa.Uuid(), nullable=True),
        sa.Column("team_id", sa.Uuid(), nullable=True),
        sa.Column("territory_id", sa.Uuid(), nullable=True),
        sa.Column(
            "period",
            sa.Enum(
                "month", "quarter", "fiscal_year", name="targetperiod", native_enum=False, length=19
            ),
            nullable=False,
        ),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("revenue", sa.Numeric(precision=18, scale=4), nullable=False),
        sa.Column("quantity", sa.Numeric(precision=18, scale=4), nullable=True),
        sa.Column("visits", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_by_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "num_nonnulls(engineer_id, team_id, territory_id) = 1",
            name=op.f("ck_targets_one_subject"),
        ),
        sa.CheckConstraint("period_end >= period_start", name=op.f("ck_targets_period_ordered")),
        sa.CheckConstraint("revenue >= 0", name=op.f("ck_targets_revenue_not_negative")),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_targets_created_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["engineer_id"], ["users.id"], name=op.f("fk_targets_engineer_id_users")
        ),
        sa.ForeignKeyConstraint(["team_id"], ["teams.id"], name=op.f("fk_targets_team_id_teams")),
        sa.ForeignKeyConstraint(
            ["territory_id"], ["territories.id"], name=op.f("fk_targets_territory_id_territories")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_targets")),
    )
    op.create_index(op.f("ix_targets_engineer_id"), "targets", ["engineer_id"], unique=False)
    op.create_index("ix_targets_period_start_id", "targets", ["period_start", "id"], unique=False)
    op.create_index(op.f("ix_targets_team_id"), "targets", ["team_id"], unique=False)
    op.create_index(op.f("ix_targets_territory_id"), "targets", ["territory_id"], unique=False)
    op.create_index(
        "uq_targets_subject_period",
        "targets",
        ["engineer_id", "team_id", "territory_id", "period", "period_start", "currency"],
        unique=True,
        postgresql_nulls_not_distinct=True,
    )


def downgrade() -> None:
    op.drop_index(
        "uq_targets_subject_period", table_name="targets", postgresql_nulls_not_distinct=True
    )
    op.drop_index(op.f("ix_targets_territory_id"), table_name="targets")
    op.drop_index(op.f("ix_targets_team_id"), table_name="targets")
    op.drop_index("ix_targets_period_start_id", table_name="targets")
    op.drop_index(op.f("ix_targets_engineer_id"), table_name="targets")
    op.drop_table("targets")

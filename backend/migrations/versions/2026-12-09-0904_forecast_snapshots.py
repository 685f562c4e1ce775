"""forecast snapshots: the month's forecasts as they stood, kept to measure their
accuracy afterwards (decision 0045)

Revision ID: 813fc8b89c15
Revises: 03ffdc26d448
Create Date: 2026-12-09 09:04:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "813fc8b89c15"
down_revision: str | None = "03ffdc26d448"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "forecast_snapshots",
        sa.Column("taken_on", sa.Date(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum("revenue", "pipeline", name="forecastkind", native_enum=False, length=16),
            nullable=False,
        ),
        sa.Column(
            "dimension",
            sa.Enum(
                "none",
                "territory",
                "engineer",
                name="snapshotdimension",
                native_enum=False,
                length=17,
            ),
            nullable=False,
        ),
        sa.Column("subject_id", sa.Uuid(), nullable=True),
        sa.Column("label", sa.String(length=200), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("method", sa.String(length=32), nullable=True),
        sa.Column("expected", sa.Numeric(precision=18, scale=4), nullable=False),
        sa.Column("low", sa.Numeric(precision=18, scale=4), nullable=False),
        sa.Column("high", sa.Numeric(precision=18, scale=4), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_forecast_snapshots")),
    )
    op.create_index(
        "ix_forecast_snapshots_kind_month", "forecast_snapshots", ["kind", "month"], unique=False
    )
    op.create_index(
        "uq_forecast_snapshots_prediction",
        "forecast_snapshots",
        ["taken_on", "kind", "dimension", "subject_id", "currency", "month"],
        unique=True,
        postgresql_nulls_not_distinct=True,
    )


def downgrade() -> None:
    op.drop_index(
        "uq_forecast_snapshots_prediction",
        table_name="forecast_snapshots",
        postgresql_nulls_not_distinct=True,
    )
    op.drop_index("ix_forecast_snapshots_kind_month", table_name="forecast_snapshots")
    op.drop_table("forecast_snapshots")

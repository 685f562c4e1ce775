"""stage path and reopening: skipped stages, the stage a deal closed from, history kinds

Revision ID: 6a1f0c2d9e37
Revises: 5a7e0c1d9b21
Create Date: 2026-12-01 09:00:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "6a1f0c2d9e37"
down_revision: str | None = "5a7e0c1d9b21"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

HISTORY = "opportunity_stage_history"


def _json_list(name: str) -> sa.Column:  # type: ignore[type-arg]
    # Filled for existing rows by the default, which then goes (the app always writes it).
    return sa.Column(name, sa.JSON(), nullable=False, server_default=sa.text("'[]'"))


def upgrade() -> None:
    op.add_column("opportunities", sa.Column("closed_from_stage_id", sa.Uuid(), nullable=True))
    op.create_foreign_key(
        op.f("fk_opportunities_closed_from_stage_id_pipeline_stages"),
        "opportunities",
        "pipeline_stages",
        ["closed_from_stage_id"],
        ["id"],
    )
    op.add_column("opportunities", _json_list("skipped_stage_ids"))
    op.add_column(
        HISTORY,
        sa.Column(
            "kind",
            sa.Enum(
                "opened",
                "moved",
                "reopened",
                name="stagehistorykind",
                native_enum=False,
                length=16,
            ),
            nullable=False,
            server_default="moved",
        ),
    )
    op.add_column(HISTORY, _json_list("passed_stage_ids"))
    op.add_column(HISTORY, _json_list("skipped_stage_ids"))
    op.add_column(HISTORY, sa.Column("reason", sa.String(length=500), nullable=True))
    for table, column in (
        ("opportunities", "skipped_stage_ids"),
        (HISTORY, "kind"),
        (HISTORY, "passed_stage_ids"),
        (HISTORY, "skipped_stage_ids"),
    ):
        op.alter_column(table, column, server_default=None)


def downgrade() -> None:
    op.drop_column(HISTORY, "reason")
    op.drop_column(HISTORY, "skipped_stage_ids")
    op.drop_column(HISTORY, "passed_stage_ids")
    op.drop_column(HISTORY, "kind")
    op.drop_column("opportunities", "skipped_stage_ids")
    op.drop_constraint(
        op.f("fk_opportunities_closed_from_stage_id_pipeline_stages"),
        "opportunities",
        type_="foreignkey",
    )
    op.drop_column("opportunities", "closed_from_stage_id")

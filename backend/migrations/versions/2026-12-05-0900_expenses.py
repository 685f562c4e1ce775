"""expenses: expense reports and their lines (issue 13)

Reports (a trip or a period, one currency, the approval trail and reimbursement) and
lines (category, amount, mileage km and vehicle, receipt file id, the policy flag and
the head's per-line decision); lines carry the owner for scoping and the policy's
per-day sums.

Revision ID: 8a4c2e6f1b37
Revises: 7d3e5f1a9b24
Create Date: 2026-12-05 09:00:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "8a4c2e6f1b37"
down_revision: str | None = "7d3e5f1a9b24"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _entity() -> list[sa.Column]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "expense_reports",
        sa.Column("owner_id", sa.Uuid(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "draft",
                "submitted",
                "approved",
                "rejected",
                "reimbursed",
                name="expensestatus",
                native_enum=False,
                length=18,
            ),
            nullable=False,
        ),
        sa.Column("submitted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("decided_by_id", sa.Uuid(), nullable=True),
        sa.Column("decision_comment", sa.Text(), nullable=True),
        sa.Column("reimbursed_on", sa.Date(), nullable=True),
        sa.Column("reimbursement_reference", sa.String(length=100), nullable=True),
        *_entity(),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["users.id"], name=op.f("fk_expense_reports_owner_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["decided_by_id"], ["users.id"], name=op.f("fk_expense_reports_decided_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_expense_reports")),
    )
    op.create_index(
        "ix_expense_reports_owner_id_created_at_id",
        "expense_reports",
        ["owner_id", "created_at", "id"],
    )
    op.create_index(
        "ix_expense_reports_status_created_at_id", "expense_reports", ["status", "created_at", "id"]
    )
    op.create_index("ix_expense_reports_created_at_id", "expense_reports", ["created_at", "id"])
    op.create_table(
        "expense_lines",
        sa.Column("report_id", sa.Uuid(), nullable=False),
        sa.Column("owner_id", sa.Uuid(), nullable=False),
        sa.Column("expense_date", sa.Date(), nullable=False),
        sa.Column(
            "category",
            sa.Enum(
                "travel",
                "fuel",
                "food",
                "lodging",
                "mileage",
                "other",
                name="expensecategory",
                native_enum=False,
                length=15,
            ),
            nullable=False,
        ),
        sa.Column("amount", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("distance_km", sa.Numeric(precision=10, scale=2), nullable=True),
        sa.Column("vehicle_type", sa.String(length=20), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("receipt_file_id", sa.Uuid(), nullable=True),
        sa.Column("is_over_limit", sa.Boolean(), nullable=False),
        sa.Column(
            "decision",
            sa.Enum(
                "pending", "approved", "rejected", name="linedecision", native_enum=False, length=16
            ),
            nullable=False,
        ),
        sa.Column("decision_comment", sa.Text(), nullable=True),
        *_entity(),
        sa.ForeignKeyConstraint(
            ["report_id"],
            ["expense_reports.id"],
            name=op.f("fk_expense_lines_report_id_expense_reports"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["users.id"], name=op.f("fk_expense_lines_owner_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_expense_lines")),
    )
    op.create_index(
        "ix_expense_lines_report_id_expense_date", "expense_lines", ["report_id", "expense_date"]
    )
    op.create_index(
        "ix_expense_lines_owner_id_expense_date", "expense_lines", ["owner_id", "expense_date"]
    )


def downgrade() -> None:
    op.drop_index("ix_expense_lines_owner_id_expense_date", table_name="expense_lines")
    op.drop_index("ix_expense_lines_report_id_expense_date", table_name="expense_lines")
    op.drop_table("expense_lines")
    op.drop_index("ix_expense_reports_created_at_id", table_name="expense_reports")
    op.drop_index("ix_expense_reports_status_created_at_id", table_name="expense_reports")
    op.drop_index("ix_expense_reports_owner_id_created_at_id", table_name="expense_reports")
    op.drop_table("expense_reports")

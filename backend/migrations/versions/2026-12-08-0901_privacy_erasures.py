"""privacy erasures: the record that a person's data was erased (issue 14, GDPR)

One table, ``privacy_erasures``: which person (a contact or a lead: kind and id, unique,
and the same person's other records erased with it), why, by whom, and how many rows
of each table were scrubbed. It holds no personal data (decision 0042).

Revision ID: 4d9a7e2c6b18
Revises: 9d3b6f2a7c41
Create Date: 2026-12-08 09:00:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "4d9a7e2c6b18"
down_revision: str | None = "9d3b6f2a7c41"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "privacy_erasures",
        sa.Column(
            "kind",
            sa.Enum("contact", "lead", name="subjectkind", native_enum=False, length=15),
            nullable=False,
        ),
        sa.Column("subject_id", sa.Uuid(), nullable=False),
        sa.Column("also_erased", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("reason", sa.String(length=1000), nullable=False),
        sa.Column("erased_by_id", sa.Uuid(), nullable=True),
        sa.Column("rows_scrubbed", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["erased_by_id"],
            ["users.id"],
            name=op.f("fk_privacy_erasures_erased_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_privacy_erasures")),
        sa.UniqueConstraint("kind", "subject_id", name=op.f("uq_privacy_erasures_kind_subject_id")),
    )
    op.create_index(
        "ix_privacy_erasures_created_at_id", "privacy_erasures", ["created_at", "id"], unique=False
    )
    op.create_index(
        op.f("ix_privacy_erasures_erased_by_id"),
        "privacy_erasures",
        ["erased_by_id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_privacy_erasures_erased_by_id"), table_name="privacy_erasures")
    op.drop_index("ix_privacy_erasures_created_at_id", table_name="privacy_erasures")
    op.drop_table("privacy_erasures")

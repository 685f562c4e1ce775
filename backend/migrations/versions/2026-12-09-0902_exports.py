"""exports: a resource's records written as a file by the job worker (issue 14)

``exports`` holds each export asked for: resource, format, status, progress, the key of
its file in the file store, who asked (decision 0038).

Revision ID: 2a9c7e1f4b63
Revises: 8d2f4a6c1e37
Create Date: 2026-12-09 09:02:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "2a9c7e1f4b63"
down_revision: str | None = "8d2f4a6c1e37"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "exports",
        sa.Column("resource", sa.String(length=40), nullable=False),
        sa.Column("file_format", sa.String(length=10), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "queued",
                "running",
                "done",
                "failed",
                name="exportstatus",
                native_enum=False,
                length=15,
            ),
            nullable=False,
        ),
        sa.Column("total_rows", sa.Integer(), nullable=True),
        sa.Column("processed_rows", sa.Integer(), nullable=False),
        sa.Column("filename", sa.String(length=200), nullable=True),
        sa.Column("storage_key", sa.String(length=400), nullable=True),
        sa.Column("size_bytes", sa.BigInteger(), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("owner_id", sa.Uuid(), nullable=True),
        sa.Column("api_key_id", sa.Uuid(), nullable=True),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["api_key_id"], ["api_keys.id"], name=op.f("fk_exports_api_key_id_api_keys")
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["users.id"], name=op.f("fk_exports_owner_id_users"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exports")),
    )
    op.create_index(
        "ix_exports_resource_created_at_id", "exports", ["resource", "created_at", "id"]
    )
    op.create_index(op.f("ix_exports_api_key_id"), "exports", ["api_key_id"])
    op.create_index(op.f("ix_exports_owner_id"), "exports", ["owner_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_exports_owner_id"), table_name="exports")
    op.drop_index(op.f("ix_exports_api_key_id"), table_name="exports")
    op.drop_index("ix_exports_resource_created_at_id", table_name="exports")
    op.drop_table("exports")

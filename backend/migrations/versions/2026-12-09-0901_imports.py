"""imports: files of records upserted by external id (issue 14)

``imports`` holds each uploaded file's import (resource, format, status, progress, each
phase's counts, who uploaded it); ``import_rows`` each record read from the file and its
outcome in the dry run and in the run (decision 0038).

Revision ID: 8d2f4a6c1e37
Revises: 5b0e7c3d9a18
Create Date: 2026-12-09 09:01:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "8d2f4a6c1e37"
down_revision: str | None = "5b0e7c3d9a18"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "imports",
        sa.Column("resource", sa.String(length=40), nullable=False),
        sa.Column("file_format", sa.String(length=10), nullable=False),
        sa.Column("filename", sa.String(length=200), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "dry_run_queued",
                "dry_running",
                "dry_run_done",
                "queued",
                "running",
                "done",
                "failed",
                name="importstatus",
                native_enum=False,
                length=22,
            ),
            nullable=False,
        ),
        sa.Column("dry_run", sa.Boolean(), nullable=False),
        sa.Column("total_rows", sa.Integer(), nullable=False),
        sa.Column("processed_rows", sa.Integer(), nullable=False),
        sa.Column("dry_run_counts", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column("counts", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
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
            ["api_key_id"], ["api_keys.id"], name=op.f("fk_imports_api_key_id_api_keys")
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["users.id"], name=op.f("fk_imports_owner_id_users"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_imports")),
    )
    op.create_index(
        "ix_imports_resource_created_at_id", "imports", ["resource", "created_at", "id"]
    )
    op.create_index(op.f("ix_imports_api_key_id"), "imports", ["api_key_id"])
    op.create_index(op.f("ix_imports_owner_id"), "imports", ["owner_id"])
    op.create_table(
        "import_rows",
        sa.Column("import_id", sa.Uuid(), nullable=False),
        sa.Column("row_number", sa.Integer(), nullable=False),
        sa.Column("rows", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("external_id", sa.String(length=100), nullable=True),
        sa.Column("data", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column("columns", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("read_problem", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column("dry_run_outcome", sa.String(length=20), nullable=True),
        sa.Column("dry_run_problem", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column("outcome", sa.String(length=20), nullable=True),
        sa.Column("problem", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column("record_id", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["import_id"],
            ["imports.id"],
            name=op.f("fk_import_rows_import_id_imports"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("import_id", "row_number", name=op.f("pk_import_rows")),
    )


def downgrade() -> None:
    op.drop_table("import_rows")
    op.drop_index(op.f("ix_imports_owner_id"), table_name="imports")
    op.drop_index(op.f("ix_imports_api_key_id"), table_name="imports")
    op.drop_index("ix_imports_resource_created_at_id", table_name="imports")
    op.drop_table("imports")

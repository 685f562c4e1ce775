"""files: photos and receipts attached to records (issue 13, files)

``files`` holds what each uploaded file is (its type decided from the bytes, size,
SHA-256, pixel size, the keys of its bytes and thumbnail in the store) and the record
it is attached to (``parent_kind`` = the parent's table, ``parent_id``). Expense lines
lose ``receipt_file_id``, the placeholder left before a file store existed: a line's
receipts are the files attached to it (decision 0034).

Revision ID: d95349df7a50
Revises: 3d7b1e5a9c62
Create Date: 2026-12-06 09:00:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "d95349df7a50"
down_revision: str | None = "3d7b1e5a9c62"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "files",
        sa.Column("owner_id", sa.Uuid(), nullable=False),
        sa.Column("parent_kind", sa.String(length=60), nullable=False),
        sa.Column("parent_id", sa.Uuid(), nullable=False),
        sa.Column("filename", sa.String(length=200), nullable=True),
        sa.Column("content_type", sa.String(length=100), nullable=False),
        sa.Column("size_bytes", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("width", sa.Integer(), nullable=True),
        sa.Column("height", sa.Integer(), nullable=True),
        sa.Column("storage_key", sa.String(length=200), nullable=False),
        sa.Column("thumbnail_key", sa.String(length=200), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["owner_id"], ["users.id"], name=op.f("fk_files_owner_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_files")),
    )
    op.create_index(
        "ix_files_parent_id_parent_kind_created_at",
        "files",
        ["parent_id", "parent_kind", "created_at"],
    )
    op.create_index(op.f("ix_files_owner_id"), "files", ["owner_id"])
    op.drop_column("expense_lines", "receipt_file_id")


def downgrade() -> None:
    op.add_column("expense_lines", sa.Column("receipt_file_id", sa.Uuid(), nullable=True))
    op.drop_index(op.f("ix_files_owner_id"), table_name="files")
    op.drop_index("ix_files_parent_id_parent_kind_created_at", table_name="files")
    op.drop_table("files")

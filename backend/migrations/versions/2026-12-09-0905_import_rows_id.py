"""import rows get an id of their own: a personal data erasure names each row it
scrubbed (decision 0042; rows of customer files carry contacts)

Revision ID: 4643dad9d033
Revises: 813fc8b89c15
Create Date: 2026-12-09 09:05:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "4643dad9d033"
down_revision: str | None = "813fc8b89c15"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "import_rows",
        sa.Column("id", sa.Uuid(), server_default=sa.text("gen_random_uuid()"), nullable=False),
    )
    op.create_unique_constraint(op.f("uq_import_rows_id"), "import_rows", ["id"])


def downgrade() -> None:
    op.drop_constraint(op.f("uq_import_rows_id"), "import_rows", type_="unique")
    op.drop_column("import_rows", "id")

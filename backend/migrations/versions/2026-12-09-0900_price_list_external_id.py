"""price lists: the ERP's id (issue 14, import and export by external id)

A price list carries ``external_id``, unique when given, like customers and products:
an ERP upserts it by that id (decision 0038).

Revision ID: 5b0e7c3d9a18
Revises: 4d9a7e2c6b18
Create Date: 2026-12-09 09:00:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "5b0e7c3d9a18"
down_revision: str | None = "4d9a7e2c6b18"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("price_lists", sa.Column("external_id", sa.String(length=100), nullable=True))
    op.create_unique_constraint(op.f("uq_price_lists_external_id"), "price_lists", ["external_id"])


def downgrade() -> None:
    op.drop_constraint(op.f("uq_price_lists_external_id"), "price_lists", type_="unique")
    op.drop_column("price_lists", "external_id")

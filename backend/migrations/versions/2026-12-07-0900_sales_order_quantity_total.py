"""sales orders keep their lines' quantities added up (issue 15, reports)

``sales_orders.quantity_total`` is set with the other totals whenever an order's lines
are priced, so the sales report sums orders without reading their lines (decision
0039). Orders made before get it from their lines in the next revision.

Revision ID: 5b2e8d4c1a97
Revises: 5c2e8a7b1d34
Create Date: 2026-12-07 09:00:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "5b2e8d4c1a97"
down_revision: str | None = "5c2e8a7b1d34"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "sales_orders",
        sa.Column(
            "quantity_total", sa.Numeric(precision=18, scale=4), server_default="0", nullable=False
        ),
    )


def downgrade() -> None:
    op.drop_column("sales_orders", "quantity_total")

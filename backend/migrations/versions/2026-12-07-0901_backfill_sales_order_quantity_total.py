"""sales orders made before: their quantity_total from their lines

Revision ID: 8f4a1c6e3b25
Revises: 5b2e8d4c1a97
Create Date: 2026-12-07 09:01:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "8f4a1c6e3b25"
down_revision: str | None = "5b2e8d4c1a97"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.get_bind().execute(
        sa.text(
            "UPDATE sales_orders o SET quantity_total = t.quantity "
            "FROM (SELECT sales_order_id, sum(quantity) AS quantity FROM sales_order_lines "
            "GROUP BY sales_order_id) t WHERE t.sales_order_id = o.id"
        )
    )


def downgrade() -> None:
    op.get_bind().execute(sa.text("UPDATE sales_orders SET quantity_total = 0"))

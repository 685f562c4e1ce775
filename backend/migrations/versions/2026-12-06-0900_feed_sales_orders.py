"""the change feed carries sales orders: backfill the events kept so far

Sales orders are in the change feed from now on (the phone shows an accepted quote's
order and a customer's orders). Events written before carry no
``feed_entity``/``feed_id``; this fills them in so the feed read from its start holds
every order made before, as it does for the records that joined it with the quote
builder (``5c8e2f7a9b14``). Lines and milestones stay out: the feed hands out the
order as its list shows it, from the order row alone.

Revision ID: 3d7b1e5a9c62
Revises: 7a3c5e9d1f20
Create Date: 2026-12-06 09:00:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "3d7b1e5a9c62"
down_revision: str | None = "7a3c5e9d1f20"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.get_bind().execute(
        sa.text(
            "UPDATE events SET feed_entity = 'sales_orders', feed_id = entity_id "
            "WHERE entity_type = 'sales_orders' AND feed_entity IS NULL"
        )
    )


def downgrade() -> None:
    op.get_bind().execute(
        sa.text(
            "UPDATE events SET feed_entity = NULL, feed_id = NULL "
            "WHERE entity_type = 'sales_orders'"
        )
    )

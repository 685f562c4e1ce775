"""the change feed carries invoices: backfill the events kept so far

Invoices (and credit notes) are in the change feed from now on: an integration exports
them incrementally with a key holding ``invoices:read`` (decision 0038). Events written
before carry no ``feed_entity``/``feed_id``; this fills them in so the feed read from
its start holds every invoice made before, as for sales orders (``3d7b1e5a9c62``).
Lines stay out: the feed hands out the invoice as its read answers it, lines included,
and a line changes only with its invoice.

Revision ID: 03ffdc26d448
Revises: 2a9c7e1f4b63
Create Date: 2026-12-09 09:03:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "03ffdc26d448"
down_revision: str | None = "2a9c7e1f4b63"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.get_bind().execute(
        sa.text(
            "UPDATE events SET feed_entity = 'invoices', feed_id = entity_id "
            "WHERE entity_type = 'invoices' AND feed_entity IS NULL"
        )
    )


def downgrade() -> None:
    op.get_bind().execute(
        sa.text(
            "UPDATE events SET feed_entity = NULL, feed_id = NULL WHERE entity_type = 'invoices'"
        )
    )

"""the change feed carries the quote builder's records: backfill the events kept so far

Products, tax categories, price lists (a line's change updates its list) and quotes (a
line's change updates its quote) are in the change feed from now on. Events written
before carry no ``feed_entity``/``feed_id``; this fills them in so a phone's first sync,
which reads price lists and quotes from the feed's start, finds the records made before.
A line's event keeps its list or quote as ``parent_id`` (its scoping key).

Revision ID: 5c8e2f7a9b14
Revises: 5e1d7c3a9b42
Create Date: 2026-12-04 09:00:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "5c8e2f7a9b14"
down_revision: str | None = "5e1d7c3a9b42"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# entity_type -> (feed entity, the column holding the record the feed hands out)
FED = {
    "products": ("products", "entity_id"),
    "tax_categories": ("tax_categories", "entity_id"),
    "price_lists": ("price_lists", "entity_id"),
    "price_list_lines": ("price_lists", "parent_id"),
    "quotes": ("quotes", "entity_id"),
    "quote_lines": ("quotes", "parent_id"),
}


def upgrade() -> None:
    bind = op.get_bind()
    for entity_type, (feed, id_column) in FED.items():
        bind.execute(
            sa.text(
                f"UPDATE events SET feed_entity = :feed, feed_id = {id_column} "
                "WHERE entity_type = :entity_type AND feed_entity IS NULL"
            ),
            {"feed": feed, "entity_type": entity_type},
        )


def downgrade() -> None:
    bind = op.get_bind()
    bind.execute(
        sa.text(
            "UPDATE events SET feed_entity = NULL, feed_id = NULL WHERE entity_type = ANY(:types)"
        ),
        {"types": list(FED)},
    )

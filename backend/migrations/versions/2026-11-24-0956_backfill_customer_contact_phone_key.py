"""backfill phone keys of customers and contacts (data)

Revision ID: 5e0b7c3a9d21
Revises: ecfd53b5c2eb
Create Date: 2026-11-24 09:56:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "5e0b7c3a9d21"
down_revision: str | None = "ecfd53b5c2eb"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("customers", "contacts")
BATCH = 1000


def _phone_key(phone: str | None) -> str | None:
    # Frozen copy of app.customers.models.phone_match_key as of this migration.
    digits = "".join(ch for ch in phone or "" if ch.isdigit())
    return digits[-10:] if len(digits) >= 8 else None


def upgrade() -> None:
    bind = op.get_bind()
    for name in TABLES:
        table = sa.table(
            name, sa.column("id", sa.Uuid()), sa.column("phone"), sa.column("phone_key")
        )
        update = (
            sa.update(table)
            .where(table.c.id == sa.bindparam("row_id"))
            .values(phone_key=sa.bindparam("key"))
        )
        after = None
        while True:
            stmt = (
                sa.select(table.c.id, table.c.phone)
                .where(table.c.phone.is_not(None))
                .order_by(table.c.id)
                .limit(BATCH)
            )
            if after is not None:
                stmt = stmt.where(table.c.id > after)
            rows = bind.execute(stmt).all()
            if not rows:
                break
            bind.execute(update, [{"row_id": r.id, "key": _phone_key(r.phone)} for r in rows])
            after = rows[-1].id


def downgrade() -> None:
    for name in TABLES:
        op.execute(f"UPDATE {name} SET phone_key = NULL")

"""backfill GST state codes from the addresses' free-text states

Indian addresses whose state name is recognised (core/regions.py, common spellings
included) get its code and the name spelt one way; the others keep their text and no
code (an edit asks for a valid state).

Revision ID: c7d1e2f3a4b5
Revises: 1168e8e8b202
Create Date: 2026-11-29 13:22:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from app.core.regions import GST_STATES, state_code_for

revision: str = "c7d1e2f3a4b5"
down_revision: str | None = "1168e8e8b202"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("customer_addresses", "leads")


def upgrade() -> None:
    bind = op.get_bind()
    for table in TABLES:
        rows = bind.execute(
            sa.text(
                f"SELECT DISTINCT state FROM {table} "
                "WHERE country = 'IN' AND state IS NOT NULL AND state_code IS NULL"
            )
        ).all()
        for (name,) in rows:
            code = state_code_for(name)
            if code is None:
                continue
            bind.execute(
                sa.text(
                    f"UPDATE {table} SET state_code = :code, state = :canonical "
                    "WHERE country = 'IN' AND state = :name AND state_code IS NULL"
                ),
                {"code": code, "canonical": GST_STATES[code], "name": name},
            )


def downgrade() -> None:
    # The codes go with their column (previous revision); names stay as normalised.
    pass

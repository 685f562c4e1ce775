"""default discount limits (data): engineer 10 %, head 25 %, admin no limit

Revision ID: 9f2b4c6d8e10
Revises: 7e586d6f6124
Create Date: 2026-12-02 09:01:00+00:00
"""

from collections.abc import Sequence
from datetime import UTC, datetime
from decimal import Decimal

import sqlalchemy as sa
from alembic import op

from app.core.ids import new_id

revision: str = "9f2b4c6d8e10"
down_revision: str | None = "7e586d6f6124"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LIMITS = {"sales_engineer": Decimal("10"), "sales_head": Decimal("25"), "admin": None}

discount_limits = sa.table(
    "discount_limits",
    sa.column("id", sa.Uuid()),
    sa.column("created_at", sa.DateTime(timezone=True)),
    sa.column("updated_at", sa.DateTime(timezone=True)),
    sa.column("version", sa.Integer()),
    sa.column("role", sa.String()),
    sa.column("max_percent", sa.Numeric(7, 4)),
)


def upgrade() -> None:
    now = datetime.now(UTC)
    op.bulk_insert(
        discount_limits,
        [
            {
                "id": new_id(),
                "created_at": now,
                "updated_at": now,
                "version": 1,
                "role": role,
                "max_percent": limit,
            }
            for role, limit in LIMITS.items()
        ],
    )


def downgrade() -> None:
    op.execute(discount_limits.delete())

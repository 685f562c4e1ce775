"""sales orders and invoices keep the ERP's id, unique per resource (an ERP upserts
them by it, decision 0046)

Revision ID: 97b34c17d103
Revises: 4643dad9d033
Create Date: 2026-12-09 09:06:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "97b34c17d103"
down_revision: str | None = "4643dad9d033"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("invoices", sa.Column("external_id", sa.String(length=100), nullable=True))
    op.create_unique_constraint(op.f("uq_invoices_external_id"), "invoices", ["external_id"])
    op.add_column("sales_orders", sa.Column("external_id", sa.String(length=100), nullable=True))
    op.create_unique_constraint(
        op.f("uq_sales_orders_external_id"), "sales_orders", ["external_id"]
    )


def downgrade() -> None:
    op.drop_constraint(op.f("uq_sales_orders_external_id"), "sales_orders", type_="unique")
    op.drop_column("sales_orders", "external_id")
    op.drop_constraint(op.f("uq_invoices_external_id"), "invoices", type_="unique")
    op.drop_column("invoices", "external_id")

"""deliveries and the order's warehouse (issue 12, deliveries step)

Sales orders get ``warehouse_id`` (where their goods are reserved and shipped from);
existing orders take the company's default warehouse (the first active one by code),
none while the company has no warehouse. Deliveries and their lines, numbered per
fiscal year (counter "delivery" in ``document_counters``, whose rows the downgrade
drops).

Revision ID: 7a3c5e9d1f20
Revises: 8a4c2e6f1b37
Create Date: 2026-12-05 09:00:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "7a3c5e9d1f20"
down_revision: str | None = "8a4c2e6f1b37"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "deliveries",
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("sales_order_id", sa.Uuid(), nullable=False),
        sa.Column("sales_order_number", sa.String(length=40), nullable=False),
        sa.Column("customer_id", sa.Uuid(), nullable=False),
        sa.Column("owner_id", sa.Uuid(), nullable=False),
        sa.Column("warehouse_id", sa.Uuid(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "picking",
                "packed",
                "shipped",
                "delivered",
                "cancelled",
                name="deliverystatus",
                native_enum=False,
                length=17,
            ),
            nullable=False,
        ),
        sa.Column("delivery_address", sa.Text(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("packages_count", sa.Integer(), nullable=True),
        sa.Column("gross_weight_kg", sa.Numeric(precision=14, scale=4), nullable=True),
        sa.Column("packed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("carrier", sa.String(length=120), nullable=True),
        sa.Column("vehicle_number", sa.String(length=40), nullable=True),
        sa.Column("tracking_number", sa.String(length=80), nullable=True),
        sa.Column("shipped_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("delivered_on", sa.Date(), nullable=True),
        sa.Column("received_by", sa.String(length=200), nullable=True),
        sa.Column("delivered_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("cancelled_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("cancel_reason", sa.String(length=1000), nullable=True),
        sa.Column(
            "search_text",
            sa.Text(),
            sa.Computed(
                "lower(coalesce(number, '')) || ' ' || lower(coalesce(sales_order_number, '')) || ' ' || lower(coalesce(tracking_number, '')) || ' ' || lower(coalesce(vehicle_number, ''))",
                persisted=True,
            ),
            nullable=False,
        ),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "gross_weight_kg IS NULL OR gross_weight_kg > 0",
            name=op.f("ck_deliveries_weight_positive"),
        ),
        sa.CheckConstraint(
            "packages_count IS NULL OR packages_count > 0",
            name=op.f("ck_deliveries_packages_positive"),
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_deliveries_customer_id_customers")
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["users.id"], name=op.f("fk_deliveries_owner_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["sales_order_id"],
            ["sales_orders.id"],
            name=op.f("fk_deliveries_sales_order_id_sales_orders"),
        ),
        sa.ForeignKeyConstraint(
            ["warehouse_id"], ["warehouses.id"], name=op.f("fk_deliveries_warehouse_id_warehouses")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deliveries")),
        sa.UniqueConstraint("number", name=op.f("uq_deliveries_number")),
    )
    op.create_index("ix_deliveries_created_at_id", "deliveries", ["created_at", "id"], unique=False)
    op.create_index(
        "ix_deliveries_customer_id_created_at",
        "deliveries",
        ["customer_id", "created_at", "id"],
        unique=False,
    )
    op.create_index("ix_deliveries_number_id", "deliveries", ["number", "id"], unique=False)
    op.create_index(op.f("ix_deliveries_owner_id"), "deliveries", ["owner_id"], unique=False)
    op.create_index(
        "ix_deliveries_sales_order_id_created_at",
        "deliveries",
        ["sales_order_id", "created_at", "id"],
        unique=False,
    )
    op.create_index(
        "ix_deliveries_search_text_trgm",
        "deliveries",
        ["search_text"],
        unique=False,
        postgresql_using="gin",
        postgresql_ops={"search_text": "gin_trgm_ops"},
    )
    op.create_index(
        "ix_deliveries_status_created_at",
        "deliveries",
        ["status", "created_at", "id"],
        unique=False,
    )
    op.create_index("ix_deliveries_updated_at_id", "deliveries", ["updated_at", "id"], unique=False)
    op.create_table(
        "delivery_lines",
        sa.Column("delivery_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("sales_order_line_id", sa.Uuid(), nullable=False),
        sa.Column("product_id", sa.Uuid(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("unit", sa.String(length=20), nullable=False),
        sa.Column("quantity", sa.Numeric(precision=18, scale=4), nullable=False),
        sa.Column("is_goods", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("quantity > 0", name=op.f("ck_delivery_lines_quantity_positive")),
        sa.ForeignKeyConstraint(
            ["delivery_id"],
            ["deliveries.id"],
            name=op.f("fk_delivery_lines_delivery_id_deliveries"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["product_id"], ["products.id"], name=op.f("fk_delivery_lines_product_id_products")
        ),
        sa.ForeignKeyConstraint(
            ["sales_order_line_id"],
            ["sales_order_lines.id"],
            name=op.f("fk_delivery_lines_sales_order_line_id_sales_order_lines"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_delivery_lines")),
    )
    op.create_index(
        "ix_delivery_lines_delivery_id_position",
        "delivery_lines",
        ["delivery_id", "position"],
        unique=False,
    )
    op.create_index(
        "ix_delivery_lines_sales_order_line_id",
        "delivery_lines",
        ["sales_order_line_id"],
        unique=False,
    )
    op.add_column("sales_orders", sa.Column("warehouse_id", sa.Uuid(), nullable=True))
    op.create_foreign_key(
        op.f("fk_sales_orders_warehouse_id_warehouses"),
        "sales_orders",
        "warehouses",
        ["warehouse_id"],
        ["id"],
    )
    op.execute(
        "UPDATE sales_orders SET warehouse_id = "
        "(SELECT id FROM warehouses WHERE is_active ORDER BY code LIMIT 1)"
    )


def downgrade() -> None:
    op.execute("DELETE FROM document_counters WHERE document_type = 'delivery'")
    op.drop_constraint(
        op.f("fk_sales_orders_warehouse_id_warehouses"), "sales_orders", type_="foreignkey"
    )
    op.drop_column("sales_orders", "warehouse_id")
    op.drop_index("ix_delivery_lines_sales_order_line_id", table_name="delivery_lines")
    op.drop_index("ix_delivery_lines_delivery_id_position", table_name="delivery_lines")
    op.drop_table("delivery_lines")
    op.drop_index("ix_deliveries_updated_at_id", table_name="deliveries")
    op.drop_index("ix_deliveries_status_created_at", table_name="deliveries")
    op.drop_index(
        "ix_deliveries_search_text_trgm",
        table_name="deliveries",
        postgresql_using="gin",
        postgresql_ops={"search_text": "gin_trgm_ops"},
    )
    op.drop_index("ix_deliveries_sales_order_id_created_at", table_name="deliveries")
    op.drop_index(op.f("ix_deliveries_owner_id"), table_name="deliveries")
    op.drop_index("ix_deliveries_number_id", table_name="deliveries")
    op.drop_index("ix_deliveries_customer_id_created_at", table_name="deliveries")
    op.drop_index("ix_deliveries_created_at_id", table_name="deliveries")
    op.drop_table("deliveries")

"""stock and procurement (issue 12, stock step)

Warehouses; the ledger of stock moves; a balance row per (product, warehouse) with
check constraints (nothing negative, reserved within on hand) and ``available`` computed
by PostgreSQL; reservations of document lines (the FIFO queue of waiting lines as a
partial index); procurement requests numbered per kind and fiscal year (counters
"purchase_request" and "job_order" in ``document_counters``, whose rows the downgrade
drops). Products get ``supply_method`` (purchase | manufacture, default purchase: every
existing product is bought in) and an optional ``reorder_level``.

Revision ID: 5e1d7c3a9b42
Revises: 5c1e8a2f7d34
Create Date: 2026-12-04 09:00:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "5e1d7c3a9b42"
down_revision: str | None = "5c1e8a2f7d34"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "warehouses",
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("address", sa.Text(), nullable=True),
        sa.Column("is_active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_warehouses")),
        sa.UniqueConstraint("code", name=op.f("uq_warehouses_code")),
    )
    op.create_index("ix_warehouses_code_id", "warehouses", ["code", "id"], unique=False)
    op.create_table(
        "procurement_requests",
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "purchase_request",
                "job_order",
                name="procurementkind",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum(
                "requested",
                "ordered",
                "received",
                "cancelled",
                name="procurementstatus",
                native_enum=False,
                length=17,
            ),
            nullable=False,
        ),
        sa.Column("product_id", sa.Uuid(), nullable=False),
        sa.Column("warehouse_id", sa.Uuid(), nullable=False),
        sa.Column("quantity", sa.Numeric(precision=18, scale=4), nullable=False),
        sa.Column("quantity_received", sa.Numeric(precision=18, scale=4), nullable=False),
        sa.Column("document_type", sa.String(length=40), nullable=True),
        sa.Column("document_id", sa.Uuid(), nullable=True),
        sa.Column("document_number", sa.String(length=48), nullable=True),
        sa.Column("document_line_id", sa.Uuid(), nullable=True),
        sa.Column("requested_by_id", sa.Uuid(), nullable=True),
        sa.Column("supplier", sa.String(length=200), nullable=True),
        sa.Column("supplier_reference", sa.String(length=100), nullable=True),
        sa.Column("expected_date", sa.Date(), nullable=True),
        sa.Column("ordered_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("cancelled_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("cancel_reason", sa.String(length=1000), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column(
            "search_text",
            sa.Text(),
            sa.Computed(
                "lower(coalesce(number, '')) || ' ' || lower(coalesce(supplier, '')) || ' ' || lower(coalesce(supplier_reference, ''))",
                persisted=True,
            ),
            nullable=False,
        ),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("quantity > 0", name=op.f("ck_procurement_requests_quantity_positive")),
        sa.CheckConstraint(
            "quantity_received >= 0 AND quantity_received <= quantity",
            name=op.f("ck_procurement_requests_received_within"),
        ),
        sa.ForeignKeyConstraint(
            ["product_id"],
            ["products.id"],
            name=op.f("fk_procurement_requests_product_id_products"),
        ),
        sa.ForeignKeyConstraint(
            ["requested_by_id"],
            ["users.id"],
            name=op.f("fk_procurement_requests_requested_by_id_users"),
        ),
        sa.ForeignKeyConstraint(
            ["warehouse_id"],
            ["warehouses.id"],
            name=op.f("fk_procurement_requests_warehouse_id_warehouses"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_procurement_requests")),
        sa.UniqueConstraint("number", name=op.f("uq_procurement_requests_number")),
    )
    op.create_index(
        "ix_procurement_requests_created_at_id",
        "procurement_requests",
        ["created_at", "id"],
        unique=False,
    )
    op.create_index(
        "ix_procurement_requests_document",
        "procurement_requests",
        ["document_type", "document_id"],
        unique=False,
    )
    op.create_index(
        "ix_procurement_requests_expected_date_id",
        "procurement_requests",
        ["expected_date", "id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_procurement_requests_kind"), "procurement_requests", ["kind"], unique=False
    )
    op.create_index(
        "ix_procurement_requests_number_id", "procurement_requests", ["number", "id"], unique=False
    )
    op.create_index(
        "ix_procurement_requests_product_id",
        "procurement_requests",
        ["product_id", "warehouse_id"],
        unique=False,
    )
    op.create_index(
        "ix_procurement_requests_search_text_trgm",
        "procurement_requests",
        ["search_text"],
        unique=False,
        postgresql_using="gin",
        postgresql_ops={"search_text": "gin_trgm_ops"},
    )
    op.create_index(
        "ix_procurement_requests_status_created_at",
        "procurement_requests",
        ["status", "created_at", "id"],
        unique=False,
    )
    op.create_index(
        "ix_procurement_requests_updated_at_id",
        "procurement_requests",
        ["updated_at", "id"],
        unique=False,
    )
    op.create_table(
        "stock_balances",
        sa.Column("product_id", sa.Uuid(), nullable=False),
        sa.Column("warehouse_id", sa.Uuid(), nullable=False),
        sa.Column("on_hand", sa.Numeric(precision=18, scale=4), nullable=False),
        sa.Column("reserved", sa.Numeric(precision=18, scale=4), nullable=False),
        sa.Column(
            "available",
            sa.Numeric(precision=18, scale=4),
            sa.Computed("on_hand - reserved", persisted=True),
            nullable=False,
        ),
        sa.Column("on_order", sa.Numeric(precision=18, scale=4), nullable=False),
        sa.Column("in_transit", sa.Numeric(precision=18, scale=4), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "in_transit >= 0", name=op.f("ck_stock_balances_in_transit_not_negative")
        ),
        sa.CheckConstraint("on_hand >= 0", name=op.f("ck_stock_balances_on_hand_not_negative")),
        sa.CheckConstraint("on_order >= 0", name=op.f("ck_stock_balances_on_order_not_negative")),
        sa.CheckConstraint(
            "reserved >= 0 AND reserved <= on_hand",
            name=op.f("ck_stock_balances_reserved_within_on_hand"),
        ),
        sa.ForeignKeyConstraint(
            ["product_id"], ["products.id"], name=op.f("fk_stock_balances_product_id_products")
        ),
        sa.ForeignKeyConstraint(
            ["warehouse_id"],
            ["warehouses.id"],
            name=op.f("fk_stock_balances_warehouse_id_warehouses"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stock_balances")),
        sa.UniqueConstraint(
            "product_id", "warehouse_id", name=op.f("uq_stock_balances_product_id_warehouse_id")
        ),
    )
    op.create_index(
        "ix_stock_balances_available_id", "stock_balances", ["available", "id"], unique=False
    )
    op.create_index(
        "ix_stock_balances_created_at_id", "stock_balances", ["created_at", "id"], unique=False
    )
    op.create_index(
        "ix_stock_balances_on_hand_id", "stock_balances", ["on_hand", "id"], unique=False
    )
    op.create_index(
        "ix_stock_balances_updated_at_id", "stock_balances", ["updated_at", "id"], unique=False
    )
    op.create_index(
        "ix_stock_balances_warehouse_id_created_at_id",
        "stock_balances",
        ["warehouse_id", "created_at", "id"],
        unique=False,
    )
    op.create_table(
        "stock_moves",
        sa.Column("product_id", sa.Uuid(), nullable=False),
        sa.Column("warehouse_id", sa.Uuid(), nullable=False),
        sa.Column("quantity", sa.Numeric(precision=18, scale=4), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "receipt",
                "delivery",
                "adjustment",
                "transfer_out",
                "transfer_in",
                name="movekind",
                native_enum=False,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("reason", sa.String(length=500), nullable=True),
        sa.Column("document_type", sa.String(length=40), nullable=True),
        sa.Column("document_id", sa.Uuid(), nullable=True),
        sa.Column("document_number", sa.String(length=48), nullable=True),
        sa.Column("created_by_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("quantity <> 0", name=op.f("ck_stock_moves_nonzero")),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_stock_moves_created_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["product_id"], ["products.id"], name=op.f("fk_stock_moves_product_id_products")
        ),
        sa.ForeignKeyConstraint(
            ["warehouse_id"], ["warehouses.id"], name=op.f("fk_stock_moves_warehouse_id_warehouses")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stock_moves")),
    )
    op.create_index(
        "ix_stock_moves_created_at_id", "stock_moves", ["created_at", "id"], unique=False
    )
    op.create_index(
        "ix_stock_moves_document", "stock_moves", ["document_type", "document_id"], unique=False
    )
    op.create_index(op.f("ix_stock_moves_kind"), "stock_moves", ["kind"], unique=False)
    op.create_index(
        "ix_stock_moves_product_id_created_at_id",
        "stock_moves",
        ["product_id", "created_at", "id"],
        unique=False,
    )
    op.create_index(
        "ix_stock_moves_warehouse_id_created_at_id",
        "stock_moves",
        ["warehouse_id", "created_at", "id"],
        unique=False,
    )
    op.create_table(
        "stock_reservations",
        sa.Column("product_id", sa.Uuid(), nullable=False),
        sa.Column("warehouse_id", sa.Uuid(), nullable=False),
        sa.Column("document_type", sa.String(length=40), nullable=False),
        sa.Column("document_id", sa.Uuid(), nullable=False),
        sa.Column("document_number", sa.String(length=48), nullable=True),
        sa.Column("line_id", sa.Uuid(), nullable=False),
        sa.Column("quantity_reserved", sa.Numeric(precision=18, scale=4), nullable=False),
        sa.Column("quantity_waiting", sa.Numeric(precision=18, scale=4), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "quantity_reserved >= 0", name=op.f("ck_stock_reservations_reserved_not_negative")
        ),
        sa.CheckConstraint(
            "quantity_waiting >= 0", name=op.f("ck_stock_reservations_waiting_not_negative")
        ),
        sa.ForeignKeyConstraint(
            ["product_id"], ["products.id"], name=op.f("fk_stock_reservations_product_id_products")
        ),
        sa.ForeignKeyConstraint(
            ["warehouse_id"],
            ["warehouses.id"],
            name=op.f("fk_stock_reservations_warehouse_id_warehouses"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stock_reservations")),
        sa.UniqueConstraint(
            "document_type",
            "document_id",
            "line_id",
            name=op.f("uq_stock_reservations_document_type_document_id_line_id"),
        ),
    )
    op.create_index(
        "ix_stock_reservations_waiting",
        "stock_reservations",
        ["product_id", "warehouse_id", "created_at", "id"],
        unique=False,
        postgresql_where=sa.text("quantity_waiting > 0"),
    )
    op.add_column(
        "products",
        sa.Column(
            "supply_method",
            sa.Enum("purchase", "manufacture", name="supplymethod", native_enum=False, length=19),
            server_default="purchase",
            nullable=False,
        ),
    )
    op.add_column(
        "products", sa.Column("reorder_level", sa.Numeric(precision=18, scale=4), nullable=True)
    )


def downgrade() -> None:
    op.execute(
        "DELETE FROM document_counters WHERE document_type IN ('purchase_request', 'job_order')"
    )
    op.drop_column("products", "reorder_level")
    op.drop_column("products", "supply_method")
    op.drop_index(
        "ix_stock_reservations_waiting",
        table_name="stock_reservations",
        postgresql_where=sa.text("quantity_waiting > 0"),
    )
    op.drop_table("stock_reservations")
    op.drop_index("ix_stock_moves_warehouse_id_created_at_id", table_name="stock_moves")
    op.drop_index("ix_stock_moves_product_id_created_at_id", table_name="stock_moves")
    op.drop_index(op.f("ix_stock_moves_kind"), table_name="stock_moves")
    op.drop_index("ix_stock_moves_document", table_name="stock_moves")
    op.drop_index("ix_stock_moves_created_at_id", table_name="stock_moves")
    op.drop_table("stock_moves")
    op.drop_index("ix_stock_balances_warehouse_id_created_at_id", table_name="stock_balances")
    op.drop_index("ix_stock_balances_updated_at_id", table_name="stock_balances")
    op.drop_index("ix_stock_balances_on_hand_id", table_name="stock_balances")
    op.drop_index("ix_stock_balances_created_at_id", table_name="stock_balances")
    op.drop_index("ix_stock_balances_available_id", table_name="stock_balances")
    op.drop_table("stock_balances")
    op.drop_index("ix_procurement_requests_updated_at_id", table_name="procurement_requests")
    op.drop_index("ix_procurement_requests_status_created_at", table_name="procurement_requests")
    op.drop_index(
        "ix_procurement_requests_search_text_trgm",
        table_name="procurement_requests",
        postgresql_using="gin",
        postgresql_ops={"search_text": "gin_trgm_ops"},
    )
    op.drop_index("ix_procurement_requests_product_id", table_name="procurement_requests")
    op.drop_index("ix_procurement_requests_number_id", table_name="procurement_requests")
    op.drop_index(op.f("ix_procurement_requests_kind"), table_name="procurement_requests")
    op.drop_index("ix_procurement_requests_expected_date_id", table_name="procurement_requests")
    op.drop_index("ix_procurement_requests_document", table_name="procurement_requests")
    op.drop_index("ix_procurement_requests_created_at_id", table_name="procurement_requests")
    op.drop_table("procurement_requests")
    op.drop_index("ix_warehouses_code_id", table_name="warehouses")
    op.drop_table("warehouses")

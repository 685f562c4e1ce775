"""sales orders, their lines and invoice milestones (issue 12, orders step)

Sales orders numbered per fiscal year (SO/2026-27/00042, unique), made from an accepted
quote (``quote_id``, unique: one order per quote) or directly, with their stored
amounts, PO reference, delivery and payment terms, status timestamps and the phone's
location; their lines (delivered and invoiced quantities) and milestones (planned,
invoiced and collected amounts); and ``quotes.sales_order_id``, the order an acceptance
made. The numbers come from ``document_counters`` (type "sales_order"), whose rows the
downgrade drops.

Revision ID: 5c1e8a2f7d34
Revises: 3a7c91d0e5b2
Create Date: 2026-12-04 09:00:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "5c1e8a2f7d34"
down_revision: str | None = "3a7c91d0e5b2"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sales_orders",
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("customer_id", sa.Uuid(), nullable=False),
        sa.Column("contact_id", sa.Uuid(), nullable=True),
        sa.Column("opportunity_id", sa.Uuid(), nullable=True),
        sa.Column("quote_id", sa.Uuid(), nullable=True),
        sa.Column("owner_id", sa.Uuid(), nullable=False),
        sa.Column("territory_id", sa.Uuid(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "draft",
                "confirmed",
                "partially_delivered",
                "delivered",
                "closed",
                "cancelled",
                name="salesorderstatus",
                native_enum=False,
                length=27,
            ),
            nullable=False,
        ),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("order_date", sa.Date(), nullable=False),
        sa.Column("customer_po_number", sa.String(length=80), nullable=True),
        sa.Column("customer_po_date", sa.Date(), nullable=True),
        sa.Column("delivery_terms", sa.Text(), nullable=True),
        sa.Column("payment_terms_days", sa.Integer(), nullable=False),
        sa.Column("delivery_address", sa.Text(), nullable=True),
        sa.Column("terms", sa.Text(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("place_of_supply", sa.String(length=2), nullable=True),
        sa.Column("supply", sa.String(length=20), nullable=False),
        sa.Column("subtotal", sa.Numeric(precision=18, scale=4), nullable=False),
        sa.Column("discount_total", sa.Numeric(precision=18, scale=4), nullable=False),
        sa.Column("taxable_total", sa.Numeric(precision=18, scale=4), nullable=False),
        sa.Column("tax_total", sa.Numeric(precision=18, scale=4), nullable=False),
        sa.Column("grand_total", sa.Numeric(precision=18, scale=4), nullable=False),
        sa.Column("tax_components", sa.JSON(), nullable=False),
        sa.Column("tax_breakdown", sa.JSON(), nullable=False),
        sa.Column("confirmed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("delivered_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("cancelled_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("cancellation_reason", sa.String(length=1000), nullable=True),
        sa.Column("created_lat", sa.Float(), nullable=True),
        sa.Column("created_lon", sa.Float(), nullable=True),
        sa.Column("created_accuracy_m", sa.Float(), nullable=True),
        sa.Column(
            "search_text",
            sa.Text(),
            sa.Computed(
                "lower(coalesce(number, '')) || ' ' || lower(coalesce(customer_po_number, ''))",
                persisted=True,
            ),
            nullable=False,
        ),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_sales_orders_contact_id_contacts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_sales_orders_customer_id_customers")
        ),
        sa.ForeignKeyConstraint(
            ["opportunity_id"],
            ["opportunities.id"],
            name=op.f("fk_sales_orders_opportunity_id_opportunities"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["users.id"], name=op.f("fk_sales_orders_owner_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["quote_id"], ["quotes.id"], name=op.f("fk_sales_orders_quote_id_quotes")
        ),
        sa.ForeignKeyConstraint(
            ["territory_id"],
            ["territories.id"],
            name=op.f("fk_sales_orders_territory_id_territories"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sales_orders")),
        sa.UniqueConstraint("number", name=op.f("uq_sales_orders_number")),
        sa.UniqueConstraint("quote_id", name=op.f("uq_sales_orders_quote_id")),
    )
    op.create_index(
        "ix_sales_orders_created_at_id", "sales_orders", ["created_at", "id"], unique=False
    )
    op.create_index(
        op.f("ix_sales_orders_customer_id"), "sales_orders", ["customer_id"], unique=False
    )
    op.create_index(
        "ix_sales_orders_grand_total_id", "sales_orders", ["grand_total", "id"], unique=False
    )
    op.create_index("ix_sales_orders_number_id", "sales_orders", ["number", "id"], unique=False)
    op.create_index(
        op.f("ix_sales_orders_opportunity_id"), "sales_orders", ["opportunity_id"], unique=False
    )
    op.create_index(
        "ix_sales_orders_order_date_id", "sales_orders", ["order_date", "id"], unique=False
    )
    op.create_index(op.f("ix_sales_orders_owner_id"), "sales_orders", ["owner_id"], unique=False)
    op.create_index(
        "ix_sales_orders_search_text_trgm",
        "sales_orders",
        ["search_text"],
        unique=False,
        postgresql_using="gin",
        postgresql_ops={"search_text": "gin_trgm_ops"},
    )
    op.create_index(op.f("ix_sales_orders_status"), "sales_orders", ["status"], unique=False)
    op.create_index(
        "ix_sales_orders_updated_at_id", "sales_orders", ["updated_at", "id"], unique=False
    )
    op.create_table(
        "sales_order_lines",
        sa.Column("sales_order_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("quote_line_id", sa.Uuid(), nullable=True),
        sa.Column("product_id", sa.Uuid(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("quantity", sa.Numeric(precision=18, scale=4), nullable=False),
        sa.Column("unit", sa.String(length=20), nullable=False),
        sa.Column("unit_price", sa.Numeric(precision=18, scale=4), nullable=False),
        sa.Column("price_source", sa.String(length=20), nullable=False),
        sa.Column("discount_percent", sa.Numeric(precision=7, scale=4), nullable=False),
        sa.Column("tax_category_id", sa.Uuid(), nullable=False),
        sa.Column("tax_rate", sa.Numeric(precision=7, scale=4), nullable=False),
        sa.Column("tax_treatment", sa.String(length=20), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("gross_amount", sa.Numeric(precision=18, scale=4), nullable=False),
        sa.Column("discount_amount", sa.Numeric(precision=18, scale=4), nullable=False),
        sa.Column("taxable_amount", sa.Numeric(precision=18, scale=4), nullable=False),
        sa.Column("tax_amount", sa.Numeric(precision=18, scale=4), nullable=False),
        sa.Column("line_total", sa.Numeric(precision=18, scale=4), nullable=False),
        sa.Column("tax_components", sa.JSON(), nullable=False),
        sa.Column("quantity_delivered", sa.Numeric(precision=18, scale=4), nullable=False),
        sa.Column("quantity_invoiced", sa.Numeric(precision=18, scale=4), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["product_id"], ["products.id"], name=op.f("fk_sales_order_lines_product_id_products")
        ),
        sa.ForeignKeyConstraint(
            ["quote_line_id"],
            ["quote_lines.id"],
            name=op.f("fk_sales_order_lines_quote_line_id_quote_lines"),
        ),
        sa.ForeignKeyConstraint(
            ["sales_order_id"],
            ["sales_orders.id"],
            name=op.f("fk_sales_order_lines_sales_order_id_sales_orders"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["tax_category_id"],
            ["tax_categories.id"],
            name=op.f("fk_sales_order_lines_tax_category_id_tax_categories"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sales_order_lines")),
    )
    op.create_index(
        "ix_sales_order_lines_sales_order_id_position",
        "sales_order_lines",
        ["sales_order_id", "position"],
        unique=False,
    )
    op.create_table(
        "sales_order_milestones",
        sa.Column("sales_order_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column(
            "kind",
            sa.Enum("percent", "amount", name="milestonekind", native_enum=False, length=15),
            nullable=False,
        ),
        sa.Column("value", sa.Numeric(precision=18, scale=4), nullable=False),
        sa.Column(
            "trigger",
            sa.Enum(
                "on_confirmation",
                "on_delivery",
                "on_installation",
                "on_date",
                name="milestonetrigger",
                native_enum=False,
                length=23,
            ),
            nullable=False,
        ),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("planned_amount", sa.Numeric(precision=18, scale=4), nullable=False),
        sa.Column("invoiced_amount", sa.Numeric(precision=18, scale=4), nullable=False),
        sa.Column("collected_amount", sa.Numeric(precision=18, scale=4), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["sales_order_id"],
            ["sales_orders.id"],
            name=op.f("fk_sales_order_milestones_sales_order_id_sales_orders"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sales_order_milestones")),
    )
    op.create_index(
        "ix_sales_order_milestones_sales_order_id_position",
        "sales_order_milestones",
        ["sales_order_id", "position"],
        unique=False,
    )
    op.add_column("quotes", sa.Column("sales_order_id", sa.Uuid(), nullable=True))


def downgrade() -> None:
    op.execute("DELETE FROM document_counters WHERE document_type = 'sales_order'")
    op.drop_column("quotes", "sales_order_id")
    op.drop_index(
        "ix_sales_order_milestones_sales_order_id_position", table_name="sales_order_milestones"
    )
    op.drop_table("sales_order_milestones")
    op.drop_index("ix_sales_order_lines_sales_order_id_position", table_name="sales_order_lines")
    op.drop_table("sales_order_lines")
    op.drop_index("ix_sales_orders_updated_at_id", table_name="sales_orders")
    op.drop_index(op.f("ix_sales_orders_status"), table_name="sales_orders")
    op.drop_index(
        "ix_sales_orders_search_text_trgm",
        table_name="sales_orders",
        postgresql_using="gin",
        postgresql_ops={"search_text": "gin_trgm_ops"},
    )
    op.drop_index(op.f("ix_sales_orders_owner_id"), table_name="sales_orders")
    op.drop_index("ix_sales_orders_order_date_id", table_name="sales_orders")
    op.drop_index(op.f("ix_sales_orders_opportunity_id"), table_name="sales_orders")
    op.drop_index("ix_sales_orders_number_id", table_name="sales_orders")
    op.drop_index("ix_sales_orders_grand_total_id", table_name="sales_orders")
    op.drop_index(op.f("ix_sales_orders_customer_id"), table_name="sales_orders")
    op.drop_index("ix_sales_orders_created_at_id", table_name="sales_orders")
    op.drop_table("sales_orders")

"""products, taxes and prices: the catalogue (issue 12, first step)

Product groups and products (SKU unique whatever its case through the computed
``sku_key``; ERP id unique; trigram-indexed search text), tax categories (GST rate,
zero-rated, exempt), price lists per currency, period and scope (default, segment,
customer) with their lines (quantity breaks, one price per product and break), and the
discount limit per role. The default limits are the next, data migration.

Revision ID: 7e586d6f6124
Revises: 8c41d7e2a6f0
Create Date: 2026-12-02 09:00:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "7e586d6f6124"
down_revision: str | None = "8c41d7e2a6f0"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "discount_limits",
        sa.Column(
            "role",
            sa.Enum(
                "admin", "sales_head", "sales_engineer", name="role", native_enum=False, length=22
            ),
            nullable=False,
        ),
        sa.Column("max_percent", sa.Numeric(precision=7, scale=4), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_discount_limits")),
        sa.UniqueConstraint("role", name=op.f("uq_discount_limits_role")),
    )
    op.create_table(
        "product_groups",
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_product_groups")),
        sa.UniqueConstraint("name", name=op.f("uq_product_groups_name")),
    )
    op.create_index("ix_product_groups_name_id", "product_groups", ["name", "id"], unique=False)
    op.create_table(
        "tax_categories",
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column(
            "treatment",
            sa.Enum(
                "taxable", "zero_rated", "exempt", name="taxtreatment", native_enum=False, length=18
            ),
            nullable=False,
        ),
        sa.Column("rate", sa.Numeric(precision=7, scale=4), nullable=False),
        sa.Column("is_active", sa.Boolean(), server_default="true", nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tax_categories")),
        sa.UniqueConstraint("code", name=op.f("uq_tax_categories_code")),
    )
    op.create_index("ix_tax_categories_name_id", "tax_categories", ["name", "id"], unique=False)
    op.create_index("ix_tax_categories_rate_id", "tax_categories", ["rate", "id"], unique=False)
    op.create_table(
        "products",
        sa.Column("sku", sa.String(length=64), nullable=False),
        sa.Column(
            "sku_key",
            sa.String(length=64),
            sa.Computed("lower(sku)", persisted=True),
            nullable=False,
        ),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("group_id", sa.Uuid(), nullable=True),
        sa.Column("unit", sa.String(length=20), nullable=False),
        sa.Column(
            "kind",
            sa.Enum("goods", "service", name="productkind", native_enum=False, length=15),
            nullable=False,
        ),
        sa.Column("hsn_sac_code", sa.String(length=8), nullable=True),
        sa.Column("tax_category_id", sa.Uuid(), nullable=False),
        sa.Column("list_price", sa.Numeric(precision=18, scale=4), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("cost", sa.Numeric(precision=18, scale=4), nullable=True),
        sa.Column("is_active", sa.Boolean(), nullable=False),
        sa.Column("external_id", sa.String(length=100), nullable=True),
        sa.Column(
            "search_text",
            sa.Text(),
            sa.Computed(
                "lower(coalesce(sku, '')) || ' ' || lower(coalesce(name, '')) || ' ' || lower(coalesce(hsn_sac_code, '')) || ' ' || lower(coalesce(external_id, ''))",
                persisted=True,
            ),
            nullable=False,
        ),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"], ["product_groups.id"], name=op.f("fk_products_group_id_product_groups")
        ),
        sa.ForeignKeyConstraint(
            ["tax_category_id"],
            ["tax_categories.id"],
            name=op.f("fk_products_tax_category_id_tax_categories"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_products")),
        sa.UniqueConstraint("external_id", name=op.f("uq_products_external_id")),
        sa.UniqueConstraint("sku_key", name=op.f("uq_products_sku_key")),
    )
    op.create_index("ix_products_created_at_id", "products", ["created_at", "id"], unique=False)
    op.create_index(op.f("ix_products_group_id"), "products", ["group_id"], unique=False)
    op.create_index(op.f("ix_products_is_active"), "products", ["is_active"], unique=False)
    op.create_index("ix_products_name_id", "products", ["name", "id"], unique=False)
    op.create_index(
        "ix_products_search_text_trgm",
        "products",
        ["search_text"],
        unique=False,
        postgresql_using="gin",
        postgresql_ops={"search_text": "gin_trgm_ops"},
    )
    op.create_index("ix_products_sku_key_id", "products", ["sku_key", "id"], unique=False)
    op.create_index(
        op.f("ix_products_tax_category_id"), "products", ["tax_category_id"], unique=False
    )
    op.create_index("ix_products_updated_at_id", "products", ["updated_at", "id"], unique=False)
    op.create_table(
        "price_lists",
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.Column(
            "scope",
            sa.Enum(
                "default",
                "segment",
                "customer",
                name="pricelistscope",
                native_enum=False,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("segment", sa.String(length=80), nullable=True),
        sa.Column("customer_id", sa.Uuid(), nullable=True),
        sa.Column("is_active", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_price_lists_customer_id_customers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_price_lists")),
    )
    op.create_index(
        "ix_price_lists_created_at_id", "price_lists", ["created_at", "id"], unique=False
    )
    op.create_index(
        "ix_price_lists_currency_scope", "price_lists", ["currency", "scope"], unique=False
    )
    op.create_index(
        op.f("ix_price_lists_customer_id"), "price_lists", ["customer_id"], unique=False
    )
    op.create_index("ix_price_lists_name_id", "price_lists", ["name", "id"], unique=False)
    op.create_index(
        "ix_price_lists_valid_from_id", "price_lists", ["valid_from", "id"], unique=False
    )
    op.create_table(
        "price_list_lines",
        sa.Column("price_list_id", sa.Uuid(), nullable=False),
        sa.Column("product_id", sa.Uuid(), nullable=False),
        sa.Column("min_quantity", sa.Numeric(precision=18, scale=4), nullable=False),
        sa.Column("unit_price", sa.Numeric(precision=18, scale=4), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["price_list_id"],
            ["price_lists.id"],
            name=op.f("fk_price_list_lines_price_list_id_price_lists"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["product_id"], ["products.id"], name=op.f("fk_price_list_lines_product_id_products")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_price_list_lines")),
        sa.UniqueConstraint(
            "price_list_id",
            "product_id",
            "min_quantity",
            name=op.f("uq_price_list_lines_price_list_id_product_id_min_quantity"),
        ),
    )
    op.create_index(
        "ix_price_list_lines_created_at_id", "price_list_lines", ["created_at", "id"], unique=False
    )
    op.create_index(
        "ix_price_list_lines_product_id_min_quantity",
        "price_list_lines",
        ["product_id", "min_quantity"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_price_list_lines_product_id_min_quantity", table_name="price_list_lines")
    op.drop_index("ix_price_list_lines_created_at_id", table_name="price_list_lines")
    op.drop_table("price_list_lines")
    op.drop_index("ix_price_lists_valid_from_id", table_name="price_lists")
    op.drop_index("ix_price_lists_name_id", table_name="price_lists")
    op.drop_index(op.f("ix_price_lists_customer_id"), table_name="price_lists")
    op.drop_index("ix_price_lists_currency_scope", table_name="price_lists")
    op.drop_index("ix_price_lists_created_at_id", table_name="price_lists")
    op.drop_table("price_lists")
    op.drop_index("ix_products_updated_at_id", table_name="products")
    op.drop_index(op.f("ix_products_tax_category_id"), table_name="products")
    op.drop_index("ix_products_sku_key_id", table_name="products")
    op.drop_index(
        "ix_products_search_text_trgm",
        table_name="products",
        postgresql_using="gin",
        postgresql_ops={"search_text": "gin_trgm_ops"},
    )
    op.drop_index("ix_products_name_id", table_name="products")
    op.drop_index(op.f("ix_products_is_active"), table_name="products")
    op.drop_index(op.f("ix_products_group_id"), table_name="products")
    op.drop_index("ix_products_created_at_id", table_name="products")
    op.drop_table("products")
    op.drop_index("ix_tax_categories_rate_id", table_name="tax_categories")
    op.drop_index("ix_tax_categories_name_id", table_name="tax_categories")
    op.drop_table("tax_categories")
    op.drop_index("ix_product_groups_name_id", table_name="product_groups")
    op.drop_table("product_groups")
    op.drop_table("discount_limits")

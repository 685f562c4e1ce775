"""quotes and their lines (issue 12, quotes step)

Quotes numbered per fiscal year (number + revision unique; the revisions of a number
share it), their stored amounts (subtotal, discount, tax per component, tax table,
grand total), approval, sending, acceptance (with the engineer's location) and
revision columns; quote lines with their prices, discounts, GST and amounts. The
numbers come from ``document_counters`` (type "quote"), whose rows the downgrade drops.

Revision ID: 3a7c91d0e5b2
Revises: 9f2b4c6d8e10
Create Date: 2026-12-03 09:00:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "3a7c91d0e5b2"
down_revision: str | None = "9f2b4c6d8e10"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "quotes",
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("display_number", sa.String(length=48), nullable=False),
        sa.Column("is_current", sa.Boolean(), nullable=False),
        sa.Column("revised_from_id", sa.Uuid(), nullable=True),
        sa.Column("customer_id", sa.Uuid(), nullable=False),
        sa.Column("contact_id", sa.Uuid(), nullable=True),
        sa.Column("opportunity_id", sa.Uuid(), nullable=True),
        sa.Column("owner_id", sa.Uuid(), nullable=False),
        sa.Column("territory_id", sa.Uuid(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "draft",
                "pending_approval",
                "approved",
                "sent",
                "accepted",
                "rejected",
                "expired",
                name="quotestatus",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("quote_date", sa.Date(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=False),
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
        sa.Column("max_discount_percent", sa.Numeric(precision=7, scale=4), nullable=False),
        sa.Column("needs_approval", sa.Boolean(), nullable=False),
        sa.Column("submitted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("approved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("approved_by_id", sa.Uuid(), nullable=True),
        sa.Column("approval_comment", sa.String(length=1000), nullable=True),
        sa.Column("approval_digest", sa.String(length=64), nullable=True),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("accepted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("accepted_by_id", sa.Uuid(), nullable=True),
        sa.Column("rejected_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("rejection_reason", sa.String(length=1000), nullable=True),
        sa.Column("created_lat", sa.Float(), nullable=True),
        sa.Column("created_lon", sa.Float(), nullable=True),
        sa.Column("created_accuracy_m", sa.Float(), nullable=True),
        sa.Column("accepted_lat", sa.Float(), nullable=True),
        sa.Column("accepted_lon", sa.Float(), nullable=True),
        sa.Column("accepted_accuracy_m", sa.Float(), nullable=True),
        sa.Column(
            "search_text",
            sa.Text(),
            sa.Computed("lower(coalesce(display_number, ''))", persisted=True),
            nullable=False,
        ),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["accepted_by_id"], ["users.id"], name=op.f("fk_quotes_accepted_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["approved_by_id"], ["users.id"], name=op.f("fk_quotes_approved_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_quotes_contact_id_contacts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_quotes_customer_id_customers")
        ),
        sa.ForeignKeyConstraint(
            ["opportunity_id"],
            ["opportunities.id"],
            name=op.f("fk_quotes_opportunity_id_opportunities"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(["owner_id"], ["users.id"], name=op.f("fk_quotes_owner_id_users")),
        sa.ForeignKeyConstraint(
            ["revised_from_id"], ["quotes.id"], name=op.f("fk_quotes_revised_from_id_quotes")
        ),
        sa.ForeignKeyConstraint(
            ["territory_id"], ["territories.id"], name=op.f("fk_quotes_territory_id_territories")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quotes")),
        sa.UniqueConstraint("number", "revision", name=op.f("uq_quotes_number_revision")),
    )
    op.create_index("ix_quotes_created_at_id", "quotes", ["created_at", "id"], unique=False)
    op.create_index(op.f("ix_quotes_customer_id"), "quotes", ["customer_id"], unique=False)
    op.create_index("ix_quotes_grand_total_id", "quotes", ["grand_total", "id"], unique=False)
    op.create_index(op.f("ix_quotes_is_current"), "quotes", ["is_current"], unique=False)
    op.create_index(
        "ix_quotes_number_revision_id", "quotes", ["number", "revision", "id"], unique=False
    )
    op.create_index(op.f("ix_quotes_opportunity_id"), "quotes", ["opportunity_id"], unique=False)
    op.create_index(op.f("ix_quotes_owner_id"), "quotes", ["owner_id"], unique=False)
    op.create_index(
        "ix_quotes_search_text_trgm",
        "quotes",
        ["search_text"],
        unique=False,
        postgresql_using="gin",
        postgresql_ops={"search_text": "gin_trgm_ops"},
    )
    op.create_index(op.f("ix_quotes_status"), "quotes", ["status"], unique=False)
    op.create_index("ix_quotes_updated_at_id", "quotes", ["updated_at", "id"], unique=False)
    op.create_index("ix_quotes_valid_until_id", "quotes", ["valid_until", "id"], unique=False)
    op.create_table(
        "quote_lines",
        sa.Column("quote_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
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
        sa.Column("is_optional", sa.Boolean(), nullable=False),
        sa.Column("is_selected", sa.Boolean(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("gross_amount", sa.Numeric(precision=18, scale=4), nullable=False),
        sa.Column("discount_amount", sa.Numeric(precision=18, scale=4), nullable=False),
        sa.Column("taxable_amount", sa.Numeric(precision=18, scale=4), nullable=False),
        sa.Column("tax_amount", sa.Numeric(precision=18, scale=4), nullable=False),
        sa.Column("line_total", sa.Numeric(precision=18, scale=4), nullable=False),
        sa.Column("tax_components", sa.JSON(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["product_id"], ["products.id"], name=op.f("fk_quote_lines_product_id_products")
        ),
        sa.ForeignKeyConstraint(
            ["quote_id"],
            ["quotes.id"],
            name=op.f("fk_quote_lines_quote_id_quotes"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["tax_category_id"],
            ["tax_categories.id"],
            name=op.f("fk_quote_lines_tax_category_id_tax_categories"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quote_lines")),
    )
    op.create_index(
        "ix_quote_lines_quote_id_position", "quote_lines", ["quote_id", "position"], unique=False
    )


def downgrade() -> None:
    op.execute("DELETE FROM document_counters WHERE document_type = 'quote'")
    op.drop_index("ix_quote_lines_quote_id_position", table_name="quote_lines")
    op.drop_table("quote_lines")
    op.drop_index("ix_quotes_valid_until_id", table_name="quotes")
    op.drop_index("ix_quotes_updated_at_id", table_name="quotes")
    op.drop_index(op.f("ix_quotes_status"), table_name="quotes")
    op.drop_index(
        "ix_quotes_search_text_trgm",
        table_name="quotes",
        postgresql_using="gin",
        postgresql_ops={"search_text": "gin_trgm_ops"},
    )
    op.drop_index(op.f("ix_quotes_owner_id"), table_name="quotes")
    op.drop_index(op.f("ix_quotes_opportunity_id"), table_name="quotes")
    op.drop_index("ix_quotes_number_revision_id", table_name="quotes")
    op.drop_index(op.f("ix_quotes_is_current"), table_name="quotes")
    op.drop_index("ix_quotes_grand_total_id", table_name="quotes")
    op.drop_index(op.f("ix_quotes_customer_id"), table_name="quotes")
    op.drop_index("ix_quotes_created_at_id", table_name="quotes")
    op.drop_table("quotes")

"""invoices, credit notes, payments and their allocations (issue 12, billing step)

Invoices and credit notes in one table (``kind``), numbered on issue from
``document_counters`` (types "invoice" and "credit_note", whose rows the downgrade
drops); their lines with prices, GST and amounts; what is paid and credited, and the
open amount PostgreSQL computes from them. Payments with their allocations to invoices
and the unallocated amount (the customer's credit), computed likewise. Partial indexes
serve aging and the credit check (open invoices, unallocated payments per customer).

Revision ID: 7d3e5f1a9b24
Revises: 5d1e7a2c9b40
Create Date: 2026-12-04 09:00:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "7d3e5f1a9b24"
down_revision: str | None = "5d1e7a2c9b40"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "invoices",
        sa.Column(
            "kind",
            sa.Enum("invoice", "credit_note", name="invoicekind", native_enum=False, length=19),
            nullable=False,
        ),
        sa.Column("number", sa.String(length=40), nullable=True),
        sa.Column("credited_invoice_id", sa.Uuid(), nullable=True),
        sa.Column("customer_id", sa.Uuid(), nullable=False),
        sa.Column("territory_id", sa.Uuid(), nullable=True),
        sa.Column("created_by_id", sa.Uuid(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "draft",
                "issued",
                "partially_paid",
                "paid",
                "void",
                "cancelled",
                name="invoicestatus",
                native_enum=False,
                length=22,
            ),
            nullable=False,
        ),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("invoice_date", sa.Date(), nullable=False),
        sa.Column("payment_terms_days", sa.Integer(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("billing_name", sa.String(length=200), nullable=False),
        sa.Column("billing_address", sa.JSON(), nullable=True),
        sa.Column("customer_gstin", sa.String(length=20), nullable=True),
        sa.Column("company_gstin", sa.String(length=20), nullable=True),
        sa.Column("place_of_supply", sa.String(length=2), nullable=True),
        sa.Column("supply", sa.String(length=20), nullable=False),
        sa.Column("source_document_type", sa.String(length=40), nullable=False),
        sa.Column("source_document_id", sa.Uuid(), nullable=True),
        sa.Column("source_milestone_id", sa.Uuid(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("reason", sa.String(length=1000), nullable=True),
        sa.Column("subtotal", sa.Numeric(precision=18, scale=4), nullable=False),
        sa.Column("discount_total", sa.Numeric(precision=18, scale=4), nullable=False),
        sa.Column("taxable_total", sa.Numeric(precision=18, scale=4), nullable=False),
        sa.Column("tax_total", sa.Numeric(precision=18, scale=4), nullable=False),
        sa.Column("grand_total", sa.Numeric(precision=18, scale=4), nullable=False),
        sa.Column("tax_components", sa.JSON(), nullable=False),
        sa.Column("tax_breakdown", sa.JSON(), nullable=False),
        sa.Column("amount_paid", sa.Numeric(precision=18, scale=4), nullable=False),
        sa.Column("amount_credited", sa.Numeric(precision=18, scale=4), nullable=False),
        sa.Column(
            "open_amount",
            sa.Numeric(precision=18, scale=4),
            sa.Computed(
                "CASE WHEN kind = 'invoice' AND status IN ('issued', 'partially_paid', 'paid', 'void') THEN grand_total - amount_paid - amount_credited ELSE 0 END",
                persisted=True,
            ),
            nullable=False,
        ),
        sa.Column("issued_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("issued_by_id", sa.Uuid(), nullable=True),
        sa.Column("cancelled_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_invoices_created_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["credited_invoice_id"],
            ["invoices.id"],
            name=op.f("fk_invoices_credited_invoice_id_invoices"),
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_invoices_customer_id_customers")
        ),
        sa.ForeignKeyConstraint(
            ["issued_by_id"], ["users.id"], name=op.f("fk_invoices_issued_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["territory_id"], ["territories.id"], name=op.f("fk_invoices_territory_id_territories")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invoices")),
        sa.UniqueConstraint("number", name=op.f("uq_invoices_number")),
    )
    op.create_index("ix_invoices_created_at_id", "invoices", ["created_at", "id"], unique=False)
    op.create_index(
        op.f("ix_invoices_credited_invoice_id"), "invoices", ["credited_invoice_id"], unique=False
    )
    op.create_index(op.f("ix_invoices_customer_id"), "invoices", ["customer_id"], unique=False)
    op.create_index(
        "ix_invoices_customer_id_open",
        "invoices",
        ["customer_id", "due_date"],
        unique=False,
        postgresql_where="open_amount > 0",
    )
    op.create_index("ix_invoices_due_date_id", "invoices", ["due_date", "id"], unique=False)
    op.create_index("ix_invoices_grand_total_id", "invoices", ["grand_total", "id"], unique=False)
    op.create_index("ix_invoices_invoice_date_id", "invoices", ["invoice_date", "id"], unique=False)
    op.create_index(
        op.f("ix_invoices_source_document_id"), "invoices", ["source_document_id"], unique=False
    )
    op.create_index(
        op.f("ix_invoices_source_milestone_id"), "invoices", ["source_milestone_id"], unique=False
    )
    op.create_index("ix_invoices_status_due_date", "invoices", ["status", "due_date"], unique=False)
    op.create_index(op.f("ix_invoices_territory_id"), "invoices", ["territory_id"], unique=False)
    op.create_index("ix_invoices_updated_at_id", "invoices", ["updated_at", "id"], unique=False)
    op.create_table(
        "payments",
        sa.Column("customer_id", sa.Uuid(), nullable=False),
        sa.Column("territory_id", sa.Uuid(), nullable=True),
        sa.Column("recorded_by_id", sa.Uuid(), nullable=True),
        sa.Column("payment_date", sa.Date(), nullable=False),
        sa.Column("amount", sa.Numeric(precision=18, scale=4), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column(
            "method",
            sa.Enum(
                "bank_transfer",
                "cheque",
                "cash",
                "upi",
                "card",
                "other",
                name="paymentmethod",
                native_enum=False,
                length=21,
            ),
            nullable=False,
        ),
        sa.Column("reference", sa.String(length=120), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("allocated_amount", sa.Numeric(precision=18, scale=4), nullable=False),
        sa.Column(
            "unallocated_amount",
            sa.Numeric(precision=18, scale=4),
            sa.Computed("amount - allocated_amount", persisted=True),
            nullable=False,
        ),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_payments_customer_id_customers")
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"], ["users.id"], name=op.f("fk_payments_recorded_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["territory_id"], ["territories.id"], name=op.f("fk_payments_territory_id_territories")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payments")),
    )
    op.create_index("ix_payments_amount_id", "payments", ["amount", "id"], unique=False)
    op.create_index("ix_payments_created_at_id", "payments", ["created_at", "id"], unique=False)
    op.create_index(op.f("ix_payments_customer_id"), "payments", ["customer_id"], unique=False)
    op.create_index(
        "ix_payments_customer_id_unallocated",
        "payments",
        ["customer_id"],
        unique=False,
        postgresql_where="unallocated_amount > 0",
    )
    op.create_index(op.f("ix_payments_method"), "payments", ["method"], unique=False)
    op.create_index("ix_payments_payment_date_id", "payments", ["payment_date", "id"], unique=False)
    op.create_index(op.f("ix_payments_territory_id"), "payments", ["territory_id"], unique=False)
    op.create_table(
        "invoice_lines",
        sa.Column("invoice_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Uuid(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("hsn_sac_code", sa.String(length=20), nullable=True),
        sa.Column("quantity", sa.Numeric(precision=18, scale=4), nullable=False),
        sa.Column("unit", sa.String(length=20), nullable=False),
        sa.Column("unit_price", sa.Numeric(precision=18, scale=4), nullable=False),
        sa.Column("discount_percent", sa.Numeric(precision=7, scale=4), nullable=False),
        sa.Column("tax_category_id", sa.Uuid(), nullable=True),
        sa.Column("tax_rate", sa.Numeric(precision=7, scale=4), nullable=False),
        sa.Column("tax_treatment", sa.String(length=20), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("gross_amount", sa.Numeric(precision=18, scale=4), nullable=False),
        sa.Column("discount_amount", sa.Numeric(precision=18, scale=4), nullable=False),
        sa.Column("taxable_amount", sa.Numeric(precision=18, scale=4), nullable=False),
        sa.Column("tax_amount", sa.Numeric(precision=18, scale=4), nullable=False),
        sa.Column("line_total", sa.Numeric(precision=18, scale=4), nullable=False),
        sa.Column("tax_components", sa.JSON(), nullable=False),
        sa.Column("source_line_id", sa.Uuid(), nullable=True),
        sa.Column("credited_line_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["credited_line_id"],
            ["invoice_lines.id"],
            name=op.f("fk_invoice_lines_credited_line_id_invoice_lines"),
        ),
        sa.ForeignKeyConstraint(
            ["invoice_id"],
            ["invoices.id"],
            name=op.f("fk_invoice_lines_invoice_id_invoices"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["product_id"], ["products.id"], name=op.f("fk_invoice_lines_product_id_products")
        ),
        sa.ForeignKeyConstraint(
            ["tax_category_id"],
            ["tax_categories.id"],
            name=op.f("fk_invoice_lines_tax_category_id_tax_categories"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invoice_lines")),
    )
    op.create_index(
        op.f("ix_invoice_lines_credited_line_id"),
        "invoice_lines",
        ["credited_line_id"],
        unique=False,
    )
    op.create_index(
        "ix_invoice_lines_invoice_id_position",
        "invoice_lines",
        ["invoice_id", "position"],
        unique=False,
    )
    op.create_table(
        "payment_allocations",
        sa.Column("payment_id", sa.Uuid(), nullable=False),
        sa.Column("invoice_id", sa.Uuid(), nullable=False),
        sa.Column("amount", sa.Numeric(precision=18, scale=4), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("allocated_on", sa.Date(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["invoice_id"], ["invoices.id"], name=op.f("fk_payment_allocations_invoice_id_invoices")
        ),
        sa.ForeignKeyConstraint(
            ["payment_id"],
            ["payments.id"],
            name=op.f("fk_payment_allocations_payment_id_payments"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payment_allocations")),
    )
    op.create_index(
        op.f("ix_payment_allocations_invoice_id"),
        "payment_allocations",
        ["invoice_id"],
        unique=False,
    )
    op.create_index(
        "ix_payment_allocations_payment_id_created_at",
        "payment_allocations",
        ["payment_id", "created_at"],
        unique=False,
    )


def downgrade() -> None:
    op.execute("DELETE FROM document_counters WHERE document_type IN ('invoice', 'credit_note')")
    op.drop_index("ix_payment_allocations_payment_id_created_at", table_name="payment_allocations")
    op.drop_index(op.f("ix_payment_allocations_invoice_id"), table_name="payment_allocations")
    op.drop_table("payment_allocations")
    op.drop_index("ix_invoice_lines_invoice_id_position", table_name="invoice_lines")
    op.drop_index(op.f("ix_invoice_lines_credited_line_id"), table_name="invoice_lines")
    op.drop_table("invoice_lines")
    op.drop_index(op.f("ix_payments_territory_id"), table_name="payments")
    op.drop_index("ix_payments_payment_date_id", table_name="payments")
    op.drop_index(op.f("ix_payments_method"), table_name="payments")
    op.drop_index(
        "ix_payments_customer_id_unallocated",
        table_name="payments",
        postgresql_where="unallocated_amount > 0",
    )
    op.drop_index(op.f("ix_payments_customer_id"), table_name="payments")
    op.drop_index("ix_payments_created_at_id", table_name="payments")
    op.drop_index("ix_payments_amount_id", table_name="payments")
    op.drop_table("payments")
    op.drop_index("ix_invoices_updated_at_id", table_name="invoices")
    op.drop_index(op.f("ix_invoices_territory_id"), table_name="invoices")
    op.drop_index("ix_invoices_status_due_date", table_name="invoices")
    op.drop_index(op.f("ix_invoices_source_milestone_id"), table_name="invoices")
    op.drop_index(op.f("ix_invoices_source_document_id"), table_name="invoices")
    op.drop_index("ix_invoices_invoice_date_id", table_name="invoices")
    op.drop_index("ix_invoices_grand_total_id", table_name="invoices")
    op.drop_index("ix_invoices_due_date_id", table_name="invoices")
    op.drop_index(
        "ix_invoices_customer_id_open", table_name="invoices", postgresql_where="open_amount > 0"
    )
    op.drop_index(op.f("ix_invoices_customer_id"), table_name="invoices")
    op.drop_index(op.f("ix_invoices_credited_invoice_id"), table_name="invoices")
    op.drop_index("ix_invoices_created_at_id", table_name="invoices")
    op.drop_table("invoices")

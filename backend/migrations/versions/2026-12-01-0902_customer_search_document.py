"""customer search document: the customer's own text and its contacts' in one column

A customer is found by its contacts' names, e-mails and phones too. With that text in
the customer's own trigram-indexed ``search_text`` (kept current by a trigger on
contacts), ``q=`` is one predicate on one table, so PostgreSQL can choose between the
index (a rare term) and walking the list's order (a term most rows contain).

Revision ID: 8c41d7e2a6f0
Revises: 7b2e1d3f0a48
Create Date: 2026-11-29 17:45:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "8c41d7e2a6f0"
down_revision: str | None = "7b2e1d3f0a48"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OWN = (
    "lower(coalesce(name, '')) || ' ' || lower(coalesce(legal_name, '')) || ' ' || "
    "lower(coalesce(email, '')) || ' ' || regexp_replace(coalesce(phone, ''), '[^0-9]', '', 'g')"
)


def _search_text(expression: str) -> None:
    op.drop_index("ix_customers_search_text_trgm", table_name="customers")
    op.drop_column("customers", "search_text")
    op.add_column(
        "customers",
        sa.Column(
            "search_text", sa.Text(), sa.Computed(expression, persisted=True), nullable=False
        ),
    )
    op.create_index(
        "ix_customers_search_text_trgm",
        "customers",
        ["search_text"],
        unique=False,
        postgresql_using="gin",
        postgresql_ops={"search_text": "gin_trgm_ops"},
    )


def upgrade() -> None:
    op.add_column(
        "customers",
        sa.Column("contact_search_text", sa.Text(), server_default="", nullable=False),
    )
    for statement in _KEEPING:
        op.execute(statement)
    _search_text(f"{OWN} || ' ' || contact_search_text")


_KEEPING = [
    """
        CREATE FUNCTION customer_contact_search_text(customer uuid) RETURNS void
        LANGUAGE sql AS $$
            UPDATE customers SET contact_search_text = coalesce(
                (SELECT string_agg(search_text, ' ' ORDER BY id) FROM contacts
                 WHERE customer_id = customer AND NOT is_archived), '')
            WHERE id = customer
        $$
    """,
    """
        CREATE FUNCTION contacts_keep_customer_search_text() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP <> 'INSERT' THEN
                PERFORM customer_contact_search_text(OLD.customer_id);
            END IF;
            IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR NEW.customer_id <> OLD.customer_id) THEN
                PERFORM customer_contact_search_text(NEW.customer_id);
            END IF;
            RETURN NULL;
        END
        $$
    """,
    """
        CREATE TRIGGER contacts_keep_customer_search_text
            AFTER INSERT OR DELETE OR UPDATE OF name, email, phone, is_archived, customer_id
            ON contacts FOR EACH ROW EXECUTE FUNCTION contacts_keep_customer_search_text()
    """,
    """
        UPDATE customers SET contact_search_text = found.text
        FROM (SELECT customer_id, string_agg(search_text, ' ' ORDER BY id) AS text
              FROM contacts WHERE NOT is_archived GROUP BY customer_id) AS found
        WHERE found.customer_id = customers.id
    """,
]


def downgrade() -> None:
    _search_text(OWN)
    op.execute("DROP TRIGGER contacts_keep_customer_search_text ON contacts")
    op.execute("DROP FUNCTION contacts_keep_customer_search_text()")
    op.execute("DROP FUNCTION customer_contact_search_text(uuid)")
    op.drop_column("customers", "contact_search_text")

"""search text with trigram indexes

Revision ID: d88b922eb374
Revises: 97dc4ede65b7
Create Date: 2026-11-29 13:35:53.244096+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "d88b922eb374"
down_revision: str | None = "97dc4ede65b7"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    op.add_column(
        "contacts",
        sa.Column(
            "search_text",
            sa.Text(),
            sa.Computed(
                "lower(coalesce(name, '')) || ' ' || lower(coalesce(email, '')) || ' ' || regexp_replace(coalesce(phone, ''), '[^0-9]', '', 'g')",
                persisted=True,
            ),
            nullable=False,
        ),
    )
    op.create_index(
        "ix_contacts_search_text_trgm",
        "contacts",
        ["search_text"],
        unique=False,
        postgresql_using="gin",
        postgresql_ops={"search_text": "gin_trgm_ops"},
    )
    op.add_column(
        "customers",
        sa.Column(
            "search_text",
            sa.Text(),
            sa.Computed(
                "lower(coalesce(name, '')) || ' ' || lower(coalesce(legal_name, '')) || ' ' || lower(coalesce(email, '')) || ' ' || regexp_replace(coalesce(phone, ''), '[^0-9]', '', 'g')",
                persisted=True,
            ),
            nullable=False,
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
    op.add_column(
        "leads",
        sa.Column(
            "search_text",
            sa.Text(),
            sa.Computed(
                "lower(coalesce(person_name, '')) || ' ' || lower(coalesce(company_name, '')) || ' ' || lower(coalesce(email, '')) || ' ' || lower(coalesce(city, '')) || ' ' || regexp_replace(coalesce(phone, ''), '[^0-9]', '', 'g')",
                persisted=True,
            ),
            nullable=False,
        ),
    )
    op.create_index(
        "ix_leads_search_text_trgm",
        "leads",
        ["search_text"],
        unique=False,
        postgresql_using="gin",
        postgresql_ops={"search_text": "gin_trgm_ops"},
    )
    op.add_column(
        "opportunities",
        sa.Column(
            "search_text",
            sa.Text(),
            sa.Computed("lower(coalesce(title, ''))", persisted=True),
            nullable=False,
        ),
    )
    op.create_index(
        "ix_opportunities_search_text_trgm",
        "opportunities",
        ["search_text"],
        unique=False,
        postgresql_using="gin",
        postgresql_ops={"search_text": "gin_trgm_ops"},
    )


def downgrade() -> None:
    op.drop_index(
        "ix_opportunities_search_text_trgm",
        table_name="opportunities",
        postgresql_using="gin",
        postgresql_ops={"search_text": "gin_trgm_ops"},
    )
    op.drop_column("opportunities", "search_text")
    op.drop_index(
        "ix_leads_search_text_trgm",
        table_name="leads",
        postgresql_using="gin",
        postgresql_ops={"search_text": "gin_trgm_ops"},
    )
    op.drop_column("leads", "search_text")
    op.drop_index(
        "ix_customers_search_text_trgm",
        table_name="customers",
        postgresql_using="gin",
        postgresql_ops={"search_text": "gin_trgm_ops"},
    )
    op.drop_column("customers", "search_text")
    op.drop_index(
        "ix_contacts_search_text_trgm",
        table_name="contacts",
        postgresql_using="gin",
        postgresql_ops={"search_text": "gin_trgm_ops"},
    )
    op.drop_column("contacts", "search_text")
    op.execute("DROP EXTENSION IF EXISTS pg_trgm")

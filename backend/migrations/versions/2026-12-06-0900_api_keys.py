"""api keys for integrations (issue 14, first part)

One table: a key's name, scopes, reach over rows (all, a team's or a territory's),
expiry and revocation, the SHA-256 of its secret (and of the previous secret during
a rotation's grace period), and its last use.

Revision ID: 3e7b1c9d5a42
Revises: d95349df7a50
Create Date: 2026-12-06 09:00:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "3e7b1c9d5a42"
down_revision: str | None = "d95349df7a50"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "api_keys",
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("prefix", sa.String(length=60), nullable=False),
        sa.Column("secret_hint", sa.String(length=8), nullable=False),
        sa.Column("secret_hash", sa.String(length=64), nullable=False),
        sa.Column("previous_secret_hash", sa.String(length=64), nullable=True),
        sa.Column("previous_secret_valid_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("scopes", postgresql.ARRAY(sa.String(length=40)), nullable=False),
        sa.Column(
            "row_scope",
            sa.Enum("all", "team", "territory", name="rowscope", native_enum=False, length=17),
            nullable=False,
        ),
        sa.Column("team_id", sa.Uuid(), nullable=True),
        sa.Column("territory_id", sa.Uuid(), nullable=True),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("rotated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_used_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_used_ip", sa.String(length=64), nullable=True),
        sa.Column("created_by_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "(row_scope = 'all' AND team_id IS NULL AND territory_id IS NULL)"
            " OR (row_scope = 'team' AND team_id IS NOT NULL AND territory_id IS NULL)"
            " OR (row_scope = 'territory' AND territory_id IS NOT NULL AND team_id IS NULL)",
            name=op.f("ck_api_keys_row_scope_names_its_reference"),
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["users.id"],
            name=op.f("fk_api_keys_created_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(["team_id"], ["teams.id"], name=op.f("fk_api_keys_team_id_teams")),
        sa.ForeignKeyConstraint(
            ["territory_id"], ["territories.id"], name=op.f("fk_api_keys_territory_id_territories")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_api_keys")),
    )
    op.create_index("ix_api_keys_created_at_id", "api_keys", ["created_at", "id"])
    op.create_index("ix_api_keys_name_id", "api_keys", ["name", "id"])
    op.create_index(op.f("ix_api_keys_created_by_id"), "api_keys", ["created_by_id"])
    op.create_index(op.f("ix_api_keys_team_id"), "api_keys", ["team_id"])
    op.create_index(op.f("ix_api_keys_territory_id"), "api_keys", ["territory_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_api_keys_territory_id"), table_name="api_keys")
    op.drop_index(op.f("ix_api_keys_team_id"), table_name="api_keys")
    op.drop_index(op.f("ix_api_keys_created_by_id"), table_name="api_keys")
    op.drop_index("ix_api_keys_name_id", table_name="api_keys")
    op.drop_index("ix_api_keys_created_at_id", table_name="api_keys")
    op.drop_table("api_keys")

"""the event stream: events, event consumers, archived contacts

Revision ID: 7c1e5a0f3b21
Revises: bf2e4f76c903
Create Date: 2026-11-29 10:00:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "7c1e5a0f3b21"
down_revision: str | None = "bf2e4f76c903"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


class XID8(sa.types.UserDefinedType):  # type: ignore[type-arg]
    """PostgreSQL's 64-bit transaction id."""

    cache_ok = True

    def get_col_spec(self, **_: object) -> str:
        return "xid8"


def upgrade() -> None:
    op.create_table(
        "events",
        sa.Column("seq", sa.BigInteger(), sa.Identity(always=True), nullable=False),
        sa.Column(
            "txid",
            XID8(),
            server_default=sa.text("pg_current_xact_id()"),
            nullable=False,
        ),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("type", sa.String(length=80), nullable=False),
        sa.Column("entity_type", sa.String(length=60), nullable=False),
        sa.Column("entity_id", sa.Uuid(), nullable=False),
        sa.Column("operation", sa.String(length=10), nullable=False),
        sa.Column("version", sa.Integer(), nullable=True),
        sa.Column("label", sa.String(length=300), nullable=True),
        sa.Column("actor_id", sa.Uuid(), nullable=True),
        sa.Column("actor_kind", sa.String(length=20), nullable=False),
        sa.Column("actor_label", sa.String(length=200), nullable=False),
        sa.Column("request_id", sa.String(length=64), nullable=True),
        sa.Column("before", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column("after", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column("data", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("feed_entity", sa.String(length=60), nullable=True),
        sa.Column("feed_id", sa.Uuid(), nullable=True),
        sa.Column("customer_id", sa.Uuid(), nullable=True),
        sa.Column("owner_id", sa.Uuid(), nullable=True),
        sa.Column("territory_id", sa.Uuid(), nullable=True),
        sa.Column("parent_id", sa.Uuid(), nullable=True),
        sa.Column("prev_owner_id", sa.Uuid(), nullable=True),
        sa.Column("prev_territory_id", sa.Uuid(), nullable=True),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_events")),
        sa.UniqueConstraint("id", name=op.f("uq_events_id")),
    )
    op.create_index("ix_events_txid_seq", "events", ["txid", "seq"])
    op.create_index("ix_events_entity", "events", ["entity_type", "entity_id", "seq"])
    op.create_index(
        "ix_events_customer_id_occurred_at_seq", "events", ["customer_id", "occurred_at", "seq"]
    )
    op.create_index("ix_events_occurred_at_seq", "events", ["occurred_at", "seq"])
    op.create_index("ix_events_actor_id", "events", ["actor_id"])
    # One notification per writing transaction (PostgreSQL folds repeats), delivered at
    # commit: it wakes the worker's event projection.
    op.execute(
        """
        CREATE FUNCTION notify_sales_events() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM pg_notify('sales_events', '');
            RETURN NULL;
        END;
        $$
        """
    )
    op.execute(
        "CREATE TRIGGER events_notify AFTER INSERT ON events "
        "FOR EACH STATEMENT EXECUTE FUNCTION notify_sales_events()"
    )
    op.create_table(
        "event_consumers",
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("txid", XID8(), server_default="0", nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_event_consumers")),
    )
    op.add_column(
        "contacts",
        sa.Column("is_archived", sa.Boolean(), server_default="false", nullable=False),
    )


def downgrade() -> None:
    op.drop_column("contacts", "is_archived")
    op.drop_table("event_consumers")
    op.execute("DROP TRIGGER events_notify ON events")
    op.execute("DROP FUNCTION notify_sales_events()")
    op.drop_table("events")

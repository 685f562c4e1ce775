"""backfill the event stream from the audit log and the customer timeline

Every audit row becomes an event of its change (``<entity>.created|updated|deleted``);
every timeline row becomes an event of its kind, which is how those tables' history
stays readable once they are dropped (next revision).

Revision ID: 8d2f6b1a4c32
Revises: 7c1e5a0f3b21
Create Date: 2026-11-29 10:01:00+00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "8d2f6b1a4c32"
down_revision: str | None = "7c1e5a0f3b21"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# table -> the event name of its records (as app/*/models.py track them)
NAMES = {
    "customers": "customer",
    "customer_addresses": "customer_address",
    "contacts": "contact",
    "leads": "lead",
    "lead_scoring_rules": "lead_scoring_rule",
    "opportunities": "opportunity",
    "opportunity_stage_history": "opportunity_stage_history",
    "pipelines": "pipeline",
    "pipeline_stages": "pipeline_stage",
    "activities": "activity",
    "users": "user",
    "teams": "team",
    "territories": "territory",
}


def upgrade() -> None:
    names = " ".join(f"WHEN '{table}' THEN '{name}'" for table, name in NAMES.items())
    op.execute(
        f"""
        INSERT INTO events (id, occurred_at, type, entity_type, entity_id, operation,
                            actor_id, actor_kind, actor_label, request_id, before, after,
                            data, version)
        SELECT id, occurred_at,
               (CASE entity_type {names} ELSE entity_type END) || '.' || action || 'd',
               entity_type, entity_id, action || 'd',
               actor_id, CASE WHEN actor_id IS NULL THEN 'system' ELSE 'user' END,
               actor_label, request_id, before::jsonb, after::jsonb, '{{}}'::jsonb,
               NULLIF(after::jsonb ->> 'version', '')::int
        FROM audit_log
        ORDER BY occurred_at, id
        """
    )
    op.execute(
        """
        INSERT INTO events (id, occurred_at, type, entity_type, entity_id, operation,
                            actor_id, actor_kind, actor_label, data, customer_id, owner_id,
                            label)
        SELECT id, occurred_at,
               CASE kind WHEN 'opportunity.opened' THEN 'opportunity.created' ELSE kind END,
               subject_type, subject_id, 'updated',
               actor_id, CASE WHEN actor_id IS NULL THEN 'system' ELSE 'user' END,
               coalesce(actor_label, 'system'), data::jsonb, customer_id, owner_id, title
        FROM timeline_events
        ORDER BY occurred_at, id
        """
    )


def downgrade() -> None:
    # The events keep what was copied; the old tables come back empty (previous revision).
    op.execute("DELETE FROM events")

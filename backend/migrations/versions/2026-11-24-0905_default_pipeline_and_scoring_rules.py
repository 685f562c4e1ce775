"""default pipeline and lead scoring rules (data)

The field team's pipeline: Potential 10% -> Proposal 30% -> Purchase order 60% (PO
number, PO date) -> Advance 75% (advance amount, date received) -> Order acceptance 90%
-> Installation 100% (installation date, signed off by), closed as Won or Lost (reason,
optional competitor); and the starting set of lead scoring rules.

Revision ID: 5d0c3e7b9a41
Revises: 8749d3b73a1f
Create Date: 2026-11-24 09:05:00+00:00
"""

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime
from decimal import Decimal

import sqlalchemy as sa
from alembic import op

from app.core.ids import new_id

revision: str = "5d0c3e7b9a41"
down_revision: str | None = "8749d3b73a1f"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

DEFAULT_PIPELINE_ID = uuid.UUID("01937a1c-5e00-7000-8000-00000000f1e1")


def _field(key: str, label: str, type_: str, required: bool = True) -> dict[str, object]:
    return {"key": key, "label": label, "type": type_, "required": required}


STAGES = [
    ("Potential", 10, "open", []),
    ("Proposal", 30, "open", []),
    (
        "Purchase order",
        60,
        "open",
        [_field("po_number", "Customer PO number", "text"), _field("po_date", "PO date", "date")],
    ),
    (
        "Advance",
        75,
        "open",
        [
            _field("advance_amount", "Advance amount", "amount"),
            _field("advance_received_date", "Date received", "date"),
        ],
    ),
    ("Order acceptance", 90, "open", []),
    (
        "Installation",
        100,
        "open",
        [
            _field("installation_date", "Installation date", "date"),
            _field("signed_off_by", "Signed off by", "text"),
        ],
    ),
    ("Won", 100, "won", []),
    (
        "Lost",
        0,
        "lost",
        [
            _field("lost_reason", "Reason lost", "text"),
            _field("competitor", "Competitor", "text", required=False),
        ],
    ),
]

# (factor, match, threshold, points)
SCORING_RULES = [
    ("source", "referral", None, 25),
    ("source", "field_visit", None, 20),
    ("source", "trade_show", None, 15),
    ("source", "web", None, 10),
    ("source", "campaign", None, 10),
    ("source", "cold_call", None, 5),
    ("value", None, Decimal("100000"), 10),
    ("value", None, Decimal("500000"), 20),
    ("value", None, Decimal("2000000"), 30),
    ("industry", "Manufacturing", None, 10),
    ("industry", "Pharmaceuticals", None, 10),
    ("industry", "Healthcare", None, 8),
    ("industry", "Chemicals", None, 6),
    ("industry", "Food Processing", None, 5),
    ("completeness", "email", None, 4),
    ("completeness", "phone", None, 4),
    ("completeness", "company_name", None, 3),
    ("completeness", "address", None, 3),
    ("completeness", "tax_id", None, 3),
    ("completeness", "product_interest", None, 3),
    ("recent_activity", None, Decimal("7"), 15),
    ("recent_activity", None, Decimal("30"), 8),
    ("recent_activity", None, Decimal("90"), 3),
]

_common = [
    sa.column("id", sa.Uuid()),
    sa.column("created_at", sa.DateTime(timezone=True)),
    sa.column("updated_at", sa.DateTime(timezone=True)),
    sa.column("version", sa.Integer()),
]
pipelines = sa.table(
    "pipelines",
    sa.column("name", sa.String()),
    sa.column("description", sa.Text()),
    sa.column("is_default", sa.Boolean()),
    *_common,
)
pipeline_stages = sa.table(
    "pipeline_stages",
    sa.column("pipeline_id", sa.Uuid()),
    sa.column("name", sa.String()),
    sa.column("position", sa.Integer()),
    sa.column("probability", sa.Integer()),
    sa.column("kind", sa.String()),
    sa.column("required_fields", sa.JSON()),
    *[sa.column(c.name, c.type) for c in _common],
)
lead_scoring_rules = sa.table(
    "lead_scoring_rules",
    sa.column("factor", sa.String()),
    sa.column("match", sa.String()),
    sa.column("threshold", sa.Numeric(14, 2)),
    sa.column("points", sa.Integer()),
    sa.column("is_active", sa.Boolean()),
    *[sa.column(c.name, c.type) for c in _common],
)


def upgrade() -> None:
    now = datetime.now(UTC)
    stamp = {"created_at": now, "updated_at": now, "version": 1}
    op.bulk_insert(
        pipelines,
        [
            {
                "id": DEFAULT_PIPELINE_ID,
                "name": "Field sales",
                "description": "The field team's pipeline, from first potential to installation",
                "is_default": True,
                **stamp,
            }
        ],
    )
    op.bulk_insert(
        pipeline_stages,
        [
            {
                "id": new_id(),
                "pipeline_id": DEFAULT_PIPELINE_ID,
                "name": name,
                "position": position,
                "probability": probability,
                "kind": kind,
                "required_fields": fields,
                **stamp,
            }
            for position, (name, probability, kind, fields) in enumerate(STAGES, start=1)
        ],
    )
    op.bulk_insert(
        lead_scoring_rules,
        [
            {
                "id": new_id(),
                "factor": factor,
                "match": match,
                "threshold": threshold,
                "points": points,
                "is_active": True,
                **stamp,
            }
            for factor, match, threshold, points in SCORING_RULES
        ],
    )


def downgrade() -> None:
    # The default pipeline goes only when no deal uses it; scoring rules always go.
    unused = sa.text(
        "NOT EXISTS (SELECT 1 FROM opportunities WHERE opportunities.pipeline_id = :pipeline)"
    ).bindparams(pipeline=DEFAULT_PIPELINE_ID)
    op.execute(
        pipeline_stages.delete().where(pipeline_stages.c.pipeline_id == DEFAULT_PIPELINE_ID, unused)
    )
    op.execute(pipelines.delete().where(pipelines.c.id == DEFAULT_PIPELINE_ID, unused))
    op.execute(lead_scoring_rules.delete())
